"""`desk audit ...`, `desk retention run`, `desk users ...`: accounts and personal data from the command line.

The command line acts as the local system (whoever administers the PC), so it
can create the first admin or reset a forgotten admin password; every such
action still lands in the audit trail, as "sistem".

Exit codes: 0 done; 1 refused (bad input); 2 database unusable; 5 the audit chain is broken.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from typing import Any

from desk.cli.context import CliContext, CliError
from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.domain.text_id import format_datetime, format_long_date, format_number, format_numeric_date
from desk.store import accounts, privacy
from desk.store.access import ROLE_LABELS
from desk.store.audit_verify import AuditFilter, list_entries, verify_chain
from desk.store.errors import StoreError

CHAIN_BROKEN = 5


def register(subparsers: Any) -> None:
    audit_parser = subparsers.add_parser("audit", help="periksa dan tampilkan jejak audit")
    audit_sub = audit_parser.add_subparsers(title="perintah audit", dest="audit_command", metavar="PERINTAH")
    audit_parser.set_defaults(func=lambda _ctx, _args: _usage(audit_parser))
    verify = audit_sub.add_parser(
        "verify", help="periksa rantai sidik jejak audit (keluar 0 bila utuh, 5 bila ada entri rusak)"
    )
    verify.set_defaults(func=run_verify)
    listing = audit_sub.add_parser("list", help="tampilkan entri audit terbaru")
    listing.add_argument("--limit", type=int, default=50, help="jumlah entri (bawaan 50)")
    listing.add_argument("--action", default="", help="tindakan, mis. login.failed atau awalan 'login.'")
    listing.add_argument("--user", default="", help="nama pengguna")
    listing.add_argument("--since", type=date.fromisoformat, help="sejak tanggal (YYYY-MM-DD)")
    listing.set_defaults(func=run_list)

    retention = subparsers.add_parser("retention", help="retensi data pribadi (anonimisasi data lama)")
    retention_sub = retention.add_subparsers(title="perintah retensi", dest="retention_command", metavar="PERINTAH")
    retention.set_defaults(func=lambda _ctx, _args: _usage(retention))
    run = retention_sub.add_parser(
        "run", help="anonimkan data pribadi pengunjung yang melewati masa retensi",
        description="Anonimkan data pribadi (nama, NIK, HP, alamat, desa, organisasi) pengunjung yang layanan "
        "terakhirnya selesai lebih dari masa retensi (profil kantor, bawaan 5 tahun). Permohonan tetap tercatat "
        "untuk statistik (layanan, tanggal, status, kecamatan).",
    )
    run.add_argument("--dry-run", action="store_true", help="hanya hitung, jangan ubah apa pun")
    run.add_argument("--ya", "--yes", dest="yes", action="store_true", help="jangan tanya konfirmasi")
    run.set_defaults(func=run_retention)

    users = subparsers.add_parser("users", help="kelola akun pengguna")
    users_sub = users.add_subparsers(title="perintah pengguna", dest="users_command", metavar="PERINTAH")
    users.set_defaults(func=lambda _ctx, _args: _usage(users))
    users_sub.add_parser("list", help="daftar akun dan perannya").set_defaults(func=run_users_list)

    first = users_sub.add_parser("create-admin", help="buat admin pertama (hanya bila belum ada akun berkata sandi)")
    _account_arguments(first)
    first.set_defaults(func=run_create_admin)

    add = users_sub.add_parser("add", help="tambah akun")
    _account_arguments(add)
    add.add_argument("--role", choices=accounts.ROLES, default="petugas", help="peran (bawaan petugas)")
    add.set_defaults(func=run_add)

    reset = users_sub.add_parser("reset-password", help="setel kata sandi baru untuk akun (juga membuka kunci)")
    reset.add_argument("username", metavar="NAMA_PENGGUNA")
    reset.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari masukan standar")
    reset.set_defaults(func=run_reset)

    for name, helptext in (("deactivate", "nonaktifkan akun (akun tidak pernah dihapus)"),
                           ("activate", "aktifkan kembali akun"), ("unlock", "buka kunci akun")):
        sub = users_sub.add_parser(name, help=helptext)
        sub.add_argument("username", metavar="NAMA_PENGGUNA")
        sub.set_defaults(func=run_account_switch, switch=name)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 1


def _account_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("username", metavar="NAMA_PENGGUNA")
    parser.add_argument("--name", required=True, help="nama lengkap")
    parser.add_argument("--nip", default="", help="NIP (18 angka, boleh kosong)")
    parser.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari masukan standar")


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Kata sandi baru: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise CliError("Kedua kata sandi tidak sama.", 1)
    return first


def _tz(ctx: CliContext) -> str:
    with ctx.db().read() as session:
        return _office_tz(session)


def _office_tz(session: Any) -> str:
    from desk.store.models import OfficeProfileRow

    office = session.get(OfficeProfileRow, 1)
    return office.timezone if office else DEFAULT_TZ


# --- audit -------------------------------------------------------------------------------------


def run_verify(ctx: CliContext, _args: argparse.Namespace) -> int:
    with ctx.db().read() as session:
        report = verify_chain(session)
    if report.ok:
        print(report.message)
        return 0
    print(f"RUSAK: {report.message}")
    print(f"{format_number(report.checked)} entri sebelum entri itu utuh.")
    raise CliError(f"Rantai audit rusak pada entri #{report.broken_id} ({report.problem}).", CHAIN_BROKEN)


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    tz = _tz(ctx)
    with ctx.db().read() as session:
        entries = list_entries(
            session, AuditFilter(action=args.action, username=args.user, date_from=args.since),
            limit=max(1, args.limit),
        )
    for e in reversed(entries):
        details = ", ".join(f"{k}={v}" for k, v in e.details.items())
        target = f"{e.entity} {e.entity_id}".strip()
        local = to_local(e.at, tz)
        when = f"{format_numeric_date(local.date())} {local:%H.%M.%S}"
        print(f"#{e.id:<6} {when:<19} {e.username:<16} {e.action:<24} {target:<14} {details}")
    if not entries:
        print("Tidak ada entri audit yang cocok.")
    return 0


# --- retention ---------------------------------------------------------------------------------


def run_retention(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    with db.read() as session:
        plan = privacy.run_retention(session, dry_run=True)
        tz = _office_tz(session)
    cutoff = format_long_date(to_local(plan.cutoff, tz).date())
    print(f"Masa retensi: {plan.years} tahun (layanan terakhir selesai sebelum {cutoff}).")
    print(f"Pengunjung yang akan dianonimkan: {format_number(plan.visitors)}")
    print(f"Permohonan mereka (tetap tercatat untuk statistik): {format_number(plan.requests)}")
    print(f"Peserta forum yang nomor teleponnya dihapus (daftar hadir tetap): {format_number(plan.participants)}")
    if args.dry_run or not plan.anything:
        print("Uji coba: tidak ada yang diubah." if args.dry_run else "Tidak ada data yang perlu dianonimkan.")
        return 0
    if not args.yes and sys.stdin.isatty():
        answer = input("Anonimisasi tidak dapat dibatalkan. Ketik YA untuk melanjutkan: ")
        if answer.strip().upper() != "YA":
            print("Dibatalkan: tidak ada yang diubah.")
            return 1
    with db.write() as session:
        done = privacy.run_retention(session)
    print(f"Selesai: {format_number(done.visitors)} pengunjung dianonimkan, "
          f"{format_number(done.requests)} permohonan tetap tercatat, nomor telepon "
          f"{format_number(done.participants)} peserta forum dihapus.")
    return 0


# --- users -------------------------------------------------------------------------------------


def run_users_list(ctx: CliContext, _args: argparse.Namespace) -> int:
    tz = _tz(ctx)
    with ctx.db().read() as session:
        found = accounts.list_accounts(session)
    if not found:
        print("Belum ada akun. Buat admin pertama: desk users create-admin NAMA_PENGGUNA --name \"Nama Lengkap\"")
        return 0
    for a in found:
        state = "aktif" if a.active else "nonaktif"
        if not a.has_password:
            state += ", belum ada kata sandi"
        if a.locked():
            state += f", terkunci sampai {format_datetime(a.locked_until, tz)}"  # type: ignore[arg-type]
        print(f"{a.username:<20} {a.full_name:<32} {ROLE_LABELS.get(a.role, a.role):<14} {state}")
    return 0


def _store_call(ctx: CliContext, call: Any) -> Any:
    try:
        with ctx.db().write() as session:
            return call(session)
    except StoreError as exc:
        raise CliError(exc.message, 1) from exc


def run_create_admin(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.db().read() as session:
        if not accounts.needs_first_admin(session):
            raise CliError("Admin pertama sudah ada. Tambah admin lain dengan: desk users add NAMA --role admin", 1)
    password = _read_password(args)
    made = _store_call(ctx, lambda s: accounts.create_first_admin(s, args.username, args.name, password, args.nip))
    print(f"Admin pertama dibuat: {made.username} ({made.full_name}). Masuk ke Desk dengan akun ini.")
    return 0


def run_add(ctx: CliContext, args: argparse.Namespace) -> int:
    password = _read_password(args)
    made = _store_call(
        ctx, lambda s: accounts.create_user(s, args.username, args.name, args.role, password, args.nip)
    )
    print(f"Akun dibuat: {made.username} ({made.full_name}), peran {made.role_label}.")
    return 0


def _account_id(ctx: CliContext, username: str) -> int:
    with ctx.db().read() as session:
        found = accounts.find_account(session, username)
    if found is None:
        raise CliError(f"Akun '{username}' tidak ada. Lihat: desk users list", 1)
    return found.id


def run_reset(ctx: CliContext, args: argparse.Namespace) -> int:
    user_id = _account_id(ctx, args.username)
    password = _read_password(args)
    made = _store_call(ctx, lambda s: accounts.reset_password(s, user_id, password))
    print(f"Kata sandi {made.username} sudah diganti; akun tidak terkunci.")
    return 0


def run_account_switch(ctx: CliContext, args: argparse.Namespace) -> int:
    user_id = _account_id(ctx, args.username)
    if args.switch == "unlock":
        made = _store_call(ctx, lambda s: accounts.unlock(s, user_id))
        print(f"Kunci akun {made.username} dibuka.")
        return 0
    active = args.switch == "activate"
    made = _store_call(ctx, lambda s: accounts.set_active(s, user_id, active))
    print(f"Akun {made.username} sekarang {'aktif' if made.active else 'nonaktif'}.")
    return 0
