"""`desk check`: where the database lies, whether it is whole, its contents and its newest backup.

Exit codes: 0 healthy (warnings, such as an old backup, are printed but do not fail),
2 the database cannot be used where it is (network share, read-only folder, locked,
too new), 3 the file is damaged or not a Desk database. `desk run` exits with the same codes.
"""

from __future__ import annotations

import argparse
from typing import Any

from desk.cli.context import CliContext, CliError
from desk.safety import health
from desk.safety.health import Finding, Level, Topic
from desk.store import admin, clock
from desk.store.errors import Problem
from desk.store.overview import database_summary


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help="periksa basis data dan cadangannya, tampilkan ringkasan")
    parser.set_defaults(func=run)


def run(ctx: CliContext, _args: argparse.Namespace) -> int:
    findings = health.file_findings(ctx.url, ctx.data_dir)  # before opening: never migrate a damaged file
    errors = [f for f in findings if f.level is Level.ERROR]
    if errors:
        print("Pemeriksaan:")
        for finding in findings:
            print(finding.line)
        first = errors[0]
        hint = " Pulihkan dengan `desk backups` lalu `desk restore BERKAS`." if first.problem is Problem.DAMAGED else ""
        raise CliError(first.message + hint, health.exit_code(first.problem))
    db = ctx.db()
    summary = database_summary(db)
    if db.is_sqlite:
        findings += health.backup_findings(ctx.data_dir, tz=summary.timezone)
    else:
        findings.append(Finding(Level.OK, Topic.BACKUPS, "PostgreSQL: cadangan dibuat oleh server kantor"))
    # The office profile: official papers say KONSEP while a field they print is empty or a stand-in.
    findings += [Finding(Level.WARNING, Topic.OFFICE_PROFILE, gap.text) for gap in admin.paper_gaps(db)]
    # A wrong clock leaves the file whole but stops every save: said here too, with both times.
    wrong = clock.clock_problem(db)
    findings.append(Finding(Level.WARNING, Topic.CLOCK, wrong.message) if wrong is not None
                    else Finding(Level.OK, Topic.CLOCK, "sesuai dengan catatan terakhir di basis data"))
    newest = next((f for f in findings if f.topic is Topic.NEWEST_BACKUP), None)
    print(f"Basis data : {summary.where}")
    print(f"Revisi skema: {', '.join(summary.revisions)}")
    print(f"Layanan    : {summary.services}")
    print(f"Permohonan : {summary.requests}")
    print(f"Hari libur : {summary.holidays}")
    if newest is not None:
        print(f"Cadangan terbaru: {newest.message}")
    print("Pemeriksaan:")
    for finding in findings:
        print(finding.line)
    warnings = [f for f in findings if f.level is Level.WARNING]
    print("Status     : sehat" + (f" ({len(warnings)} peringatan)" if warnings else ""))
    return 0
