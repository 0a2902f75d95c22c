"""`desk check`: where the database lies, whether it is whole, its contents and its newest backup.

Exit codes: 0 healthy (warnings, such as an old backup, are printed but do not fail),
2 the database cannot be used where it is (network share, read-only folder, locked,
too new), 3 the file is damaged or not a database.
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import func, select

from desk.cli.context import CliContext, CliError
from desk.domain.office_time import DEFAULT_TZ
from desk.store import admin, health
from desk.store.migrations import current_revisions
from desk.store.models import Holiday, OfficeProfileRow, Service, ServiceRequest


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help="periksa basis data dan cadangannya, tampilkan ringkasan")
    parser.set_defaults(func=run)


def _line(finding: health.Finding) -> str:
    mark = {"ok": "ok", "peringatan": "PERINGATAN", "galat": "GALAT"}.get(finding.level, finding.level)
    return f"  [{mark}] {finding.topic}: {finding.message}"


def run(ctx: CliContext, _args: argparse.Namespace) -> int:
    findings = health.file_findings(ctx.url, ctx.data_dir)  # before opening: never migrate a damaged file
    errors = [f for f in findings if f.level == "galat"]
    if errors:
        print("Pemeriksaan:")
        for finding in findings:
            print(_line(finding))
        damaged = any(f.topic == "Berkas" for f in errors)
        hint = " Pulihkan dengan `desk backups` lalu `desk restore BERKAS`." if damaged else ""
        raise CliError(errors[0].message + hint, 3 if damaged else 2)
    db = ctx.db()
    with db.read() as session:
        services = session.scalar(select(func.count()).select_from(Service))
        requests = session.scalar(select(func.count()).select_from(ServiceRequest))
        holidays = session.scalar(select(func.count()).select_from(Holiday))
        office = session.get(OfficeProfileRow, 1)
        tz = office.timezone if office else DEFAULT_TZ
    if db.is_sqlite:
        findings += health.backup_findings(ctx.data_dir, tz=tz)
    else:
        findings.append(health.Finding("ok", "Cadangan", "PostgreSQL: cadangan dibuat oleh server kantor"))
    # The office profile: official papers say KONSEP while a field they print is empty or a stand-in.
    findings += [health.Finding("peringatan", "Profil kantor", gap.text) for gap in admin.paper_gaps(db)]
    newest = next((f for f in findings if f.topic == "Cadangan terbaru"), None)
    print(f"Basis data : {db.describe()}")
    print(f"Revisi skema: {', '.join(current_revisions(db))}")
    print(f"Layanan    : {services}")
    print(f"Permohonan : {requests}")
    print(f"Hari libur : {holidays}")
    if newest is not None:
        print(f"Cadangan terbaru: {newest.message}")
    print("Pemeriksaan:")
    for finding in findings:
        print(_line(finding))
    warnings = [f for f in findings if f.level == "peringatan"]
    print("Status     : sehat" + (f" ({len(warnings)} peringatan)" if warnings else ""))
    return 0
