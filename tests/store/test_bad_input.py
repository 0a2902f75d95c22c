"""Bad input everywhere: no validator, clean-up or store function lets an exception through.

Hypothesis feeds every validator that exists (NIK, phone, working-day dates, time zones,
reference-number patterns, the request draft clean-up) and the store functions that take
typed text (saving a request, searching the register) on SQLite and PostgreSQL. Every
rejection carries an Indonesian message; every search answers, and finds what was typed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from desk.domain.errors import DomainError
from desk.domain.intake import RequestDraft, clean_draft
from desk.domain.nik import make_nik, parse_nik
from desk.domain.phone import normalize_phone
from desk.domain.printable import folded
from desk.domain.refnumber import format_reference, validate_pattern
from desk.domain.status import CHANNEL_LABELS, ORGANISATION_KINDS
from desk.domain.text_id import format_datetime
from desk.domain.workdays import WorkCalendar
from desk.store.catalog import list_services
from desk.store.database import Database
from desk.store.requests import InvalidRequest, RegisterFilter, create_request, register_page
from desk.store.search import matching_ids

DRAFT_FIELDS = {"service", "name", "nik", "sex", "phone", "address", "region", "organisation", "channel",
                "organisation_kind"}
TODAY = date(2025, 10, 29)
WED = datetime(2025, 10, 29, 1, 0, tzinfo=UTC)
DB_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

# Text an officer (or a pasted spreadsheet cell) may produce: letters, digits, Indonesian
# punctuation, quotes, wildcards, SQL and FTS operators, control characters and emoji.
messy_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list("0123456789 +-.()/'\"*%_:^;\\\t\n")),
    ),
    max_size=60,
)
# The store tests get the same, NUL included: intake drops control characters before either database sees them.
stored_text = messy_text
digits_text = st.text(alphabet=st.sampled_from(list("0123456789 .-+")), min_size=0, max_size=24)


def assert_message(exc: DomainError) -> None:
    assert isinstance(exc.message, str) and exc.message.strip(), repr(exc)
    assert "Traceback" not in exc.message


# --- pure validators -----------------------------------------------------------------------------


@given(text=st.one_of(messy_text, digits_text), today=st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_any_nik_is_accepted_or_explained(text: str, today: date) -> None:
    try:
        info = parse_nik(text, today)
    except DomainError as exc:
        assert_message(exc)
        assert exc.field in ("nik", "sex", None)
        return
    assert re.fullmatch(r"\d{16}", info.nik) and info.sex in ("L", "P") and info.birth_date <= today


@given(text=st.one_of(messy_text, digits_text))
def test_any_phone_is_normalised_or_explained(text: str) -> None:
    try:
        phone = normalize_phone(text)
    except DomainError as exc:
        assert_message(exc)
        return
    assert re.fullmatch(r"\+62\d{8,13}", phone), phone
    assert normalize_phone(phone) == phone


@given(
    holidays=st.sets(st.dates(date(2024, 1, 1), date(2027, 12, 31)), max_size=60),
    weekdays=st.sets(st.integers(0, 6), max_size=7),
    start=st.dates(date(2024, 1, 1), date(2026, 12, 31)),
    days=st.integers(-5, 400),
)
def test_due_dates_for_any_calendar_are_working_days_or_explained(
    holidays: set[date], weekdays: set[int], start: date, days: int
) -> None:
    try:
        calendar = WorkCalendar(holidays, weekdays)
        due = calendar.add_working_days(start, days)
    except DomainError as exc:
        assert_message(exc)
        assert not weekdays or days < 0
        return
    assert due >= start and calendar.is_working_day(due)


@given(tz=messy_text, moment=st.datetimes(datetime(2000, 1, 1), datetime(2099, 1, 1), timezones=st.just(UTC)))
def test_any_time_zone_name_is_shown_or_explained(tz: str, moment: datetime) -> None:
    try:
        shown = format_datetime(moment, tz)
    except DomainError as exc:
        assert_message(exc)
        return
    assert "pukul" in shown


@given(pattern=st.one_of(messy_text, st.text(alphabet=st.sampled_from(list("{}:!0123456789dsxr sequnitofficeyearmonth_roman/")), max_size=40)),
       seq=st.integers(1, 99_999), day=st.dates(date(2000, 1, 1), date(2099, 12, 31)))
def test_any_reference_pattern_is_checked_and_a_valid_one_numbers_uniquely(pattern: str, seq: int, day: date) -> None:
    problems = validate_pattern(pattern)
    assert all(isinstance(p, str) and p.strip() for p in problems)
    if problems:
        with pytest.raises(DomainError) as info:
            format_reference(pattern, seq, "PNP", "DKUKMTK", day)
        assert_message(info.value)
        return
    first = format_reference(pattern, seq, "PNP", "DKUKMTK", day)
    assert first != format_reference(pattern, seq + 1, "PNP", "DKUKMTK", day)


def draft_strategy(text: st.SearchStrategy[str]) -> st.SearchStrategy[RequestDraft]:
    return st.builds(
        RequestDraft,
        service_id=st.one_of(st.none(), st.integers(-3, 40)),
        name=text,
        nik=st.one_of(text, digits_text, st.just(make_nik("631104", date(1990, 5, 1), "P", 3))),
        sex=st.sampled_from(["", "L", "P", "X", "l", "perempuan"]),
        phone=st.one_of(text, digits_text, st.just("0812-3456-7890")),
        address=st.one_of(text, st.text(alphabet="ab \n,.", min_size=1995, max_size=2010)),  # around the limit
        region_text=text,
        organisation=text,
        organisation_kind=st.sampled_from([*ORGANISATION_KINDS, "bumn", ""]),
        channel=st.sampled_from([*CHANNEL_LABELS, "email", ""]),
        notes=text,
        documents_received=st.lists(st.booleans(), max_size=12).map(tuple),
    )


drafts = draft_strategy(messy_text)
stored_drafts = draft_strategy(stored_text)


@given(draft=drafts)
def test_any_draft_is_cleaned_or_every_problem_explained(draft: RequestDraft) -> None:
    cleaned, errors, warnings = clean_draft(draft, TODAY)
    assert set(errors) <= DRAFT_FIELDS
    assert all(isinstance(m, str) and m.strip() for m in [*errors.values(), *warnings])
    if not errors:
        assert cleaned.name and cleaned.name == " ".join(cleaned.name.split())


# --- store functions, on SQLite and PostgreSQL ----------------------------------------------------


@pytest.fixture
def store(any_db: Database) -> Database:
    return any_db


@DB_SETTINGS
@given(draft=stored_drafts)
def test_saving_any_draft_stores_it_or_explains_every_field(store: Database, draft: RequestDraft) -> None:
    with store.read() as s:
        services = [svc.id for svc in list_services(s)]
    if draft.service_id is not None and draft.service_id % 3 == 0:
        draft = RequestDraft(**{**_fields(draft), "service_id": services[draft.service_id % len(services)]})
    try:
        with store.write() as s:
            record = create_request(s, draft, None, now=WED)
    except InvalidRequest as exc:
        assert exc.errors and set(exc.errors) <= DRAFT_FIELDS
        assert all(m.strip() for m in exc.errors.values())
        return
    # Stored as typed, less the control characters intake drops (a pasted "\x08" is not part of a name)
    # and with pasted compatibility forms folded; a pasted tab or line break still separates two words.
    typed = folded("".join(ch for ch in draft.name if ch.isspace() or (ord(ch) >= 32 and ord(ch) != 127)))
    assert record.ref_number and record.visitor_name == " ".join(typed.split())


def test_control_characters_typed_or_pasted_are_not_a_crash(store: Database) -> None:
    with store.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    draft = RequestDraft(service_id=service, name="Siti\x00 Aminah\x07", notes="dari Excel:\x00\x1b[0m selesai")
    try:
        with store.write() as s:
            record = create_request(s, draft, None, now=WED)
    except InvalidRequest as exc:
        assert exc.errors and all(m.strip() for m in exc.errors.values())
        return
    assert record.visitor_name == "Siti Aminah"  # control characters dropped, on SQLite and PostgreSQL alike
    with store.read() as s:
        assert record.id in register_page(s, RegisterFilter(text="siti\x00 aminah"))


def test_notes_longer_than_the_form_takes_are_refused_by_the_store(store: Database) -> None:
    with store.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with pytest.raises(InvalidRequest) as refused, store.write() as s:
        create_request(s, RequestDraft(service_id=service, name="Siti Aminah", notes="x" * 5_000_000), None, now=WED)
    assert refused.value.errors == {"notes": "Catatan terlalu panjang (maksimal 2000 huruf)."}
    with store.write() as s:
        record = create_request(s, RequestDraft(service_id=service, name="Siti Aminah", notes="x" * 2000), None,
                                now=WED)
    assert record.id


def _fields(draft: RequestDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in RequestDraft.__dataclass_fields__}


@DB_SETTINGS
@given(typed=messy_text)
def test_searching_any_text_answers(store: Database, typed: str) -> None:
    with store.read() as s:
        ids = register_page(s, RegisterFilter(text=typed), limit=20)
    assert isinstance(ids, list)


HOSTILE = [
    '"Maju Jaya"',
    "Maju*",
    "*jaya",
    "' OR 1=1 --",
    "'; DROP TABLE service_requests; --",
    "maju AND NOT jaya",
    "NEAR(maju jaya)",
    "organisation:maju",
    "^maju",
    "maju OR",
    "100%",
    "_jaya_",
    "(maju",
    "maju)",
    "{jaya}",
    "maju\\",
    "Mâjú",
]


def test_search_with_quotes_wildcards_sql_and_fts_syntax_finds_the_text(store: Database) -> None:
    with store.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "K1")
    notes = "Koperasi \"Maju Jaya\" (maju) *jaya* ' OR 1=1 -- NEAR organisation:maju ^maju 100% _jaya_ {jaya} " \
            "AND NOT OR DROP TABLE service_requests"
    with store.write() as s:
        planted = create_request(s, RequestDraft(service_id=service, name="Hj. Aisyah", notes=notes), None, now=WED)
        other = create_request(s, RequestDraft(service_id=service, name="Rahmat", notes="tidak terkait"), None, now=WED)
    with store.read() as s:
        for typed in HOSTILE:
            found = register_page(s, RegisterFilter(text=typed))
            assert planted.id in found, typed
            assert other.id not in found, typed
        assert register_page(s, RegisterFilter(text="'")) is not None
        assert planted.id in register_page(s, RegisterFilter(text="1=1"))
    with store.read() as s:  # the table the SQL text named is still there
        assert register_page(s, RegisterFilter(text="rahmat")) == [other.id]


# Words as people type them: letters, digits and the punctuation search must treat as text.
words = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAIUEO0123456789\"'*()%_:^-+.,;!?")),
                min_size=1, max_size=12)


@DB_SETTINGS
@given(typed=st.lists(words, min_size=1, max_size=4).map(" ".join))
@example(typed="_")  # separators only: no word to look for, so the whole register (the saved one in it)
@example(typed="cv_maju_jaya")
@example(typed="_x9 (a)")
def test_whatever_was_saved_is_found_by_typing_it_back(store: Database, typed: str) -> None:
    # Digit groups separated by spaces or dashes are read as one number (a phone typed "0812 3456"),
    # so a note like "12 34" is not expected back from "12 34".
    assume(not re.search(r"\d[\s.\-/]+\d", typed))
    with store.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "P1")
    with store.write() as s:
        saved = create_request(s, RequestDraft(service_id=service, name="Pencarian Uji", notes=typed), None,
                               now=WED + timedelta(minutes=1))
    with store.read() as s:
        assert saved.id in register_page(s, RegisterFilter(text=typed)), typed


# --- the same search on both databases -----------------------------------------------------------


def test_search_matches_word_beginnings_on_both_databases(store: Database) -> None:
    with store.read() as s:
        service = next(svc.id for svc in list_services(s) if svc.code == "U1")
    with store.write() as s:
        siti = create_request(s, RequestDraft(service_id=service, name="Siti Nurhaliza", phone="0813-5000-1234",
                                              organisation="UMKM Kue Bingka"), None, now=WED)
        jose = create_request(s, RequestDraft(service_id=service, name="José Ñúñez"), None, now=WED)
    with store.read() as s:
        def found(typed: str) -> list[int]:
            return register_page(s, RegisterFilter(text=typed))

        assert found("sit") == [siti.id] and found("nurha siti") == [siti.id] and found("bingka") == [siti.id]
        assert found("iti") == [] and found("haliza") == []  # the middle of a word is not a match
        assert found("0813 5000") == [siti.id] and found("1234") == [siti.id] and found("62813") == [siti.id]
        assert found("jose nunez") == [jose.id] and found("JOSÉ") == [jose.id]


@pytest.mark.postgres
def test_postgresql_search_is_served_by_the_words_index(pg_db: Database) -> None:
    from sqlalchemy import text

    with pg_db.read() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a fresh database is tiny: ask what the index can do
        query = matching_ids(s, "rusmini kartika")
        assert query is not None
        plan = "\n".join(s.scalars(text("EXPLAIN " + str(query.compile(s.get_bind(),
                                                                         compile_kwargs={"literal_binds": True})))))
    assert "ix_request_search_words" in plan


# --- accounts: the login screen and the user form -------------------------------------------------


@given(password=messy_text, username=messy_text)
def test_any_new_password_is_accepted_or_explained(password: str, username: str) -> None:
    from desk.store.accounts import password_problem

    problem = password_problem(password, username)
    assert problem is None or problem.strip()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(username=stored_text, full_name=stored_text, nip=st.one_of(stored_text, digits_text),
       role=st.sampled_from(["admin", "petugas", "pimpinan", "tamu", ""]),
       password=st.one_of(stored_text, st.just("Rahasia-2025")))
def test_any_new_user_form_is_saved_or_explained(
    store: Database, username: str, full_name: str, nip: str, role: str, password: str
) -> None:
    from desk.store.accounts import create_user
    from desk.store.errors import StoreError

    try:
        created = create_user(store, username, full_name, role, password, nip).value
    except StoreError as exc:
        assert exc.message.strip() and exc.field in ("username", "full_name", "nip", "role", "password")
        return
    assert created.username == username.strip().lower() and created.role == role


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(username=stored_text, password=stored_text)
def test_any_login_attempt_is_answered_in_indonesian(store: Database, username: str, password: str) -> None:
    from desk.store.accounts import LoginFailed, login

    with pytest.raises(LoginFailed) as info:
        login(store, username, password)
    assert info.value.message.strip()
