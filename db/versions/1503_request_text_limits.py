"""Every text of a request and its visitor has one limit, in the schema too, on SQLite as on PostgreSQL.

Revision ID: 1503
Revises: 1502
Create Date: 2026-12-03

The limits are desk.domain.intake's (the form's maxLength and the store's Indonesian message use
the same numbers); the schema is the last line for any other path that writes these rows.

- SQLite does not enforce VARCHAR lengths: triggers refuse an insert, or an update of the column,
  whose text is longer (an update of another column leaves an older row alone).
- PostgreSQL enforces VARCHAR already; the two TEXT columns (a visitor's address, a request's notes)
  get CHECK constraints, NOT VALID so that the rows already stored are not re-read.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "1503"
down_revision: str | Sequence[str] | None = "1502"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, longest): the same numbers as desk.domain.intake and the models' String(n).
LIMITS: dict[str, tuple[tuple[str, int], ...]] = {
    "visitors": (
        ("name", 300), ("nik", 16), ("sex", 1), ("phone", 20), ("address", 2000), ("kecamatan_code", 20),
        ("desa_code", 20), ("region_text", 200), ("organisation", 300), ("organisation_kind", 20),
    ),
    "service_requests": (
        ("notes", 2000), ("channel", 20), ("status", 20), ("collected_by", 20), ("collector_name", 300),
        ("product_number", 100),
    ),
}
PG_TEXT_CHECKS = (("visitors", "address", 2000), ("service_requests", "notes", 2000))
MESSAGE = "text longer than its column allows"


def _sqlite_upgrade() -> None:
    for table, columns in LIMITS.items():
        on_insert = " OR ".join(f"length(NEW.{c}) > {n}" for c, n in columns)
        on_update = " OR ".join(f"(NEW.{c} IS NOT OLD.{c} AND length(NEW.{c}) > {n})" for c, n in columns)
        names = ", ".join(c for c, _ in columns)
        for kind in ("ai", "au"):  # again from scratch: a restored backup may be marked older than it is
            op.execute(f"DROP TRIGGER IF EXISTS {table}_text_limits_{kind}")
        op.execute(f"""
            CREATE TRIGGER {table}_text_limits_ai BEFORE INSERT ON {table}
            WHEN {on_insert}
            BEGIN SELECT RAISE(ABORT, '{table}: {MESSAGE}'); END""")
        op.execute(f"""
            CREATE TRIGGER {table}_text_limits_au BEFORE UPDATE OF {names} ON {table}
            WHEN {on_update}
            BEGIN SELECT RAISE(ABORT, '{table}: {MESSAGE}'); END""")


def _pg_upgrade() -> None:
    for table, column, longest in PG_TEXT_CHECKS:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS ck_{table}_{column}_length")
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT ck_{table}_{column}_length "
                   f"CHECK (char_length({column}) <= {longest}) NOT VALID")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in LIMITS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_text_limits_ai")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_text_limits_au")
    elif dialect == "postgresql":
        for table, column, _longest in PG_TEXT_CHECKS:
            op.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS ck_{table}_{column}_length")
