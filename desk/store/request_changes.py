"""A request after it is saved: corrected, its file completed, closed properly, reopened by an admin.

Each is one operation (its own unit of work, its permission, its audit entry with the old and new
values, NIK and phone masked) and leaves an event on the request's timeline. `now` is for tests and demo
data (a given moment is not the PC's clock, so the clock check of desk.store.clock is skipped). The timeline names
what changed; the values themselves stay in the audit trail, so that a visitor's old name or
number does not outlive their anonymisation on the timeline shown at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.checklist import completion_day, missing_mandatory, plan_due
from desk.domain.intake import (
    MAX_COLLECTOR,
    MAX_PRODUCT_NUMBER,
    MAX_REASON,
    RequestDraft,
    clean_draft,
    plain_text,
)
from desk.domain.messages import N_, joined
from desk.domain.nik import birth_date_from_nik, mask_nik
from desk.domain.phone import mask_phone
from desk.domain.records import RequestRecord
from desk.domain.status import (
    BY_REPRESENTATIVE,
    BY_VISITOR,
    CHANNEL_LABELS,
    CLOSED_STATUSES,
    COLLECTED_BY_LABELS,
    DONE,
    IN_PROCESS,
    OPEN_STATUSES,
    RECEIVED,
    status_label,
)
from desk.domain.text_id import format_long_date
from desk.store import access, clock
from desk.store.calendar import work_calendar
from desk.store.catalog import current_version, known_nik_regions
from desk.store.database import Database
from desk.store.errors import NotFound, StoreError
from desk.store.models import (
    RequestDocument,
    RequestEventRow,
    Service,
    ServiceRequest,
    StandardVersion,
    Visitor,
)
from desk.store.requests import InvalidRequest, change_status, get_request
from desk.store.work import Change, Done, Work, writing

# The visitor's fields as the correction form and the audit trail name them.
VISITOR_FIELDS: dict[str, str] = {
    "name": "nama", "nik": "NIK", "sex": "jenis kelamin", "phone": "nomor HP", "address": "alamat",
    "kecamatan_code": "kecamatan", "desa_code": "desa", "region_text": "daerah asal",
    "organisation": "organisasi", "organisation_kind": "jenis organisasi",
}
_NULLABLE = frozenset({"nik", "sex", "phone", "kecamatan_code", "desa_code"})
MSG_SERVICE_LOCKED = (
    "Layanan hanya dapat diganti selama permohonan masih berstatus Diterima dan dengan layanan dari bidang yang "
    "sama (nomor registrasinya memuat kode bidang). Untuk layanan lain, batalkan permohonan ini dengan alasan "
    "\"salah layanan\", lalu catat permohonan baru."
)


@dataclass(frozen=True, slots=True)
class RequestCorrection:
    """The corrected values of a saved request: every field as it should now read."""

    name: str
    nik: str = ""
    sex: str = ""
    phone: str = ""
    address: str = ""
    kecamatan_code: str = ""
    desa_code: str = ""
    region_text: str = ""
    organisation: str = ""
    organisation_kind: str = ""
    channel: str = "datang_langsung"
    notes: str = ""
    service_id: int | None = None  # None: the same service

    @classmethod
    def of(cls, record: RequestRecord) -> RequestCorrection:
        """The request as it stands (a form starts from this and changes what the officer changes)."""
        return cls(
            name=record.visitor_name, nik=record.visitor_nik or "", sex=record.visitor_sex or "",
            phone=record.visitor_phone or "", address=record.address_line,
            kecamatan_code=record.visitor_kecamatan_code, desa_code=record.visitor_desa_code,
            region_text=record.visitor_region_text, organisation=record.organisation,
            organisation_kind=record.organisation_kind, channel=record.channel, notes=record.notes,
            service_id=record.service_id,
        )


@dataclass(frozen=True, slots=True)
class Collection:
    """Who collected the result of a finished request, and the product's number if it has one."""

    by: str  # BY_VISITOR | BY_REPRESENTATIVE
    name: str = ""  # the representative's name
    product_number: str = ""  # e.g. the AK/I card's number


class MissingDocuments(StoreError):
    """Selesai refused: mandatory documents are still missing (`missing`)."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            N_("Berkas wajib belum lengkap: {documents}. Centang berkas yang sudah diterima, atau "
               "minta admin menyelesaikan permohonan ini dengan alasan."), "documents",
            documents=joined(missing, "; "))
        self.missing = missing


# --- shared pieces ----------------------------------------------------------------------------------


def _request(session: Session, request_id: int) -> ServiceRequest:
    request = session.get(ServiceRequest, request_id, with_for_update=True)
    if request is None:
        raise NotFound(N_("Permohonan tidak ditemukan."))
    return request


def _event(work: Work, request: ServiceRequest, kind: str, reason: str, *, from_status: str | None = None,
           to_status: str | None = None) -> None:
    work.session.add(RequestEventRow(request_id=request.id, at=work.now, user_id=work.user_id, kind=kind,
                                     from_status=from_status, to_status=to_status, reason=reason))


def _masked(field: str, value: str | None) -> str:
    if not value:
        return ""
    if field == "nik":
        return mask_nik(value)
    if field == "phone":
        return mask_phone(value)
    return value


def replan_due(work: Work, request: ServiceRequest, reason: str) -> None:
    """Give `request` the due date its file and its service's rule give it now; log it when it moves."""
    service = work.session.get(Service, request.service_id)
    version = work.session.get(StandardVersion, request.standard_version_id)
    assert service is not None and version is not None
    received = work.clock.local_date(request.received_at)
    plan = plan_due(work_calendar(work.session), received, request.completed_on, service.time_from_complete,
                    version.same_day, version.duration_days)
    old_due = request.due_date
    request.due_from, request.awaiting_documents = plan.start, plan.awaiting
    if plan.due != old_due and request.status in OPEN_STATUSES:
        request.due_date = plan.due
        _event(work, request, "due_date",
               f"Tenggat berubah dari {format_long_date(old_due)} menjadi {format_long_date(plan.due)} karena {reason}.")


def _mark_completion(work: Work, request: ServiceRequest) -> str:
    """Set the day the file became complete (or clear it); a sentence for the timeline when it changed."""
    ticks = [(d.text, d.received) for d in request.documents]
    before = request.completed_on
    request.completed_on = completion_day(ticks, before, work.today)
    if request.completed_on and not before:
        return f"Berkas wajib lengkap pada {format_long_date(request.completed_on)}."
    if before and not request.completed_on:
        return "Berkas wajib tidak lengkap lagi."
    return ""


# --- correcting -----------------------------------------------------------------------------------


def correct_request(db: Database, request_id: int, correction: RequestCorrection, *, now: datetime | None = None
                    ) -> Done[RequestRecord]:
    """Correct the visitor's details, the notes and the channel (and the service while still Diterima).

    The visitor's details are theirs, not the request's: a corrected name shows on every request of
    theirs. Validated like a new request (InvalidRequest names each field at fault).
    """
    with writing(db, now=now) as work:
        work.require(access.REQUEST_EDIT)
        clock.require_plausible(work.session, now)
        request = _request(work.session, request_id)
        visitor = work.session.get(Visitor, request.visitor_id)
        assert visitor is not None
        service_id = correction.service_id or request.service_id
        draft = RequestDraft(
            service_id=service_id, name=correction.name, nik=correction.nik, sex=correction.sex,
            phone=correction.phone, address=correction.address, kecamatan_code=correction.kecamatan_code,
            desa_code=correction.desa_code, region_text=correction.region_text,
            organisation=correction.organisation, organisation_kind=correction.organisation_kind,
            channel=correction.channel, notes=correction.notes,
        )
        cleaned, errors, _warnings = clean_draft(draft, work.today, known_nik_regions(work.session))
        new_service = work.session.get(Service, service_id)
        if service_id != request.service_id and (
                request.status != RECEIVED or new_service is None or new_service.unit_id != request.unit_id):
            errors["service"] = MSG_SERVICE_LOCKED
        elif service_id != request.service_id and not (new_service and new_service.active):
            errors["service"] = N_("Layanan ini tidak tersedia lagi. Pilih layanan lain.")
        if cleaned.nik and cleaned.nik != visitor.nik:
            other = work.session.scalar(select(Visitor.id).where(Visitor.nik == cleaned.nik, Visitor.id != visitor.id))
            if other is not None:
                errors["nik"] = N_("NIK ini sudah tercatat untuk pemohon lain. Periksa kembali NIK-nya.")
        if errors:
            raise InvalidRequest(errors)

        changes: dict[str, list[object]] = {}
        named: list[str] = []
        values: dict[str, str] = {
            "name": cleaned.name, "nik": cleaned.nik, "sex": cleaned.sex, "phone": cleaned.phone,
            "address": cleaned.address, "kecamatan_code": cleaned.kecamatan_code, "desa_code": cleaned.desa_code,
            "region_text": cleaned.region_text, "organisation": cleaned.organisation,
            "organisation_kind": cleaned.organisation_kind,
        }
        moved = {key: value for key, value in values.items() if (getattr(visitor, key) or "") != value}
        if moved and visitor.anonymised_at is not None:
            raise StoreError(N_("Data pemohon ini sudah dianonimkan dan tidak dapat dikoreksi."), "name")
        for key, value in moved.items():
            old = getattr(visitor, key) or ""
            changes[key] = [_masked(key, old), _masked(key, value)]
            named.append(VISITOR_FIELDS[key])
            setattr(visitor, key, (value or None) if key in _NULLABLE else value)
        if "nik" in moved:  # the birth date follows the NIK (the recaps' age bands read it)
            visitor.birth_date = birth_date_from_nik(visitor.nik, work.today)
        if cleaned.channel != request.channel:
            changes["channel"] = [request.channel, cleaned.channel]
            named.append(f"cara masuk: {CHANNEL_LABELS.get(request.channel, request.channel)} → {CHANNEL_LABELS[cleaned.channel]}")
            request.channel = cleaned.channel
        if cleaned.notes != request.notes:
            changes["notes"] = [request.notes, cleaned.notes]
            named.append("catatan")
            request.notes = cleaned.notes
        if service_id != request.service_id:
            assert new_service is not None
            old_service = work.session.get(Service, request.service_id)
            assert old_service is not None
            changes["service"] = [old_service.code, new_service.code]
            named.append(f"layanan: {old_service.code} → {new_service.code}")
            _change_service(work, request, new_service)
        if not changes:
            return work.done(get_request(work.session, request.id))
        work.session.flush()
        _event(work, request, "correction", "Dikoreksi: " + "; ".join(named) + ".")
        work.audit("request.correct", "request", request.id, {"ref": request.ref_number, "changes": changes})
        work.session.flush()
        work.changed(Change.REQUESTS)
        return work.done(get_request(work.session, request.id))


def _change_service(work: Work, request: ServiceRequest, service: Service) -> None:
    """Another service of the same unit: its standard in force on the day received, its checklist, its due date.

    Documents already ticked stay ticked where the new checklist asks for the same document.
    """
    received = work.clock.local_date(request.received_at)
    version = current_version(work.session, service.id, received)
    had = {d.text for d in request.documents if d.received}
    request.documents.clear()
    work.session.flush()
    requirements = [item.text for item in version.items if item.kind == "requirement"]
    for position, text in enumerate(requirements, start=1):
        request.documents.append(RequestDocument(position=position, text=text, received=text in had))
    request.service_id = service.id
    request.standard_version_id = version.id
    work.session.flush()
    _mark_completion(work, request)
    replan_due(work, request, f"layanan diganti menjadi {service.code}")


# --- the file -------------------------------------------------------------------------------------


def record_documents(db: Database, request_id: int, received: tuple[bool, ...], *, now: datetime | None = None
                     ) -> Done[RequestRecord]:
    """The checklist as it stands now (documents brought later ticked); the file's completion day and
    the due date follow."""
    with writing(db, now=now) as work:
        work.require(access.REQUEST_EDIT)
        clock.require_plausible(work.session, now)
        request = _request(work.session, request_id)
        if request.status not in OPEN_STATUSES:
            raise StoreError(N_("Permohonan ini sudah {status_label}; berkasnya tidak diubah lagi."),
                             "documents", status_label=status_label(request.status))
        documents = list(request.documents)
        if len(received) != len(documents):
            raise StoreError(N_("Daftar berkas sudah berubah. Muat ulang permohonan ini lalu coba lagi."), "documents")
        came = [d.text for d, now in zip(documents, received, strict=True) if now and not d.received]
        gone = [d.text for d, now in zip(documents, received, strict=True) if not now and d.received]
        if not came and not gone:
            return work.done(get_request(work.session, request.id))
        for document, now in zip(documents, received, strict=True):
            document.received = now
        before = request.completed_on
        parts = []
        if came:
            parts.append("Berkas diterima: " + "; ".join(came) + ".")
        if gone:
            parts.append("Ditandai belum diterima: " + "; ".join(gone) + ".")
        completion = _mark_completion(work, request)
        if completion:
            parts.append(completion)
        _event(work, request, "documents", " ".join(parts))
        if request.completed_on != before:
            replan_due(work, request, "berkas lengkap" if request.completed_on else "berkas belum lengkap")
        work.audit("request.documents", "request", request.id, {
            "ref": request.ref_number, "received": came, "unreceived": gone,
            "completed_on": [before.isoformat() if before else None,
                             request.completed_on.isoformat() if request.completed_on else None],
        })
        work.session.flush()
        work.changed(Change.REQUESTS)
        return work.done(get_request(work.session, request.id))


# --- status ---------------------------------------------------------------------------------------


def _clean_collection(collection: Collection) -> Collection:
    name = " ".join(plain_text(collection.name).split())
    number = " ".join(plain_text(collection.product_number).split())
    if collection.by not in COLLECTED_BY_LABELS:
        raise StoreError(N_("Pilih siapa yang mengambil hasilnya: pemohon sendiri atau kuasanya."), "collected_by")
    if collection.by == BY_REPRESENTATIVE and not name:
        raise StoreError(N_("Tulis nama kuasa atau wakil yang mengambil hasilnya."), "collector_name")
    if len(name) > MAX_COLLECTOR:
        raise StoreError(N_("Nama pengambil terlalu panjang (maksimal {most} huruf)."), "collector_name", most=MAX_COLLECTOR)
    if len(number) > MAX_PRODUCT_NUMBER:
        raise StoreError(N_("Nomor produk terlalu panjang (maksimal {most} huruf)."), "product_number", most=MAX_PRODUCT_NUMBER)
    return replace(collection, name=name if collection.by == BY_REPRESENTATIVE else "", product_number=number)


def _reason(text: str, what: str = "Alasan") -> str:
    reason = plain_text(text, multiline=True).strip()
    if len(reason) > MAX_REASON:
        raise StoreError(N_("{what} terlalu panjang (maksimal {most} huruf)."), "reason", what=what, most=MAX_REASON)
    return reason


def set_status(
    db: Database,
    request_id: int,
    to_status: str,
    reason: str = "",
    *,
    collection: Collection | None = None,
    override: str = "",
    now: datetime | None = None,
) -> Done[RequestRecord]:
    """Move a request on: Diproses; Selesai (who collected it, every mandatory document received, or an
    admin's `override` reason); Ditolak or Dibatalkan (with a reason)."""
    with writing(db, now=now) as work:
        work.require(access.STATUS)
        clock.require_plausible(work.session, now)
        request = _request(work.session, request_id)
        reason, override = _reason(reason), _reason(override, "Alasan menyelesaikan")
        extra: dict[str, object] = {}
        if to_status == DONE and request.status in OPEN_STATUSES:
            if collection is None:
                raise StoreError(N_("Catat siapa yang mengambil hasilnya: pemohon sendiri atau kuasanya."), "collected_by")
            collection = _clean_collection(collection)
            missing = missing_mandatory((d.text, d.received) for d in request.documents)
            if missing and not override:
                raise MissingDocuments(missing)
            if missing:
                if not work.allowed(access.REQUEST_REOPEN):
                    raise access.AccessDenied(N_("Hanya admin yang dapat menyelesaikan permohonan yang berkas "
                                              "wajibnya belum lengkap."))
                extra["override"] = override
                extra["missing"] = missing
            who = ("pemohon sendiri" if collection.by == BY_VISITOR else f"kuasa, {collection.name}")
            parts = [f"Hasil diambil oleh {who}."]
            if collection.product_number:
                parts.append(f"Nomor produk: {collection.product_number}.")
            if missing:
                parts.append(f"Berkas wajib belum lengkap ({len(missing)}); diselesaikan oleh admin dengan alasan: "
                             f"{override}")
            reason = " ".join(parts)
            request.collected_by = collection.by
            request.collector_name = collection.name
            request.product_number = collection.product_number
            extra["collected_by"] = collection.by
            if collection.name:
                extra["collector"] = collection.name
            if collection.product_number:
                extra["product_number"] = collection.product_number
        record = change_status(work.session, request_id, to_status, reason, work.user_id, now=work.now,
                               details=extra)
        work.changed(Change.REQUESTS)
        return work.done(record)


def reopen_request(db: Database, request_id: int, reason: str, *, now: datetime | None = None) -> Done[RequestRecord]:
    """An admin opens a closed request again (a mistaken Selesai, Ditolak or Dibatalkan), with a reason.

    It goes back to the status it had before it was closed; what was recorded at closing stays on
    the timeline and in the audit trail.
    """
    with writing(db, now=now) as work:
        work.require(access.REQUEST_REOPEN)
        clock.require_plausible(work.session, now)
        request = _request(work.session, request_id)
        reason = _reason(reason)
        if request.status not in CLOSED_STATUSES:
            raise StoreError(N_("Permohonan ini masih {status_label}; tidak perlu dibuka kembali."),
                             "status", status_label=status_label(request.status))
        if not reason:
            raise StoreError(N_("Alasan membuka kembali wajib diisi."), "reason")
        before = work.session.scalar(
            select(RequestEventRow.from_status)
            .where(RequestEventRow.request_id == request.id, RequestEventRow.kind == "status",
                   RequestEventRow.to_status == request.status)
            .order_by(RequestEventRow.id.desc()).limit(1))
        back = before if before in OPEN_STATUSES else IN_PROCESS
        closed = request.status
        _event(work, request, "reopen", reason, from_status=closed, to_status=back)
        work.audit("request.reopen", "request", request.id, {
            "ref": request.ref_number, "changes": {"status": [closed, back]}, "reason": reason,
            "collected_by": request.collected_by, "collector": request.collector_name,
            "product_number": request.product_number,
        })
        request.status = back
        request.closed_at = None
        request.collected_by = request.collector_name = request.product_number = ""
        work.session.flush()
        replan_due(work, request, "permohonan dibuka kembali")
        work.session.flush()
        work.changed(Change.REQUESTS)
        return work.done(get_request(work.session, request.id))


# --- the service's rule -----------------------------------------------------------------------------


def set_due_counting(db: Database, service_id: int, from_complete: bool) -> Done[int]:
    """Whether the service's time counts from a complete file (admin); open requests of the service get the
    due date the rule now gives them. The value is how many of them moved."""
    with writing(db) as work:
        work.require(access.STANDARDS_EDIT)
        service = work.session.get(Service, service_id, with_for_update=True)
        if service is None:
            raise NotFound(N_("Layanan tidak ditemukan."), "service")
        if service.time_from_complete == from_complete:
            return work.done(0)
        service.time_from_complete = from_complete
        work.session.flush()
        open_requests = work.session.scalars(
            select(ServiceRequest).where(ServiceRequest.service_id == service_id,
                                         ServiceRequest.status.in_(OPEN_STATUSES)).order_by(ServiceRequest.id))
        rule = "waktu layanan kini dihitung sejak berkas lengkap" if from_complete else (
            "waktu layanan kini dihitung sejak permohonan diterima")
        moved = 0
        for request in open_requests:
            before = request.due_date
            replan_due(work, request, rule)
            moved += request.due_date != before
        work.audit("service.due_counting", "service", service.id,
                   {"service": service.code, "changes": {"time_from_complete": [not from_complete, from_complete]},
                    "moved": moved})
        work.session.flush()
        work.changed(Change.CATALOGUE, Change.REQUESTS)
        return work.done(moved)
