"""`desk check`: where the database lies, whether it is whole, its contents and its newest backup.

Exit codes: 0 healthy (warnings, such as an old backup, are printed but do not fail),
2 the database cannot be used where it is (network share, read-only folder, locked,
too new), 3 the file is damaged or not a Desk database. `desk run` exits with the same codes.
"""

from __future__ import annotations

import argparse
from typing import Any

from desk.cli import speech
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, said
from desk.safety import health
from desk.safety.backups import BackupStatus
from desk.safety.health import Finding, Level, Topic
from desk.store import admin, clock
from desk.store.errors import Problem
from desk.store.overview import database_summary


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help=_tr("periksa basis data dan cadangannya, tampilkan ringkasan"))
    parser.set_defaults(func=run)


def run(ctx: CliContext, _args: argparse.Namespace) -> int:
    findings = health.file_findings(ctx.url, ctx.data_dir)  # before opening: never migrate a damaged file
    errors = [f for f in findings if f.level is Level.ERROR]
    if errors:
        print(_tr("Pemeriksaan:"))
        for finding in findings:
            print(_line(finding))
        first = errors[0]
        hint = (" " + _tr("Pulihkan dengan `desk backups` lalu `desk restore BERKAS`.")
                if first.problem is Problem.DAMAGED else "")
        raise CliError(said(first.message) + hint, health.exit_code(first.problem))
    db = ctx.db()
    summary = database_summary(db)
    if db.is_sqlite:
        findings += health.backup_findings(ctx.data_dir, tz=summary.timezone,
                                           text=lambda status: _backup_text(status, summary.timezone))
    else:
        findings.append(Finding(Level.OK, Topic.BACKUPS, _tr("PostgreSQL: cadangan dibuat oleh server kantor")))
    # The office profile: official papers say KONSEP while a field they print is empty or a stand-in.
    findings += [Finding(Level.WARNING, Topic.OFFICE_PROFILE, speech.gap_text(gap)) for gap in admin.paper_gaps(db)]
    # A wrong clock leaves the file whole but stops every save: said here too, with both times.
    wrong = clock.clock_problem(db)
    findings.append(Finding(Level.WARNING, Topic.CLOCK, wrong.message) if wrong is not None
                    else Finding(Level.OK, Topic.CLOCK, _tr("sesuai dengan catatan terakhir di basis data")))
    newest = next((f for f in findings if f.topic is Topic.NEWEST_BACKUP), None)
    print(_tr("Basis data : {where}").format(where=summary.where))
    print(_tr("Revisi skema: {revisions}").format(revisions=", ".join(summary.revisions)))
    print(_tr("Layanan    : {n}").format(n=speech.number(summary.services)))
    print(_tr("Permohonan : {n}").format(n=speech.number(summary.requests)))
    print(_tr("Hari libur : {n}").format(n=speech.number(summary.holidays)))
    if newest is not None:
        print(_tr("Cadangan terbaru: {message}").format(message=said(newest.message)))
    print(_tr("Pemeriksaan:"))
    for finding in findings:
        print(_line(finding))
    warnings = [f for f in findings if f.level is Level.WARNING]
    print(_tr("Status     : sehat (%n peringatan)", "", len(warnings)) if warnings else _tr("Status     : sehat"))
    return 0


def _backup_text(status: BackupStatus, tz: str) -> str:
    """The newest backup's status in this run's language, as the screens say it (desk.ui.backup.status_text)."""
    if status.newest is None or status.age is None:
        return _tr("Belum ada cadangan basis data.")
    days = max(0, status.age.days)
    when = speech.date_time(status.newest.created_at, tz)
    ago = _tr("hari ini") if days == 0 else _tr("%n hari lalu", "", days)
    if status.too_old:
        return _tr("Cadangan terakhir {when} ({ago}), lebih lama dari batas %n hari. Buat cadangan sekarang.", "",
                   status.warn_after_days).format(when=when, ago=ago)
    return f"{when} ({ago}), {speech.file_size(status.newest.size)}"


def _line(finding: Finding) -> str:
    """A finding in this run's language (its message as the check wrote it when it carries values)."""
    return f"  [{said(finding.level.mark)}] {said(finding.topic.label)}: {said(finding.message)}"
