"""The notulen (agenda, discussion points, conclusions) and the berita acara (text and agreed outcomes).

The agenda and the discussion points are tables typed into like a sheet (time and item; speaker,
unsur, point and response), so nothing has to be separated by hand. Conclusions and outcomes are
one per line. The speaker is offered from the participants, and a speaker who is a participant
brings their unsur along; the public's representative who signs the berita acara is picked from
the participants present (or typed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.domain.document_kinds import DocumentKind
from desk.domain.forum_rules import (
    UNSUR,
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    MinutesContent,
    ParticipantRecord,
    unsur_label,
)
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, may, message_label, show_message
from desk.ui.forums import printing
from desk.ui.forums.common import tr
from desk.ui.forums.rows_table import Column, RowsTable
from desk.ui.operations import publish
from desk.ui.translations import error_text
from desk.ui.widgets.buttons import button_row, push_button

UNSUR_CHOICES: tuple[tuple[str, str], ...] = (("", ""), *((u.code, u.label) for u in UNSUR))
SPEAKER, UNSUR_COLUMN, POINT, RESPONSE = range(4)


def lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    # Spare height goes to the tables and texts being written, not into gaps around the hints.
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


class Form(QGridLayout):
    """Labels left, fields right, like a QFormLayout, but a row can take the spare height (`stretch`)."""

    def addRow(self, label: str, field: QWidget, stretch: int = 0) -> None:
        row = self.rowCount()
        if label:
            caption = QLabel(label)
            caption.setBuddy(field)
            # Beside a one-line field its label sits on the same line; above a box, at its top.
            one_line = isinstance(field, (QLineEdit, QComboBox))
            vertical = Qt.AlignmentFlag.AlignVCenter if one_line else Qt.AlignmentFlag.AlignTop
            self.addWidget(caption, row, 0, vertical | Qt.AlignmentFlag.AlignLeft)
        self.addWidget(field, row, 1)
        self.setRowStretch(row, stretch)


class ForumReportPanel(QWidget):
    """A forum document written as a form: stored with Save, then previewed for printing (stored first).

    A subclass names its document (`KIND`, `FILE_STEM`, the texts of its buttons and of "saved"),
    adds its rows to the form, and moves its content between the form and the store.
    """

    KIND: DocumentKind = DocumentKind.MINUTES  # the print log's kind, and the stem of the widgets' names
    FILE_STEM = ""  # the suggested PDF name: "<stem>-forum-<id>.pdf"

    def __init__(self, db: Database, parent: QWidget | None, *, save_text: str, pdf_text: str,
                 saved_text: str) -> None:
        super().__init__(parent)
        self.db = db
        self.forum_id: int | None = None
        self.participants: tuple[ParticipantRecord, ...] = ()
        self._saved_text = saved_text
        self._baseline: Any = None  # what the form held when last filled or saved: typing since is kept
        self.preview: Any = None
        self.form = Form()
        self.build_form(self.form)
        self.message = message_label(f"{self.KIND.value}_message")
        self.save_button = push_button(save_text, self.save, f"save_{self.KIND.value}")
        self.save_button.setVisible(may(db.actor, access.FORUM_EDIT))
        self.pdf_button = push_button(pdf_text, self.print_document, f"{self.KIND.value}_pdf")
        self.pdf_button.setVisible(may(db.actor, access.PRINT))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.save_button, self.pdf_button, right=True))

    # --- what a document says -------------------------------------------------------------------

    def build_form(self, form: Form) -> None:
        raise NotImplementedError

    def fill_form(self, content: Any) -> None:
        """Put the stored content in the form; None (no forum chosen) empties it."""
        raise NotImplementedError

    def content(self) -> Any:
        raise NotImplementedError

    def store(self, forum_id: int) -> Any:
        """Save what the form holds with the store operation; returns its Done."""
        raise NotImplementedError

    def build(self, data: forums.ForumPrintData, paper: str, copy_no: int) -> bytes:
        raise NotImplementedError

    def offer_participants(self) -> None:
        """Refresh what the form offers from `participants` (names, representatives), keeping what is typed."""

    # --- the same for every document ------------------------------------------------------------

    @property
    def has_unsaved_input(self) -> bool:
        return self._baseline is not None and self.content() != self._baseline

    def show_content(self, forum_id: int | None, content: Any, participants: tuple[ParticipantRecord, ...]) -> None:
        """The stored content of the forum chosen (None: no forum). Typing not saved yet on the same
        forum stays: a check-in at the door must not wipe the notulen being written."""
        self.participants = participants
        if forum_id is not None and forum_id == self.forum_id and self.has_unsaved_input:
            self.offer_participants()
            return
        self.forum_id = forum_id
        self.fill_form(content)
        self.offer_participants()
        self._baseline = self.content()
        show_message(self.message, "")

    def save(self) -> bool:
        if self.forum_id is None:
            return False
        try:
            done = self.store(self.forum_id)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return False
        self._baseline = self.content()
        publish(self, done.changes)
        show_message(self.message, self._saved_text)
        return True

    def print_document(self) -> None:
        """Save first (an editor's typing goes on the paper), then preview it for printing."""
        if self.forum_id is None or (may(self.db.actor, access.FORUM_EDIT) and not self.save()):
            return
        self.preview = printing.open_forum_document(
            self, self.db, self.forum_id, self.KIND, self.build, suggested_name=f"{self.FILE_STEM}-forum-{self.forum_id}.pdf")


class MinutesPanel(ForumReportPanel):
    """The notulen: agenda, discussion points, conclusions, minute taker."""

    KIND, FILE_STEM = DocumentKind.MINUTES, "notulen"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent, save_text=tr("&Simpan notulen"), pdf_text=tr("&Cetak notulen…"),
                         saved_text=tr("Notulen tersimpan."))

    def build_form(self, form: Form) -> None:
        self.agenda = RowsTable((Column(tr("Waktu"), width=14), Column(tr("Acara"), stretch=True)), "agenda")
        # A handful of agenda lines; the discussion below takes the rest of the height.
        self.agenda.setMaximumHeight(self.agenda.verticalHeader().defaultSectionSize() * 6
                                     + self.agenda.horizontalHeader().sizeHint().height() + 4)
        self.discussion = RowsTable((
            Column(tr("Pembicara"), width=22), Column(tr("Unsur"), choices=UNSUR_CHOICES, width=22),
            Column(tr("Pokok bahasan"), stretch=True), Column(tr("Tanggapan"), stretch=True),
        ), "discussion")
        self.discussion.itemChanged.connect(self._speaker_unsur)
        self.conclusions = QPlainTextEdit()
        self.conclusions.setObjectName("conclusions")
        self.conclusions.setTabChangesFocus(True)
        self.conclusions.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.minute_taker = QLineEdit()
        self.minute_taker.setObjectName("minute_taker")
        form.addRow(tr("Susunan &acara"), self.agenda)
        form.addRow(tr("&Pembahasan"), self.discussion, stretch=1)
        form.addRow("", _hint(tr("Ketik langsung di sel; Tab ke sel berikutnya; baris baru selalu tersedia di "
                                 "bawah. Insert menyisipkan baris, Ctrl+Delete menghapus baris.")))
        form.addRow(tr("&Kesimpulan"), self.conclusions)
        form.addRow("", _hint(tr("Satu kesimpulan per baris; nomor diberikan otomatis.")))
        form.addRow(tr("&Notulis"), self.minute_taker)

    def offer_participants(self) -> None:
        speaker = self.discussion.columns[SPEAKER]
        self.discussion.columns[SPEAKER] = Column(speaker.title, speaker.stretch, speaker.choices, speaker.width,
                                                  tuple(p.name for p in self.participants))

    def _speaker_unsur(self, item: Any) -> None:
        """A speaker who is a participant brings their unsur, unless one is already chosen."""
        if item.column() != SPEAKER or self.discussion.value(item.row(), UNSUR_COLUMN):
            return
        name = self.discussion.value(item.row(), SPEAKER).casefold()
        person = next((p for p in self.participants if p.name.casefold() == name), None)
        if person is not None:
            self.discussion.set_value(item.row(), UNSUR_COLUMN, person.unsur)

    def fill_form(self, content: MinutesContent | None) -> None:
        content = content or MinutesContent()
        self.agenda.set_rows([[a.time_text, a.text] for a in content.agenda])
        self.discussion.set_rows([[d.speaker, d.unsur, d.point, d.response] for d in content.discussion])
        self.conclusions.setPlainText("\n".join(content.conclusions))
        self.minute_taker.setText(content.minute_taker)

    def content(self) -> MinutesContent:
        agenda = tuple(AgendaItem(when, text) for when, text in self.agenda.rows())
        discussion = tuple(DiscussionPoint(*row) for row in self.discussion.rows())
        return MinutesContent(agenda, discussion, tuple(lines(self.conclusions)), self.minute_taker.text())

    def store(self, forum_id: int) -> Any:
        return forums.save_minutes(self.db, forum_id, self.content())

    def build(self, data: forums.ForumPrintData, paper: str, copy_no: int) -> bytes:
        from desk.documents.notulen import render_notulen  # ReportLab only when asked for

        return render_notulen(data.office, data.forum, data.minutes, data.recap, paper=paper, copy_no=copy_no,
                              now=data.now)


class BeritaAcaraPanel(ForumReportPanel):
    """The berita acara: number, opening, agreed outcomes, and the public's representative who signs."""

    KIND, FILE_STEM = DocumentKind.BERITA_ACARA, "berita-acara"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent, save_text=tr("&Simpan berita acara"), pdf_text=tr("&Cetak berita acara…"),
                         saved_text=tr("Berita acara tersimpan."))

    def build_form(self, form: Form) -> None:
        self.number = QLineEdit()
        self.number.setObjectName("ba_number")
        self.opening = QPlainTextEdit()
        self.opening.setObjectName("ba_opening")
        self.opening.setTabChangesFocus(True)
        self.opening.setFixedHeight(80)
        self.outcomes = QPlainTextEdit()
        self.outcomes.setObjectName("ba_outcomes")
        self.outcomes.setTabChangesFocus(True)
        self.representative = QComboBox()
        self.representative.setObjectName("ba_representative")
        self.representative.setEditable(True)
        self.representative.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.representative.lineEdit().setPlaceholderText(tr("pilih dari peserta yang hadir, atau ketik nama"))
        self.representative.activated.connect(self._representative_chosen)
        self.role = QLineEdit()
        self.role.setObjectName("ba_role")
        self.institution = QLineEdit()
        self.institution.setObjectName("ba_institution")
        form.addRow(tr("&Nomor"), self.number)
        form.addRow(tr("P&embukaan"), self.opening)
        form.addRow("", _hint(tr("Kosongkan untuk kalimat baku \"Pada hari ini … tanggal … telah dilaksanakan …\".")))
        form.addRow(tr("&Hasil kesepakatan"), self.outcomes, stretch=1)
        form.addRow("", _hint(tr("Satu kesepakatan per baris; nomor diberikan otomatis.")))
        form.addRow(tr("&Wakil masyarakat"), self.representative)
        form.addRow(tr("Seb&agai"), self.role)
        form.addRow(tr("&Instansi / unsur"), self.institution)

    def offer_participants(self) -> None:
        typed = self.representative.currentText()
        self.representative.blockSignals(True)
        self.representative.clear()
        for person in self.participants:
            if person.present:
                where = person.institution or unsur_label(person.unsur)
                self.representative.addItem(f"{person.name} — {where}", person)
        self.representative.setCurrentIndex(-1)
        self.representative.setEditText(typed)
        self.representative.blockSignals(False)

    def _representative_chosen(self, index: int) -> None:
        person = self.representative.itemData(index)
        if not isinstance(person, ParticipantRecord):
            return
        self.representative.setEditText(person.name)
        self.institution.setText(person.institution or unsur_label(person.unsur))
        if not self.role.text().strip():
            self.role.setText(tr("Wakil Masyarakat"))

    def fill_form(self, content: BeritaAcaraContent | None) -> None:
        content = content or BeritaAcaraContent()
        self.number.setText(content.number)
        self.opening.setPlainText(content.opening)
        self.outcomes.setPlainText("\n".join(content.outcomes))
        self.representative.setEditText(content.representative_name)
        self.role.setText(content.representative_role)
        self.institution.setText(content.representative_institution)

    def content(self) -> BeritaAcaraContent:
        return BeritaAcaraContent(self.number.text(), self.opening.toPlainText(), tuple(lines(self.outcomes)),
                                  self.representative.currentText(), self.role.text(), self.institution.text())

    def store(self, forum_id: int) -> Any:
        return forums.save_berita_acara(self.db, forum_id, self.content())

    def build(self, data: forums.ForumPrintData, paper: str, copy_no: int) -> bytes:
        from desk.documents.berita_acara import render_berita_acara  # ReportLab only when asked for

        return render_berita_acara(data.office, data.forum, data.berita_acara, data.recap, paper=paper,
                                   copy_no=copy_no, now=data.now)

