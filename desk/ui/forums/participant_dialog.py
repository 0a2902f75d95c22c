"""One participant: name with type-ahead of people from earlier forums, unsur, institution, consent."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk.domain.consent import ConsentPurpose
from desk.domain.forum_rules import (
    UNSUR,
    ParticipantDraft,
    ParticipantRecord,
)
from desk.domain.phone import format_phone
from desk.store import forums
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, ActorSource, Debouncer, error_label, resolve_actor
from desk.ui.forums.common import ForumFormDialog, tr

if TYPE_CHECKING:  # type only: the UI never runs SQL itself
    from desk.store.database import Session

# (session, draft) -> the stored participant: add, update or add as walk-in.
Submit = Callable[[Any, ParticipantDraft], ParticipantRecord]
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


class ParticipantDialog(ForumFormDialog):
    """Collects a draft and hands it to `submit(session, draft)`; errors show beside their fields."""

    def __init__(self, db: Database, actor: ActorSource, forum_id: int, submit: Submit,
                 title: str, draft: ParticipantDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.forum_id, self.submit = forum_id, submit
        self.result_record: ParticipantRecord | None = None
        self.setWindowTitle(title)
        self.resize(620, 0)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(tr("ketik nama; peserta forum sebelumnya akan ditawarkan"))
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated[QModelIndex].connect(self._take_suggestion)
        self.name.setCompleter(self.completer)
        self._lookup = Debouncer(150, self._suggest, self)
        self.name.textEdited.connect(lambda _t: self._lookup.trigger())
        self.unsur = QComboBox()
        self.unsur.setObjectName("unsur")
        for u in UNSUR:
            self.unsur.addItem(u.label, u.code)
        self.institution = QLineEdit()
        self.institution.setObjectName("institution")
        self.position = QLineEdit()
        self.position.setObjectName("position")
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for code, label in (("", tr("— tidak diisi —")), ("L", tr("Laki-laki")), ("P", tr("Perempuan"))):
            self.sex.addItem(label, code)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(tr("opsional, mis. 0812-3456-7890"))
        self.consent_photo = QCheckBox(tr("Setuju difoto"))
        self.consent_photo.setObjectName("consent_photo")
        self.consent_photo.setToolTip(ConsentPurpose.FORUM_PHOTO.statement)
        self.consent_publication = QCheckBox(tr("Setuju nama dan No. HP dicantumkan pada daftar hadir"))
        self.consent_publication.setObjectName("consent_publication")
        self.consent_publication.setToolTip(ConsentPurpose.ATTENDANCE_PUBLICATION.statement)
        purposes = QLabel(tr("Tujuan: {photo} {publication}").format(
            photo=ConsentPurpose.FORUM_PHOTO.statement,
            publication=ConsentPurpose.ATTENDANCE_PUBLICATION.statement))
        purposes.setWordWrap(True)
        purposes.setStyleSheet(MUTED_STYLE)

        self.errors = {k: error_label(f"{k}_error") for k in ("name", "unsur", "institution", "position", "sex",
                                                               "phone")}
        for label, widget, key in (
            (tr("&Nama"), self.name, "name"), (tr("&Unsur"), self.unsur, "unsur"),
            (tr("&Instansi / lembaga"), self.institution, "institution"), (tr("&Jabatan"), self.position, "position"),
            (tr("Jenis &kelamin"), self.sex, "sex"), (tr("No. &HP"), self.phone, "phone"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        form.addRow(tr("Persetujuan"), self.consent_photo)
        form.addRow("", self.consent_publication)
        form.addRow("", purposes)
        self.finish(form)
        if draft is not None:
            self.fill(draft)

    # --- type-ahead -----------------------------------------------------------------------------

    def _suggest(self) -> None:
        text = self.name.text().strip()
        if len(text) < 2:
            return
        try:
            with self.db.read(resolve_actor(self.actor)) as session:
                people = forums.suggest_people(session, text, exclude_forum_id=self.forum_id)
        except StoreError:
            return
        self.suggestions.clear()
        for person in people:
            where = person.institution or person.unsur
            item = QStandardItem(f"{person.name} — {where} ({person.forum_title})")
            item.setData(person.name, NAME_ROLE)
            item.setData(person, PERSON_ROLE)
            self.suggestions.appendRow(item)
        if people and self.name.hasFocus():
            self.completer.setCompletionPrefix(text)
            self.completer.complete()

    def _take_suggestion(self, index: QModelIndex) -> None:
        person = index.data(PERSON_ROLE)
        if person is not None:
            self.fill(person.as_draft())

    def fill(self, draft: ParticipantDraft) -> None:
        self.name.setText(draft.name)
        i = self.unsur.findData(draft.unsur)
        self.unsur.setCurrentIndex(max(i, 0))
        self.institution.setText(draft.institution)
        self.position.setText(draft.position)
        self.sex.setCurrentIndex(max(self.sex.findData(draft.sex), 0))
        self.phone.setText(format_phone(draft.phone) if draft.phone else "")
        self.consent_photo.setChecked(draft.consent_photo)
        self.consent_publication.setChecked(draft.consent_publication)

    def draft(self) -> ParticipantDraft:
        return ParticipantDraft(
            name=self.name.text(), unsur=str(self.unsur.currentData()), institution=self.institution.text(),
            position=self.position.text(), sex=str(self.sex.currentData()), phone=self.phone.text(),
            consent_photo=self.consent_photo.isChecked(), consent_publication=self.consent_publication.isChecked(),
        )

    def store(self, session: Session) -> None:
        self.result_record = self.submit(session, self.draft())

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, actor: ActorSource, forum_id: int, submit: Submit,
            title: str, draft: ParticipantDraft | None = None) -> ParticipantRecord | None:
        """The stored participant record, or None when cancelled."""
        dialog = cls(db, actor, forum_id, submit, title, draft, parent)
        return dialog.result_record if dialog.exec() == QDialog.DialogCode.Accepted else None
