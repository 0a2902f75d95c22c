"""Tables of the personal-data area: consents and data-subject requests (migration 0201).

Users and the audit log live in desk.store.models; these two tables are the
proof the personal-data law asks for: consent given for a stated purpose, on a
date, recorded by an officer (UU 27/2022 Pasal 22), and each request of a data
subject with the time it was received, so the 3×24-hour duty can be shown.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base, UTCDateTime, utcnow


class ConsentRow(Base):
    """One consent decision. Never updated: a withdrawal is a new row, so the history stays provable."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_visitor_purpose", "visitor_id", "purpose", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitors.id"))
    purpose: Mapped[str] = mapped_column(String(30))  # whatsapp | forum_photo | attendance_publication
    granted: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class SubjectRequestRow(Base):
    """A request of a data subject (access, correction, erasure, consent withdrawal) and its handling."""

    __tablename__ = "subject_requests"
    __table_args__ = (Index("ix_subject_requests_open", "completed_at", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitors.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # akses | perbaikan | penghapusan | penarikan_persetujuan
    channel: Mapped[str] = mapped_column(String(20), default="datang_langsung")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    completed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
