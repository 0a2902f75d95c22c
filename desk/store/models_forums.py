"""Tables of the forums area (migration 0101): participants, standards discussed, notulen, berita acara.

The `forums` table itself lives in desk.store.models (0001). Consent to photos and to the
attendance list being shown is kept per participant with its purpose, date and officer
(UU 27/2022 Pasal 22); each change is also in the audit trail.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base, UTCDateTime, utcnow


class ForumParticipantRow(Base):
    __tablename__ = "forum_participants"
    __table_args__ = (
        Index("ix_forum_participants_forum_name", "forum_id", "name_key"),
        Index("ix_forum_participants_name_key", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # folded name: type-ahead and duplicates
    unsur: Mapped[str] = mapped_column(String(30))
    institution: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)  # E.164
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    photo_purpose: Mapped[str] = mapped_column(Text, default="")
    photo_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    photo_consent_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    consent_publication: Mapped[bool] = mapped_column(Boolean, default=False)
    publication_purpose: Mapped[str] = mapped_column(Text, default="")
    publication_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    publication_consent_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checked_in_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ForumStandardRow(Base):
    """A service whose standard the forum discusses."""

    __tablename__ = "forum_standards"

    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), primary_key=True)


class ForumAgendaRow(Base):
    __tablename__ = "forum_agenda"
    __table_args__ = (Index("ix_forum_agenda_forum_position", "forum_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    time_text: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text)


class ForumDiscussionRow(Base):
    __tablename__ = "forum_discussion"
    __table_args__ = (Index("ix_forum_discussion_forum_position", "forum_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(200))
    unsur: Mapped[str] = mapped_column(String(30), default="")
    point: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text, default="")


class ForumStatementRow(Base):
    """A numbered line of the notulen's conclusions or of the berita acara's agreed outcomes."""

    __tablename__ = "forum_statements"
    __table_args__ = (Index("ix_forum_statements_forum_kind", "forum_id", "kind", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # conclusion | outcome
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class ForumReportRow(Base):
    """The berita acara's own fields and the notulis: one row per forum, written when first saved."""

    __tablename__ = "forum_reports"

    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"), primary_key=True)
    ba_number: Mapped[str] = mapped_column(String(120), default="")
    ba_opening: Mapped[str] = mapped_column(Text, default="")
    representative_name: Mapped[str] = mapped_column(String(200), default="")
    representative_role: Mapped[str] = mapped_column(String(200), default="")
    representative_institution: Mapped[str] = mapped_column(String(300), default="")
    minute_taker: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
