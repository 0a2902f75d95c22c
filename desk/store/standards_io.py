"""Standards in and out of Desk: a lossless JSON file and an Excel template, one row per service.

JSON carries everything: units, services and every version of every standard (with the forum
that approved it, by title and date), in a fixed order and without an export time, so exporting,
importing into an empty database and exporting again gives the same file.

The Excel workbook follows the spirit of the national registry's offline template: one row per
service, one column per component, list items separated by line breaks; a "Bidang" sheet
lists the units and a "Petunjuk" sheet explains the columns. An office can prepare its
standards in a spreadsheet and import them.

Import reads the whole file, checks every row and field, and reports each problem with its
row and column (Excel) or service and version (JSON); on any problem nothing is imported.
A service already in Desk gets a new version only when the file says something different
from its newest version; the same file imported twice changes nothing the second time.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desk.domain.errors import DomainError
from desk.domain.standard_rules import (
    FIELD_LABELS,
    LIST_KEYS,
    TEXT_KEYS,
    StandardDraft,
    cell_text,
    clean_standard,
    fold,
    parse_date,
    parse_days,
    parse_fee,
    parse_minutes,
    same_content,
    split_lines,
)
from desk.domain.text_id import format_date
from desk.store import access, audit
from desk.store.catalog import standard_record
from desk.store.errors import StoreError
from desk.store.models import Forum, Service, StandardVersion, Unit
from desk.store.standards import store_version

FORMAT = "desk/standar-pelayanan"
FORMAT_VERSION = 1
MAX_SERVICES = 1000
STANDARD_SHEET = "Standar Pelayanan"
UNIT_SHEET = "Bidang"
GUIDE_SHEET = "Petunjuk"
_UNIT_CODE = re.compile(r"^[A-Z0-9]{1,10}$")
_SERVICE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9.-]{0,19}$")

FileKind = Literal["json", "xlsx"]


# --- results and problems ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportProblem:
    where: str  # "Baris 5, kolom H (4. Biaya/Tarif)" or "Layanan P3, versi 2, Biaya/tarif"
    message: str
    row: int | None = None  # spreadsheet row (Excel only)
    column: str = ""  # spreadsheet column letter (Excel only)

    def text(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ImportRejected(StoreError):
    """The file has problems: nothing was imported; every problem is listed."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        super().__init__(
            f"{len(problems)} masalah ditemukan; tidak ada standar yang diimpor. Perbaiki berkas lalu impor lagi.",
            "file",
        )
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class ImportReport:
    kind: FileKind
    units_created: tuple[str, ...] = ()
    services_created: tuple[str, ...] = ()
    services_renamed: tuple[str, ...] = ()
    versions_added: tuple[tuple[str, int], ...] = ()  # (service code, version number)
    unchanged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # rows with no component filled in, for a service already in Desk
    forums_created: tuple[str, ...] = ()
    dry_run: bool = False

    @property
    def changes(self) -> int:
        return (len(self.units_created) + len(self.services_created) + len(self.services_renamed)
                + len(self.versions_added) + len(self.forums_created))

    def lines(self) -> list[str]:
        verb = "akan" if self.dry_run else "telah"
        out: list[str] = []
        if self.units_created:
            out.append(f"Bidang baru ({verb} dibuat): {', '.join(self.units_created)}")
        if self.services_created:
            out.append(f"Layanan baru ({verb} dibuat): {', '.join(self.services_created)}")
        if self.services_renamed:
            out.append(f"Nama layanan diubah: {', '.join(self.services_renamed)}")
        if self.versions_added:
            out.append("Versi standar baru: " + ", ".join(f"{code} versi {no}" for code, no in self.versions_added))
        if self.forums_created:
            out.append(f"Forum baru ({verb} dibuat): {', '.join(self.forums_created)}")
        if self.unchanged:
            out.append(f"Tidak berubah: {', '.join(self.unchanged)}")
        if self.skipped:
            out.append(f"Dilewati (komponen belum diisi): {', '.join(self.skipped)}")
        if not self.changes:
            out.append("Tidak ada perubahan: isi berkas sudah sama dengan standar di Desk.")
        return out


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    kind: FileKind
    services: int
    versions: int


# --- what a file says, before it touches the database ------------------------------------------


@dataclass
class _ForumRef:
    title: str
    starts_at: datetime
    venue: str = ""


@dataclass
class _VersionIn:
    draft: StandardDraft
    where: Callable[[str], tuple[str, int | None, str]]  # field -> (where, row, column letter)
    version_no: int | None = None
    created_at: datetime | None = None
    forum: _ForumRef | None = None
    quiet: frozenset[str] = frozenset()  # fields already reported (column absent, cell unreadable)
    from_sheet: bool = False  # an Excel row: it names no forum


@dataclass
class _ServiceIn:
    code: str
    unit_code: str
    name: str
    where: Callable[[str], tuple[str, int | None, str]]
    sort: int | None = None
    active: bool | None = None
    versions: list[_VersionIn] = field(default_factory=list)
    empty: bool = False  # an Excel row whose components are all blank


@dataclass
class _UnitIn:
    code: str
    name: str
    full_name: str
    where: Callable[[str], tuple[str, int | None, str]]
    sort: int | None = None
    active: bool = True


@dataclass
class _Plan:
    kind: FileKind
    units: list[_UnitIn] = field(default_factory=list)
    services: list[_ServiceIn] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def problem(self, where: tuple[str, int | None, str], message: str) -> None:
        self.problems.append(ImportProblem(where[0], message, where[1], where[2]))


# --- export --------------------------------------------------------------------------------------


def _version_json(session: Session, version: StandardVersion) -> dict[str, Any]:
    std = standard_record(version)
    forum = session.get(Forum, version.forum_id) if version.forum_id else None
    data: dict[str, Any] = {
        "version_no": version.version_no,
        "effective_date": version.effective_date.isoformat(),
        "sk_number": version.sk_number,
        "forum": None if forum is None else {
            "title": forum.title, "starts_at": forum.starts_at.astimezone(UTC).isoformat(), "venue": forum.venue,
        },
        "same_day": std.same_day,
        "duration_days": std.duration_days,
        "duration_minutes": std.duration_minutes,
        "fee": std.fee,
    }
    for key in ("product", *LIST_KEYS, *TEXT_KEYS[1:], "notes"):
        value = getattr(std, key)
        data[key] = list(value) if isinstance(value, tuple) else value
    data["created_at"] = version.created_at.astimezone(UTC).isoformat() if version.created_at else None
    return data


def export_data(session: Session) -> dict[str, Any]:
    """Everything about the standards, as the JSON file holds it."""
    units = list(session.scalars(select(Unit).order_by(Unit.sort, Unit.code)))
    versions: dict[int, list[StandardVersion]] = {}
    for version in session.scalars(
        select(StandardVersion).order_by(StandardVersion.service_id, StandardVersion.version_no)
        .options(selectinload(StandardVersion.items))
    ):
        versions.setdefault(version.service_id, []).append(version)
    services = session.execute(select(Service, Unit).join(Unit).order_by(Unit.sort, Unit.code, Service.sort,
                                                                          Service.code))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "units": [{"code": u.code, "name": u.name, "full_name": u.full_name, "sort": u.sort, "active": u.active}
                  for u in units],
        "services": [
            {"code": s.code, "unit": u.code, "name": s.name, "sort": s.sort, "active": s.active,
             "versions": [_version_json(session, v) for v in versions.get(s.id, [])]}
            for s, u in services
        ],
    }


def export_json(session: Session) -> str:
    access.require(session, access.EXPORT)
    return json.dumps(export_data(session), ensure_ascii=False, indent=2) + "\n"


def _latest_versions(session: Session) -> dict[int, StandardVersion]:
    latest: dict[int, StandardVersion] = {}
    for version in session.scalars(select(StandardVersion).options(selectinload(StandardVersion.items))):
        if version.service_id not in latest or version.version_no > latest[version.service_id].version_no:
            latest[version.service_id] = version
    return latest


def export_xlsx(session: Session) -> bytes:
    """The Excel template filled with each service's newest version (blank rows for services without one)."""
    access.require(session, access.EXPORT)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    latest = _latest_versions(session)
    book = Workbook()
    sheet = book.active
    sheet.title = STANDARD_SHEET
    sheet.append([c.heading for c in EXCEL_COLUMNS])
    for service, unit in session.execute(select(Service, Unit).join(Unit).order_by(Unit.sort, Unit.code,
                                                                                   Service.sort, Service.code)):
        version = latest.get(service.id)
        sheet.append([column.value(service, unit, version) for column in EXCEL_COLUMNS])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(EXCEL_COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = column.width
        head = sheet.cell(row=1, column=index)
        head.font, head.fill, head.alignment = bold, fill, wrap
        for row in range(2, sheet.max_row + 1):
            cell = sheet.cell(row=row, column=index)
            cell.alignment = wrap
            if column.key == "effective_date" and cell.value is not None:
                cell.number_format = "DD-MM-YYYY"
    sheet.freeze_panes = "D2"

    units = book.create_sheet(UNIT_SHEET)
    units.append(list(UNIT_HEADINGS))
    for unit in session.scalars(select(Unit).order_by(Unit.sort, Unit.code)):
        units.append([unit.code, unit.name, unit.full_name, unit.sort])
    for index, width in enumerate((12, 30, 60, 10), start=1):
        units.column_dimensions[units.cell(row=1, column=index).column_letter].width = width
        units.cell(row=1, column=index).font = bold

    guide = book.create_sheet(GUIDE_SHEET)
    guide.column_dimensions["A"].width = 110
    for line in GUIDE_LINES:
        guide.append([line])
        guide.cell(row=guide.max_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    guide.cell(row=1, column=1).font = bold
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_file(session: Session, path: str | Path) -> ExportReport:
    """Write the JSON or Excel file `path` (by its suffix); audited as data.export."""
    access.require(session, access.EXPORT)
    target = Path(path)
    kind = _kind_of(target)
    data = export_json(session).encode("utf-8") if kind == "json" else export_xlsx(session)
    services = session.scalar(select(func.count()).select_from(Service)) or 0
    versions = session.scalar(select(func.count()).select_from(StandardVersion)) or 0
    try:
        _write_atomically(target, data)
    except OSError as exc:
        raise StoreError(f"Berkas {target} tidak dapat ditulis: {exc.strerror or exc}.", "file") from exc
    if kind == "xlsx":
        versions = len(_latest_versions(session))  # the workbook holds each service's newest version only
    audit.record(session, "data.export", "standards", "",
                 {"berkas": target.name, "jenis": kind, "layanan": services, "versi": versions})
    return ExportReport(target, kind, services, versions)


def _write_atomically(target: Path, data: bytes) -> None:
    import os
    import tempfile

    folder = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=".desk-", suffix=target.suffix, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def _kind_of(path: Path) -> FileKind:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise StoreError("Jenis berkas tidak didukung: pakai .json atau .xlsx.", "file")


# --- the Excel columns ---------------------------------------------------------------------------


def _lines_cell(version: StandardVersion | None, key: str) -> str | None:
    if version is None:
        return None
    value = getattr(standard_record(version), key)
    return "\n".join(value) if isinstance(value, tuple) else (value or None)


@dataclass(frozen=True, slots=True)
class _Column:
    key: str
    heading: str
    width: float
    aliases: tuple[str, ...]
    required: bool = True

    def value(self, service: Service, unit: Unit, version: StandardVersion | None) -> object:
        if self.key == "code":
            return service.code
        if self.key == "unit":
            return unit.code
        if self.key == "name":
            return service.name
        if version is None:
            return None
        if self.key == "days":
            return 0 if version.same_day else version.duration_days
        if self.key == "minutes":
            return version.duration_minutes
        if self.key == "fee":
            return version.fee
        if self.key == "effective_date":
            return version.effective_date
        if self.key == "sk_number":
            return version.sk_number
        return _lines_cell(version, self.key)


def _col(key: str, heading: str, width: float, *aliases: str, required: bool = True) -> _Column:
    return _Column(key, heading, width, aliases, required)


EXCEL_COLUMNS: tuple[_Column, ...] = (
    _col("code", "Kode Layanan", 10, "kode", "kode layanan"),
    _col("unit", "Kode Bidang", 10, "bidang", "kode bidang", "unit"),
    _col("name", "Nama Layanan", 40, "nama layanan", "nama", "jenis layanan"),
    _col("requirements", "1. Persyaratan", 50, "persyaratan", "persyaratan pelayanan"),
    _col("steps", "2. Sistem, Mekanisme, dan Prosedur", 50, "sistem mekanisme dan prosedur", "prosedur",
         "sistem mekanisme prosedur", "alur"),
    _col("days", "3. Jangka Waktu (hari kerja; 0 = hari yang sama)", 16, "jangka waktu", "jangka waktu pelayanan",
         "jangka waktu penyelesaian", "waktu"),
    _col("minutes", "3a. Lama Layanan (menit, bila selesai di hari yang sama)", 16, "lama layanan", "menit",
         "durasi", required=False),
    _col("fee", "4. Biaya/Tarif (Rp; 0 = Gratis)", 14, "biaya tarif", "biaya", "tarif"),
    _col("product", "5. Produk Pelayanan", 30, "produk pelayanan", "produk"),
    _col("complaints", "6. Penanganan Pengaduan, Saran, dan Masukan", 45, "penanganan pengaduan saran dan masukan",
         "pengaduan", "penanganan pengaduan"),
    _col("legal_basis", "7. Dasar Hukum", 50, "dasar hukum"),
    _col("facilities", "8. Sarana, Prasarana, dan/atau Fasilitas", 40, "sarana prasarana dan atau fasilitas",
         "sarana prasarana dan fasilitas", "sarana dan prasarana", "sarana prasarana"),
    _col("competence", "9. Kompetensi Pelaksana", 40, "kompetensi pelaksana"),
    _col("supervision", "10. Pengawasan Internal", 40, "pengawasan internal"),
    _col("staff_count", "11. Jumlah Pelaksana", 25, "jumlah pelaksana"),
    _col("service_assurance", "12. Jaminan Pelayanan", 40, "jaminan pelayanan"),
    _col("safety_assurance", "13. Jaminan Keamanan dan Keselamatan Pelayanan", 40,
         "jaminan keamanan dan keselamatan pelayanan", "jaminan keamanan dan keselamatan"),
    _col("performance_evaluation", "14. Evaluasi Kinerja Pelaksana", 40, "evaluasi kinerja pelaksana",
         "evaluasi kinerja"),
    _col("notes", "Keterangan", 30, "keterangan", "catatan", required=False),
    _col("effective_date", "Tanggal Berlaku", 14, "tanggal berlaku", "berlaku mulai", "berlaku sejak"),
    _col("sk_number", "Nomor SK", 24, "nomor sk", "no sk", "nomor keputusan", "sk"),
)
_COLUMN_BY_KEY = {c.key: c for c in EXCEL_COLUMNS}
COMPONENT_COLUMNS = ("requirements", "steps", "days", "minutes", "fee", "product", "complaints", *LIST_KEYS[3:],
                     *TEXT_KEYS[1:], "notes")
# The standard's fields and the column that holds each (for the messages).
_FIELD_COLUMN = {"duration": "days", **{k: k for k in ("effective_date", "sk_number", "fee", "notes", "product",
                                                       *LIST_KEYS, *TEXT_KEYS)}}
UNIT_HEADINGS = ("Kode Bidang", "Nama Bidang", "Nama Lengkap", "Urutan")
GUIDE_LINES = (
    "Petunjuk pengisian standar pelayanan",
    "Satu baris untuk satu layanan. Satu kolom untuk satu komponen (PermenPANRB 15/2014): komponen 1–6 "
    "ditampilkan kepada masyarakat, komponen 7–14 untuk pengelolaan di internal organisasi.",
    "Kolom daftar (Persyaratan, Prosedur, Pengaduan, Dasar Hukum): satu butir per baris dalam sel "
    "(Alt+Enter di Excel). Nomor atau tanda di awal baris (1., 2., -, •) boleh ditulis; Desk membuangnya.",
    "Jangka Waktu: jumlah hari kerja (mis. 3), atau 0 bila selesai di hari yang sama. Lama Layanan (menit) "
    "hanya untuk layanan yang selesai di hari yang sama, boleh dikosongkan.",
    "Biaya/Tarif: angka rupiah tanpa sen (mis. 15000 atau Rp15.000); 0 atau Gratis bila tidak dipungut biaya.",
    "Tanggal Berlaku: tanggal mulai berlakunya standar (mis. 29-10-2025). Nomor SK: nomor Keputusan Kepala Dinas "
    "yang menetapkan standar.",
    "Kode Bidang harus ada di lembar Bidang (atau sudah ada di Desk). Kode Layanan tidak boleh sama dalam satu berkas.",
    "Saat diimpor, layanan yang sudah ada mendapat versi standar baru hanya bila isinya berbeda dari versi "
    "terakhir; versi lama tetap tersimpan. Bila ada satu saja kesalahan, tidak ada yang diimpor dan setiap "
    "kesalahan disebutkan dengan baris dan kolomnya.",
)


def _heading_key(value: object) -> str:
    text = fold(str(value or ""))
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"^\s*\d+[a-z]?\s*[.)]\s*", "", text)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _map_columns(headings: Sequence[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, heading in enumerate(headings):
        key = _heading_key(heading)
        if not key:
            continue
        for column in EXCEL_COLUMNS:
            if column.key not in found and (key in column.aliases or key == _heading_key(column.heading)):
                found[column.key] = index
                break
    return found


# --- reading the files -------------------------------------------------------------------------


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _read_xlsx(data: bytes, plan: _Plan) -> None:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, KeyError, ...
        raise StoreError("Berkas Excel tidak dapat dibuka (rusak atau bukan .xlsx).", "file") from exc
    try:
        names = {fold(name).strip(): name for name in book.sheetnames}
        sheet = book[names.get(fold(STANDARD_SHEET), book.sheetnames[0])]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        unit_rows = ([list(r) for r in book[names[fold(UNIT_SHEET)]].iter_rows(values_only=True)]
                     if fold(UNIT_SHEET) in names else [])
    finally:
        book.close()
    if not rows:
        plan.problems.append(ImportProblem("Lembar Standar Pelayanan", "Lembar kerja kosong."))
        return
    _read_unit_sheet(unit_rows, plan)
    columns = _map_columns(rows[0])
    missing = [c for c in EXCEL_COLUMNS if c.required and c.key not in columns]
    for column in missing:
        plan.problems.append(ImportProblem(
            "Baris 1", f"Kolom '{column.heading}' tidak ada. Tambahkan kolom ini (lihat lembar Petunjuk).", 1, ""))
    missing_keys = frozenset(c.key for c in missing)
    data_rows = [(number, row) for number, row in enumerate(rows[1:], start=2)
                 if any(cell_text(v) for v in row)]
    if len(data_rows) > MAX_SERVICES:
        plan.problems.append(ImportProblem("", f"Berkas terlalu besar: paling banyak {MAX_SERVICES} layanan."))
        return
    for number, row in data_rows:
        plan.services.append(_service_from_row(number, row, columns, missing_keys, plan))


def _read_unit_sheet(rows: list[list[object]], plan: _Plan) -> None:
    if not rows:
        return
    heads = [_heading_key(h) for h in rows[0]]
    index = {key: heads.index(_heading_key(heading))
             for key, heading in zip(("code", "name", "full_name", "sort"), UNIT_HEADINGS, strict=True)
             if _heading_key(heading) in heads}
    if "code" not in index or "name" not in index:
        plan.problems.append(ImportProblem(
            f"Lembar {UNIT_SHEET}, baris 1", "Kolom 'Kode Bidang' dan 'Nama Bidang' wajib ada.", 1, ""))
        return

    def get(row: list[object], key: str) -> object:
        i = index.get(key)
        return row[i] if i is not None and i < len(row) else None

    for number, row in enumerate(rows[1:], start=2):
        if not any(cell_text(v) for v in row):
            continue
        sort_value = get(row, "sort")
        where = _sheet_where(UNIT_SHEET, number, {k: _letter(i) for k, i in index.items()},
                             dict(zip(("code", "name", "full_name", "sort"), UNIT_HEADINGS, strict=True)))
        sort = None
        if cell_text(sort_value):
            try:
                sort = int(float(str(sort_value)))
            except ValueError:
                plan.problem(where("sort"), "Urutan harus angka.")
        plan.units.append(_UnitIn(cell_text(get(row, "code")).upper(), cell_text(get(row, "name")),
                                  cell_text(get(row, "full_name")), where, sort))


def _sheet_where(sheet: str, number: int, letters: dict[str, str],
                 headings: dict[str, str]) -> Callable[[str], tuple[str, int | None, str]]:
    def where(key: str) -> tuple[str, int | None, str]:
        letter = letters.get(key, "")
        heading = headings.get(key, key)
        cell = f", kolom {letter} ({heading})" if letter else f" ({heading})"
        return f"Lembar {sheet}, baris {number}{cell}", number, letter

    return where


def _service_from_row(number: int, row: list[object], columns: dict[str, int], missing: frozenset[str],
                      plan: _Plan) -> _ServiceIn:
    def get(key: str) -> object:
        i = columns.get(key)
        return row[i] if i is not None and i < len(row) else None

    def where(key: str) -> tuple[str, int | None, str]:
        column_key = _FIELD_COLUMN.get(key, key)
        column = _COLUMN_BY_KEY.get(column_key)
        index = columns.get(column_key)
        heading = column.heading if column else FIELD_LABELS.get(key, key)
        if index is None:
            return f"Baris {number} ({heading})", number, ""
        letter = _letter(index)
        return f"Baris {number}, kolom {letter} ({heading})", number, letter

    service = _ServiceIn(cell_text(get("code")).upper(), cell_text(get("unit")).upper(),
                         " ".join(cell_text(get("name")).split()), where)
    if not any(cell_text(get(key)) for key in (*COMPONENT_COLUMNS, "effective_date", "sk_number")):
        service.empty = True
        return service
    values: dict[str, Any] = {"same_day": True, "duration_days": None, "duration_minutes": None, "fee": 0,
                              "effective_date": None}
    quiet = _missing_fields(missing)

    def read(key: str, column: str, parse: Callable[[object], Any]) -> Any:
        try:
            return parse(get(column))
        except DomainError as exc:
            if column not in missing:
                plan.problem(where(column), exc.message)
            quiet.add(key)
            return None

    values["effective_date"] = read("effective_date", "effective_date", parse_date)
    days = read("duration", "days", parse_days)
    if days is not None:
        values["same_day"], values["duration_days"] = days
    values["duration_minutes"] = read("duration", "minutes", parse_minutes)
    fee = read("fee", "fee", parse_fee)
    values["fee"] = 0 if fee is None else fee
    for key in LIST_KEYS:
        values[key] = split_lines(get(key))
    for key in (*TEXT_KEYS, "notes"):
        values[key] = cell_text(get(key))
    values["sk_number"] = cell_text(get("sk_number"))
    service.versions.append(_VersionIn(StandardDraft(**values), where, quiet=frozenset(quiet), from_sheet=True))
    return service


def _missing_fields(missing: frozenset[str]) -> set[str]:
    """The draft fields whose column is absent: reported once for the file, not again on every row."""
    return {key for key, column in _FIELD_COLUMN.items() if column in missing}


def _json_where(label: str) -> Callable[[str], tuple[str, int | None, str]]:
    def where(key: str) -> tuple[str, int | None, str]:
        name = FIELD_LABELS.get(key, {"code": "kode", "unit": "bidang", "name": "nama", "version_no": "nomor versi",
                                      "forum": "forum", "created_at": "waktu dicatat"}.get(key, key))
        return f"{label}, {name}", None, ""

    return where


def _read_json(data: bytes, plan: _Plan) -> None:
    try:
        content = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"Berkas JSON tidak dapat dibaca: {exc}.", "file") from exc
    if isinstance(content, list):  # the seed file's shape: [{code, unit, name, standard}]
        content = {"format": FORMAT, "units": [], "services": [
            {**{k: v for k, v in item.items() if k != "standard"}, "versions": [item.get("standard")]}
            if isinstance(item, dict) else item for item in content
        ]}
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise StoreError("Berkas JSON ini bukan ekspor standar pelayanan Desk.", "file")
    if int(content.get("format_version", 1) or 1) > FORMAT_VERSION:
        raise StoreError("Berkas dibuat oleh Desk yang lebih baru; perbarui Desk lalu impor lagi.", "file")
    units, services = content.get("units", []), content.get("services", [])
    if not isinstance(units, list) or not isinstance(services, list):
        raise StoreError("Berkas JSON rusak: 'units' dan 'services' harus berupa daftar.", "file")
    if len(services) > MAX_SERVICES:
        raise StoreError(f"Berkas terlalu besar: paling banyak {MAX_SERVICES} layanan.", "file")
    for number, item in enumerate(units, start=1):
        where = _json_where(f"Bidang ke-{number}")
        if not isinstance(item, dict):
            plan.problem(where("code"), "harus berupa objek.")
            continue
        plan.units.append(_UnitIn(str(item.get("code") or "").strip().upper(), " ".join(str(item.get("name") or
                                  "").split()), " ".join(str(item.get("full_name") or "").split()), where,
                                  _int_or_none(item.get("sort")), bool(item.get("active", True))))
    for number, item in enumerate(services, start=1):
        code = str(item.get("code") or "").strip().upper() if isinstance(item, dict) else ""
        label = f"Layanan ke-{number}" + (f" ({code})" if code else "")
        where = _json_where(label)
        if not isinstance(item, dict):
            plan.problem(where("code"), "harus berupa objek.")
            continue
        service = _ServiceIn(code, str(item.get("unit") or "").strip().upper(),
                             " ".join(str(item.get("name") or "").split()), where,
                             _int_or_none(item.get("sort")),
                             bool(item["active"]) if "active" in item else None)
        versions = item.get("versions", [])
        if not isinstance(versions, list):
            plan.problem(where("versions"), "harus berupa daftar versi.")
            versions = []
        for v_number, raw in enumerate(versions, start=1):
            v_label = f"{label}, versi " + (str(raw.get("version_no")) if isinstance(raw, dict)
                                           and raw.get("version_no") else f"ke-{v_number}")
            version = _version_from_json(raw, _json_where(v_label), plan)
            if version is not None:
                service.versions.append(version)
        plan.services.append(service)


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _version_from_json(raw: object, where: Callable[[str], tuple[str, int | None, str]],
                       plan: _Plan) -> _VersionIn | None:
    if not isinstance(raw, dict):
        plan.problem(where("version_no"), "versi harus berupa objek.")
        return None
    values: dict[str, Any] = {}
    quiet: set[str] = set()
    try:
        values["effective_date"] = parse_date(raw.get("effective_date"))
    except DomainError as exc:
        values["effective_date"] = None
        quiet.add("effective_date")
        plan.problem(where("effective_date"), exc.message)
    values["sk_number"] = _json_str(raw, "sk_number", where, plan)
    values["same_day"] = bool(raw.get("same_day", False))
    for key in ("duration_days", "duration_minutes"):
        value = raw.get(key)
        if value is not None and _int_or_none(value) is None:
            plan.problem(where("duration"), "harus bilangan bulat atau null.")
            value = None
        values[key] = value
    fee = raw.get("fee", 0)
    if _int_or_none(fee) is None:
        plan.problem(where("fee"), "Biaya harus bilangan bulat rupiah (0 = Gratis).")
        fee = 0
    values["fee"] = fee
    for key in LIST_KEYS:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(line, str) for line in value):
            plan.problem(where(key), "harus berupa daftar teks.")
            value = []
        values[key] = tuple(value)
    for key in (*TEXT_KEYS, "notes"):
        values[key] = _json_str(raw, key, where, plan)
    version_no = raw.get("version_no")
    if version_no is not None and (_int_or_none(version_no) is None or version_no < 1):
        plan.problem(where("version_no"), "Nomor versi harus bilangan bulat 1 atau lebih.")
        version_no = None
    created_at = None
    if raw.get("created_at"):
        try:
            created_at = datetime.fromisoformat(str(raw["created_at"]))
            if created_at.tzinfo is None:
                created_at = created_at.replace(tzinfo=UTC)
        except ValueError:
            plan.problem(where("created_at"), "Waktu dicatat tidak dapat dibaca.")
    forum = None
    if raw.get("forum") is not None:
        forum = _forum_from_json(raw["forum"], where, plan)
    return _VersionIn(StandardDraft(**values), where, version_no, created_at, forum, frozenset(quiet))


def _json_str(raw: dict[str, Any], key: str, where: Callable[[str], tuple[str, int | None, str]],
              plan: _Plan) -> str:
    value = raw.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        plan.problem(where(key), "harus berupa teks.")
        return ""
    return value


def _forum_from_json(raw: object, where: Callable[[str], tuple[str, int | None, str]],
                     plan: _Plan) -> _ForumRef | None:
    if not isinstance(raw, dict) or not str(raw.get("title") or "").strip():
        plan.problem(where("forum"), "Forum harus mempunyai judul dan waktu mulai.")
        return None
    try:
        starts_at = datetime.fromisoformat(str(raw.get("starts_at")))
    except ValueError:
        plan.problem(where("forum"), "Waktu mulai forum tidak dapat dibaca.")
        return None
    if starts_at.tzinfo is None:
        starts_at = starts_at.replace(tzinfo=UTC)
    return _ForumRef(str(raw["title"]).strip(), starts_at.astimezone(UTC), str(raw.get("venue") or ""))


# --- checking against the database ---------------------------------------------------------------


@dataclass
class _Existing:
    units: dict[str, Unit]
    services: dict[str, Service]
    versions: dict[int, list[StandardVersion]]
    forums: dict[int, tuple[str, datetime]]  # id -> (title, start in UTC)

    def same(self, stored: StandardVersion, version: _VersionIn) -> bool:
        """Whether the file's version is already in Desk: same content, date and SK (and forum, for JSON)."""
        record = standard_record(stored)
        draft = version.draft
        if not (same_content(record, draft) and record.effective_date == draft.effective_date
                and record.sk_number == draft.sk_number):
            return False
        if version.from_sheet:
            return True
        if version.forum is None or stored.forum_id is None:
            return version.forum is None and stored.forum_id is None
        return self.forums.get(stored.forum_id) == (version.forum.title, version.forum.starts_at)


def _existing(session: Session) -> _Existing:
    versions: dict[int, list[StandardVersion]] = {}
    for version in session.scalars(select(StandardVersion).options(selectinload(StandardVersion.items))):
        versions.setdefault(version.service_id, []).append(version)
    return _Existing(
        {u.code: u for u in session.scalars(select(Unit))},
        {s.code: s for s in session.scalars(select(Service))},
        versions,
        {fid: (title, start.astimezone(UTC)) for fid, title, start in
         session.execute(select(Forum.id, Forum.title, Forum.starts_at))},
    )


def _check(plan: _Plan, existing: _Existing) -> None:
    unit_codes: dict[str, tuple[str, int | None, str]] = {}
    for unit in plan.units:
        if not _UNIT_CODE.match(unit.code):
            plan.problem(unit.where("code"), "Kode bidang 1–10 huruf besar atau angka, tanpa spasi (mis. PNP).")
        elif unit.code in unit_codes:
            plan.problem(unit.where("code"), f"Kode bidang {unit.code} ganda: sudah ada di {unit_codes[unit.code][0]}.")
        else:
            unit_codes[unit.code] = unit.where("code")
        if not unit.name and unit.code not in existing.units:
            plan.problem(unit.where("name"), "Nama bidang wajib diisi.")
    seen: dict[str, str] = {}
    for service in plan.services:
        code_where = service.where("code")
        if not service.code:
            plan.problem(code_where, "Kode layanan wajib diisi.")
        elif not _SERVICE_CODE.match(service.code):
            plan.problem(code_where, "Kode layanan 1–20 huruf besar, angka, titik atau tanda hubung (mis. P9).")
        elif service.code in seen:
            plan.problem(code_where, f"Kode layanan {service.code} ganda: sudah dipakai di {seen[service.code]}.")
        else:
            seen[service.code] = code_where[0].split(",")[0]
        if not service.name:
            plan.problem(service.where("name"), "Nama layanan wajib diisi.")
        elif len(service.name) > 300:
            plan.problem(service.where("name"), "Nama layanan terlalu panjang (maksimal 300 huruf).")
        current = existing.services.get(service.code)
        if not service.unit_code:
            plan.problem(service.where("unit"), "Kode bidang wajib diisi.")
        elif service.unit_code not in existing.units and service.unit_code not in unit_codes:
            known = sorted(set(existing.units) | set(unit_codes))
            plan.problem(service.where("unit"), f"Bidang {service.unit_code} tidak dikenal" + (
                f" (yang ada: {', '.join(known)})." if known else "; tambahkan di lembar Bidang."))
        elif current is not None and current.unit.code != service.unit_code:
            plan.problem(service.where("unit"), (
                f"Layanan {service.code} sudah ada di bidang {current.unit.code}; bidangnya tidak dapat diubah "
                "lewat impor (nomor pendaftaran memakai kode bidang)."))
        _check_versions(plan, service, existing.versions.get(current.id, []) if current else [], existing)


def _check_versions(plan: _Plan, service: _ServiceIn, stored: list[StandardVersion], existing: _Existing) -> None:
    numbers: set[int] = set()
    latest = max((v.effective_date for v in stored), default=None)
    for version in service.versions:
        cleaned, errors = clean_standard(version.draft)
        version.draft = cleaned
        for key, message in errors.items():
            if key not in version.quiet:
                plan.problem(version.where(key), message)
        if version.version_no is not None:
            if version.version_no in numbers:
                plan.problem(version.where("version_no"), f"Nomor versi {version.version_no} ganda.")
            numbers.add(version.version_no)
        is_new = not any(existing.same(v, version) for v in stored)
        if (is_new and latest is not None and cleaned.effective_date is not None
                and cleaned.effective_date < latest and not errors):
            plan.problem(version.where("effective_date"), (
                f"Tanggal berlaku {format_date(cleaned.effective_date)} sebelum tanggal berlaku versi yang sudah "
                f"ada di Desk ({format_date(latest)}); versi baru harus berlaku sejak tanggal itu atau sesudahnya."))


# --- applying ------------------------------------------------------------------------------------


def _plan_for(path: Path) -> _Plan:
    kind = _kind_of(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"Berkas {path} tidak dapat dibaca: {exc.strerror or exc}.", "file") from exc
    plan = _Plan(kind)
    if kind == "json":
        _read_json(data, plan)
    else:
        _read_xlsx(data, plan)
    return plan


def check_import_file(session: Session, path: str | Path) -> ImportReport:
    """What importing `path` would do, without doing it; ImportRejected lists every problem."""
    access.require(session, access.IMPORT)
    plan = _plan_for(Path(path))
    existing = _existing(session)
    _check(plan, existing)
    if plan.problems:
        raise ImportRejected(plan.problems)
    return _apply(session, plan, existing, dry_run=True)


def import_file(session: Session, path: str | Path) -> ImportReport:
    """Import a JSON or Excel file: everything, or nothing when any problem is found (ImportRejected)."""
    access.require(session, access.IMPORT)
    access.require(session, access.STANDARDS_EDIT)
    source = Path(path)
    plan = _plan_for(source)
    existing = _existing(session)
    _check(plan, existing)
    if plan.problems:
        raise ImportRejected(plan.problems)
    report = _apply(session, plan, existing, dry_run=False)
    audit.record(session, "data.import", "standards", "", {
        "berkas": source.name, "jenis": plan.kind, "bidang_baru": list(report.units_created),
        "layanan_baru": list(report.services_created), "nama_diubah": list(report.services_renamed),
        "versi_baru": [f"{code} v{no}" for code, no in report.versions_added],
        "forum_baru": list(report.forums_created),
    })
    return report


def _apply(session: Session, plan: _Plan, existing: _Existing, *, dry_run: bool) -> ImportReport:
    units_created: list[str] = []
    unit_rows = dict(existing.units)
    next_unit_sort = max((u.sort for u in unit_rows.values()), default=0) + 1
    for unit in plan.units:
        if unit.code in unit_rows:
            continue
        units_created.append(unit.code)
        if not dry_run:
            row = Unit(code=unit.code, name=unit.name, full_name=unit.full_name,
                       sort=unit.sort if unit.sort is not None else next_unit_sort, active=unit.active)
            session.add(row)
            session.flush()
            unit_rows[unit.code] = row
        next_unit_sort += 1
    created: list[str] = []
    renamed: list[str] = []
    added: list[tuple[str, int]] = []
    unchanged: list[str] = []
    skipped: list[str] = []
    forums_created: list[str] = []
    forum_cache: dict[tuple[str, datetime], int] = {}
    next_sort = (session.scalar(select(func.max(Service.sort))) or 0) + 1
    for item in plan.services:
        service = existing.services.get(item.code)
        if service is not None and item.empty:
            skipped.append(item.code)
            continue
        stored = existing.versions.get(service.id, []) if service is not None else []
        new_versions = [v for v in item.versions if not any(existing.same(s, v) for s in stored)]
        # A new service keeps the file's version numbers (and times) when every version has one.
        keep_numbers = not stored and all(v.version_no is not None for v in new_versions)
        if service is None:
            created.append(item.code)
            if not dry_run:
                active = item.active if item.active is not None else bool(item.versions)
                service = Service(code=item.code, name=item.name, unit_id=unit_rows[item.unit_code].id,
                                  sort=item.sort if item.sort is not None else next_sort, active=active)
                session.add(service)
                session.flush()
            next_sort += 1
        elif service.name != item.name:
            renamed.append(item.code)
            if not dry_run:
                audit.record(session, "service.update", "service", service.id,
                             {"code": service.code, "changes": {"name": [service.name, item.name]}})
                service.name = item.name
        if not new_versions and item.code not in created:
            if item.code not in renamed:
                unchanged.append(item.code)
            continue
        number = max((v.version_no for v in stored), default=0)
        for version in new_versions:
            number = version.version_no if keep_numbers and version.version_no is not None else number + 1
            added.append((item.code, number))
            if dry_run:
                continue
            assert service is not None
            draft = version.draft
            if version.forum is not None:
                forum_id, made = _forum_id(session, version.forum, forum_cache)
                if made:
                    forums_created.append(version.forum.title)
                draft = replace(draft, forum_id=forum_id)
            store_version(session, service.id, draft, version_no=number,
                          created_at=version.created_at if keep_numbers else None)
    return ImportReport(plan.kind, tuple(units_created), tuple(created), tuple(renamed), tuple(added),
                        tuple(unchanged), tuple(skipped), tuple(forums_created), dry_run)


def _forum_id(session: Session, ref: _ForumRef, cache: dict[tuple[str, datetime], int]) -> tuple[int, bool]:
    key = (ref.title, ref.starts_at)
    if key in cache:
        return cache[key], False
    for forum in session.scalars(select(Forum).where(Forum.title == ref.title)):
        if forum.starts_at.astimezone(UTC) == ref.starts_at:
            cache[key] = forum.id
            return forum.id, False
    forum = Forum(title=ref.title, starts_at=ref.starts_at, venue=ref.venue)
    session.add(forum)
    session.flush()
    audit.record(session, "forum.create", "forum", forum.id,
                 {"judul": ref.title, "mulai": ref.starts_at.isoformat(), "sumber": "impor standar"})
    cache[key] = forum.id
    return forum.id, True
