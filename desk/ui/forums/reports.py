"""The notulen (agenda, discussion points, conclusions) and the berita acara (text and agreed outcomes).

Lists are edited as plain lines: one agenda item, discussion point, conclusion or outcome per
line, so the officer types during the forum without fighting a grid. A discussion line reads
"Pembicara | unsur | pokok bahasan | tanggapan"; the unsur may be a code or a label.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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
from desk.ui.common import MUTED_STYLE
from desk.ui.forums import printing
from desk.ui.forums.common import ActorSource, may, message_label, resolve_actor, show_message, tr


def lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


class MinutesPanel(QWidget):
    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.forum_id: int | None = None
        form = QFormLayout()
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
        self.message = message_label("minutes_message")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("&Simpan notulen"))
        self.save_button.setObjectName("save_minutes")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(may(actor, access.FORUM_EDIT))
        self.pdf_button = QPushButton(tr("Notulen sebagai &PDF…"))
        self.pdf_button.setObjectName("minutes_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setVisible(may(actor, access.PRINT))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def load(self, forum_id: int | None) -> None:
        self.forum_id = forum_id
        content = MinutesContent()
        if forum_id is not None:
            with self.db.read(resolve_actor(self.actor)) as session:
                content = forums.get_minutes(session, forum_id)
        self.agenda.setPlainText("\n".join(f"{a.time_text} | {a.text}" if a.time_text else a.text
                                           for a in content.agenda))
        self.discussion.setPlainText("\n".join(
            " | ".join([d.speaker, unsur_label(d.unsur) if d.unsur else "", d.point] + ([d.response] if d.response
                                                                                          else []))
            for d in content.discussion))
        self.conclusions.setPlainText("\n".join(content.conclusions))
        self.minute_taker.setText(content.minute_taker)
        show_message(self.message, "")

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

    def save(self) -> bool:
        if self.forum_id is None:
            return False
        try:
            content = self.content()
            with self.db.write(resolve_actor(self.actor)) as session:
                forums.save_minutes(session, self.forum_id, content)
        except (DomainError, StoreError) as exc:
            show_message(self.message, exc.message, problem=True)
            return False
        show_message(self.message, tr("Notulen tersimpan."))
        return True

    def save_pdf(self) -> None:
        if self.forum_id is None or (may(self.actor, access.FORUM_EDIT) and not self.save()):
            return
        from desk.documents.notulen import render_notulen

        paper = printing.office_paper(self.db, self.actor)

        printing.deliver(self, self.db, self.actor, self.forum_id, "minutes",
                         lambda d: render_notulen(d.office, d.forum, d.minutes, d.recap, paper=paper),
                         paper=paper, suggested_name=f"notulen-forum-{self.forum_id}.pdf")


class BeritaAcaraPanel(QWidget):
    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.forum_id: int | None = None
        form = QFormLayout()
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
        self.message = message_label("ba_message")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("&Simpan berita acara"))
        self.save_button.setObjectName("save_berita_acara")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(may(actor, access.FORUM_EDIT))
        self.pdf_button = QPushButton(tr("Berita acara sebagai &PDF…"))
        self.pdf_button.setObjectName("berita_acara_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setVisible(may(actor, access.PRINT))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def load(self, forum_id: int | None) -> None:
        self.forum_id = forum_id
        content = BeritaAcaraContent()
        if forum_id is not None:
            with self.db.read(resolve_actor(self.actor)) as session:
                content = forums.get_berita_acara(session, forum_id)
        self.number.setText(content.number)
        self.opening.setPlainText(content.opening)
        self.outcomes.setPlainText("\n".join(content.outcomes))
        self.representative.setText(content.representative_name)
        self.role.setText(content.representative_role)
        self.institution.setText(content.representative_institution)
        show_message(self.message, "")

    def content(self) -> BeritaAcaraContent:
        return BeritaAcaraContent(self.number.text(), self.opening.toPlainText(), tuple(lines(self.outcomes)),
                                  self.representative.text(), self.role.text(), self.institution.text())

    def save(self) -> bool:
        if self.forum_id is None:
            return False
        try:
            with self.db.write(resolve_actor(self.actor)) as session:
                forums.save_berita_acara(session, self.forum_id, self.content())
        except StoreError as exc:
            show_message(self.message, exc.message, problem=True)
            return False
        show_message(self.message, tr("Berita acara tersimpan."))
        return True

    def save_pdf(self) -> None:
        if self.forum_id is None or (may(self.actor, access.FORUM_EDIT) and not self.save()):
            return
        from desk.documents.berita_acara import render_berita_acara

        paper = printing.office_paper(self.db, self.actor)

        printing.deliver(self, self.db, self.actor, self.forum_id, "berita_acara",
                         lambda d: render_berita_acara(d.office, d.forum, d.berita_acara, d.recap, paper=paper),
                         paper=paper, suggested_name=f"berita-acara-forum-{self.forum_id}.pdf")
