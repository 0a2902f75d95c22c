"""The notulen (agenda, discussion points, conclusions) and the berita acara (text and agreed outcomes).

Lists are edited as plain lines: one agenda item, discussion point, conclusion or outcome per
line, so the officer types during the forum without fighting a grid. A discussion line reads
"Pembicara | unsur | pokok bahasan | tanggapan"; the unsur may be a code or a label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.domain.forum_rules import (
    AgendaItem,
    BeritaAcaraContent,
    DiscussionPoint,
    MinutesContent,
    parse_unsur,
    unsur_label,
)
from desk.store import access, forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, ActorSource, may, message_label, resolve_actor, show_message
from desk.ui.forums import printing
from desk.ui.forums.common import tr
from desk.ui.widgets.buttons import button_row, push_button

if TYPE_CHECKING:  # type only: the UI never runs SQL itself
    from desk.store.database import Session


def lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


class ForumReportPanel(QWidget):
    """A forum document written as a form: stored with Save, then saved as a PDF (stored first).

    A subclass names its document (`KIND`, `FILE_STEM`, the texts of its buttons and of "saved"),
    adds its rows to the form, and moves its content between the form and the store.
    """

    KIND = ""  # forums.DOCUMENT_KINDS key: the print record's kind, and the stem of the widgets' names
    FILE_STEM = ""  # the suggested PDF name: "<stem>-forum-<id>.pdf"

    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None, *, save_text: str,
                 pdf_text: str, saved_text: str) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.forum_id: int | None = None
        self._saved_text = saved_text
        self.form = QFormLayout()
        self.build_form(self.form)
        self.message = message_label(f"{self.KIND}_message")
        self.save_button = push_button(save_text, self.save, f"save_{self.KIND}")
        self.save_button.setVisible(may(actor, access.FORUM_EDIT))
        self.pdf_button = push_button(pdf_text, self.save_pdf, f"{self.KIND}_pdf")
        self.pdf_button.setVisible(may(actor, access.PRINT))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.save_button, self.pdf_button, right=True))

    # --- what a document says -------------------------------------------------------------------

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def fetch(self, session: Session, forum_id: int) -> Any:
        raise NotImplementedError

    def fill_form(self, content: Any) -> None:
        """Put the stored content in the form; None (no forum chosen) empties it."""
        raise NotImplementedError

    def store(self, session: Session, forum_id: int) -> None:
        raise NotImplementedError

    def pdf_builder(self, paper: str) -> Callable[[forums.ForumPrintData], bytes]:
        raise NotImplementedError

    # --- the same for every document ------------------------------------------------------------

    def load(self, forum_id: int | None) -> None:
        self.forum_id = forum_id
        content = None
        if forum_id is not None:
            with self.db.read(resolve_actor(self.actor)) as session:
                content = self.fetch(session, forum_id)
        self.fill_form(content)
        show_message(self.message, "")

    def save(self) -> bool:
        if self.forum_id is None:
            return False
        try:
            with self.db.write(resolve_actor(self.actor)) as session:
                self.store(session, self.forum_id)
        except (DomainError, StoreError) as exc:
            show_message(self.message, exc.message, problem=True)
            return False
        show_message(self.message, self._saved_text)
        return True

    def save_pdf(self) -> None:
        if self.forum_id is None or (may(self.actor, access.FORUM_EDIT) and not self.save()):
            return
        paper = printing.office_paper(self.db, self.actor)
        printing.deliver(self, self.db, self.actor, self.forum_id, self.KIND, self.pdf_builder(paper), paper=paper,
                         suggested_name=f"{self.FILE_STEM}-forum-{self.forum_id}.pdf")


class MinutesPanel(ForumReportPanel):
    """The notulen: agenda, discussion points, conclusions, minute taker."""

    KIND, FILE_STEM = "minutes", "notulen"

    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent, save_text=tr("&Simpan notulen"), pdf_text=tr("Notulen sebagai &PDF…"),
                         saved_text=tr("Notulen tersimpan."))

    def build_form(self, form: QFormLayout) -> None:
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("agenda")
        self.discussion = QPlainTextEdit()
        self.discussion.setObjectName("discussion")
        self.conclusions = QPlainTextEdit()
        self.conclusions.setObjectName("conclusions")
        self.minute_taker = QLineEdit()
        self.minute_taker.setObjectName("minute_taker")
        form.addRow(tr("Susunan acara"), self.agenda)
        form.addRow("", _hint(tr("Satu acara per baris: \"09.00–09.15 | Pembukaan\".")))
        form.addRow(tr("Pembahasan"), self.discussion)
        form.addRow("", _hint(tr("Satu pokok per baris: \"Pembicara | unsur | pokok bahasan | tanggapan\".")))
        form.addRow(tr("Kesimpulan"), self.conclusions)
        form.addRow("", _hint(tr("Satu kesimpulan per baris; nomor diberikan otomatis.")))
        form.addRow(tr("Notulis"), self.minute_taker)

    def fetch(self, session: Session, forum_id: int) -> MinutesContent:
        return forums.get_minutes(session, forum_id)

    def fill_form(self, content: MinutesContent | None) -> None:
        if content is None:
            content = MinutesContent()
        self.agenda.setPlainText("\n".join(f"{a.time_text} | {a.text}" if a.time_text else a.text
                                           for a in content.agenda))
        self.discussion.setPlainText("\n".join(
            " | ".join([d.speaker, unsur_label(d.unsur) if d.unsur else "", d.point] + ([d.response] if d.response
                                                                                          else []))
            for d in content.discussion))
        self.conclusions.setPlainText("\n".join(content.conclusions))
        self.minute_taker.setText(content.minute_taker)

    def content(self) -> MinutesContent:
        agenda = []
        for line in lines(self.agenda):
            when, _, text = line.partition("|") if "|" in line else ("", "", line)
            agenda.append(AgendaItem(when.strip(), text.strip()))
        discussion = []
        for i, line in enumerate(lines(self.discussion), 1):
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 3:
                raise DomainError(tr("Pembahasan baris {i}: tulis \"Pembicara | unsur | pokok bahasan\".").format(i=i))
            speaker, unsur_text, point = parts[0], parts[1], " | ".join(parts[2:3])
            response = " | ".join(parts[3:])
            try:
                unsur = parse_unsur(unsur_text) if unsur_text else ""
            except DomainError as exc:
                raise DomainError(tr("Pembahasan baris {i}: {why}").format(i=i, why=exc.message)) from exc
            discussion.append(DiscussionPoint(speaker, unsur, point, response))
        return MinutesContent(tuple(agenda), tuple(discussion), tuple(lines(self.conclusions)),
                              self.minute_taker.text())

    def store(self, session: Session, forum_id: int) -> None:
        forums.save_minutes(session, forum_id, self.content())

    def pdf_builder(self, paper: str) -> Callable[[forums.ForumPrintData], bytes]:
        from desk.documents.notulen import render_notulen  # ReportLab only when asked for

        return lambda d: render_notulen(d.office, d.forum, d.minutes, d.recap, paper=paper)


class BeritaAcaraPanel(ForumReportPanel):
    """The berita acara: number, opening, agreed outcomes, and the public's representative who signs."""

    KIND, FILE_STEM = "berita_acara", "berita-acara"

    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent, save_text=tr("&Simpan berita acara"),
                         pdf_text=tr("Berita acara sebagai &PDF…"), saved_text=tr("Berita acara tersimpan."))

    def build_form(self, form: QFormLayout) -> None:
        self.number = QLineEdit()
        self.number.setObjectName("ba_number")
        self.opening = QPlainTextEdit()
        self.opening.setObjectName("ba_opening")
        self.opening.setFixedHeight(80)
        self.outcomes = QPlainTextEdit()
        self.outcomes.setObjectName("ba_outcomes")
        self.representative = QLineEdit()
        self.representative.setObjectName("ba_representative")
        self.role = QLineEdit()
        self.role.setObjectName("ba_role")
        self.institution = QLineEdit()
        self.institution.setObjectName("ba_institution")
        form.addRow(tr("Nomor"), self.number)
        form.addRow(tr("Pembukaan"), self.opening)
        form.addRow("", _hint(tr("Kosongkan untuk kalimat baku \"Pada hari ini … tanggal … telah dilaksanakan …\".")))
        form.addRow(tr("Hasil kesepakatan"), self.outcomes)
        form.addRow("", _hint(tr("Satu kesepakatan per baris; nomor diberikan otomatis.")))
        form.addRow(tr("Wakil masyarakat"), self.representative)
        form.addRow(tr("Sebagai"), self.role)
        form.addRow(tr("Instansi / unsur"), self.institution)

    def fetch(self, session: Session, forum_id: int) -> BeritaAcaraContent:
        return forums.get_berita_acara(session, forum_id)

    def fill_form(self, content: BeritaAcaraContent | None) -> None:
        if content is None:
            content = BeritaAcaraContent()
        self.number.setText(content.number)
        self.opening.setPlainText(content.opening)
        self.outcomes.setPlainText("\n".join(content.outcomes))
        self.representative.setText(content.representative_name)
        self.role.setText(content.representative_role)
        self.institution.setText(content.representative_institution)

    def content(self) -> BeritaAcaraContent:
        return BeritaAcaraContent(self.number.text(), self.opening.toPlainText(), tuple(lines(self.outcomes)),
                                  self.representative.text(), self.role.text(), self.institution.text())

    def store(self, session: Session, forum_id: int) -> None:
        forums.save_berita_acara(session, forum_id, self.content())

    def pdf_builder(self, paper: str) -> Callable[[forums.ForumPrintData], bytes]:
        from desk.documents.berita_acara import render_berita_acara  # ReportLab only when asked for

        return lambda d: render_berita_acara(d.office, d.forum, d.berita_acara, d.recap, paper=paper)
