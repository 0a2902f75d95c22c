"""Tables of the survey area (migration 1601_survey): SKM responses and the follow-up they lead to.

A response is anonymous by construction: it holds the service, its unit, the day and the
respondent profile, and nothing that leads back to a person: no request id, name, NIK, phone,
no time of day and no officer (a time or an officer beside the service would point at the
request closed a minute earlier). Answers are columns named by the unsur's stable key, never by
position, and a period's index is one aggregate over them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base, ServiceRequest, UTCDateTime, utcnow


def _score(key: str) -> Mapped[int | None]:
    return mapped_column(SmallInteger, CheckConstraint(f"{key} BETWEEN 1 AND 4", name=f"{key}_score"),
                         nullable=True)


class SurveyResponseRow(Base):
    __tablename__ = "survey_responses"
    __table_args__ = (
        Index("ix_survey_responses_surveyed_on", "surveyed_on"),
        Index("ix_survey_responses_unit_day", "unit_id", "surveyed_on"),
        Index("ix_survey_responses_service_day", "service_id", "surveyed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))  # the service's unit when answered
    surveyed_on: Mapped[date] = mapped_column(Date)  # the office's calendar day, no time
    source: Mapped[str] = mapped_column(String(10))  # layar | kertas | impor
    sex: Mapped[str] = mapped_column(String(1), default="")  # L | P | "" not filled
    age: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    education: Mapped[str] = mapped_column(String(10), default="")
    job: Mapped[str] = mapped_column(String(10), default="")
    persyaratan: Mapped[int | None] = _score("persyaratan")
    prosedur: Mapped[int | None] = _score("prosedur")
    waktu: Mapped[int | None] = _score("waktu")
    biaya: Mapped[int | None] = _score("biaya")
    produk: Mapped[int | None] = _score("produk")
    kompetensi: Mapped[int | None] = _score("kompetensi")
    perilaku: Mapped[int | None] = _score("perilaku")
    pengaduan: Mapped[int | None] = _score("pengaduan")
    sarana: Mapped[int | None] = _score("sarana")


class SurveyFollowupRow(Base):
    """One line of the rencana tindak lanjut of a period's result, and how far it has come."""

    __tablename__ = "survey_followups"
    __table_args__ = (Index("ix_survey_followups_period", "period", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(8))  # "2026-S2" (desk.domain.skm.Period.code)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), nullable=True)  # None: the whole office
    unsur: Mapped[str] = mapped_column(String(20))  # the priority unsur's key
    action: Mapped[str] = mapped_column(Text)  # program/kegiatan
    schedule: Mapped[str] = mapped_column(String(100))  # waktu, as the plan writes it ("Januari–Maret 2027")
    responsible: Mapped[str] = mapped_column(String(200))  # penanggung jawab
    status: Mapped[str] = mapped_column(String(10), default="rencana")  # rencana | berjalan | selesai
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id", ondelete="SET NULL"), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


# The population of a period is counted from the requests completed in it: an index on the
# register's table, declared here with the area that needs it (migration 1601_survey).
Index("ix_service_requests_status_closed", ServiceRequest.status, ServiceRequest.closed_at)
