"""Standards files: a lossless JSON file and an Excel template, one row per service.

JSON carries everything: units, services and every version of every standard (with the forum
that approved it, by title and date), in a fixed order and without an export time, so exporting,
importing into an empty database and exporting again gives the same file.

The Excel workbook follows the spirit of the national registry's offline template: one row per
service, one column per component, list items separated by line breaks; a "Bidang" sheet
lists the units and a "Petunjuk" sheet explains the columns. An office can prepare its
standards in a spreadsheet and import them.

Reading gives the store a `StandardsFile` (desk.domain.standard_import) with the place of every
field, or refuses a file it cannot read; writing takes the store's `StandardsContent`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk.domain.errors import DomainError
from desk.domain.imports import ImportProblem, ImportRejected
from desk.domain.messages import N_, Filled
from desk.domain.os_errors import os_error_text
from desk.domain.records import StandardRecord
from desk.domain.standard_import import (
    ExportedService,
    ExportedVersion,
    FileKind,
    ForumRef,
    Locator,
    ServiceIn,
    StandardsContent,
    StandardsFile,
    UnitIn,
    VersionIn,
)
from desk.domain.standard_rules import (
    FIELD_LABELS,
    LIST_KEYS,
    TEXT_KEYS,
    StandardDraft,
    cell_text,
    fold,
    parse_date,
    parse_days,
    parse_fee,
    parse_minutes,
    split_lines,
)
from desk.formats.files import write_atomically
from desk.formats.json_file import dump_json, load_json
from desk.formats.table import Row, Table, read_bytes, read_table, sheet_names
from desk.formats.xlsx_writer import Column, Sheet, write_xlsx

FORMAT = "desk/standar-pelayanan"
FORMAT_VERSION = 1
MAX_SERVICES = 1000
STANDARD_SHEET = "Standar Pelayanan"
UNIT_SHEET = "Bidang"
GUIDE_SHEET = "Petunjuk"


class FileNotWritten(DomainError):
    """The export could not be written; the message says why, in Indonesian."""


def kind_of(path: Path) -> FileKind:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise FileNotWritten(N_("Jenis berkas tidak didukung: pakai .json atau .xlsx."), "file")


# --- the Excel columns ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExcelColumn:
    key: str
    heading: str
    width: float
    aliases: tuple[str, ...]
    required: bool = True

    def value(self, service: ExportedService) -> object:
        if self.key == "code":
            return service.code
        if self.key == "unit":
            return service.unit_code
        if self.key == "name":
            return service.name
        standard = service.latest
        if standard is None:
            return None
        if self.key == "days":
            return 0 if standard.same_day else standard.duration_days
        if self.key == "minutes":
            return standard.duration_minutes
        if self.key in ("fee", "effective_date", "sk_number"):
            return getattr(standard, self.key)
        value = getattr(standard, self.key)
        return "\n".join(value) if isinstance(value, tuple) else (value or None)


def _col(key: str, heading: str, width: float, *aliases: str, required: bool = True) -> ExcelColumn:
    return ExcelColumn(key, heading, width, aliases, required)


EXCEL_COLUMNS: tuple[ExcelColumn, ...] = (
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


# --- reading -------------------------------------------------------------------------------------


def read_standards_file(path: str | Path) -> StandardsFile:
    """What a JSON export or an Excel workbook says; ImportRejected when it cannot be read at all."""
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix == ".json":
        return _read_json(read_bytes(source), source.name)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(read_bytes(source), source.name)
    raise ImportRejected(message=N_("Jenis berkas tidak didukung: pakai .json atau .xlsx."))


def _read_xlsx(data: bytes, name: str) -> StandardsFile:
    plan = StandardsFile("xlsx", name)
    sheets = {fold(title).strip(): title for title in sheet_names(data, name)}
    main = read_table(data, name=name, sheet=sheets.get(fold(STANDARD_SHEET)), header=True,
                      max_rows=MAX_SERVICES, what="layanan")
    if main.header_row is None:
        plan.problems.append(ImportProblem(None, "Lembar kerja kosong.", where=f"Lembar {STANDARD_SHEET}"))
        return plan
    if fold(UNIT_SHEET) in sheets:
        _read_unit_sheet(read_table(data, name=name, sheet=sheets[fold(UNIT_SHEET)], header=True), plan)
    columns = _map_columns(main.header)
    missing = [c for c in EXCEL_COLUMNS if c.required and c.key not in columns]
    for column in missing:
        plan.problems.append(ImportProblem(
            main.header_row, f"Kolom '{column.heading}' tidak ada. Tambahkan kolom ini (lihat lembar Petunjuk).",
            where=f"Baris {main.header_row}"))
    missing_keys = frozenset(c.key for c in missing)
    for row in main.rows:
        if any(cell_text(v) for v in row.cells):
            plan.services.append(_service_from_row(row, columns, missing_keys, plan))
    return plan


def _read_unit_sheet(table: Table, plan: StandardsFile) -> None:
    if table.header_row is None:
        return
    heads = [_heading_key(h) for h in table.header]
    index = {key: heads.index(_heading_key(heading))
             for key, heading in zip(("code", "name", "full_name", "sort"), UNIT_HEADINGS, strict=True)
             if _heading_key(heading) in heads}
    if "code" not in index or "name" not in index:
        plan.problems.append(ImportProblem(
            table.header_row, "Kolom 'Kode Bidang' dan 'Nama Bidang' wajib ada.",
            where=f"Lembar {UNIT_SHEET}, baris {table.header_row}"))
        return

    def get(cells: Sequence[object], key: str) -> object:
        i = index.get(key)
        return cells[i] if i is not None and i < len(cells) else None

    letters = {k: _letter(i) for k, i in index.items()}
    headings = dict(zip(("code", "name", "full_name", "sort"), UNIT_HEADINGS, strict=True))
    for number, cells in table.rows:
        if not any(cell_text(v) for v in cells):
            continue
        sort_value = get(cells, "sort")
        where = _sheet_where(UNIT_SHEET, number, letters, headings)
        sort = None
        if cell_text(sort_value):
            try:
                sort = int(float(str(sort_value)))
            except ValueError:
                plan.problem(where("sort"), "Urutan harus angka.")
        plan.units.append(UnitIn(cell_text(get(cells, "code")).upper(), cell_text(get(cells, "name")),
                                 cell_text(get(cells, "full_name")), where, sort))


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _sheet_where(sheet: str, number: int, letters: dict[str, str], headings: dict[str, str]) -> Locator:
    def where(key: str) -> tuple[str, int | None, str]:
        letter = letters.get(key, "")
        heading = headings.get(key, key)
        cell = f", kolom {letter} ({heading})" if letter else f" ({heading})"
        return f"Lembar {sheet}, baris {number}{cell}", number, letter

    return where


def _service_from_row(row: Row, columns: dict[str, int], missing: frozenset[str], plan: StandardsFile) -> ServiceIn:
    number, cells = row

    def get(key: str) -> object:
        i = columns.get(key)
        return cells[i] if i is not None and i < len(cells) else None

    def where(key: str) -> tuple[str, int | None, str]:
        column_key = _FIELD_COLUMN.get(key, key)
        column = _COLUMN_BY_KEY.get(column_key)
        index = columns.get(column_key)
        heading = column.heading if column else FIELD_LABELS.get(key, key)
        if index is None:
            return f"Baris {number} ({heading})", number, ""
        letter = _letter(index)
        return f"Baris {number}, kolom {letter} ({heading})", number, letter

    service = ServiceIn(cell_text(get("code")).upper(), cell_text(get("unit")).upper(),
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
    service.versions.append(VersionIn(StandardDraft(**values), where, quiet=frozenset(quiet), from_sheet=True))
    return service


def _missing_fields(missing: frozenset[str]) -> set[str]:
    """The draft fields whose column is absent: reported once for the file, not again on every row."""
    return {key for key, column in _FIELD_COLUMN.items() if column in missing}


def _json_where(label: str) -> Locator:
    def where(key: str) -> tuple[str, int | None, str]:
        name = FIELD_LABELS.get(key, {"code": "kode", "unit": "bidang", "name": "nama", "version_no": "nomor versi",
                                      "forum": "forum", "created_at": "waktu dicatat", "sort": "urutan",
                                      "full_name": "nama lengkap"}.get(key, key))
        return f"{label}, {name}", None, ""

    return where


def _read_json(data: bytes, name: str) -> StandardsFile:
    plan = StandardsFile("json", name)
    content = load_json(data)
    if isinstance(content, list):  # the seed file's shape: [{code, unit, name, standard}]
        content = {"format": FORMAT, "units": [], "services": [
            {**{k: v for k, v in item.items() if k != "standard"}, "versions": [item.get("standard")]}
            if isinstance(item, dict) else item for item in content
        ]}
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise ImportRejected(message=N_("Berkas JSON ini bukan ekspor standar pelayanan Desk."))
    try:
        format_version = int(content.get("format_version", 1) or 1)
    except (TypeError, ValueError) as exc:
        raise ImportRejected(message="Berkas JSON rusak: 'format_version' harus bilangan bulat.") from exc
    if format_version > FORMAT_VERSION:
        raise ImportRejected(message=N_("Berkas dibuat oleh Desk yang lebih baru; perbarui Desk lalu impor lagi."))
    units, services = content.get("units", []), content.get("services", [])
    if not isinstance(units, list) or not isinstance(services, list):
        raise ImportRejected(message="Berkas JSON rusak: 'units' dan 'services' harus berupa daftar.")
    if len(services) > MAX_SERVICES:
        raise ImportRejected(message=f"Berkas terlalu besar: paling banyak {MAX_SERVICES} layanan.")
    for number, item in enumerate(units, start=1):
        where = _json_where(f"Bidang ke-{number}")
        if not isinstance(item, dict):
            plan.problem(where("code"), "harus berupa objek.")
            continue
        plan.units.append(UnitIn(str(item.get("code") or "").strip().upper(),
                                 " ".join(str(item.get("name") or "").split()),
                                 " ".join(str(item.get("full_name") or "").split()), where,
                                 _int_or_none(item.get("sort")), bool(item.get("active", True))))
    for number, item in enumerate(services, start=1):
        code = str(item.get("code") or "").strip().upper() if isinstance(item, dict) else ""
        label = f"Layanan ke-{number}" + (f" ({code})" if code else "")
        where = _json_where(label)
        if not isinstance(item, dict):
            plan.problem(where("code"), "harus berupa objek.")
            continue
        service = ServiceIn(code, str(item.get("unit") or "").strip().upper(),
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
    return plan


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _version_from_json(raw: object, where: Locator, plan: StandardsFile) -> VersionIn | None:
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
    return VersionIn(StandardDraft(**values), where, version_no, created_at, forum, frozenset(quiet))


def _json_str(raw: dict[str, Any], key: str, where: Locator, plan: StandardsFile) -> str:
    value = raw.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        plan.problem(where(key), "harus berupa teks.")
        return ""
    return value


def _forum_from_json(raw: object, where: Locator, plan: StandardsFile) -> ForumRef | None:
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
    return ForumRef(str(raw["title"]).strip(), starts_at.astimezone(UTC), str(raw.get("venue") or ""))


# --- writing -------------------------------------------------------------------------------------


def write_standards_file(path: Path, content: StandardsContent) -> FileKind:
    """Write the JSON or Excel file `path` (by its suffix); FileNotWritten says why it could not be."""
    kind = kind_of(path)
    data = dump_json(json_content(content)) if kind == "json" else xlsx_bytes(content)
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise FileNotWritten(Filled(N_("Berkas {path} tidak dapat ditulis: {why}."), path=str(path), why=os_error_text(exc)),
                             "file") from exc
    return kind


def _version_json(version: ExportedVersion) -> dict[str, Any]:
    std: StandardRecord = version.standard
    forum = version.forum
    data: dict[str, Any] = {
        "version_no": std.version_no,
        "effective_date": std.effective_date.isoformat(),
        "sk_number": std.sk_number,
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
    data["created_at"] = std.created_at.astimezone(UTC).isoformat() if std.created_at else None
    return data


def json_content(content: StandardsContent) -> dict[str, Any]:
    """Everything about the standards, as the JSON file holds it."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "units": [{"code": u.code, "name": u.name, "full_name": u.full_name, "sort": u.sort, "active": u.active}
                  for u in content.units],
        "services": [
            {"code": s.code, "unit": s.unit_code, "name": s.name, "sort": s.sort, "active": s.active,
             "versions": [_version_json(v) for v in s.versions]}
            for s in content.services
        ],
    }


def xlsx_bytes(content: StandardsContent) -> bytes:
    """The Excel template filled with each service's newest version (blank rows for services without one)."""
    standards = Sheet(
        STANDARD_SHEET,
        [Column(c.heading, c.width, wrap=True) for c in EXCEL_COLUMNS],
        ([column.value(service) for column in EXCEL_COLUMNS] for service in content.services),
        freeze="D2",
    )
    units = Sheet(
        UNIT_SHEET,
        [Column(heading, width) for heading, width in zip(UNIT_HEADINGS, (12, 30, 60, 10), strict=True)],
        ([u.code, u.name, u.full_name, u.sort] for u in content.units),
        heading_style=False,
    )
    guide = Sheet(GUIDE_SHEET, [Column(GUIDE_LINES[0], 110, wrap=True)], ([line] for line in GUIDE_LINES[1:]),
                  freeze=None, autofilter=False, heading_style=False)
    return write_xlsx([standards, units, guide])
