"""`desk check`: open (and migrate) the database, check it, print a short summary."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import func, select, text

from desk.cli.context import CliContext, CliError
from desk.store.migrations import current_revisions
from desk.store.models import Holiday, Service, ServiceRequest


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help="periksa basis data dan tampilkan ringkasan")
    parser.set_defaults(func=run)


def run(ctx: CliContext, _args: argparse.Namespace) -> int:
    db = ctx.db()
    with db.read() as session:
        if db.is_sqlite:
            result = session.execute(text("PRAGMA quick_check")).scalars().all()
            if result != ["ok"]:
                raise CliError("Pemeriksaan basis data gagal: " + "; ".join(map(str, result[:5])), 3)
        services = session.scalar(select(func.count()).select_from(Service))
        requests = session.scalar(select(func.count()).select_from(ServiceRequest))
        holidays = session.scalar(select(func.count()).select_from(Holiday))
    print(f"Basis data : {db.describe()}")
    print(f"Revisi skema: {', '.join(current_revisions(db))}")
    print(f"Layanan    : {services}")
    print(f"Permohonan : {requests}")
    print(f"Hari libur : {holidays}")
    print("Status     : sehat")
    return 0
