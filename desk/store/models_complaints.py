"""Tables of the complaints register (migration 1801): complaints, their timeline, attachments, the counter.

The complainant's identity (name, phone, e-mail, address) is personal data kept on the complaint
itself: a complainant need not be a visitor of the register, and may be anonymous. Dates a recap
groups by (received, answered, closed) are stored as the office's local dates next to the UTC
moments, so a month's recap and the overdue count are plain SQL on indexed columns.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base, UTCDateTime, utcnow


class ComplaintCounter(Base):
    """Last issued complaint number per year; bumped in the same transaction as the insert."""

    __tablename__ = "complaint_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class ComplaintRow(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_complaints_year_seq"),
        Index("ix_complaints_received_on", "received_on"),
        Index("ix_complaints_next_due", "next_due"),
        Index("ix_complaints_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    lapor_id: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_on: Mapped[date] = mapped_column(Date)
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("visitors.id"), nullable=True, index=True)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), nullable=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), nullable=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("service_requests.id"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(20), default="diterima")
    verify_due: Mapped[date] = mapped_column(Date)
    respond_due: Mapped[date] = mapped_column(Date)
    complete_due: Mapped[date] = mapped_column(Date)
    next_due: Mapped[date | None] = mapped_column(Date, nullable=True)  # the current stage's; NULL once closed
    responded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ComplaintEventRow(Base):
    """One step of a complaint's timeline: who moved it, when, from which status to which, and what they wrote."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), nullable=True)
    addressee: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ComplaintAttachmentRow(Base):
    """A scan or photo handed in with a complaint, stored in the database (checked to be PNG, JPEG or PDF)."""

    __tablename__ = "complaint_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
