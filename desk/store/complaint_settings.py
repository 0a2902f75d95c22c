"""Office-wide settings of the complaints register (numbering, deadlines per kind) and the yearly counter.

Stored as one row of `settings` (JSON), shared by every counter on the database; an office that
never chose keeps the regulation's defaults (desk.domain.complaints.Deadlines) and the number
`{seq:04d}/PGD/{office}/{month_roman}/{year}`. Deadlines are fixed on a complaint when it is
received: changing them applies to complaints received afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from desk.domain.complaint_records import ComplaintSettings
from desk.domain.complaints import ComplaintKind, Deadlines
from desk.domain.messages import N_, Filled, joined
from desk.domain.refnumber import DEFAULT_PATTERN, validate_pattern
from desk.store import access
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.models import Setting
from desk.store.models_complaints import ComplaintCounter
from desk.store.work import Change, Done, reading, writing

SETTING_KEY = "complaints.settings"
DEFAULT_CODE = "PGD"  # the register's code where a request number has its unit's: 0001/PGD/DKUKMTK/X/2025
MAX_CODE = 10


class InvalidSettings(StoreError):
    """`errors` maps each field ("pattern", "code", "<kind>.verify", ...) to its Indonesian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(joined(errors.values()), next(iter(errors), None))
        self.errors = errors


def default_settings() -> ComplaintSettings:
    return ComplaintSettings(DEFAULT_PATTERN, DEFAULT_CODE, tuple((k.value, Deadlines()) for k in ComplaintKind))


def _deadlines(value: object) -> Deadlines:
    if isinstance(value, list | tuple) and len(value) == 3 and all(isinstance(v, int) for v in value):
        stored = Deadlines(*value)
        if not stored.problems():
            return stored
    return Deadlines()


def load_settings(session: Session) -> ComplaintSettings:
    """The office's settings; a value missing or unusable in the stored row falls back to its default."""
    row = session.get(Setting, SETTING_KEY)
    stored: Mapping[str, Any] = row.value if row is not None and isinstance(row.value, dict) else {}
    pattern = stored.get("pattern")
    code = stored.get("code")
    per_kind = stored.get("deadlines") if isinstance(stored.get("deadlines"), dict) else {}
    assert isinstance(per_kind, dict)
    return ComplaintSettings(
        pattern if isinstance(pattern, str) and not validate_pattern(pattern) else DEFAULT_PATTERN,
        code if isinstance(code, str) and code.strip() else DEFAULT_CODE,
        tuple((k.value, _deadlines(per_kind.get(k.value))) for k in ComplaintKind),
    )


def settings_problems(pattern: str, code: str, deadlines: Mapping[str, Deadlines]) -> dict[str, str]:
    errors: dict[str, str] = {}
    problems = validate_pattern(pattern)
    if problems:
        errors["pattern"] = joined(problems)
    code = code.strip()
    if not code:
        errors["code"] = N_("Kode register pengaduan wajib diisi (mis. PGD).")
    elif len(code) > MAX_CODE or not all(c.isalnum() or c in "-." for c in code):
        errors["code"] = Filled(N_(
            "Kode register hanya huruf, angka, titik atau tanda hubung (maksimal {max_code})."),
            max_code=MAX_CODE)
    for kind in ComplaintKind:
        given = deadlines.get(kind.value)
        if given is None:
            errors[f"{kind.value}.verify"] = Filled(N_("Batas waktu untuk jenis {kind} belum diisi."), kind=kind.label)
            continue
        for key, message in given.problems().items():
            errors[f"{kind.value}.{key}"] = Filled(N_("{label}: {message}"), label=kind.label, message=message)
    return errors


def complaint_settings(db: Database) -> ComplaintSettings:
    with reading(db) as work:
        work.require(access.COMPLAINT_READ)
        return load_settings(work.session)


def save_settings(db: Database, pattern: str, code: str, deadlines: Mapping[str, Deadlines]) -> Done[ComplaintSettings]:
    """The admin sets the numbering and the deadlines of each kind (InvalidSettings names each problem)."""
    with writing(db) as work:
        work.require(access.OFFICE_EDIT)
        errors = settings_problems(pattern, code, deadlines)
        if errors:
            raise InvalidSettings(errors)
        before = load_settings(work.session)
        value = {
            "pattern": pattern.strip(), "code": code.strip(),
            "deadlines": {k.value: [deadlines[k.value].verify, deadlines[k.value].respond,
                                    deadlines[k.value].complete] for k in ComplaintKind},
        }
        row = work.session.get(Setting, SETTING_KEY, with_for_update=True)
        if row is None:
            work.session.add(Setting(key=SETTING_KEY, value=value))
        else:
            row.value = value
        work.session.flush()
        after = load_settings(work.session)
        changes: dict[str, list[object]] = {}
        if before.pattern != after.pattern:
            changes["pattern"] = [before.pattern, after.pattern]
        if before.code != after.code:
            changes["code"] = [before.code, after.code]
        for (kind, old), (_, new) in zip(before.deadlines, after.deadlines, strict=True):
            if old != new:
                changes[f"deadlines.{kind}"] = [[old.verify, old.respond, old.complete],
                                                [new.verify, new.respond, new.complete]]
        work.audit("setting.update", "setting", SETTING_KEY, {"changes": changes})
        work.changed(Change.COMPLAINTS)
        return work.done(after)


# --- the yearly number ----------------------------------------------------------------------------


def next_complaint_sequence(session: Session, year: int) -> int:
    """Bump and return the year's complaint counter inside the caller's transaction.

    The same one-statement INSERT ... ON CONFLICT DO UPDATE ... RETURNING as the request counter
    (desk.store.requests.next_sequence): the update holds the row lock until the complaint is
    committed, so two counters on one PostgreSQL database queue here, and a rolled-back save
    gives its number back. SQLite writers are serialised by BEGIN IMMEDIATE.
    """
    bump = _bump_counter(session.get_bind().dialect.name)
    return session.execute(bump, {"year": year}).scalar_one()


@lru_cache(maxsize=2)
def _bump_counter(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return (
        insert(ComplaintCounter)
        .values(year=bindparam("year"), last_seq=1)
        .on_conflict_do_update(index_elements=[ComplaintCounter.year],
                               set_={"last_seq": ComplaintCounter.last_seq + 1})
        .returning(ComplaintCounter.last_seq)
    )
