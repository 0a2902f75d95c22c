"""The chosen complaint beside the list: its facts, deadlines, timeline and attachments, and what can be done next.

Each possible next step is a button with its mnemonic (Alt+V verifikasi, Alt+T teruskan, Alt+D tindak
lanjut, Alt+S selesai, Alt+O tolak, Alt+W bukan kewenangan; none shared with the menu bar's Alt+B, L,
P, A); the panel only shows the record it is handed and asks the page to act (`step_requested`, ...),
which runs the operations.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desk.domain.complaint_records import ANONYMOUS, ComplaintRecord
from desk.domain.complaints import STAGE_LABELS, STAGE_OF, STEP_LABELS, ComplaintStatus, next_steps
from desk.domain.messages import N_
from desk.domain.text_id import format_numeric_date
from desk.store.complaint_files import MEDIA_LABELS
from desk.ui.common import ERROR_STYLE, MUTED_STYLE, short_datetime, tr
from desk.ui.screen_text import format_date, format_number
from desk.ui.translations import translated

STEP_TEXT: dict[ComplaintStatus, str] = {
    ComplaintStatus.VERIFIED: N_("&Verifikasi…"),
    ComplaintStatus.FORWARDED: N_("&Teruskan ke unit…"),
    ComplaintStatus.FOLLOWED_UP: N_("Tin&dak lanjut…"),
    ComplaintStatus.DONE: N_("&Selesai dan jawab…"),
    ComplaintStatus.REJECTED: N_("T&olak…"),
    ComplaintStatus.NOT_OURS: N_("Bukan ke&wenangan…"),
}


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{format_number(size / (1024 * 1024), 1)} MB"


def deadline_text(record: ComplaintRecord) -> str:
    """"Batas verifikasi: Kamis, 5 November 2026 — terlambat" for the stage the complaint is in."""
    if record.next_due is None:
        return ""
    stage = STAGE_OF.get(ComplaintStatus(record.status), "")
    text = tr("Batas {stage}: {day}").format(stage=translated(STAGE_LABELS.get(stage, "")),
                                             day=format_date(record.next_due))
    return text + (tr(" — terlambat") if record.overdue else "")



def complainant_text(complainant: str) -> str:
    """The complainant as the store names them: a name (or its mask) as entered, the anonymous placeholder in the
    screen's language."""
    return translated(ANONYMOUS) if complainant == ANONYMOUS else complainant

class ComplaintDetail(QWidget):
    step_requested = Signal(object)  # ComplaintStatus
    print_receipt = Signal()
    print_reply = Signal()
    add_attachment = Signal()
    save_attachment = Signal(int)  # attachment id
    reveal_contact = Signal()

    def __init__(self, tz: str, *, may_handle: bool, may_record: bool, may_reveal: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_detail")
        self.tz = tz
        self.may_handle, self.may_record, self.may_reveal = may_handle, may_record, may_reveal
        self.record: ComplaintRecord | None = None
        layout = QVBoxLayout(self)
        self.number = QLabel()
        self.number.setObjectName("number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.number.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_button = QPushButton(self.tr("Tampilkan &kontak"))
        self.contact_button.setObjectName("reveal_contact")
        self.contact_button.clicked.connect(self.reveal_contact)
        for widget in (self.number, self.status, self.deadline, self.facts):
            layout.addWidget(widget)
        layout.addWidget(self.contact_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.steps_row = QGridLayout()
        self.step_buttons: dict[ComplaintStatus, QPushButton] = {}
        for status, text in STEP_TEXT.items():
            button = QPushButton(tr(text))
            button.setObjectName(f"step_{status.value}")
            button.clicked.connect(lambda _checked=False, s=status: self.step_requested.emit(s))
            self.step_buttons[status] = button
        layout.addLayout(self.steps_row)
        papers = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Cetak tanda te&rima…"))
        self.receipt_button.setObjectName("print_receipt")
        self.receipt_button.clicked.connect(self.print_receipt)
        self.reply_button = QPushButton(self.tr("Cetak &jawaban…"))
        self.reply_button.setObjectName("print_reply")
        self.reply_button.clicked.connect(self.print_reply)
        papers.addWidget(self.receipt_button)
        papers.addWidget(self.reply_button)
        papers.addStretch(1)
        layout.addLayout(papers)

        layout.addWidget(QLabel(self.tr("<b>Riwayat</b>")))
        self.timeline = QLabel()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.timeline)
        layout.addWidget(QLabel(self.tr("<b>Lampiran</b>")))
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.attachments)
        files = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Tambah la&mpiran…"))
        self.attach_button.setObjectName("add_attachment")
        self.attach_button.clicked.connect(self.add_attachment)
        self.save_file_button = QPushButton(self.tr("Simpan lampiran…"))
        self.save_file_button.setObjectName("save_attachment")
        self.save_file_button.clicked.connect(self._save_attachment)
        files.addWidget(self.attach_button)
        files.addWidget(self.save_file_button)
        files.addStretch(1)
        layout.addLayout(files)
        self.attachment_note = QLabel()
        self.attachment_note.setObjectName("attachment_note")
        self.attachment_note.setWordWrap(True)
        self.attachment_note.hide()
        layout.addWidget(self.attachment_note)
        layout.addStretch(1)
        self.show_record(None)

    def _save_attachment(self) -> None:
        item = self.attachments.currentItem()
        if item is not None:
            self.save_attachment.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_problem(self, text: str) -> None:
        """A refused attachment, in red under the list; cleared by the next record shown."""
        self.attachment_note.setStyleSheet(ERROR_STYLE)
        self.attachment_note.setText(text)
        self.attachment_note.setVisible(bool(text))

    def show_record(self, record: ComplaintRecord | None) -> None:
        self.record = record
        self.attachment_note.hide()
        has = record is not None
        for widget in (self.status, self.deadline, self.facts, self.receipt_button, self.reply_button,
                       self.attachments, self.attach_button, self.save_file_button):
            widget.setVisible(has)
        if record is None:
            self.number.setText(self.tr("Pilih pengaduan di daftar."))
            self.facts.clear()
            self.timeline.clear()
            self.attachments.clear()
            self.contact_button.hide()
            for button in self.step_buttons.values():
                button.hide()
            return
        self.number.setText(record.number)
        self.status.setText(translated(record.status_label))
        self.deadline.setText(deadline_text(record))
        self.deadline.setStyleSheet(ERROR_STYLE if record.overdue else MUTED_STYLE)
        self.deadline.setVisible(bool(self.deadline.text()))
        self.facts.setText(self._facts_html(record))
        self.contact_button.setVisible(self.may_reveal and bool(record.phone_masked or record.email_masked))
        allowed = set(next_steps(record.status)) if self.may_handle else set()
        shown = [button for status, button in self.step_buttons.items() if status in allowed]
        for button in self.step_buttons.values():
            self.steps_row.removeWidget(button)
            button.setVisible(button in shown)
        for i, button in enumerate(shown):  # two a row, the flow's next step first
            self.steps_row.addWidget(button, i // 2, i % 2)
        self.reply_button.setVisible(ComplaintStatus(record.status) in
                                     (ComplaintStatus.DONE, ComplaintStatus.REJECTED, ComplaintStatus.NOT_OURS))
        self.timeline.setText(self._timeline_html(record))
        self.attachments.clear()
        for info in record.attachments:
            self.attachments.addItem(f"{info.file_name} — {MEDIA_LABELS.get(info.media_type, info.media_type)}, "
                                     f"{size_text(info.size)}")
            self.attachments.item(self.attachments.count() - 1).setData(Qt.ItemDataRole.UserRole, info.id)
        self.attachments.setVisible(bool(record.attachments))
        self.attach_button.setVisible(self.may_record and not record.anonymised)
        self.save_file_button.setVisible(self.may_reveal and bool(record.attachments))
        if record.attachments:
            self.attachments.setCurrentRow(0)

    def _facts_html(self, r: ComplaintRecord) -> str:
        def row(label: str, value: str) -> str:
            return f"<tr><td style='color:#555;padding-right:8px'>{escape(label)}</td><td>{escape(value)}</td></tr>" \
                if value else ""

        channel = translated(r.channel_label) + (f" · Tracking ID {r.lapor_id}" if r.lapor_id else "")
        contact = " · ".join(v for v in (r.phone_masked, r.email_masked) if v)
        who = complainant_text(r.complainant) + ("" if r.identity_shown or r.anonymous else self.tr(" (disamarkan)"))
        due = r.due
        rows = "".join([
            row(self.tr("Jenis"), translated(r.kind_label)), row(self.tr("Saluran"), channel),
            row(self.tr("Diterima"), f"{short_datetime(r.received_at, self.tz)} · {r.received_by}"),
            row(self.tr("Pelapor"), who), row(self.tr("Kontak"), contact), row(self.tr("Alamat"), r.address),
            row(self.tr("Dihubungi"), (self.tr("bersedia") if r.contact_consent else self.tr("tidak bersedia"))
                if not r.anonymous else ""),
            row(self.tr("Unit"), r.unit_name), row(self.tr("Layanan"), r.service_name),
            row(self.tr("Permohonan"), r.request_number),
            row(self.tr("Batas waktu"), self.tr("verifikasi {verify} · tanggapan {respond} · selesai {complete}").format(
                verify=format_numeric_date(due.verify), respond=format_numeric_date(due.respond),
                complete=format_numeric_date(due.complete))),
        ])
        text = "<br/>".join(escape(line) for line in r.description.split("\n")) or \
            escape(self.tr("(isi dihapus pada masa retensi)"))
        closing = ""
        if r.answer:
            label = escape(self.tr("Jawaban"))
            closing = f"<p><b>{label}:</b> {escape(r.answer)}</p>"
        elif r.reason:
            label = escape(self.tr("Alasan"))
            closing = f"<p><b>{label}:</b> {escape(r.reason)}</p>"
        return f"<p><b>{escape(r.subject)}</b></p><table>{rows}</table><p>{text}</p>{closing}"

    def _timeline_html(self, r: ComplaintRecord) -> str:
        lines = []
        for e in r.events:
            extra = " — ".join(v for v in (f"{e.unit_name} ({e.addressee})" if e.unit_name and e.addressee
                                           else e.unit_name, e.note) if v)
            lines.append(f"{escape(short_datetime(e.at, self.tz))} <b>{escape(translated(e.label))}</b> "
                         f"<span style='color:#555'>{escape(e.user_name)}</span>"
                         + (f"<br/>&nbsp;&nbsp;{escape(extra)}" if extra else ""))
        return "<br/>".join(lines)

    def step_label(self, status: ComplaintStatus) -> str:
        return STEP_LABELS[status]
