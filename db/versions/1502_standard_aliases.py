"""Other names of a service ("kartu kuning", "AK1") that the standards look-up finds.

Revision ID: 1502_standard_aliases
Revises: 0902
Create Date: 2026-12-03

A database made before this revision gets the aliases Desk ships for its seeded services (the
list as it stood when this revision was written), for each of those services it still has and
that has no alias yet. A new database gets them from the seed (resources/seed/service_aliases.json).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1502_standard_aliases"
down_revision: str | Sequence[str] | None = "2101"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIPPED_ALIASES: dict[str, tuple[str, ...]] = {
    "P1": ("kartu kuning", "AK1", "AK/1", "kartu pencari kerja", "kartu AK/I baru"),
    "P2": ("perpanjangan kartu kuning", "lapor ulang kartu kuning", "ganti kartu kuning hilang"),
    "P3": ("rekomendasi paspor", "paspor TKI", "ID CPMI", "PMI", "TKI"),
    "P4": ("lowongan kerja", "loker", "bursa kerja", "AKL"),
    "P5": ("PP perusahaan",),
    "P6": ("PKB",),
    "P7": ("mediasi", "perselisihan kerja", "PHK", "bipartit"),
    "P8": ("WLKP", "wajib lapor"),
    "B1": ("pelatihan kerja", "kursus BLK", "PBK"),
    "B2": ("legalisir sertifikat", "duplikat sertifikat"),
    "U1": ("NIB", "OSS", "izin usaha"),
    "U2": ("daftar UMKM", "data UMKM"),
    "U3": ("halal gratis", "SEHATI", "sertifikat halal"),
    "U4": ("konsultasi usaha", "pendampingan UMKM"),
    "K1": ("koperasi merah putih", "KDMP", "pendirian koperasi", "bikin koperasi"),
    "K2": ("perubahan AD koperasi", "AD/ART koperasi"),
    "K3": ("RAT", "NIK koperasi"),
    "K4": ("pembubaran koperasi", "bubar koperasi"),
    "K5": ("izin simpan pinjam", "KSP", "USP"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if sa.inspect(bind).has_table("service_aliases"):
        return  # a schema that already has it (restored by hand from a newer Desk): nothing to add
    aliases = op.create_table(
        "service_aliases",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"], name=op.f("fk_service_aliases_service_id_services"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("service_id", "position", name=op.f("pk_service_aliases")),
    )
    services = sa.table("services", sa.column("id", sa.Integer()), sa.column("code", sa.String()))
    found = bind.execute(
        sa.select(services.c.id, services.c.code).where(services.c.code.in_(list(SHIPPED_ALIASES)))
    ).all()
    rows = [
        {"service_id": service_id, "position": position, "alias": alias}
        for service_id, code in found
        for position, alias in enumerate(SHIPPED_ALIASES[code], start=1)
    ]
    if rows:
        op.bulk_insert(aliases, rows)


def downgrade() -> None:
    op.drop_table("service_aliases")
