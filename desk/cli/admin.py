"""Administration from the command line: holidays, working days, office profile, services, regions, paper.

`desk holidays import FILE.csv` is the one-minute way to enter next year's SKB. The
command line acts as the local system (whoever administers the PC); every change still
lands in the audit trail, as "sistem".

Exit codes: 0 done; 1 refused (bad input, a file with problems: nothing was changed); 2 database unusable.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from desk.cli.arguments import whole_number
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, gap_text, long_date, number, said, weekday_name
from desk.domain.holiday_rules import (
    KIND_LABELS,
    WEEKDAY_NAMES,
    HolidayRow,
    coverage_warning,
    parse_date,
    parse_kind,
)
from desk.domain.imports import ImportRejected
from desk.domain.nip import format_nip
from desk.domain.office_rules import office_gaps
from desk.domain.records import OfficeProfile
from desk.domain.status import status_label
from desk.domain.text_id import format_numeric_date, tz_label
from desk.formats.table import Row, read_table
from desk.store import admin, admin_regions, holidays, printing_defaults
from desk.store.admin_regions import RegionRow
from desk.store.errors import StoreError
from desk.store.holidays import MovedRequest
from desk.store.work import Done, office_context

T = TypeVar("T")
Rows = tuple[Row, ...]


class CsvImport(Protocol):
    """What a holiday or region CSV check or import reports."""

    @property
    def rows(self) -> Sequence[Any]: ...

    @property
    def problem(self) -> str | None: ...  # of the whole file: empty, too large, unreadable

    @property
    def ok(self) -> bool: ...

    @property
    def bad_rows(self) -> Sequence[Any]: ...


R = TypeVar("R", bound=CsvImport)


def register(subparsers: Any) -> None:
    _register_holidays(subparsers)
    _register_workdays(subparsers)
    _register_office(subparsers)
    _register_services(subparsers)
    _register_regions(subparsers)
    _register_paper(subparsers)


def _command_group(subparsers: Any, name: str, help: str, title: str) -> Any:
    """`desk NAME PERINTAH ...`: the subcommands' parsers; NAME alone prints the usage and exits 1."""
    parser = subparsers.add_parser(name, help=help)
    parser.set_defaults(func=_usage(parser))
    return parser.add_subparsers(title=title, dest=f"{name}_command", metavar=_tr("PERINTAH"))


def _usage(parser: argparse.ArgumentParser) -> Callable[[CliContext, argparse.Namespace], int]:
    def show(_ctx: CliContext, _args: argparse.Namespace) -> int:
        parser.print_help()
        return 1

    return show


def _add_csv_import(sub: Any, help: str, description: str, replace_flags: tuple[str, str], replace_help: str,
                    run: Callable[[CliContext, argparse.Namespace], int], *, file_optional: bool = False) -> Any:
    """`... import BERKAS.csv [--dry-run] [replace flag]`, the all-or-nothing import of holidays or regions."""
    importing = sub.add_parser("import", help=help, description=description)
    importing.add_argument("file", type=Path, metavar=_tr("BERKAS.csv"), nargs="?" if file_optional else None)
    importing.add_argument(*replace_flags, dest="replace", action="store_true", help=replace_help)
    importing.add_argument("--dry-run", action="store_true", help=_tr("hanya periksa, jangan simpan"))
    importing.set_defaults(func=run)
    return importing


def _import_csv(args: argparse.Namespace, check: Callable[[Rows], R],
                run: Callable[[Rows], Done[R]], shown: Callable[[Any], bool] = lambda _row: True) -> R | None:
    """Check (`--dry-run`) or import `args.file`, printing the `shown` rows. A file with any problem
    imports nothing and exits 1; the report of an import, None after a dry run that found none."""
    try:
        rows = read_table(args.file).rows
    except ImportRejected as exc:
        raise CliError("\n".join(said(line) for line in exc.lines()), 1) from exc
    report = _ask(lambda: check(rows)) if args.dry_run else _write(lambda: run(rows))
    for row in report.rows:
        if shown(row):
            print(_row_text(row))
    if report.problem:
        raise CliError(said(report.problem), 1)
    if not report.ok:
        raise CliError(_tr("{bad} dari %n baris bermasalah; tidak ada yang diimpor. Perbaiki berkasnya lalu impor "
                           "lagi.", "", len(report.rows)).format(bad=number(len(report.bad_rows))), 1)
    if args.dry_run:
        print(_tr("Pemeriksaan: semua %n baris baik. Tidak ada yang disimpan (--dry-run).", "", len(report.rows)))
        return None
    return report


def _row_text(row: HolidayRow | RegionRow) -> str:
    """One line of an import's report in this run's language: "baris 4: 2027-01-01 Tahun Baru (Libur nasional): OK"
    as the rows' own describe() writes it in Indonesian, or "row 4: 2027-01-01 Tahun Baru (National holiday): OK"."""
    if isinstance(row, RegionRow):
        what = f"{row.code} {row.name}"
        actions = {"tambah": _tr("TAMBAH"), "ubah nama": _tr("UBAH NAMA"), "tetap": _tr("TETAP"),
                   "dilewati": _tr("DILEWATI")}
        done = actions.get(row.action, row.action.upper())
    else:
        what = f"{row.date.isoformat() if row.date else (row.cells[0] if row.cells else '')} {row.name}"
        if row.kind in KIND_LABELS:
            what += f" ({said(KIND_LABELS[row.kind])})"
        done = "OK"
    status = done if row.ok else "; ".join(said(problem) for problem in row.problems)
    return _tr("baris {line}: {what}: {status}").format(line=row.line, what=what.strip(), status=status)


def _ask(call: Callable[[], T]) -> T:
    """Run a store operation that reads; its refusal becomes the command's message (exit 1)."""
    try:
        return call()
    except StoreError as exc:
        raise CliError(said(exc.message), 1) from exc


def _write(call: Callable[[], Done[T]]) -> T:
    """Run a store operation that changes data (as the local system); its value, or a refusal (exit 1)."""
    try:
        return call().value
    except admin.InvalidInput as exc:
        lines = [f"{said(admin.PROFILE_FIELDS[k].label) if k in admin.PROFILE_FIELDS else k}: {said(m)}"
                 for k, m in exc.errors.items()]
        raise CliError("\n".join(lines), 1) from exc
    except StoreError as exc:
        raise CliError(said(exc.message), 1) from exc


def _day(text: str) -> date:
    day = parse_date(text)
    if day is None:
        raise argparse.ArgumentTypeError(
            _tr("tanggal '{text}' tidak valid (tulis 2027-01-01 atau 01/01/2027)").format(text=text))
    return day


def _print_moved(moved: Sequence[MovedRequest]) -> None:
    if not moved:
        print(_tr("Tidak ada tenggat permohonan yang berubah."))
        return
    print(_tr("Tenggat %n permohonan yang masih berjalan berubah (tercatat di riwayatnya):", "", len(moved)))
    for m in moved:
        print(f"  {m.ref_number:<28} {m.visitor_name[:30]:<30} {said(status_label(m.status)):<10} "
              f"{long_date(m.old_due)} → {long_date(m.new_due)}")


# --- holidays ------------------------------------------------------------------------------------


def _register_holidays(subparsers: Any) -> None:
    sub = _command_group(subparsers, "holidays", _tr("daftar hari libur (libur nasional, cuti bersama, libur lokal)"),
                         _tr("perintah hari libur"))
    listing = sub.add_parser("list", help=_tr("tampilkan hari libur (bawaan: tahun ini)"))
    listing.add_argument("--year", type=whole_number, metavar=_tr("TAHUN"), help=_tr("tahun, mis. 2027"))
    listing.add_argument("--all", action="store_true", help=_tr("semua tahun"))
    listing.set_defaults(func=run_holidays_list)

    importing = _add_csv_import(
        sub, _tr("impor hari libur dari CSV atau Excel, atau dari daftar bawaan Desk (--from-library TAHUN)"),
        _tr("Impor daftar hari libur dari berkas CSV atau Excel dengan kolom tanggal, nama, jenis dan (boleh) dasar "
        "hukum; pemisah koma atau titik koma; tanggal 2027-01-01 atau 01/01/2027; jenis libur_nasional, "
        "cuti_bersama atau lokal. Semua baris diperiksa: bila satu saja bermasalah, tidak ada yang diimpor. "
        "Atau, tanpa berkas: --from-library TAHUN mengambil libur nasional dan cuti bersama tahun itu dari daftar "
        "yang terpasang bersama Desk (tanpa internet); hari yang sudah ada tidak diubah, dan tanggal perkiraan "
        "(hari raya Islam sebelum ditetapkan) diimpor hanya dengan --confirm-estimated. Tenggat permohonan yang "
        "masih berjalan dihitung ulang."),
        ("--replace-year", "--ganti-tahun"), _tr("hapus dulu hari libur tahun yang ada di berkas (SKB perubahan)"),
        run_holidays_import, file_optional=True,
    )
    importing.add_argument("--from-library", "--dari-bawaan", dest="library_year", type=whole_number, metavar=_tr("TAHUN"),
                           help=_tr("ambil daftar tahun itu dari daftar bawaan Desk, bukan dari berkas"))
    estimated = importing.add_mutually_exclusive_group()
    estimated.add_argument("--confirm-estimated", "--pastikan-perkiraan", action="store_true",
                           help=_tr("tanggal perkiraan sudah diperiksa (mis. dengan SKB): impor juga"))
    estimated.add_argument("--skip-estimated", "--lewati-perkiraan", action="store_true",
                           help=_tr("impor yang lain dulu; tanggal perkiraan ditambahkan setelah ditetapkan"))

    add = sub.add_parser("add", help=_tr("tambah satu hari libur"))
    add.add_argument("date", type=_day, metavar=_tr("TANGGAL"))
    add.add_argument("name", metavar=_tr("NAMA"))
    add.add_argument("--kind", default="libur_nasional", metavar=_tr("JENIS"),
                     help=_tr("libur_nasional (bawaan), cuti_bersama atau lokal (ditetapkan Bupati)"))
    add.add_argument("--decree", default="", metavar=_tr("DASAR_HUKUM"), help=_tr("dasar hukum, mis. nomor SKB atau Keputusan Bupati"))
    add.set_defaults(func=run_holidays_add)

    remove = sub.add_parser("delete", help=_tr("hapus hari libur pada tanggal itu"))
    remove.add_argument("date", type=_day, metavar=_tr("TANGGAL"))
    remove.set_defaults(func=run_holidays_delete)


def run_holidays_list(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    view = _ask(lambda: holidays.calendar_view(db, args.year))
    found = _ask(lambda: holidays.list_holidays(db)) if args.all else view.holidays
    years = _ask(lambda: holidays.holiday_years(db))
    # The decree (SKB) of each day as a numbered note under the list: it is long and shared by most days.
    decrees = list(dict.fromkeys(h.decree.strip() for h in found if h.decree.strip()))
    for h in found:
        note = f"  [{decrees.index(h.decree.strip()) + 1}]" if h.decree.strip() else ""
        print(f"{h.date.isoformat()}  {long_date(h.date):<28} {said(h.kind_label):<22} {h.name}{note}")
    label = _tr("semua tahun") if args.all else _tr("tahun {year}").format(year=view.year)
    print(_tr("%n hari libur, {label}.", "", len(found)).format(label=label) if found
          else _tr("Belum ada hari libur untuk {label}.").format(label=label))
    if decrees:
        print(_tr("Dasar hukum:"))
        for index, decree in enumerate(decrees, 1):
            print(f"  [{index}] {decree}")
    undecreed = sum(1 for h in found if not h.decree.strip())
    if undecreed and decrees:
        print("  " + _tr("%n hari tanpa dasar hukum tercatat.", "", undecreed))
    if years:
        print(_tr("Tahun yang ada: {years}").format(years=", ".join(str(y) for y in years)))
    coverage = view.coverage
    for year in coverage.missing:  # its `warnings` are the same sentences filled in Indonesian
        warning = said(coverage_warning(coverage.today, year)).format(year=year)
        print(_tr("PERINGATAN: {warning}").format(warning=warning))
    return 0


def run_holidays_import(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.library_year is not None:
        if args.file is not None or args.replace:
            raise CliError(_tr("Pilih salah satu: BERKAS.csv, atau --from-library TAHUN (tanpa --replace-year)."), 1)
        return run_library_import(ctx, args)
    if args.file is None:
        raise CliError(_tr("Sebutkan berkas CSV atau Excel, atau --from-library TAHUN."), 1)
    if args.confirm_estimated or args.skip_estimated:
        raise CliError(_tr("--confirm-estimated dan --skip-estimated hanya untuk --from-library."), 1)
    db = ctx.db()
    report = _import_csv(args, lambda rows: holidays.check_holiday_import(db, rows, replace_years=args.replace),
                         lambda rows: holidays.import_holidays(db, rows, replace_years=args.replace))
    if report is None:
        return 0
    replaced = " " + _tr("(%n hari libur lama diganti)", "", report.replaced) if report.replaced else ""
    print(_tr("Diimpor: %n hari libur{replaced}.", "", report.imported).format(replaced=replaced))
    _print_moved(report.moved)
    return 0


def _offer_status(status: str) -> str:
    """How a day of the library list stands against the office's list, as the command shows it."""
    words = {holidays.NEW: _tr("BARU"), holidays.STORED: _tr("SUDAH ADA"), holidays.DIFFERENT: _tr("BERBEDA")}
    return words.get(status, status.upper())


def run_library_import(ctx: CliContext, args: argparse.Namespace) -> int:
    """`desk holidays import --from-library 2027`: the year from the list that comes with Desk."""
    db, year = ctx.db(), args.library_year
    offer = _ask(lambda: holidays.library_offer(db, year))
    print(_tr("Daftar hari libur {year} bawaan Desk ({source}), dibandingkan dengan daftar kantor:").format(
        year=year, source=offer.source))
    for h in offer.holidays:
        status = _offer_status(h.status)
        if h.status == holidays.DIFFERENT and h.stored is not None:
            status += " " + _tr("(di daftar: {kind}, {name}; tidak diubah)").format(
                kind=said(h.stored.kind_label), name=h.stored.name)
        if h.estimated and h.status == holidays.NEW:
            status += ", " + _tr("PERKIRAAN")
        print(f"  {h.date.isoformat()}  {long_date(h.date):<28} {said(h.kind_label):<16} {h.name[:48]:<48} {status}")
    for h in offer.kept:
        print(f"  {h.date.isoformat()}  {long_date(h.date):<28} {said(h.kind_label):<16} {h.name[:48]:<48} "
              + _tr("TETAP (tidak ada di daftar bawaan)"))
    counts = {s: sum(1 for h in offer.holidays if h.status == s) for s in (holidays.NEW, holidays.STORED,
                                                                           holidays.DIFFERENT)}
    print(_tr("{new} baru, {stored} sudah ada, {different} berbeda (yang sudah ada tidak diubah).").format(
        new=counts[holidays.NEW], stored=counts[holidays.STORED], different=counts[holidays.DIFFERENT]))
    if not offer.has_cuti_bersama:
        print(_tr("Cuti bersama {year} belum ada di daftar bawaan (SKB-nya terbit setelah Desk ini dibuat): "
                  "tambahkan setelah terbit.").format(year=year))
    estimated = offer.estimated
    if estimated:
        days = "; ".join(long_date(h.date) for h in estimated)
        print(_tr("Tanggal perkiraan (belum ditetapkan pemerintah): {days}.").format(days=days))
    if args.dry_run:
        print(_tr("Tidak ada yang disimpan (--dry-run)."))
        return 0
    if estimated and not (args.confirm_estimated or args.skip_estimated):
        raise CliError(_tr(
            "%n tanggal perkiraan perlu dipastikan. Periksa dengan SKB, lalu jalankan lagi dengan "
            "--confirm-estimated untuk mengimpornya juga, atau --skip-estimated untuk mengimpor yang lain dulu. "
            "Tidak ada yang diimpor.", "", len(estimated)), 1)
    confirmed = [h.date for h in estimated] if args.confirm_estimated else []
    report = _write(lambda: holidays.import_library_holidays(db, year, confirmed=confirmed))
    if not report.ok:
        for row in report.bad_rows:
            print(said(row.describe()))
        raise CliError(_tr("Daftar bawaan tidak dapat diimpor; tidak ada yang diimpor."), 1)
    print(_tr("Diimpor: %n hari libur dari daftar bawaan ({source}).", "", report.imported).format(
        source=offer.source))
    _print_moved(report.moved)
    return 0


def run_holidays_add(ctx: CliContext, args: argparse.Namespace) -> int:
    kind = parse_kind(args.kind) or args.kind
    change = _write(lambda: holidays.add_holiday(ctx.db(), args.date, args.name, kind, args.decree))
    print(_tr("Ditambahkan: {day}, {name} ({kind}).").format(
        day=long_date(change.holiday.date), name=change.holiday.name, kind=said(change.holiday.kind_label)))
    _print_moved(change.moved)
    return 0


def run_holidays_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    change = _write(lambda: holidays.delete_holiday_on(ctx.db(), args.date))
    print(_tr("Dihapus: {day}, {name}.").format(day=long_date(change.holiday.date), name=change.holiday.name))
    _print_moved(change.moved)
    return 0


# --- working weekdays ----------------------------------------------------------------------------

_DAY_WORDS = {name.lower(): index for index, name in enumerate(WEEKDAY_NAMES)} | {"jum'at": 4, "ahad": 6}


def _weekdays(text: str) -> list[int]:
    days: list[int] = []
    for part in text.replace(" ", "").lower().split(","):
        if not part:
            continue
        if "-" in part:
            first, _, last = part.partition("-")
            if first not in _DAY_WORDS or last not in _DAY_WORDS:
                raise argparse.ArgumentTypeError(_tr("hari '{part}' tidak dikenal").format(part=part))
            days += list(range(_DAY_WORDS[first], _DAY_WORDS[last] + 1))
        elif part in _DAY_WORDS:
            days.append(_DAY_WORDS[part])
        else:
            raise argparse.ArgumentTypeError(
                _tr("hari '{part}' tidak dikenal (senin, selasa, ..., minggu)").format(part=part))
    return days


def _register_workdays(subparsers: Any) -> None:
    parser = subparsers.add_parser("workdays", help=_tr("hari kerja dalam seminggu (bawaan Senin–Jumat)"))
    parser.add_argument("--set", dest="days", type=_weekdays, metavar=_tr("HARI"),
                        help=_tr("hari kerja baru, mis. senin-jumat atau senin-sabtu atau senin,selasa,rabu"))
    parser.set_defaults(func=run_workdays)


def run_workdays(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    if args.days is not None:
        _print_moved(_write(lambda: holidays.set_working_weekdays(db, args.days)))
    days = _ask(lambda: holidays.working_days(db))
    print(_tr("Hari kerja: {days}").format(days=", ".join(weekday_name(d) for d in days)))
    return 0


# --- office profile ------------------------------------------------------------------------------


def _register_office(subparsers: Any) -> None:
    sub = _command_group(subparsers, "office", _tr("profil kantor: nama, alamat, kepala, logo, pola nomor"),
                         _tr("perintah profil kantor"))
    sub.add_parser("show", help=_tr("tampilkan profil kantor")).set_defaults(func=run_office_show)
    fields = ", ".join(admin.PROFILE_FIELDS)
    setter = sub.add_parser("set", help=_tr("ubah isian profil: NAMA=NILAI ..."),
                            description=_tr("Ubah isian profil kantor. Nama isian: {fields}. Tanggal ditulis "
                                            "31-12-2025 atau 2025-12-31; NIP boleh dengan spasi; baris baru "
                                            "pada jabatan lengkap ditulis \\n.").format(fields=fields))
    setter.add_argument("values", nargs="+", metavar=_tr("NAMA=NILAI"))
    setter.set_defaults(func=run_office_set)
    logo = sub.add_parser("logo", help=_tr("pasang logo (PNG/JPEG) untuk kop surat, atau hapus dengan --remove"))
    logo.add_argument("file", type=Path, nargs="?", metavar=_tr("BERKAS"))
    logo.add_argument("--remove", action="store_true", help=_tr("hapus logo (kop memakai tempat kosong)"))
    logo.set_defaults(func=run_office_logo)
    numbers = sub.add_parser("numbers", help=_tr("pratinjau nomor permohonan berikutnya tiap bidang"))
    numbers.add_argument("--pattern", metavar=_tr("POLA"), help=_tr("pola lain untuk dicoba, mis. '{seq:04d}/{unit}/{office}/{year}'"))
    numbers.set_defaults(func=run_office_numbers)


def _show_profile(profile: OfficeProfile) -> None:
    width = max(46, *(len(said(spec.label)) for spec in admin.PROFILE_FIELDS.values()))
    for name, spec in admin.PROFILE_FIELDS.items():
        raw = getattr(profile, name)
        value = format_numeric_date(raw) if isinstance(raw, date) else str(raw or "")
        if name == "timezone":
            value = f"{value} ({tz_label(value)})"
        elif name in admin.NIP_FIELDS:
            value = format_nip(value)
        value = " / ".join(value.splitlines())
        if len(value) > 90:
            value = value[:87] + "…"
        print(f"{said(spec.label):<{width}} {value}")
    logo = _tr("ada (%n bita)", "", len(profile.logo)) if profile.logo else _tr("belum ada")
    print(f"{_tr('Logo'):<{width}} {logo}")
    gaps = office_gaps(profile)
    if gaps:
        print(_tr("PERINGATAN: profil kantor belum lengkap untuk cetak resmi; dokumen resmi bertanda KONSEP sampai "
                  "semua ini diisi:"))
        for gap in gaps:
            print(f"  - {gap_text(gap)}")


def run_office_show(ctx: CliContext, _args: argparse.Namespace) -> int:
    _show_profile(_ask(lambda: office_context(ctx.db())).profile)
    return 0


def run_office_set(ctx: CliContext, args: argparse.Namespace) -> int:
    changes: dict[str, str] = {}
    for item in args.values:
        name, sep, value = item.partition("=")
        if not sep or name not in admin.PROFILE_FIELDS:
            raise CliError(_tr("'{item}' bukan NAMA=NILAI dengan nama isian profil ({fields}).").format(
                item=item, fields=", ".join(admin.PROFILE_FIELDS)), 1)
        changes[name] = value.replace("\\n", "\n") if name in admin.MULTI_LINE else value
    profile = _write(lambda: admin.update_office_profile(ctx.db(), changes))
    print(_tr("Profil kantor disimpan."))
    _show_profile(profile)
    return 0


def run_office_logo(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.remove:
        _write(lambda: admin.remove_logo(ctx.db()))
        print(_tr("Logo dihapus."))
        return 0
    if args.file is None:
        raise CliError(_tr("Sebutkan berkas logo (PNG atau JPEG), atau --remove."), 1)
    info = _write(lambda: admin.import_logo_file(ctx.db(), args.file)).info
    print(_tr("Logo dipasang: {format} {width}×{height} piksel, %n bita. Tampil di kop surat dokumen yang dicetak "
              "mulai sekarang.", "", info.size).format(format=info.format, width=info.width, height=info.height))
    return 0


def run_office_numbers(ctx: CliContext, args: argparse.Namespace) -> int:
    preview = _ask(lambda: admin.preview_numbers(ctx.db(), args.pattern, check_issued=True))
    print(_tr("Pola: {pattern}").format(pattern=preview.pattern))
    if not preview.ok:
        raise CliError(" ".join(said(p) for p in preview.problems), 1)
    for n in preview.numbers:
        print(f"  {n.unit_code:<6} {n.unit_name:<28} {n.number}")
    return 0


# --- services ------------------------------------------------------------------------------------


def _register_services(subparsers: Any) -> None:
    sub = _command_group(subparsers, "services", _tr("layanan: daftar, aktifkan, nonaktifkan"), _tr("perintah layanan"))
    sub.add_parser("list", help=_tr("semua layanan, juga yang nonaktif")).set_defaults(func=run_services_list)
    for name, active, helptext in (("activate", True, _tr("tawarkan lagi di loket dan pencarian standar")),
                                   ("deactivate", False, _tr("jangan tawarkan lagi (permohonan lama tetap)"))):
        sub_parser = sub.add_parser(name, help=helptext)
        sub_parser.add_argument("code", metavar=_tr("KODE"))
        sub_parser.set_defaults(func=run_services_switch, active=active)
    due = sub.add_parser("due-from", help=_tr("jangka waktu layanan dihitung sejak berkas lengkap atau sejak diterima"))
    due.add_argument("code", metavar=_tr("KODE"))
    due.add_argument("start", choices=("lengkap", "diterima"),
                     help=_tr("lengkap: sejak berkas lengkap (bawaan); diterima: sejak permohonan diterima"))
    due.set_defaults(func=run_services_due_from)


def run_services_list(ctx: CliContext, _args: argparse.Namespace) -> int:
    for r in _ask(lambda: admin.list_catalogue(ctx.db())):
        state = _tr("aktif") if r.offered else (_tr("nonaktif") if not r.active else _tr("bidang nonaktif"))
        if not r.has_standard:
            state += ", " + _tr("belum ada standar")
        start = _tr("sejak lengkap") if r.time_from_complete else _tr("sejak diterima")
        print(f"{r.code:<6} {r.unit_code:<5} {state:<28} {start:<15} {number(r.requests):>8}  {r.name}")
    return 0


def _service_of(db: Any, code_typed: str) -> Any:
    code = code_typed.strip().upper()
    found = next((r for r in _ask(lambda: admin.list_catalogue(db)) if r.code == code), None)
    if found is None:
        raise CliError(_tr("Layanan dengan kode {code} tidak ada (lihat `desk services list`).").format(code=code), 1)
    return found


def run_services_switch(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    found = _service_of(db, args.code)
    made = _write(lambda: admin.set_service_active(db, found.id, args.active))
    print((_tr("Layanan {code} aktif: {name}") if made.active else _tr("Layanan {code} nonaktif: {name}")).format(
        code=made.code, name=made.name))
    return 0


def run_services_due_from(ctx: CliContext, args: argparse.Namespace) -> int:
    from desk.store.request_changes import set_due_counting

    db = ctx.db()
    found = _service_of(db, args.code)
    from_complete = args.start == "lengkap"
    moved = _write(lambda: set_due_counting(db, found.id, from_complete))
    rule = _tr("sejak berkas lengkap") if from_complete else _tr("sejak permohonan diterima")
    dates = (_tr("%n permohonan terbuka mendapat tenggat baru", "", moved) if moved else
             _tr("tenggat permohonan terbuka tidak berubah"))
    print(_tr("Layanan {code}: jangka waktu dihitung {rule}; {dates}.").format(code=found.code, rule=rule, dates=dates))
    return 0


# --- regions ------------------------------------------------------------------------------------


def _register_regions(subparsers: Any) -> None:
    sub = _command_group(subparsers, "regions", _tr("daftar kecamatan dan desa/kelurahan (kode Kemendagri)"),
                         _tr("perintah wilayah"))
    sub.add_parser("list", help=_tr("tampilkan kecamatan dan desa")).set_defaults(func=run_regions_list)
    _add_csv_import(
        sub, _tr("impor kode dan nama wilayah dari CSV (kode, nama)"),
        _tr("Impor daftar wilayah Kemendagri dari CSV dengan kolom kode dan nama (63.11.04,Batumandi; "
        "63.11.04.2008,Mampari). Baris provinsi dan kabupaten dilewati. Bila satu baris bermasalah, tidak ada "
        "yang diimpor."),
        ("--replace", "--ganti"), _tr("hapus wilayah yang tidak ada di berkas (kecuali yang dipakai alamat pengunjung)"),
        run_regions_import,
    )


def run_regions_list(ctx: CliContext, _args: argparse.Namespace) -> int:
    found = _ask(lambda: admin_regions.list_regions(ctx.db()))
    for r in found:
        indent = "  " if r.parent_code else ""
        print(f"{indent}{r.code:<16} {said(r.level_label):<10} {r.name}")
    kecamatan = sum(1 for r in found if r.level == admin_regions.KECAMATAN)
    print(_tr("{kecamatan} kecamatan, {desa} desa/kelurahan.").format(kecamatan=kecamatan, desa=len(found) - kecamatan))
    return 0


def run_regions_import(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    report = _import_csv(args, lambda rows: admin_regions.check_region_import(db, rows),
                         lambda rows: admin_regions.import_regions(db, rows, replace=args.replace),
                         shown=lambda row: not row.ok or row.action != "tetap")  # unchanged regions go unsaid
    if report is None:
        return 0
    print(_tr("Wilayah: {added} ditambah, {renamed} diubah namanya, {removed} dihapus.").format(
        added=report.added, renamed=report.renamed, removed=report.removed))
    if report.kept_in_use:
        print(_tr("Tetap disimpan karena dipakai alamat pengunjung: {regions}").format(
            regions=", ".join(report.kept_in_use)))
    return 0


# --- default paper -------------------------------------------------------------------------------


def _register_paper(subparsers: Any) -> None:
    parser = subparsers.add_parser("paper", help=_tr("kertas bawaan tiap jenis dokumen (untuk semua loket)"))
    parser.add_argument("kind", nargs="?", choices=list(printing_defaults.DOCUMENT_KINDS), metavar=_tr("JENIS"),
                        help=_tr("receipt, attendance, standard atau berita_acara"))
    parser.add_argument("paper", nargs="?", choices=list(printing_defaults.PAPER_LABELS), metavar=_tr("KERTAS"),
                        help=_tr("A4, F4, A5, 80mm atau 58mm"))
    parser.set_defaults(func=run_paper)


def run_paper(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db()
    if args.kind and args.paper:
        _write(lambda: printing_defaults.choose_paper(db, args.kind, args.paper))
    elif args.kind or args.paper:
        raise CliError(_tr("Sebutkan jenis dokumen dan kertasnya, mis. `desk paper attendance F4`."), 1)
    papers = _ask(lambda: printing_defaults.papers(db))
    for kind, label in printing_defaults.DOCUMENT_KINDS.items():
        print(f"{kind:<14} {said(label):<22} {said(printing_defaults.PAPER_LABELS[papers[kind]])}")
    return 0

