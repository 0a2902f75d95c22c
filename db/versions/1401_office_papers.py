"""Office profile for official papers: the head's rank and full jabatan, the service officer's NIP, the
decree that set the service standards (number and date) and the maklumat's signing date; NIPs as digits.

Revision ID: 1401
Revises: 0902
Create Date: 2026-12-03

Every signed paper prints the head's name, NIP, pangkat/golongan and jabatan, and every standard
cites the Keputusan that set it. The new columns start empty (a date: NULL), so an office that
upgrades sees them listed as still to fill in, and its papers say KONSEP until they are. NIPs
typed with spaces ("19700101 199503 2 001") are stored as their 18 digits from now on, so this
upgrade keeps only the digits of a stored NIP that is one; a stand-in ("19XXXXXX ...") stays as it
is, to be listed as one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1401"
down_revision: str | Sequence[str] | None = "1502_standard_aliases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NIP_SEPARATORS = re.compile(r"[\s.\-]+")


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("head_rank", sa.String(120), nullable=False, server_default=""),
        sa.Column("head_position", sa.String(300), nullable=False, server_default=""),
        sa.Column("service_pic_nip", sa.String(30), nullable=False, server_default=""),
        sa.Column("standards_decree_number", sa.String(120), nullable=False, server_default=""),
        sa.Column("standards_decree_date", sa.Date(), nullable=True),
        sa.Column("maklumat_date", sa.Date(), nullable=True),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    # Only the columns missing: a database whose revision was set back by hand (a restored copy) may
    # already have them, and an upgrade must not fail on it.
    present = {column["name"] for column in sa.inspect(bind).get_columns("office_profile")}
    missing = [column for column in _columns() if column.name not in present]
    if missing:
        with op.batch_alter_table("office_profile") as table:
            for column in missing:
                table.add_column(column)
    for row_id, nip in bind.execute(sa.text("SELECT id, head_nip FROM office_profile")).all():
        digits = _NIP_SEPARATORS.sub("", nip or "")
        if digits != (nip or "") and len(digits) == 18 and digits.isdigit():
            bind.execute(sa.text("UPDATE office_profile SET head_nip = :nip WHERE id = :id"),
                         {"nip": digits, "id": row_id})


def downgrade() -> None:
    with op.batch_alter_table("office_profile") as table:
        for column in ("maklumat_date", "standards_decree_date", "standards_decree_number", "service_pic_nip",
                       "head_position", "head_rank"):
            table.drop_column(column)
