"""The kecamatan and desa/kelurahan list (Kemendagri codes): edit it, or import a list of them.

Desk ships Balangan's 8 kecamatan and 157 desa/kelurahan; an office elsewhere imports its
own from a Kemendagri code list ("63.11.04,Batumandi" / "63.11.04.2008,Mampari", the
format of the Kepmendagri tables and of cahyadsn/wilayah), as CSV or Excel rows read by
desk.formats. Province and kabupaten lines of such a list are skipped. Visitors keep region
codes, so a region in use is never removed.

The public functions are operations: each opens its own unit of work on the database bound to
the acting user; changes come back in a `Done` that says the regions changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.domain.imports import cell_text, one_line
from desk.domain.messages import N_, Filled
from desk.store import access
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Region, Visitor
from desk.store.work import Change, Done, Work, reading, writing

KECAMATAN, DESA, KELURAHAN = "kecamatan", "desa", "kelurahan"
LEVEL_LABELS = {KECAMATAN: N_("Kecamatan"), DESA: N_("Desa"), KELURAHAN: N_("Kelurahan")}
MAX_NAME = 120

_DOTTED = re.compile(r"^\d{2}(\.\d{2}){1,2}(\.\d{4})?$|^\d{2}$")
_HEADER_WORDS = {"kode", "code", "kode_wilayah", "kode wilayah", "id"}


def normalise_code(text: str) -> str | None:
    """"63.11.04", "631104", "63.11.04.2008" or "6311042008" → dotted Kemendagri code; None otherwise.

    BPS codes (7 digits for a kecamatan, 10 digits with a 3-digit desa part) are a different
    numbering and are not accepted as undotted 7-digit codes.
    """
    text = text.strip()
    if _DOTTED.match(text):
        return text
    if re.fullmatch(r"\d+", text) and len(text) in (2, 4, 6, 10):
        parts = [text[0:2], text[2:4], text[4:6]][: min(3, len(text) // 2)]
        code = ".".join(p for p in parts if p)
        return code + (f".{text[6:]}" if len(text) == 10 else "")
    return None


def code_level(code: str) -> str | None:
    """kecamatan for 63.11.04; desa (2xxx) or kelurahan (1xxx) for 63.11.04.2008; None above kecamatan."""
    parts = code.split(".")
    if len(parts) == 3:
        return KECAMATAN
    if len(parts) == 4:
        return KELURAHAN if parts[3].startswith("1") else DESA
    return None


def parent_of(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if code.count(".") == 3 else None


@dataclass(frozen=True, slots=True)
class RegionRecord:
    code: str
    parent_code: str | None
    level: str
    name: str
    visitors: int = 0  # visitors whose address uses it

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level, self.level)


@dataclass(frozen=True, slots=True)
class RegionRow:
    line: int
    code: str
    name: str
    level: str | None
    action: str  # "tambah" | "ubah nama" | "tetap" | "dilewati" | "" (when it has problems)
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        status = self.action.upper() if self.ok else "; ".join(self.problems)
        return f"baris {self.line}: {self.code} {self.name}: {status}"


@dataclass(frozen=True, slots=True)
class RegionImport:
    rows: tuple[RegionRow, ...]
    problem: str | None
    added: int = 0
    renamed: int = 0
    removed: int = 0
    kept_in_use: tuple[str, ...] = ()  # codes not in the file but used by visitors, so kept

    @property
    def ok(self) -> bool:
        return self.problem is None and all(row.ok for row in self.rows)

    @property
    def bad_rows(self) -> tuple[RegionRow, ...]:
        return tuple(row for row in self.rows if not row.ok)


# --- reading and single edits --------------------------------------------------------------------


def _usage(session: Session) -> dict[str, int]:
    used: dict[str, int] = {}
    for column in (Visitor.kecamatan_code, Visitor.desa_code):
        for code, count in session.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)):
            used[code] = used.get(code, 0) + int(count)
    return used


def list_regions(db: Database) -> tuple[RegionRecord, ...]:
    """Every kecamatan and desa/kelurahan with how many visitors' addresses use it, by code."""
    with reading(db) as work:
        used = _usage(work.session)
        return tuple(
            RegionRecord(r.code, r.parent_code, r.level, r.name, used.get(r.code, 0))
            for r in work.session.scalars(select(Region).order_by(Region.code))
        )


def _clean_name(name: str) -> str:
    clean = one_line(name)
    if not clean:
        raise StoreError(N_("Nama wilayah wajib diisi."), "name")
    if len(clean) > MAX_NAME:
        raise StoreError(N_("Nama wilayah terlalu panjang (maksimal {most} huruf)."), "name", most=MAX_NAME)
    return clean


def _editing(work: Work) -> Session:
    work.require(access.OFFICE_EDIT)
    return work.session


def add_region(db: Database, code: str, name: str) -> Done[RegionRecord]:
    with writing(db) as work:
        session = _editing(work)
        normal = normalise_code(code)
        level = code_level(normal) if normal else None
        if normal is None or level is None:
            raise StoreError(
                N_("Kode wilayah Kemendagri tidak valid: kecamatan 63.11.04, desa 63.11.04.2008 "
                "(kelurahan 63.11.06.1019)."), "code",
            )
        name = _clean_name(name)
        if session.get(Region, normal) is not None:
            raise StoreError(N_("Kode {normal} sudah ada."), "code", normal=normal)
        parent = parent_of(normal)
        if parent is not None and session.get(Region, parent) is None:
            raise StoreError(N_("Kecamatan {parent} belum ada; tambahkan kecamatannya dulu."), "code", parent=parent)
        session.add(Region(code=normal, parent_code=parent, level=level, name=name))
        session.flush()
        work.audit("region.create", "region", normal, {"name": name, "level": level})
        work.changed(Change.REGIONS)
        return work.done(RegionRecord(normal, parent, level, name))


def rename_region(db: Database, code: str, name: str) -> Done[RegionRecord]:
    with writing(db) as work:
        session = _editing(work)
        region = session.get(Region, code)
        if region is None:
            raise NotFound(N_("Wilayah tidak ditemukan."))
        name = _clean_name(name)
        if region.name != name:
            old = region.name
            region.name = name
            session.flush()
            work.audit("region.update", "region", code, {"changes": {"name": [old, name]}})
            work.changed(Change.REGIONS)
        return work.done(RegionRecord(region.code, region.parent_code, region.level, region.name,
                                      _usage(session).get(code, 0)))


def delete_region(db: Database, code: str) -> Done[RegionRecord]:
    """Remove a region nobody's address uses and that has no desa under it; the value is the removed one."""
    with writing(db) as work:
        session = _editing(work)
        region = session.get(Region, code)
        if region is None:
            raise NotFound(N_("Wilayah tidak ditemukan."))
        used = session.scalar(
            select(func.count()).select_from(Visitor).where(
                or_(Visitor.kecamatan_code == code, Visitor.desa_code == code))
        ) or 0
        if used:
            raise StoreError(
                N_("{name} tidak dapat dihapus: dipakai di alamat {used} pengunjung. Ubah namanya "
                   "bila perlu."),
                "code",
            name=region.name, used=used)
        if session.scalar(select(func.count()).select_from(Region).where(Region.parent_code == code)):
            raise StoreError(N_("Kecamatan {name} masih mempunyai desa; hapus desanya dulu."), "code", name=region.name)
        removed = RegionRecord(region.code, region.parent_code, region.level, region.name)
        session.delete(region)
        session.flush()
        work.audit("region.delete", "region", code, {"name": removed.name, "level": removed.level})
        work.changed(Change.REGIONS)
        return work.done(removed)


# --- importing a list --------------------------------------------------------------------------


def check_region_rows(rows: Sequence[tuple[int, Sequence[object]]], existing: dict[str, str]) -> list[RegionRow]:
    """Every row of a code list (line number, cells) with what importing it would do, or its problems."""
    raw: list[tuple[int, list[str]]] = []
    for index, values in rows:
        cells = [cell_text(cell) for cell in values]
        if not any(cells):
            continue
        if not raw and cells[0].lower() in _HEADER_WORDS:
            continue
        raw.append((index, cells))
    codes_in_file: dict[str, list[int]] = {}
    for line, cells in raw:
        normal = normalise_code(cells[0]) if cells else None
        if normal:
            codes_in_file.setdefault(normal, []).append(line)
    kecamatan_known = {c for c in existing if code_level(c) == KECAMATAN} | {
        c for c in codes_in_file if code_level(c) == KECAMATAN
    }
    rows: list[RegionRow] = []
    for line, cells in raw:
        code_text = cells[0] if cells else ""
        name = one_line(cells[1]) if len(cells) > 1 else ""
        problems: list[str] = []
        if len(cells) < 2:
            problems.append(N_("Kolom kurang: tiap baris berisi kode dan nama."))
        elif len(cells) > 2 and any(cells[2:]):
            problems.append(N_("Kolom terlalu banyak: tiap baris berisi kode dan nama saja."))
        normal = normalise_code(code_text)
        level = code_level(normal) if normal else None
        if normal is None:
            problems.append(Filled(N_(
                "Kode '{code_text}' bukan kode wilayah Kemendagri (contoh 63.11.04 atau "
                "63.11.04.2008)."),
                code_text=code_text))
        elif level is None:
            if not problems:
                rows.append(RegionRow(line, normal, name, None, "dilewati"))  # province / kabupaten line
                continue
        else:
            if len(codes_in_file.get(normal, [])) > 1:
                others = ", ".join(str(n) for n in codes_in_file[normal] if n != line)
                problems.append(Filled(N_(
                    "Kode {normal} muncul lebih dari sekali (juga di baris {others})."),
                    normal=normal, others=others))
            parent = parent_of(normal)
            if parent is not None and parent not in kecamatan_known:
                problems.append(Filled(N_("Kecamatan {parent} tidak ada di berkas maupun di daftar."), parent=parent))
        if not name and len(cells) >= 2:
            problems.append(N_("Nama wilayah kosong."))
        elif len(name) > MAX_NAME:
            problems.append(Filled(N_("Nama wilayah terlalu panjang (maksimal {max_name} huruf)."), max_name=MAX_NAME))
        if problems:
            rows.append(RegionRow(line, normal or code_text, name, level, "", tuple(problems)))
            continue
        assert normal is not None
        action = "tambah" if normal not in existing else ("tetap" if existing[normal] == name else "ubah nama")
        rows.append(RegionRow(line, normal, name, level, action))
    return rows


def _check_import(session: Session, rows: Sequence[tuple[int, Sequence[object]]]) -> RegionImport:
    existing = {code: name for code, name in session.execute(select(Region.code, Region.name))}
    checked = check_region_rows(rows, existing)
    useful = [r for r in checked if r.action != "dilewati"]
    problem = None if useful else "Berkas tidak berisi baris kecamatan atau desa (kolom: kode, nama)."
    return RegionImport(tuple(checked), problem)


def check_region_import(db: Database, rows: Sequence[tuple[int, Sequence[object]]]) -> RegionImport:
    """What importing the rows of a code list (desk.formats.table: CSV or Excel) would do; writes nothing."""
    with reading(db) as work:
        return _check_import(work.session, rows)


def import_regions(db: Database, rows: Sequence[tuple[int, Sequence[object]]], *,
                   replace: bool = False) -> Done[RegionImport]:
    """Add new codes and rename changed ones, all or nothing (a report with problems changed nothing).

    ``replace``: also remove the regions the file does not list (another kabupaten's list
    replacing Balangan's), except those a visitor's address uses, which are kept and named.
    """
    with writing(db) as work:
        work.require(access.OFFICE_EDIT)
        session = work.session
        report = _check_import(session, rows)
        if not report.ok:
            return work.done(report)
        regions = {r.code: r for r in session.scalars(select(Region))}
        added = renamed = 0
        in_file: set[str] = set()
        # Kecamatan first, so a desa's parent exists when the desa is added.
        for row in sorted((r for r in report.rows if r.level), key=lambda r: (r.level != KECAMATAN, r.code)):
            in_file.add(row.code)
            assert row.level is not None
            if row.action == "tambah":
                session.add(Region(code=row.code, parent_code=parent_of(row.code), level=row.level, name=row.name))
                added += 1
            elif row.action == "ubah nama":
                regions[row.code].name = row.name
                renamed += 1
        session.flush()
        removed = 0
        kept: list[str] = []
        if replace:
            used = _usage(session)
            needed = {parent_of(code) for code in in_file} - {None}
            gone = [code for code in regions if code not in in_file and code not in needed]
            # Desa before their kecamatan; a kecamatan stays while a kept desa still hangs under it.
            for code in sorted(gone, key=lambda c: (code_level(c) == KECAMATAN, c)):
                children = [c for c in kept if parent_of(c) == code]
                if used.get(code) or children:
                    kept.append(code)
                    continue
                session.delete(regions[code])
                removed += 1
            session.flush()
        work.audit("region.import", "region", "", {
            "rows": len(report.rows), "added": added, "renamed": renamed, "removed": removed,
            "kept_in_use": kept[:50],
        })
        work.changed(Change.REGIONS)
        return work.done(RegionImport(report.rows, None, added, renamed, removed, tuple(kept)))
