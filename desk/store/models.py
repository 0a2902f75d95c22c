"""The database schema: SQLAlchemy 2 typed models.

Conventions: money is integer rupiah; times are stored as UTC (returned as
aware datetimes); dates are plain calendar dates in the office time zone;
every constraint is named so Alembic batch mode can alter it on SQLite.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from desk.domain.intake import MAX_COLLECTOR, MAX_NAME, MAX_ORGANISATION, MAX_PRODUCT_NUMBER, MAX_REGION_TEXT
from desk.domain.office_time import DEFAULT_TZ

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands out aware UTC, on every dialect alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- office-wide configuration -------------------------------------------------


class OfficeProfileRow(Base):
    """The single row (id = 1) describing the office that runs this Desk."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    government_name: Mapped[str] = mapped_column(String(200))
    office_name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300), default="")
    village: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    regency: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(120), default="")
    head_name: Mapped[str] = mapped_column(String(120), default="")
    head_nip: Mapped[str] = mapped_column(String(30), default="")
    head_title: Mapped[str] = mapped_column(String(120), default="Kepala Dinas")
    head_rank: Mapped[str] = mapped_column(String(120), default="")
    head_position: Mapped[str] = mapped_column(String(300), default="")
    service_pic_name: Mapped[str] = mapped_column(String(120), default="")
    service_pic_title: Mapped[str] = mapped_column(String(120), default="")
    service_pic_nip: Mapped[str] = mapped_column(String(30), default="")
    place_name: Mapped[str] = mapped_column(String(100), default="")
    timezone: Mapped[str] = mapped_column(String(40), default=DEFAULT_TZ)
    ref_pattern: Mapped[str] = mapped_column(String(120))
    forum_venue: Mapped[str] = mapped_column(String(200), default="")
    privacy_notice: Mapped[str] = mapped_column(Text, default="")
    dpo_contact: Mapped[str] = mapped_column(String(200), default="")
    maklumat_text: Mapped[str] = mapped_column(Text, default="")
    retention_years: Mapped[int] = mapped_column(Integer, default=5)
    working_weekdays: Mapped[str] = mapped_column(String(20), default="0,1,2,3,4")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    standards_decree_number: Mapped[str] = mapped_column(String(120), default="")
    standards_decree_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    maklumat_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Office-wide settings (shared by every counter on one database)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    nip: Mapped[str] = mapped_column(String(30), default="")
    role: Mapped[str] = mapped_column(String(20), default="petugas")  # admin | petugas | pimpinan
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- services and standards ----------------------------------------------------


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    full_name: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    services: Mapped[list[Service]] = relationship(back_populates="unit")


class Service(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The standard's time counts from a complete file (the due date waits for the last mandatory document).
    time_from_complete: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    unit: Mapped[Unit] = relationship(back_populates="services")
    versions: Mapped[list[StandardVersion]] = relationship(
        back_populates="service", order_by="StandardVersion.version_no"
    )


class StandardVersion(Base):
    """One version of a service standard. Never edited in place: a change is a new version."""

    __tablename__ = "standard_versions"
    __table_args__ = (UniqueConstraint("service_id", "version_no", name="uq_standard_versions_service_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    version_no: Mapped[int] = mapped_column(Integer)
    effective_date: Mapped[date] = mapped_column(Date)
    sk_number: Mapped[str] = mapped_column(String(120), default="")
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id"), nullable=True)
    same_day: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fee: Mapped[int] = mapped_column(Integer, default=0)
    product: Mapped[str] = mapped_column(Text, default="")
    facilities: Mapped[str] = mapped_column(Text, default="")
    competence: Mapped[str] = mapped_column(Text, default="")
    supervision: Mapped[str] = mapped_column(Text, default="")
    staff_count: Mapped[str] = mapped_column(Text, default="")
    service_assurance: Mapped[str] = mapped_column(Text, default="")
    safety_assurance: Mapped[str] = mapped_column(Text, default="")
    performance_evaluation: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    service: Mapped[Service] = relationship(back_populates="versions")
    items: Mapped[list[StandardItem]] = relationship(
        back_populates="version", order_by="StandardItem.position", cascade="all, delete-orphan"
    )


class StandardItem(Base):
    """An ordered list line of a standard: a requirement, a procedure step, a complaint channel or a legal basis."""

    __tablename__ = "standard_items"
    __table_args__ = (Index("ix_standard_items_version_kind", "version_id", "kind", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("standard_versions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # requirement | step | complaint | legal
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    version: Mapped[StandardVersion] = relationship(back_populates="items")


class ServiceAlias(Base):
    """Another name people use for a service ("kartu kuning" for the AK/I card): the look-up finds it."""

    __tablename__ = "service_aliases"

    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str] = mapped_column(String(60))


# --- calendar and regions ------------------------------------------------------


class Holiday(Base):
    __tablename__ = "holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # libur_nasional | cuti_bersama | lokal
    decree: Mapped[str] = mapped_column(String(200), default="")


class Region(Base):
    """Kemendagri kecamatan ("63.11.04") and desa/kelurahan ("63.11.04.2008") codes."""

    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    parent_code: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    level: Mapped[str] = mapped_column(String(12))  # kecamatan | desa | kelurahan
    name: Mapped[str] = mapped_column(String(120))


# --- visitors and requests -----------------------------------------------------


class Visitor(Base):
    __tablename__ = "visitors"

    id: Mapped[int] = mapped_column(primary_key=True)
    nik: Mapped[str | None] = mapped_column(String(16), nullable=True, unique=True)
    name: Mapped[str] = mapped_column(String(MAX_NAME))
    sex: Mapped[str | None] = mapped_column(String(1), nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    address: Mapped[str] = mapped_column(Text, default="")  # at most MAX_ADDRESS: a CHECK or trigger (1503)
    kecamatan_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    desa_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    region_text: Mapped[str] = mapped_column(String(MAX_REGION_TEXT), default="")  # outside Balangan: free text
    organisation: Mapped[str] = mapped_column(String(MAX_ORGANISATION), default="")
    organisation_kind: Mapped[str] = mapped_column(String(20), default="")  # perusahaan | koperasi | umkm
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RefCounter(Base):
    """Last issued sequence per unit and year; bumped in the same transaction as the insert."""

    __tablename__ = "ref_counters"

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


RECAP_INDEX_COLUMNS = ("received_on", "service_id", "status", "unit_id", "channel", "received_by", "visitor_id",
                       "standard_version_id", "due_from", "closed_at")


class ServiceRequest(Base):
    __tablename__ = "service_requests"
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "seq", name="uq_service_requests_unit_year_seq"),
        Index("ix_service_requests_received", "received_at"),
        # Overdue and due-today are counted from the index alone (migration 1702).
        Index("ix_service_requests_status_due_awaiting", "status", "due_date", "awaiting_documents"),
        Index("ix_service_requests_service_received", "service_id", "received_at"),
        Index("ix_service_requests_unit_received", "unit_id", "received_at"),
        # Covers every recap's GROUP BY over a period of office days, read from the index alone
        # (migration 2201_received_on): counts, months, the visitors joined, the finished requests' days.
        Index("ix_service_requests_recap", *RECAP_INDEX_COLUMNS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref_number: Mapped[str] = mapped_column(String(80), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    standard_version_id: Mapped[int] = mapped_column(ForeignKey("standard_versions.id"))
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitors.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The office's calendar day of received_at, in the office's time zone when it was saved: what recaps
    # group and filter on (a UTC moment would be shifted to a local day on every row of every recap).
    # Deferred: only the recaps' queries read it, never a loaded request.
    received_on: Mapped[date] = mapped_column(Date, deferred=True)
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="diterima")
    channel: Mapped[str] = mapped_column(String(20), default="datang_langsung")
    notes: Mapped[str] = mapped_column(Text, default="")  # at most MAX_NOTES: a CHECK or trigger (1503)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # the file complete (office day)
    due_from: Mapped[date | None] = mapped_column(Date, nullable=True)  # the due date counts from; NULL: received
    awaiting_documents: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    collected_by: Mapped[str] = mapped_column(String(20), default="", server_default="")  # pemohon | kuasa
    collector_name: Mapped[str] = mapped_column(String(MAX_COLLECTOR), default="", server_default="")
    product_number: Mapped[str] = mapped_column(String(MAX_PRODUCT_NUMBER), default="", server_default="")

    documents: Mapped[list[RequestDocument]] = relationship(
        order_by="RequestDocument.position", cascade="all, delete-orphan"
    )


class RecapDayCount(Base):
    """How many requests were received on an office day, by service, unit, status, channel and officer
    (0: none recorded). Kept by triggers in every writing transaction (migration 2202_recap_days)."""

    __tablename__ = "recap_day_counts"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    received_on: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    received_by: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)


class RecapDayAges(Base):
    """How many requests were received on an office day, by service, unit and their visitor's sex ('' when not
    recorded) and age band on that day. Kept by triggers (migration 2202_recap_days)."""

    __tablename__ = "recap_day_ages"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    received_on: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sex: Mapped[str] = mapped_column(String(20), primary_key=True)
    band: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class RecapMonthPlaces(Base):
    """How many requests were received in a month (its first day), by service, unit and their visitor's sex,
    kecamatan and desa ('' when not recorded). Kept by triggers (migration 2202_recap_days)."""

    __tablename__ = "recap_month_places"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sex: Mapped[str] = mapped_column(String(20), primary_key=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    desa_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class RecapDayVisitors(Base):
    """Who was received on an office day, by service and unit, with their sex, age band on that day and
    whether the request was set aside (1: Ditolak or Dibatalkan). Kept by triggers (migration 2202_recap_days)."""

    __tablename__ = "recap_day_visitors"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    received_on: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    visitor_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sex: Mapped[str] = mapped_column(String(20), primary_key=True)
    band: Mapped[str] = mapped_column(String(20), primary_key=True)
    set_aside: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)


class RecapDayClosings(Base):
    """How many closed requests were received on an office day and closed on another (the office day of
    `closed_at`), by service, unit, status, standard version and the day their clock started. Kept by
    triggers (migration 2202_recap_days)."""

    __tablename__ = "recap_day_closings"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    received_on: Mapped[date] = mapped_column(Date, primary_key=True)
    closed_on: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    standard_version_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    start_on: Mapped[date] = mapped_column(Date, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class RequestDocument(Base):
    """One line of the intake checklist, copied from the standard version in force."""

    __tablename__ = "request_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    received: Mapped[bool] = mapped_column(Boolean, default=False)


class RequestEventRow(Base):
    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default="status")  # status | due_date | note | print | correction | documents
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class PrintRecord(Base):
    """Every print or save of a document: what, for which record, who, when, which copy."""

    __tablename__ = "print_records"
    __table_args__ = (Index("ix_print_records_kind_ref", "document_kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_kind: Mapped[str] = mapped_column(String(30))  # receipt | standard | attendance | ...
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(10))  # print | save
    copy_no: Mapped[int] = mapped_column(Integer, default=1)
    paper: Mapped[str] = mapped_column(String(10), default="A4")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    target: Mapped[str] = mapped_column(String(300), default="")  # printer name or file path


# --- forums (FKP) ----------------------------------------------------------------


class Forum(Base):
    __tablename__ = "forums"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    moderator: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- audit ---------------------------------------------------------------------


class AuditEntry(Base):
    """Hash-chained audit trail: each entry carries the hash of the one before it.

    `key_id` names the key the entry's hash is keyed with (None: an entry written before the
    chain was keyed, hashed with plain SHA-256); `redaction` is set when retention blanked the
    personal values in `details`, and proves (keyed) that only that happened.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(80), default="")
    details: Mapped[object] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
    key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    redaction: Mapped[str | None] = mapped_column(String(90), nullable=True)
