"""`desk backup`, `desk backups`, `desk restore`: the database's backups from the command line.

These act as the local system (whoever administers the PC): restoring must work when no one
can log in, because the database is the thing that is broken.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk.cli import speech
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, said
from desk.domain.office_time import DEFAULT_TZ
from desk.safety import backups as backup
from desk.safety.files import sqlite_file
from desk.safety.restore import inspect_backup, restore_backup
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import office_context


def register(subparsers: Any) -> None:
    make = subparsers.add_parser(
        "backup",
        help=_tr("buat cadangan basis data sekarang"),
        description=_tr("Buat cadangan basis data (SQLite: API cadangan daring SQLite, diperiksa dengan quick_check; "
        "PostgreSQL: pg_dump bila terpasang)."),
    )
    make.add_argument("--to", metavar=_tr("FOLDER"), help=_tr("simpan cadangan di folder ini (bawaan: <data>/backups "
                      "dan folder cadangan kedua bila diatur)"))
    make.set_defaults(func=run_backup)

    listing = subparsers.add_parser("backups", help=_tr("daftar cadangan dengan tanggal dan ukurannya"))
    listing.set_defaults(func=run_list)

    restore = subparsers.add_parser(
        "restore",
        help=_tr("pulihkan basis data dari berkas cadangan"),
        description=_tr("Pulihkan basis data dari berkas cadangan. Sebelumnya Desk selalu membuat cadangan pengaman "
        "dari basis data yang sekarang (atau menyisihkan berkas yang rusak)."),
    )
    restore.add_argument("file", metavar=_tr("BERKAS"), help=_tr("berkas cadangan (jalur, atau nama dari `desk backups`)"))
    restore.add_argument("--ya", "--yes", dest="yes", action="store_true", help=_tr("jangan tanya konfirmasi"))
    restore.set_defaults(func=run_restore)


def _office_tz(db: Database | None) -> str:
    if db is None:
        return DEFAULT_TZ
    try:
        return office_context(db).clock.tz
    except StoreError:
        return DEFAULT_TZ


def _db_if_possible(ctx: CliContext) -> Database | None:
    """The database when it opens; listing and restoring must also work when it does not."""
    try:
        return ctx.db()
    except CliError:
        return None


def _when(info: backup.BackupInfo, tz: str) -> str:
    return speech.date_time(info.created_at, tz)


def run_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    target = Path(args.to).expanduser() if args.to else None
    try:
        if db.sqlite_path is None:
            info = backup.pg_dump_backup(db, target or backup.backups_folder(ctx.data_dir))
            made = [info]
            problems: tuple[str, ...] = ()
        elif target is not None:
            made = [backup.create_backup(db, target)]
            problems = ()
        else:
            result = backup.automatic_backup(db, backup.MANUAL)
            if not result.made:
                raise CliError(said(result.problems[0]) if result.problems else _tr("Cadangan gagal."), 4)
            made, problems = list(result.made), result.problems
    except StoreError as exc:
        raise CliError(said(exc.message), 4) from exc
    tz = _office_tz(db)
    for info in made:
        print(_tr("Cadangan dibuat: {path}").format(path=info.path))
        print(_tr("  {when}, {size}, diperiksa: ok").format(when=_when(info, tz), size=speech.file_size(info.size)))
    for problem in problems:
        print(_tr("Peringatan: {problem}").format(problem=said(problem)), file=sys.stderr)
    return 0


def run_list(ctx: CliContext, _args: argparse.Namespace) -> int:
    db = _db_if_possible(ctx)
    settings = backup.load_settings(ctx.data_dir)
    folders = backup.backup_folders(ctx.data_dir, settings)
    tz = _office_tz(db)
    backups = backup.list_backups(folders)
    missing = " " + _tr("(tidak tersedia)")
    print(_tr("Folder cadangan: {folders}").format(
        folders=", ".join(str(f) + ("" if f.is_dir() else missing) for f in folders)))
    if db is not None and db.sqlite_path is None:
        print(_tr("Basis data ada di server PostgreSQL: cadangan utamanya dibuat di server."))
    if not backups:
        print(_tr("Belum ada cadangan."))
        return 0
    rows = [(_when(b, tz), said(b.kind_label), speech.file_size(b.size), str(b.path)) for b in backups]
    headings = (_tr("Tanggal"), _tr("Jenis"), _tr("Ukuran"), _tr("Berkas"))
    widths = [max(len(r[i]) for r in [*rows, headings]) for i in range(3)]
    print(f"{headings[0]:<{widths[0]}}  {headings[1]:<{widths[1]}}  {headings[2]:>{widths[2]}}  {headings[3]}")
    for when, kind, size, path in rows:
        print(f"{when:<{widths[0]}}  {kind:<{widths[1]}}  {size:>{widths[2]}}  {path}")
    print(_tr("%n cadangan, terbaru di atas.", "", len(backups)))
    return 0


def run_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    if sqlite_file(ctx.url) is None:
        raise CliError(_tr(
            "Pemulihan dari loket hanya untuk basis data SQLite. Basis data PostgreSQL dipulihkan di server "
            "dengan pg_restore oleh pengelola server."), 4,
        )
    try:
        source = backup.find_backup(ctx.data_dir, args.file)
        checked = inspect_backup(source)
    except StoreError as exc:
        raise CliError(said(exc.message), 4) from exc
    print(_tr("Cadangan: {path}").format(path=source))
    print(_tr("  berisi %n permohonan, revisi skema {revision}", "", checked.requests).format(
        revision=checked.revision))
    if not args.yes and sys.stdin.isatty():
        answer = input(_tr("Basis data sekarang akan diganti isi cadangan ini (setelah dicadangkan). Lanjutkan? "
                           "Ketik YA: "))
        if answer.strip().upper() not in ("YA", _tr("YA")):
            print(_tr("Dibatalkan; tidak ada yang berubah."))
            return 1
    db = _db_if_possible(ctx)
    try:
        result = restore_backup(source, url=ctx.url, data_dir=ctx.data_dir, db=db)
    except StoreError as exc:
        raise CliError(said(exc.message), 4) from exc
    result.database.dispose()  # the command ends here; the next start opens it afresh
    if result.safety_backup is not None:
        print(_tr("Cadangan pengaman basis data sebelumnya: {path}").format(path=result.safety_backup.path))
    if result.set_aside is not None:
        print(_tr("Berkas rusak disisihkan (tidak dihapus): {path}").format(path=result.set_aside))
    print(_tr("Dipulihkan dari {name}: %n permohonan.", "", checked.requests).format(name=source.name))
    return 0
