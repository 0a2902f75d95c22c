"""The rencana tindak lanjut of an SKM result: items per period (and unit), their status and completion.

An item names the priority unsur (usually the weakest of the period), the program or activity,
when it is due, who is responsible, and optionally the Forum Konsultasi Publik that agreed it.
The share completed (realised / planned) is what the PEKPPP evaluation asks for.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desk.domain.intake import plain_text
from desk.domain.messages import N_
from desk.domain.skm import FOLLOWUP_DONE, FOLLOWUP_STATUSES, UNSUR_BY_KEY, PeriodError, parse_period
from desk.domain.skm_records import FollowupDraft, FollowupList, FollowupRecord
from desk.store import access
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import Forum, Unit
from desk.store.models_survey import SurveyFollowupRow
from desk.store.work import Change, Done, reading, writing

F = SurveyFollowupRow


class InvalidFollowup(StoreError):
    pass


def followups_of(session: Session, period: str, unit_id: int | None) -> list[FollowupRecord]:
    """The plan of one period for a unit (or, with None, for the whole office), in its order."""
    query = (select(F, Unit.name, Forum.title).outerjoin(Unit, Unit.id == F.unit_id)
             .outerjoin(Forum, Forum.id == F.forum_id).where(F.period == period)
             .order_by(F.position, F.id))
    query = query.where(F.unit_id.is_(None) if unit_id is None else F.unit_id == unit_id)
    return [_record(row, unit_name or "", forum_title or "") for row, unit_name, forum_title in session.execute(query)]


def _record(row: SurveyFollowupRow, unit_name: str, forum_title: str) -> FollowupRecord:
    return FollowupRecord(
        id=row.id, period=row.period, unit_id=row.unit_id, unit_name=unit_name, unsur_key=row.unsur,
        action=row.action, schedule=row.schedule, responsible=row.responsible, status=row.status,
        done_on=row.done_on, forum_id=row.forum_id, forum_title=forum_title, position=row.position,
    )


def list_followups(db: Database, period: str, unit_id: int | None = None) -> FollowupList:
    with reading(db) as work:
        work.require(access.SURVEY_RESULTS)
        return FollowupList(tuple(followups_of(work.session, period, unit_id)))


def _clean(draft: FollowupDraft, today: date) -> FollowupDraft:
    problems: list[tuple[str, str]] = []
    try:
        parse_period(draft.period)
    except PeriodError as exc:
        problems.append(("period", exc.message))
    if draft.unsur_key not in UNSUR_BY_KEY:
        problems.append(("unsur", "Pilih unsur yang menjadi prioritas."))
    action = plain_text(draft.action, multiline=True).strip()
    schedule = " ".join(plain_text(draft.schedule).split())
    responsible = " ".join(plain_text(draft.responsible).split())
    if not action:
        problems.append(("action", "Program/kegiatan wajib diisi."))
    if not schedule:
        problems.append(("schedule", "Waktu pelaksanaan wajib diisi."))
    elif len(schedule) > 100:
        problems.append(("schedule", "Waktu pelaksanaan paling panjang 100 huruf."))
    if not responsible:
        problems.append(("responsible", "Penanggung jawab wajib diisi."))
    elif len(responsible) > 200:
        problems.append(("responsible", "Penanggung jawab paling panjang 200 huruf."))
    if draft.status not in FOLLOWUP_STATUSES:
        problems.append(("status", "Status tidak dikenal."))
    done_on = draft.done_on
    if draft.status == FOLLOWUP_DONE:
        if done_on is None:
            problems.append(("done_on", "Tanggal selesai wajib diisi untuk tindak lanjut yang selesai."))
        elif done_on > today:
            problems.append(("done_on", "Tanggal selesai tidak boleh sesudah hari ini."))
    else:
        done_on = None
    if problems:
        field, message = problems[0]
        raise InvalidFollowup(message, field)
    return FollowupDraft(draft.period, draft.unit_id, draft.unsur_key, action, schedule, responsible,
                         draft.status, done_on, draft.forum_id, draft.id)


def save_followup(db: Database, draft: FollowupDraft, *, now: datetime | None = None) -> Done[FollowupRecord]:
    """Add an item to a period's plan, or change one (its status and completion date too)."""
    with writing(db, now=now) as work:
        work.require(access.SURVEY_PLAN)
        clean = _clean(draft, work.today)
        session = work.session
        if clean.unit_id is not None and session.get(Unit, clean.unit_id) is None:
            raise NotFound(N_("Unit tidak ditemukan."), "unit")
        if clean.forum_id is not None and session.get(Forum, clean.forum_id) is None:
            raise NotFound(N_("Forum tidak ditemukan."), "forum")
        if clean.id is None:
            last = session.scalar(select(func.max(F.position)).where(F.period == clean.period))
            row = F(period=clean.period, position=(last or 0) + 1, created_at=work.now, created_by=work.user_id)
            session.add(row)
            before: dict[str, object] = {}
        else:
            found = session.get(F, clean.id, with_for_update=True)
            if found is None:
                raise NotFound(N_("Tindak lanjut tidak ditemukan."))
            row = found
            before = {"status": row.status, "done_on": row.done_on}
        row.period, row.unit_id, row.unsur = clean.period, clean.unit_id, clean.unsur_key
        row.action, row.schedule, row.responsible = clean.action, clean.schedule, clean.responsible
        row.status, row.done_on, row.forum_id = clean.status, clean.done_on, clean.forum_id
        session.flush()
        work.audit("survey.followup" if before else "survey.followup.add", "survey_followup", row.id,
                   {"period": row.period, "unsur": row.unsur, "status": row.status, "before": before})
        work.changed(Change.SURVEY)
        unit_name = session.scalar(select(Unit.name).where(Unit.id == row.unit_id)) if row.unit_id else ""
        forum_title = session.scalar(select(Forum.title).where(Forum.id == row.forum_id)) if row.forum_id else ""
        return work.done(_record(row, unit_name or "", forum_title or ""))


def delete_followup(db: Database, followup_id: int) -> Done[None]:
    with writing(db) as work:
        work.require(access.SURVEY_PLAN)
        row = work.session.get(F, followup_id)
        if row is None:
            raise NotFound(N_("Tindak lanjut tidak ditemukan."))
        work.audit("survey.followup.delete", "survey_followup", followup_id,
                   {"period": row.period, "unsur": row.unsur, "action": row.action[:200]})
        work.session.execute(delete(F).where(F.id == followup_id))
        work.changed(Change.SURVEY)
        return work.done(None)
