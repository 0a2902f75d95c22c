"""The complaint rules on their own: the flow, what each step needs, the deadlines, the draft's checks."""

from __future__ import annotations

from datetime import date

import pytest

from desk.domain.complaints import (
    DEFAULT_DEADLINES,
    ComplaintDraft,
    ComplaintStatus,
    Deadlines,
    clean_complaint,
    due_dates,
    mask_name,
    next_steps,
    step_problem,
)
from desk.domain.workdays import WorkCalendar

S = ComplaintStatus


def test_the_flow_runs_one_way_and_ends_in_one_of_three_closed_states() -> None:
    assert next_steps("diterima") == (S.VERIFIED, S.REJECTED, S.NOT_OURS)
    assert next_steps("diverifikasi") == (S.FORWARDED, S.REJECTED, S.NOT_OURS)
    assert next_steps("ditindaklanjuti") == (S.DONE,)
    assert next_steps("selesai") == next_steps("ditolak") == next_steps("bukan_kewenangan") == ()
    assert next_steps("entah") == ()


@pytest.mark.parametrize(("current", "target", "text", "unit", "problem"), [
    ("diterima", "diverifikasi", "", None, None),
    ("diterima", "diteruskan", "", 1, "tidak dapat diubah menjadi Diteruskan ke unit"),
    ("diverifikasi", "diteruskan", "", None, "Pilih unit"),
    ("diverifikasi", "diteruskan", "", 2, None),
    ("diteruskan", "ditindaklanjuti", " \t", None, "Tindak lanjut wajib diisi"),
    ("ditindaklanjuti", "selesai", "", None, "Jawaban wajib diisi"),
    ("ditindaklanjuti", "selesai", "Sudah.", None, None),
    ("diterima", "ditolak", "Tidak jelas.", None, None),
    ("selesai", "ditolak", "Terlambat.", None, "tidak dapat diubah"),
    ("diterima", "diverifikasi", "x" * 10_001, None, "terlalu panjang"),
])
def test_each_step_says_what_it_lacks(current: str, target: str, text: str, unit: int | None,
                                      problem: str | None) -> None:
    found = step_problem(current, target, text, unit)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_deadlines_follow_each_other_on_working_days_and_the_defaults_are_lapors() -> None:
    assert (DEFAULT_DEADLINES.verify, DEFAULT_DEADLINES.respond, DEFAULT_DEADLINES.complete) == (3, 5, 10)
    calendar = WorkCalendar([date(2025, 12, 25), date(2025, 12, 26), date(2026, 1, 1)])
    # Received Wednesday 24 December 2025: Christmas and cuti bersama, the weekend, New Year's Day.
    due = due_dates(calendar, date(2025, 12, 24), DEFAULT_DEADLINES)
    assert (due.verify, due.respond, due.complete) == (date(2025, 12, 31), date(2026, 1, 8), date(2026, 1, 22))
    assert due.of_stage("diterima") == due.verify and due.of_stage("diteruskan") == due.respond
    assert due.of_stage("ditindaklanjuti") == due.complete and due.of_stage("selesai") is None
    assert Deadlines(0, 5, 91).problems().keys() == {"verify", "complete"}


def test_a_draft_is_cleaned_and_every_problem_named() -> None:
    cleaned, errors = clean_complaint(ComplaintDraft(name="  Siti\tRahmah ", phone="0812 3456 7890",
                                                     subject="Antre\x00an lama", description="Isi\r\nbaris dua"))
    assert errors == {}
    assert (cleaned.name, cleaned.phone, cleaned.subject) == ("Siti Rahmah", "+6281234567890", "Antrean lama")
    _, errors = clean_complaint(ComplaintDraft(kind="keluhan", channel="fax", lapor_id="123", name="A",
                                               email="bukan-email", subject="", description=""))
    assert set(errors) == {"kind", "channel", "lapor_id", "email", "subject", "description"}
    _, errors = clean_complaint(ComplaintDraft(channel="lapor", lapor_id="12 34", name="A", subject="S",
                                               description="D"))
    assert "huruf, angka dan tanda hubung" in errors["lapor_id"]
    _, errors = clean_complaint(ComplaintDraft(complainant_is_applicant=True, subject="S", description="D"))
    assert set(errors) == {"request"}


def test_a_name_is_masked_word_by_word() -> None:
    assert mask_name("Siti Rahmah") == "S*** R*****"
    assert mask_name("Hj. Masliani") == "H** M*******"
    assert mask_name("A") == "A*"
