"""The detail panel: visitor (masked), service and standard version, the file, due date, timeline, actions.

NIK and phone show masked, with a RevealField's "Tampilkan" beside them: the store allows it
by role and writes it to the audit trail (UU 27/2022); a role without that permission sees no
button. The buttons are built with the first request shown, not at start: they come from the
accounts package, which painting the register does not need.

The checklist of an open request can be ticked here when the visitor brings a document later
(Space ticks, "Simpan berkas" saves); the panel only shows and asks, the register page runs the
operations.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.checklist import due_note, missing_mandatory
from desk.domain.messages import N_
from desk.domain.nik import mask_nik
from desk.domain.office_time import to_local
from desk.domain.phone import mask_phone
from desk.domain.records import RequestEvent, RequestRecord
from desk.domain.status import (
    BY_REPRESENTATIVE,
    CANCELLED,
    CHANNEL_LABELS,
    CLOSED_STATUSES,
    DONE,
    IN_PROCESS,
    OPEN_STATUSES,
    REJECTED,
    TRANSITIONS,
    status_label,
)
from desk.domain.text_id import format_clock, format_numeric_date, tz_label
from desk.store import access
from desk.store.database import Database
from desk.ui.common import ERROR_COLOR, MUTED_STYLE, OK_COLOR, actor_on_duty, may
from desk.ui.screen_text import format_datetime, format_long_date
from desk.ui.translations import translated

if TYPE_CHECKING:
    from desk.ui.accounts.reveal import RevealField

NIK, PHONE = "nik", "phone"  # the field names desk.store.reveal.reveal takes

# The status buttons, with a mnemonic each (Alt+letter) for the keyboard; "…" where a dialog asks first.
# The letters are unique in the main window: B, L, P, A and N open its menus, D, M and U are filters.
ACTIONS = (
    (IN_PROCESS, N_("Dipr&oses")),
    (DONE, N_("&Selesai (hasil diserahkan)…")),
    (REJECTED, N_("Di&tolak…")),
    (CANCELLED, N_("Dibatal&kan…")),
)
EVENT_KINDS = {"print": N_("Dicetak"), "note": N_("Catatan"), "due_date": N_("Jatuh tempo diubah"),
               "correction": N_("Koreksi data"), "documents": N_("Berkas persyaratan")}
SEX_LABELS = {"L": N_("Laki-laki"), "P": N_("Perempuan")}


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _with_room_for_button(label: QLabel) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label, 1)
    return holder


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label


class ChecklistEditor(QListWidget):
    """The file's checklist, ticked with Space; as tall as its lines (the panel scrolls, not the list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_editor")
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model().rowsInserted.connect(lambda *_: self._fit())

    def fill(self, record: RequestRecord) -> None:
        self.blockSignals(True)
        self.clear()
        for item in record.checklist:
            line = QListWidgetItem(item.text + (self.tr(" (tidak wajib)") if item.optional else ""))
            line.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            line.setCheckState(Qt.CheckState.Checked if item.received else Qt.CheckState.Unchecked)
            self.addItem(line)
        self.blockSignals(False)
        self.setCurrentRow(0)
        self._fit()

    def ticks(self) -> tuple[bool, ...]:
        return tuple(self.item(row).checkState() == Qt.CheckState.Checked for row in range(self.count()))

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(0, self._fit)  # once the lines are wrapped to the new width

    def _fit(self) -> None:
        """As tall as every line needs at the width it has: the whole checklist, never a scrolled part of it."""
        minimum = self.fontMetrics().height() + 8
        if not self.count():
            self.setFixedHeight(minimum)
            return
        self.doItemsLayout()
        last = self.visualRect(self.model().index(self.count() - 1, 0))
        bottom = last.bottom() + 1 + self.verticalOffset()
        self.setFixedHeight(max(bottom + 2 * self.frameWidth() + 2, minimum))
        self.scrollToTop()


class DetailPanel(QWidget):
    """Shows one request; asks for what the officer wants done with it (the page runs the operations).

    `status_requested(to_status)`, `correct_requested()`, `reopen_requested()`,
    `documents_requested(ticks)`.
    """

    status_requested = Signal(str)
    correct_requested = Signal()
    reopen_requested = Signal()
    documents_requested = Signal(object)  # tuple[bool, ...]

    def __init__(self, tz_name: str, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz_name = tz_name
        self.db = db
        actor = actor_on_duty(db)
        self.may_change_status = may(actor, access.STATUS)
        self.may_edit = may(actor, access.REQUEST_EDIT)
        self.may_reopen = may(actor, access.REQUEST_REOPEN)
        self.reveals: dict[str, RevealField] = {}  # "nik" / "phone", built with the first request shown
        self.record: RequestRecord | None = None
        layout = QVBoxLayout(self)

        self.placeholder = QLabel(self.tr("Pilih permohonan di tabel untuk melihat rinciannya."))
        self.placeholder.setStyleSheet(MUTED_STYLE)
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.ref = _value_label("ref")
        self.ref.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.status = _value_label("status")
        body.addWidget(self.ref)
        body.addWidget(self.status)

        self.actions = QWidget()
        actions = QGridLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.action_buttons: dict[str, QPushButton] = {}
        for position, (target, text) in enumerate(ACTIONS):
            button = QPushButton(self.tr(text))
            button.setObjectName(f"status_{target}")
            button.clicked.connect(lambda _checked=False, t=target: self.status_requested.emit(t))
            actions.addWidget(button, position // 2, position % 2)
            self.action_buttons[target] = button
        body.addWidget(self.actions)
        more = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Koreks&i data…"))
        self.correct_button.setObjectName("correct")
        self.correct_button.setToolTip(self.tr("Betulkan data pemohon, catatan, cara masuk (dan layanan selama "
                                               "berstatus Diterima)"))
        self.correct_button.clicked.connect(self.correct_requested.emit)
        self.reopen_button = QPushButton(self.tr("Buka k&embali…"))
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.setToolTip(self.tr("Admin: buka lagi permohonan yang sudah ditutup, dengan alasan"))
        self.reopen_button.clicked.connect(self.reopen_requested.emit)
        more.addWidget(self.correct_button)
        more.addWidget(self.reopen_button)
        more.addStretch(1)
        body.addLayout(more)

        body.addWidget(_heading(self.tr("Pemohon")))
        visitor = QFormLayout()
        self.visitor_name = _value_label("visitor_name")
        self.nik = _value_label("nik")  # the mask, the revealed value, or why it was refused
        self.phone = _value_label("phone")
        self.address = _value_label("address")
        self.organisation = _value_label("organisation")
        visitor.addRow(self.tr("Nama"), self.visitor_name)
        visitor.addRow(self.tr("NIK"), _with_room_for_button(self.nik))
        visitor.addRow(self.tr("Nomor HP"), _with_room_for_button(self.phone))
        visitor.addRow(self.tr("Alamat"), self.address)
        visitor.addRow(self.tr("Organisasi"), self.organisation)
        body.addLayout(visitor)

        body.addWidget(_heading(self.tr("Layanan")))
        service = QFormLayout()
        self.service = _value_label("service")
        self.standard = _value_label("standard")
        self.received = _value_label("received")
        self.channel = _value_label("channel")
        self.due = _value_label("due")
        self.due.setTextFormat(Qt.TextFormat.RichText)
        self.file = _value_label("file")
        self.file.setTextFormat(Qt.TextFormat.RichText)
        self.collected = _value_label("collected")
        self.notes = _value_label("notes")
        service.addRow(self.tr("Layanan"), self.service)
        service.addRow(self.tr("Standar"), self.standard)
        service.addRow(self.tr("Diterima"), self.received)
        service.addRow(self.tr("Cara masuk"), self.channel)
        service.addRow(self.tr("Jatuh tempo"), self.due)
        service.addRow(self.tr("Berkas"), self.file)
        self.collected_caption = QLabel(self.tr("Diambil oleh"))
        service.addRow(self.collected_caption, self.collected)
        service.addRow(self.tr("Catatan"), self.notes)
        body.addLayout(service)

        # The timeline is short and is what a status change adds to: it comes before the long checklist.
        body.addWidget(_heading(self.tr("Riwayat")))
        # A column of short entries rather than a four-column table: the panel is narrow.
        self.timeline = _value_label("timeline")
        self.timeline.setTextFormat(Qt.TextFormat.RichText)
        body.addWidget(self.timeline)

        body.addWidget(_heading(self.tr("Berkas persyaratan")))
        self.checklist = _value_label("checklist")
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        body.addWidget(self.checklist)
        self.checklist_editor = ChecklistEditor()
        self.checklist_editor.itemChanged.connect(lambda _item: self._ticks_changed())
        body.addWidget(self.checklist_editor)
        self.documents_hint = QLabel(self.tr("Centang berkas yang dibawa kemudian (Spasi), lalu simpan."))
        self.documents_hint.setWordWrap(True)
        self.documents_hint.setStyleSheet(MUTED_STYLE)
        body.addWidget(self.documents_hint)
        self.save_documents = QPushButton(self.tr("Simpan be&rkas"))
        self.save_documents.setObjectName("save_documents")
        self.save_documents.clicked.connect(lambda: self.documents_requested.emit(self.checklist_editor.ticks()))
        body.addWidget(self.save_documents, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        layout.addWidget(self.body)
        self.show_record(None)

    def show_record(self, record: RequestRecord | None, today: date | None = None) -> None:
        self.record = record
        self.placeholder.setVisible(record is None)
        self.body.setVisible(record is not None)
        if record is None:
            return
        is_open = record.status in OPEN_STATUSES
        overdue = today is not None and is_open and record.due_date < today and not record.awaiting_documents
        self.ref.setText(record.ref_number)
        status = escape(translated(status_label(record.status)))
        if overdue:
            late = escape(self.tr("Terlambat"))
            status += f" — <span style='color:{ERROR_COLOR}'><b>{late}</b></span>"
        self.status.setText(self.tr("Status: {status}").format(status=status))
        allowed = TRANSITIONS.get(record.status, ())
        for target, button in self.action_buttons.items():
            button.setEnabled(target in allowed)
        self.actions.setVisible(bool(allowed) and self.may_change_status)  # a closed request has nothing left to do
        self.correct_button.setVisible(self.may_edit)
        self.reopen_button.setVisible(self.may_reopen and record.status in CLOSED_STATUSES)

        sex = translated(SEX_LABELS.get(record.visitor_sex or "", ""))
        self.visitor_name.setText(f"{record.visitor_name} ({sex})" if sex else record.visitor_name)
        # Masked again on every record shown, a revealed value included.
        self._show_masked(NIK, self.nik, record.visitor_id, mask_nik(record.visitor_nik) if record.visitor_nik else "")
        self._show_masked(PHONE, self.phone, record.visitor_id,
                          mask_phone(record.visitor_phone) if record.visitor_phone else "")
        place = ", ".join(p for p in (record.visitor_address, record.visitor_desa, record.visitor_kecamatan) if p)
        self.address.setText(place or "—")
        self.organisation.setText(record.organisation or "—")

        self.service.setText(f"{record.service_code} — {record.service_name} ({record.unit_name})")
        self.standard.setText(self.tr("versi {number}").format(number=record.standard_version_no))
        received = format_datetime(record.received_at, self.tz_name)
        if record.received_by:
            received = self.tr("{when}, oleh {officer}").format(when=received, officer=record.received_by)
        self.received.setText(received)
        self.channel.setText(translated(CHANNEL_LABELS.get(record.channel, record.channel)))
        due = escape(format_long_date(record.due_date))
        note = due_note(record.awaiting_documents, record.time_from_complete, record.completed_on, record.due_from)
        if note:
            due += f" <span style='color:#555'>({escape(self.tr(note))})</span>"
        if overdue:
            late = escape(self.tr("terlambat"))
            due += f" <span style='color:{ERROR_COLOR}'><b>({late})</b></span>"
        self.due.setText(due)
        self.file.setText(self._file_text(record))
        collected = self._collected_text(record)
        self.collected.setText(collected)
        self.collected.setVisible(bool(collected))
        self.collected_caption.setVisible(bool(collected))
        self.notes.setText(record.notes or "—")

        editable = is_open and self.may_edit and bool(record.checklist)
        self.checklist.setVisible(not editable)
        self.checklist_editor.setVisible(editable)
        self.documents_hint.setVisible(editable)
        self.save_documents.setVisible(editable)
        if editable:
            self.checklist_editor.fill(record)
            self._ticks_changed()
        elif record.checklist:
            lines = [
                f"<span style='color:{OK_COLOR}'>✓</span> {escape(item.text)}" if item.received
                else f"<span style='color:{ERROR_COLOR}'>✗</span> {escape(item.text)}"
                for item in record.checklist
            ]
            self.checklist.setText("<br>".join(lines))
        else:
            self.checklist.setText(self.tr("Tidak ada berkas yang diminta."))

        self.timeline.setText("".join(self._event_html(event) for event in record.events) or "—")

    def _file_text(self, record: RequestRecord) -> str:
        if not record.checklist:
            return escape(self.tr("tidak ada berkas yang diminta"))
        missing = missing_mandatory((item.text, item.received) for item in record.checklist)
        if not missing:
            since = self.tr(", sejak {day}").format(day=format_long_date(record.completed_on)) if (
                record.completed_on) else ""
            complete = escape(self.tr("lengkap") + since)
            return f"<span style='color:{OK_COLOR}'>{complete}</span>"
        short = escape(self.tr("belum lengkap: %n berkas wajib belum diterima", "", len(missing)))
        return f"<span style='color:{ERROR_COLOR}'>{short}</span>"

    def _collected_text(self, record: RequestRecord) -> str:
        if record.status != DONE or not record.collected_by:
            return ""
        who = (self.tr("kuasa, {name}").format(name=record.collector_name) if record.collected_by == BY_REPRESENTATIVE
               else self.tr("pemohon sendiri"))
        if record.product_number:
            who += self.tr("; nomor produk {number}").format(number=record.product_number)
        return who

    def _ticks_changed(self) -> None:
        record = self.record
        changed = record is not None and self.checklist_editor.ticks() != tuple(c.received for c in record.checklist)
        self.save_documents.setEnabled(changed)

    def _show_masked(self, field: str, label: QLabel, visitor_id: int, masked: str) -> None:
        label.setText(masked or "—")
        self._reveal(field, label).set_value(visitor_id, masked)

    def _reveal(self, field: str, label: QLabel) -> RevealField:
        """The "Tampilkan" button beside `label`; the full value, the mask or a refusal shows in `label`."""
        reveal = self.reveals.get(field)
        if reveal is None:
            from desk.ui.accounts.reveal import RevealField, acting_user  # on first use: see the module doc

            reveal = RevealField(self.db, acting_user(self.db), field)
            reveal.setObjectName(f"reveal_{field}")
            reveal.label.hide()
            reveal.shown.connect(label.setText)
            reveal.refused.connect(label.setText)
            reveal.masked_again.connect(lambda: label.setText(reveal.masked))
            holder = label.parentWidget()
            row = holder.layout() if holder is not None else None
            assert row is not None  # _with_room_for_button
            row.addWidget(reveal)
            reveal.show()  # at once, not when the layout's queued show comes round
            self.reveals[field] = reveal
        return reveal

    def _event_html(self, event: RequestEvent) -> str:
        local = to_local(event.at, self.tz_name)
        when = f"{format_numeric_date(local.date())} {format_clock(local)} {tz_label(self.tz_name)}"
        if event.kind == "status" and event.from_status is None:
            change = translated(status_label(event.to_status or ""))
        elif event.kind == "status":
            change = f"{translated(status_label(event.from_status or ''))} → {translated(status_label(event.to_status or ''))}"
        elif event.kind == "reopen":
            change = self.tr("Dibuka kembali: {old} → {new}").format(
                old=translated(status_label(event.from_status or "")), new=translated(status_label(event.to_status or "")))
        else:
            change = self.tr(EVENT_KINDS.get(event.kind, event.kind))
        who = f" · {escape(event.user_name)}" if event.user_name else ""
        html = f"<span style='color:#555'>{escape(when)}{who}</span><br><b>{escape(change)}</b>"
        if event.reason:
            label = "Alasan: {reason}" if event.kind in ("status", "reopen") and event.to_status != DONE else "{reason}"
            html += "<br>" + escape(self.tr(label).format(reason=event.reason))
        return f"<p style='margin-top:0; margin-bottom:6px'>{html}</p>"
