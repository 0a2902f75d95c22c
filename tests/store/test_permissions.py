"""Every public store function that changes data, called as each role: the permission table holds.

The functions are found by reading the store, not listed by hand: an operation is a public
function taking `db` and returning `Done[...]`; a session helper that writes is a public
function taking `session` whose name starts with a writing verb. Each one must be in
PERMISSIONS (the permission it requires, or None when every logged-in role may) or in INTERNAL
(a helper only other store functions call inside their own unit of work, with the reason).
A new function that is in neither fails `test_every_writing_function_is_in_the_table`: the
next store path cannot be added without its permission being decided.

For a role without the permission the call must raise AccessDenied and change nothing (no
table gains or loses a row). For a role with it, any refusal but AccessDenied is fine: the
arguments are stand-ins built from the signature, and a StoreError about them is expected.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import pkgutil
import re
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import desk.store as store_package
from desk.store import access
from desk.store.access import ADMIN, HEAD, OFFICER, ROLE_PERMISSIONS, AccessDenied, Actor
from desk.store.database import Database
from desk.store.models import Base
from tests.factories import user_with_role

WRITE_VERBS = re.compile(
    r"^(create|add|update|set|delete|remove|import|save|store|record|change|run|erase|correct|withdraw|complete|"
    r"reset|unlock|postpone|rename|recompute|move|activate|deactivate|replace|check_in|undo|log|mark|put|write|"
    r"upsert|apply|merge|clear|edit|close|reopen|restore|choose|reveal|export)"
)
ANYONE = None  # every logged-in role may (the store may still refuse for other reasons)

PERMISSIONS: dict[str, str | None] = {
    # accounts
    "desk.store.accounts.change_own_password": ANYONE,
    "desk.store.accounts.create_first_admin": ANYONE,  # refused as soon as an admin exists, whoever asks
    "desk.store.accounts.create_user": access.USERS_MANAGE,
    "desk.store.accounts.reset_password": access.USERS_MANAGE,
    "desk.store.accounts.set_active": access.USERS_MANAGE,
    "desk.store.accounts.set_idle_lock_minutes": access.USERS_MANAGE,
    "desk.store.accounts.unlock": access.USERS_MANAGE,
    "desk.store.accounts.update_user": access.USERS_MANAGE,
    # personal data
    "desk.store.consent.save_consents": access.INTAKE,
    "desk.store.consent.set_consents": access.INTAKE,
    "desk.store.reveal.reveal": access.REVEAL_PERSONAL,
    "desk.store.retention.postpone_retention": access.PERSONAL_DATA,
    "desk.store.retention.run_retention": access.PERSONAL_DATA,
    "desk.store.retention.set_retention_years": access.PERSONAL_DATA,
    "desk.store.subjects.complete_subject_request": access.PERSONAL_DATA,
    "desk.store.subjects.correct_subject": access.PERSONAL_DATA,
    "desk.store.subjects.erase_subject": access.PERSONAL_DATA,
    "desk.store.subjects.export_subject": access.PERSONAL_DATA,
    "desk.store.subjects.record_subject_request": access.PERSONAL_DATA,
    "desk.store.subjects.withdraw_consents": access.PERSONAL_DATA,
    # requests and printing
    "desk.store.walk_in.save_walk_in": access.INTAKE,
    "desk.store.requests.create_request": access.INTAKE,
    "desk.store.requests.change_status": access.STATUS,
    "desk.store.request_changes.set_status": access.STATUS,
    "desk.store.request_changes.correct_request": access.REQUEST_EDIT,
    "desk.store.request_changes.record_documents": access.REQUEST_EDIT,
    "desk.store.request_changes.reopen_request": access.REQUEST_REOPEN,
    "desk.store.request_changes.set_due_counting": access.STANDARDS_EDIT,
    "desk.store.clock.confirm_clock_ahead": access.OFFICE_EDIT,
    "desk.store.prints.record_print": access.PRINT,
    "desk.store.printing_defaults.choose_paper": access.OFFICE_EDIT,
    "desk.store.printing_defaults.set_default_paper": access.OFFICE_EDIT,
    # office, catalogue, calendar, regions
    "desk.store.admin.update_office_profile": access.OFFICE_EDIT,
    "desk.store.admin.set_logo": access.OFFICE_EDIT,
    "desk.store.admin.import_logo_file": access.OFFICE_EDIT,
    "desk.store.admin.remove_logo": access.OFFICE_EDIT,
    "desk.store.admin.add_unit": access.STANDARDS_EDIT,
    "desk.store.admin.update_unit": access.STANDARDS_EDIT,
    "desk.store.admin.set_unit_active": access.STANDARDS_EDIT,
    "desk.store.admin.add_service": access.STANDARDS_EDIT,
    "desk.store.admin.rename_service": access.STANDARDS_EDIT,
    "desk.store.admin.set_service_active": access.STANDARDS_EDIT,
    "desk.store.admin_regions.add_region": access.OFFICE_EDIT,
    "desk.store.admin_regions.rename_region": access.OFFICE_EDIT,
    "desk.store.admin_regions.delete_region": access.OFFICE_EDIT,
    "desk.store.admin_regions.import_regions": access.OFFICE_EDIT,
    "desk.store.holidays.add_holiday": access.HOLIDAYS_EDIT,
    "desk.store.holidays.update_holiday": access.HOLIDAYS_EDIT,
    "desk.store.holidays.delete_holiday": access.HOLIDAYS_EDIT,
    "desk.store.holidays.import_holidays": access.HOLIDAYS_EDIT,
    "desk.store.holidays.import_library_holidays": access.HOLIDAYS_EDIT,
    "desk.store.holidays.delete_holiday_on": access.HOLIDAYS_EDIT,
    "desk.store.holidays.acknowledge_missing_year": access.HOLIDAYS_EDIT,
    "desk.store.holidays.set_working_weekdays": access.HOLIDAYS_EDIT,
    # standards
    "desk.store.standards.save_version": access.STANDARDS_EDIT,
    "desk.store.standards.store_version": access.STANDARDS_EDIT,
    "desk.store.standards.set_aliases": access.STANDARDS_EDIT,
    "desk.store.standards_io.import_file": access.IMPORT,
    "desk.store.standards_io.export_file": access.EXPORT,
    "desk.store.register_export.export_register": access.EXPORT,
    # forums
    "desk.store.forums.create_forum": access.FORUM_EDIT,
    "desk.store.forums.update_forum": access.FORUM_EDIT,
    "desk.store.forums.add_participant": access.FORUM_EDIT,
    "desk.store.forums.update_participant": access.FORUM_EDIT,
    "desk.store.forums.remove_participant": access.FORUM_EDIT,
    "desk.store.forums.import_participants": access.FORUM_EDIT,
    "desk.store.forums.save_minutes": access.FORUM_EDIT,
    "desk.store.forums.save_berita_acara": access.FORUM_EDIT,
    "desk.store.forums.check_in": access.FORUM_CHECKIN,
    "desk.store.forums.undo_check_in": access.FORUM_CHECKIN,
    "desk.store.forums.add_walk_in": access.FORUM_CHECKIN,
    "desk.store.demo_forums.add_demo_forums": access.IMPORT,
    # survey (SKM): forms are anonymous, yet only the counter's roles enter them
    "desk.store.survey.record_response": access.SURVEY_ENTRY,
    "desk.store.survey.record_batch": access.SURVEY_ENTRY,
    "desk.store.survey.import_forms": access.SURVEY_ENTRY,
    "desk.store.survey_followup.save_followup": access.SURVEY_PLAN,
    "desk.store.survey_followup.delete_followup": access.SURVEY_PLAN,
    # complaints
    "desk.store.complaints.record_complaint": access.COMPLAINT_RECORD,
    "desk.store.complaints.create_complaint": access.COMPLAINT_RECORD,
    "desk.store.complaints.add_attachment": access.COMPLAINT_RECORD,
    "desk.store.complaints.move_complaint": access.COMPLAINT_HANDLE,
    "desk.store.complaints.apply_step": access.COMPLAINT_HANDLE,
    "desk.store.complaint_settings.save_settings": access.OFFICE_EDIT,
    "desk.store.complaint_recap.record_export": access.EXPORT,
    "desk.store.complaint_privacy.erase_complainant": access.PERSONAL_DATA,
}

# Helpers that write only inside a unit of work another store function opened (after its own check).
INTERNAL: dict[str, str] = {
    "desk.store.audit.record": "appends the audit entry of the operation that called it",
    "desk.store.consent.withdraw": "part of the subject operations' units of work",
    "desk.store.prints.log_print": "part of record_print and of the documents' print operations",
    "desk.store.seed.add_standard_version": "seeding and the checked standards import only",
    "desk.store.holidays.recompute_due_dates": "part of the holiday operations",
    "desk.store.clock.check_in": "reads only: how the clock stands against the newest record",
    "desk.store.forums.store_minutes": "part of save_minutes and of the forum imports",
    "desk.store.forums.store_berita_acara": "part of save_berita_acara and of the forum imports",
    "desk.store.recap_days.add_requests": "part of add_demo_requests' chunks: counts what the chunk inserted",
    "desk.store.row_triggers.restore_row_trigger": "part of add_demo_requests' chunks: the trigger put back before commit",
}



def writing_functions() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.iter_modules(store_package.__path__):
        module = importlib.import_module(f"desk.store.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if not params:
                continue
            returns = str(inspect.signature(fn).return_annotation)
            is_operation = params[0] == "db" and returns.startswith("Done[")
            is_writing_helper = params[0] in ("session", "work") and WRITE_VERBS.match(name) is not None
            if is_operation or is_writing_helper:
                found[f"{module.__name__}.{name}"] = fn
    return found


FUNCTIONS = writing_functions()


def test_every_writing_function_is_in_the_table() -> None:
    unknown = sorted(set(FUNCTIONS) - set(PERMISSIONS) - set(INTERNAL))
    assert unknown == [], "decide the permission of each new store function (PERMISSIONS or INTERNAL)"
    gone = sorted((set(PERMISSIONS) | set(INTERNAL)) - set(FUNCTIONS))
    assert gone == [], "these are no longer store functions: remove them from the table"


# --- stand-in arguments ----------------------------------------------------------------------------


def stand_in(annotation: Any, name: str, tmp_path: Path) -> Any:
    """A value of the annotated type; the call may refuse it, it must only be the right kind."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return stand_in(options[0], name, tmp_path) if options else None
    if annotation is inspect.Parameter.empty or annotation is Any:
        return 1 if name.endswith("_id") else "x"
    if origin in (list, tuple, set, frozenset) or annotation in (list, tuple):
        return []
    if origin is dict or annotation is dict or str(origin).endswith("Mapping"):
        return {}
    if isinstance(annotation, type):
        if issubclass(annotation, bool):
            return True
        if issubclass(annotation, int):
            return 1
        if issubclass(annotation, str):
            return "x"
        if issubclass(annotation, enum.Enum):
            return next(iter(annotation))
        if issubclass(annotation, datetime):
            return datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
        if issubclass(annotation, date):
            return date(2026, 3, 2)
        if issubclass(annotation, bytes):
            return b"x"
        if issubclass(annotation, Path):
            path = tmp_path / f"{name}.csv"
            path.write_text("x\n", encoding="utf-8")
            return path
        if dataclasses.is_dataclass(annotation):
            hints = typing.get_type_hints(annotation)
            values = {f.name: stand_in(hints.get(f.name, Any), f.name, tmp_path)
                      for f in dataclasses.fields(annotation)
                      if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
            return annotation(**values)
    return None


def arguments(fn: Callable[..., Any], tmp_path: Path) -> tuple[list[Any], dict[str, Any]]:
    hints = typing.get_type_hints(fn)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in list(inspect.signature(fn).parameters.values())[1:]:
        if param.default is not inspect.Parameter.empty or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        value = stand_in(hints.get(param.name, Any), param.name, tmp_path)
        if param.kind is param.KEYWORD_ONLY:
            keywords[param.name] = value
        else:
            positional.append(value)
    return positional, keywords


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


def call_as(db: Database, actor: Actor, qualified: str, tmp_path: Path) -> BaseException | None:
    fn = FUNCTIONS[qualified]
    args, kwargs = arguments(fn, tmp_path)
    first = next(iter(inspect.signature(fn).parameters))
    try:
        if first == "db":
            fn(db.as_user(actor), *args, **kwargs)
        else:
            with db.write(actor) as session:
                if first == "work":
                    from desk.store.work import Work

                    fn(Work(session), *args, **kwargs)
                else:
                    fn(session, *args, **kwargs)
    except Exception as exc:
        return exc
    return None


ROLES = (ADMIN, OFFICER, HEAD)
CASES = [
    pytest.param(qualified, role, id=f"{qualified.removeprefix('desk.store.')}-{role}")
    for qualified in sorted(PERMISSIONS) for role in ROLES if qualified in FUNCTIONS
]


@pytest.fixture(scope="module")
def people_db(tmp_path_factory: pytest.TempPathFactory, template_data_dir: Path) -> Any:
    """One database with a user of each role, shared by the module's calls.

    Sharing is safe: a refused call is checked to change nothing, and the role a call is judged
    by is the actor's, not anything an earlier allowed call may have changed in the tables.
    """
    import shutil

    from desk.paths import DATABASE_FILE, default_database_url
    from desk.safety.opening import open_database

    folder = tmp_path_factory.mktemp("people")
    shutil.copy2(template_data_dir / DATABASE_FILE, folder / DATABASE_FILE)
    db = open_database(default_database_url(folder), folder)
    actors = {role: user_with_role(db, role, f"Pengguna {role.title()}") for role in ROLES}
    yield db, actors
    db.dispose()


@pytest.mark.parametrize(("qualified", "role"), CASES)
def test_the_permission_table_holds_for_every_role(
    qualified: str, role: str, people_db: Any, tmp_path: Path
) -> None:
    db, actors = people_db
    needed = PERMISSIONS[qualified]
    allowed = needed is None or needed in ROLE_PERMISSIONS[role]
    before = None if allowed else row_counts(db)
    outcome = call_as(db, actors[role], qualified, tmp_path)
    if allowed:
        assert not isinstance(outcome, AccessDenied), f"{role} may {needed}: {outcome}"
    else:
        assert isinstance(outcome, AccessDenied), f"{role} lacks {needed} but got {outcome!r}"
        assert row_counts(db) == before, "a refused call changed data"
