"""`desk audit ...`, `desk retention run`, `desk users ...`: accounts and personal data from the command line.

Reading (the account list, the audit trail, a dry run) acts as the local system. Changing
accounts or personal data needs an admin: `--user NAME` (the password is asked), or
`--as-system` when no admin can log in (a forgotten last admin password), which the audit trail
records with the command and the operating-system account. The first admin of a new Desk is
the one exception: there is no one to ask yet.

Exit codes: 0 done; 1 refused (bad input, not an admin, not confirmed); 2 database unusable;
5 the audit trail is not whole.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desk.cli import speech
from desk.cli.arguments import iso_date, whole_number
from desk.cli.context import CliContext, CliError, add_who_arguments
from desk.cli.speech import _tr, number, said
from desk.domain.office_time import to_local
from desk.domain.text_id import format_numeric_date
from desk.safety.backups import BackupAge, audit_witnesses, old_value_holders
from desk.store import accounts, audit_verify, retention
from desk.store.access import ROLE_LABELS
from desk.store.audit_verify import AuditFilter
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import office_context

CHAIN_BROKEN = 5
REFUSED = 1


def register(subparsers: Any) -> None:
    audit_parser = subparsers.add_parser("audit", help=_tr("periksa dan tampilkan jejak audit"))
    audit_sub = audit_parser.add_subparsers(title=_tr("perintah audit"), dest="audit_command", metavar=_tr("PERINTAH"))
    audit_parser.set_defaults(func=lambda _ctx, _args: _usage(audit_parser))
    verify = audit_sub.add_parser(
        "verify", help=_tr("periksa rantai jejak audit dan bandingkan dengan saksinya di cadangan dan rekap tercetak "
        "(keluar 0 bila utuh, 5 bila ada yang rusak, hilang atau tidak dapat diperiksa)")
    )
    verify.set_defaults(func=run_verify)
    listing = audit_sub.add_parser("list", help=_tr("tampilkan entri audit terbaru"))
    listing.add_argument("--limit", type=whole_number, default=50, metavar="N", help=_tr("jumlah entri (bawaan 50)"))
    listing.add_argument("--action", default="", metavar=_tr("TINDAKAN"), help=_tr("tindakan, mis. login.failed atau awalan 'login.'"))
    listing.add_argument("--user", default="", metavar=_tr("NAMA_PENGGUNA"), help=_tr("nama pengguna"))
    listing.add_argument("--since", type=iso_date, metavar=_tr("TTTT-BB-HH"), help=_tr("sejak tanggal (TTTT-BB-HH)"))
    listing.set_defaults(func=run_list)

    retention_parser = subparsers.add_parser("retention", help=_tr("retensi data pribadi (anonimisasi data lama)"))
    retention_sub = retention_parser.add_subparsers(title=_tr("perintah retensi"), dest="retention_command",
                                                    metavar=_tr("PERINTAH"))
    retention_parser.set_defaults(func=lambda _ctx, _args: _usage(retention_parser))
    run = retention_sub.add_parser(
        "run", help=_tr("anonimkan data pribadi pengunjung yang melewati masa retensi"),
        description=_tr("Anonimkan data pribadi (nama, NIK, HP, alamat, desa, organisasi) pengunjung yang layanan "
        "terakhirnya selesai lebih dari masa retensi (profil kantor, bawaan 5 tahun). Permohonan tetap tercatat "
        "untuk statistik (layanan, tanggal, status, kecamatan). Tanpa --ya, Desk meminta konfirmasi di terminal; "
        "tanpa terminal, perintah ditolak."),
    )
    run.add_argument("--dry-run", action="store_true", help=_tr("hanya hitung, jangan ubah apa pun"))
    run.add_argument("--ya", "--yes", dest="yes", action="store_true", help=_tr("jangan tanya konfirmasi"))
    add_who_arguments(run)
    run.set_defaults(func=run_retention)

    users = subparsers.add_parser("users", help=_tr("kelola akun pengguna"))
    users_sub = users.add_subparsers(title=_tr("perintah pengguna"), dest="users_command", metavar=_tr("PERINTAH"))
    users.set_defaults(func=lambda _ctx, _args: _usage(users))
    users_sub.add_parser("list", help=_tr("daftar akun dan perannya")).set_defaults(func=run_users_list)

    first = users_sub.add_parser("create-admin", help=_tr("buat admin pertama (hanya bila belum ada akun berkata sandi)"))
    _account_arguments(first)
    first.set_defaults(func=run_create_admin)

    add = users_sub.add_parser("add", help=_tr("tambah akun (oleh admin: --user NAMA_ADMIN)"))
    _account_arguments(add)
    add.add_argument("--role", choices=accounts.ROLES, default="petugas", help=_tr("peran (bawaan petugas)"))
    add_who_arguments(add)
    add.set_defaults(func=run_add)

    reset = users_sub.add_parser("reset-password", help=_tr("setel kata sandi baru untuk akun (juga membuka kunci)"))
    reset.add_argument("username", metavar=_tr("NAMA_PENGGUNA"))
    reset.add_argument("--password-stdin", action="store_true",
                       help=_tr("baca kata sandi baru dari masukan standar (sesudah kata sandi admin, bila --user)"))
    add_who_arguments(reset)
    reset.set_defaults(func=run_reset)

    for name, helptext in (("deactivate", _tr("nonaktifkan akun (akun tidak pernah dihapus)")),
                           ("activate", _tr("aktifkan kembali akun")), ("unlock", _tr("buka kunci akun"))):
        sub = users_sub.add_parser(name, help=helptext)
        sub.add_argument("username", metavar=_tr("NAMA_PENGGUNA"))
        add_who_arguments(sub)
        sub.set_defaults(func=run_account_switch, switch=name)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 1


def _account_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("username", metavar=_tr("NAMA_PENGGUNA"))
    parser.add_argument("--name", required=True, metavar=_tr("NAMA"), help=_tr("nama lengkap"))
    parser.add_argument("--nip", default="", metavar="NIP", help=_tr("NIP (18 angka, boleh kosong)"))
    parser.add_argument("--password-stdin", action="store_true",
                        help=_tr("baca kata sandi baru dari masukan standar (sesudah kata sandi admin, bila --user)"))


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(_tr("Kata sandi baru: "))
    if getpass.getpass(_tr("Ulangi kata sandi: ")) != first:
        raise CliError(_tr("Kedua kata sandi tidak sama."), REFUSED)
    return first


def _tz(db: Database) -> str:
    return office_context(db).clock.tz


def _call(call: Any) -> Any:
    try:
        return call()
    except StoreError as exc:
        raise CliError(said(exc.message), REFUSED) from None


# --- audit -------------------------------------------------------------------------------------


def run_verify(ctx: CliContext, _args: argparse.Namespace) -> int:
    db = ctx.db()
    witnesses = audit_witnesses(ctx.data_dir)
    report = audit_verify.verify(db, witnesses)
    if report.ok:
        print(_whole(report))
        return 0
    print(_tr("TIDAK UTUH:"))
    for line in report.findings:
        print(f"- {said(line)}")
    if report.problem is not None and report.checked:
        print(_tr("%n entri lainnya diperiksa dan utuh.", "", report.checked))
    raise CliError(said(report.message), CHAIN_BROKEN)


def _whole(report: audit_verify.ChainReport) -> str:
    """A whole trail in this run's language, from the report's counts (its `message` is the store's Indonesian)."""
    if not report.checked:
        return _tr("Jejak audit masih kosong: belum ada entri.")
    whole = _tr("Rantai audit utuh: %n entri diperiksa.", "", report.checked)
    if report.witnesses:
        whole = whole.rstrip(".") + _tr("; cocok dengan %n saksi (cadangan dan rekap tercetak).", "", report.witnesses)
    return whole


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    tz = _tz(db)
    found = audit_verify.entries(db, AuditFilter(action=args.action, username=args.user, date_from=args.since),
                                 limit=max(1, args.limit))
    for e in reversed(found):
        local = to_local(e.at, tz)
        when = f"{format_numeric_date(local.date())} {local:%H.%M.%S}"
        details = "; ".join(e.detail_lines)
        print(f"#{e.id:<6} {when:<19} {e.username:<16} {said(e.action_label):<32} {e.record_name:<28} {details}")
    if not found:
        print(_tr("Tidak ada entri audit yang cocok."))
    return 0


# --- retention ---------------------------------------------------------------------------------


def run_retention(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    plan = _call(lambda: retention.plan_retention(db))
    tz = _tz(db)
    cutoff = speech.long_date(to_local(plan.cutoff, tz).date())
    print(_tr("Masa retensi: %n tahun (layanan terakhir selesai sebelum {cutoff}).", "", plan.years).format(
        cutoff=cutoff))
    print(_tr("Pengunjung yang akan dianonimkan: {n}").format(n=number(plan.visitors)))
    print(_tr("Permohonan mereka (tetap tercatat untuk statistik): {n}").format(n=number(plan.requests)))
    print(_tr("Peserta forum yang nomor teleponnya dihapus (daftar hadir tetap): {n}").format(
        n=number(plan.participants)))
    if args.dry_run or not plan.anything:
        print(_tr("Uji coba: tidak ada yang diubah.") if args.dry_run else _tr("Tidak ada data yang perlu dianonimkan."))
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            # Anonymising cannot be undone: without a terminal to ask, only an explicit --ya runs it.
            raise CliError(_tr("Anonimisasi tidak dapat dibatalkan dan tidak ada terminal untuk konfirmasi. Jalankan "
                               "lagi dengan --ya bila memang dimaksudkan. Tidak ada yang diubah."), REFUSED)
        answer = input(_tr("Anonimisasi tidak dapat dibatalkan. Ketik YA untuk melanjutkan: "))
        if answer.strip().upper() not in ("YA", _tr("YA")):
            print(_tr("Dibatalkan: tidak ada yang diubah."))
            return REFUSED
    acting = ctx.acting(args, "retention run")
    done = _call(lambda: retention.run_retention(acting)).value
    print(_tr("Selesai: %n pengunjung dianonimkan, {requests} permohonan tetap tercatat, nomor telepon "
              "{participants} peserta forum dihapus.", "", done.visitors).format(
        requests=number(done.requests), participants=number(done.participants)))
    if db.is_sqlite and done.at is not None:
        for line in _holders(old_value_holders(ctx.data_dir, done.at, tz=tz)):
            print(line)
    return 0


def _holders(ages: list[BackupAge]) -> list[str]:
    """The backups still holding the old values, in this run's language (desk.safety.backups.holders_summary
    says the same in Indonesian for the window)."""
    if not ages:
        return []
    lines = [_tr("%n cadangan yang dibuat Desk sebelum ini masih memuat data lama sampai terhapus oleh rotasi:", "",
                 len(ages))]
    dated = [a.goes_by for a in ages if a.goes_by is not None]
    if dated:
        lines.append("- " + _tr("%n cadangan otomatis, yang terakhir terhapus paling lambat {day} (bila Desk dipakai "
                                "dan dicadangkan setiap hari).", "", len(dated)).format(day=speech.short_date(max(dated))))
    lines += [f"- {a.info.path.name} ({said(a.info.kind_label)}): " + _tr("disimpan {kept}.").format(kept=said(a.kept))
              for a in ages if a.goes_by is None]
    lines.append(_tr("Salinan di luar folder cadangan Desk (mis. disalin tangan) tidak terjangkau Desk; hapus sendiri "
                     "bila ada."))
    return lines


# --- users -------------------------------------------------------------------------------------


def run_users_list(ctx: CliContext, _args: argparse.Namespace) -> int:
    db = ctx.db()
    tz = _tz(db)
    found = accounts.accounts(db)
    if not found:
        print(_tr("Belum ada akun. Buat admin pertama: desk users create-admin NAMA_PENGGUNA --name \"Nama Lengkap\""))
        return 0
    for a in found:
        state = _tr("aktif") if a.active else _tr("nonaktif")
        if not a.has_password:
            state += ", " + _tr("belum ada kata sandi")
        if a.locked():
            until = speech.date_time(a.locked_until, tz)  # type: ignore[arg-type]
            state += ", " + _tr("terkunci sampai {when}").format(when=until)
        print(f"{a.username:<20} {a.full_name:<32} {said(ROLE_LABELS.get(a.role, a.role)):<14} {state}")
    return 0


def run_create_admin(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    if not accounts.needs_first_admin(db):
        raise CliError(_tr("Admin pertama sudah ada. Tambah admin lain dengan: desk users add NAMA --role admin "
                           "--user NAMA_ADMIN"), REFUSED)
    password = _read_password(args)
    made = _call(lambda: accounts.create_first_admin(db, args.username, args.name, password, args.nip)).value
    print(_tr("Admin pertama dibuat: {username} ({name}). Masuk ke Desk dengan akun ini.").format(
        username=made.username, name=made.full_name))
    return 0


def run_add(ctx: CliContext, args: argparse.Namespace) -> int:
    acting = ctx.acting(args, f"users add {args.username}")
    password = _read_password(args)
    made = _call(lambda: accounts.create_user(acting, args.username, args.name, args.role, password, args.nip)).value
    print(_tr("Akun dibuat: {username} ({name}), peran {role}.").format(
        username=made.username, name=made.full_name, role=said(made.role_label)))
    return 0


def _account_id(db: Database, username: str) -> int:
    found = _call(lambda: accounts.find_account(db, username))
    if found is None:
        raise CliError(_tr("Akun '{username}' tidak ada. Lihat: desk users list").format(username=username), REFUSED)
    return int(found.id)


def run_reset(ctx: CliContext, args: argparse.Namespace) -> int:
    acting = ctx.acting(args, f"users reset-password {args.username}")
    user_id = _account_id(acting, args.username)
    password = _read_password(args)
    made = _call(lambda: accounts.reset_password(acting, user_id, password)).value
    print(_tr("Kata sandi {username} sudah diganti; akun tidak terkunci.").format(username=made.username))
    return 0


def run_account_switch(ctx: CliContext, args: argparse.Namespace) -> int:
    acting = ctx.acting(args, f"users {args.switch} {args.username}")
    user_id = _account_id(acting, args.username)
    if args.switch == "unlock":
        made = _call(lambda: accounts.unlock(acting, user_id)).value
        print(_tr("Kunci akun {username} dibuka.").format(username=made.username))
        return 0
    active = args.switch == "activate"
    made = _call(lambda: accounts.set_active(acting, user_id, active)).value
    print((_tr("Akun {username} sekarang aktif.") if made.active else _tr("Akun {username} sekarang nonaktif."))
          .format(username=made.username))
    return 0
