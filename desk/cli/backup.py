"""`desk backup`, `desk backups`, `desk restore`: the database's backups from the command line.

These act as the local system (whoever administers the PC): restoring must work when no one
can log in, because the database is the thing that is broken.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk.cli.context import CliContext, CliError
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
        help="buat cadangan basis data sekarang",
        description="Buat cadangan basis data (SQLite: API cadangan daring SQLite, diperiksa dengan quick_check; "
        "PostgreSQL: pg_dump bila terpasang).",
    )
    make.add_argument("--to", metavar="FOLDER", help="simpan cadangan di folder ini (bawaan: <data>/backups "
                      "dan folder cadangan kedua bila diatur)")
    make.set_defaults(func=run_backup)

    listing = subparsers.add_parser("backups", help="daftar cadangan dengan tanggal dan ukurannya")
    listing.set_defaults(func=run_list)

    restore = subparsers.add_parser(
        "restore",
        help="pulihkan basis data dari berkas cadangan",
        description="Pulihkan basis data dari berkas cadangan. Sebelumnya Desk selalu membuat cadangan pengaman "
        "dari basis data yang sekarang (atau menyisihkan berkas yang rusak).",
    )
    restore.add_argument("file", metavar="BERKAS", help="berkas cadangan (jalur, atau nama dari `desk backups`)")
    restore.add_argument("--ya", "--yes", dest="yes", action="store_true", help="jangan tanya konfirmasi")
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
    from desk.domain.text_id import format_datetime

    return format_datetime(info.created_at, tz)


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
                raise CliError(result.problems[0] if result.problems else "Cadangan gagal.", 4)
            made, problems = list(result.made), result.problems
    except StoreError as exc:
        raise CliError(exc.message, 4) from exc
    tz = _office_tz(db)
    for info in made:
        print(f"Cadangan dibuat: {info.path}")
        print(f"  {_when(info, tz)}, {backup.format_size(info.size)}, diperiksa: ok")
    for problem in problems:
        print(f"Peringatan: {problem}", file=sys.stderr)
    return 0


def run_list(ctx: CliContext, _args: argparse.Namespace) -> int:
    db = _db_if_possible(ctx)
    settings = backup.load_settings(ctx.data_dir)
    folders = backup.backup_folders(ctx.data_dir, settings)
    tz = _office_tz(db)
    backups = backup.list_backups(folders)
    print("Folder cadangan: " + ", ".join(str(f) + ("" if f.is_dir() else " (tidak tersedia)") for f in folders))
    if db is not None and db.sqlite_path is None:
        print("Basis data ada di server PostgreSQL: cadangan utamanya dibuat di server.")
    if not backups:
        print("Belum ada cadangan.")
        return 0
    rows = [(_when(b, tz), b.kind_label, backup.format_size(b.size), str(b.path)) for b in backups]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    print(f"{'Tanggal':<{widths[0]}}  {'Jenis':<{widths[1]}}  {'Ukuran':>{widths[2]}}  Berkas")
    for when, kind, size, path in rows:
        print(f"{when:<{widths[0]}}  {kind:<{widths[1]}}  {size:>{widths[2]}}  {path}")
    print(f"{len(backups)} cadangan, terbaru di atas.")
    return 0


def run_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    if sqlite_file(ctx.url) is None:
        raise CliError(
            "Pemulihan dari loket hanya untuk basis data SQLite. Basis data PostgreSQL dipulihkan di server "
            "dengan pg_restore oleh pengelola server.", 4,
        )
    try:
        source = backup.find_backup(ctx.data_dir, args.file)
        checked = inspect_backup(source)
    except StoreError as exc:
        raise CliError(exc.message, 4) from exc
    print(f"Cadangan: {source}")
    print(f"  berisi {checked.requests} permohonan, revisi skema {checked.revision}")
    if not args.yes and sys.stdin.isatty():
        answer = input("Basis data sekarang akan diganti isi cadangan ini (setelah dicadangkan). Lanjutkan? "
                       "Ketik YA: ")
        if answer.strip().upper() != "YA":
            print("Dibatalkan; tidak ada yang berubah.")
            return 1
    db = _db_if_possible(ctx)
    try:
        result = restore_backup(source, url=ctx.url, data_dir=ctx.data_dir, db=db)
    except StoreError as exc:
        raise CliError(exc.message, 4) from exc
    result.database.dispose()  # the command ends here; the next start opens it afresh
    if result.safety_backup is not None:
        print(f"Cadangan pengaman basis data sebelumnya: {result.safety_backup.path}")
    if result.set_aside is not None:
        print(f"Berkas rusak disisihkan (tidak dihapus): {result.set_aside}")
    print(f"Dipulihkan dari {source.name}: {checked.requests} permohonan.")
    return 0
