"""The detail panel: visitor (masked), service and standard version, checklist, due date, timeline, actions.

NIK and phone show masked, with a RevealField's "Tampilkan" beside them: the store allows it
by role and writes it to the audit trail (UU 27/2022); a role without that permission sees no
button. The buttons are built with the first request shown, not at start: they come from the
accounts package, which painting the register does not need.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.nik import mask_nik
from desk.domain.office_time import to_local
from desk.domain.phone import mask_phone
from desk.domain.records import RequestEvent, RequestRecord
from desk.domain.status import (
    CANCELLED,
    CHANNEL_LABELS,
    DONE,
    IN_PROCESS,
    OPEN_STATUSES,
    REJECTED,
    TRANSITIONS,
    status_label,
)
from desk.domain.text_id import format_clock, format_datetime, format_long_date, format_numeric_date, tz_label
from desk.store.database import Database
from desk.ui.common import ERROR_COLOR, MUTED_STYLE

if TYPE_CHECKING:
    from desk.ui.accounts.reveal import RevealField

NIK, PHONE = "nik", "phone"  # the field names desk.store.reveal.reveal takes

# The status buttons, with a mnemonic each (Alt+letter) for the keyboard.
ACTIONS = (
    (IN_PROCESS, "Di&proses"),
    (DONE, "&Selesai (hasil diserahkan)"),
    (REJECTED, "Di&tolak"),
    (CANCELLED, "Dib&atalkan"),
)
EVENT_KINDS = {"print": "Dicetak", "note": "Catatan", "due_date": "Jatuh tempo diubah"}
SEX_LABELS = {"L": "Laki-laki", "P": "Perempuan"}


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


class DetailPanel(QWidget):
    """Shows one request; `status_requested(to_status)` when a status button is pressed."""

    status_requested = Signal(str)

    def __init__(self, tz_name: str, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz_name = tz_name
        self.db = db
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
        self.notes = _value_label("notes")
        service.addRow(self.tr("Layanan"), self.service)
        service.addRow(self.tr("Standar"), self.standard)
        service.addRow(self.tr("Diterima"), self.received)
        service.addRow(self.tr("Cara masuk"), self.channel)
        service.addRow(self.tr("Jatuh tempo"), self.due)
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
        body.addStretch(1)
        layout.addWidget(self.body)
        self.show_record(None)

    def show_record(self, record: RequestRecord | None, today: date | None = None) -> None:
        self.record = record
        self.placeholder.setVisible(record is None)
        self.body.setVisible(record is not None)
        if record is None:
            return
        overdue = today is not None and record.status in OPEN_STATUSES and record.due_date < today
        self.ref.setText(record.ref_number)
        status = escape(status_label(record.status))
        if overdue:
            status += f" — <span style='color:{ERROR_COLOR}'><b>{escape(self.tr('Terlambat'))}</b></span>"
        self.status.setText(self.tr("Status: {status}").format(status=status))
        allowed = TRANSITIONS.get(record.status, ())
        for target, button in self.action_buttons.items():
            button.setEnabled(target in allowed)
        self.actions.setVisible(bool(allowed))  # a closed request has nothing left to do

        sex = SEX_LABELS.get(record.visitor_sex or "", "")
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
        self.channel.setText(CHANNEL_LABELS.get(record.channel, record.channel))
        due = escape(format_long_date(record.due_date))
        if overdue:
            due += f" <span style='color:{ERROR_COLOR}'><b>({escape(self.tr('terlambat'))})</b></span>"
        self.due.setText(due)
        self.notes.setText(record.notes or "—")

        if record.checklist:
            lines = [
                f"<span style='color:#1e6b2f'>✓</span> {escape(item.text)}" if item.received
                else f"<span style='color:{ERROR_COLOR}'>✗</span> {escape(item.text)}"
                for item in record.checklist
            ]
            self.checklist.setText("<br>".join(lines))
        else:
            self.checklist.setText(self.tr("Tidak ada berkas yang diminta."))

        self.timeline.setText("".join(self._event_html(event) for event in record.events) or "—")

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
            change = status_label(event.to_status or "")
        elif event.kind == "status":
            change = f"{status_label(event.from_status or '')} → {status_label(event.to_status or '')}"
        else:
            change = self.tr(EVENT_KINDS.get(event.kind, event.kind))
        who = f" · {escape(event.user_name)}" if event.user_name else ""
        html = f"<span style='color:#555'>{escape(when)}{who}</span><br><b>{escape(change)}</b>"
        if event.reason:
            html += "<br>" + escape(self.tr("Alasan: {reason}").format(reason=event.reason))
        return f"<p style='margin-top:0; margin-bottom:6px'>{html}</p>"
