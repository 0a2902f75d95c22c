"""One participant: name with type-ahead of people from earlier forums, unsur, institution, consent.

The purpose of each consent is shown in full under its box (UU 27/2022 Pasal 22: the person
agrees to a stated purpose), never cut off, however narrow the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
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
from desk.store.work import Done
from desk.ui.common import MUTED_STYLE, Debouncer, error_label
from desk.ui.forums.common import ForumFormDialog, tr
from desk.ui.translations import translated

# draft -> the stored participant: add, update or add as walk-in.
Submit = Callable[[ParticipantDraft], Done[ParticipantRecord]]
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
WIDTH = 640


def purpose_label(text: str, object_name: str) -> QLabel:
    label = QLabel(tr("Tujuan: {purpose}").format(purpose=translated(text)))
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    label.setIndent(24)  # under its box's text, not under the box
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ParticipantDialog(ForumFormDialog):
    """Collects a draft and hands it to `submit(draft)`; errors show beside their fields."""

    def __init__(self, db: Database, forum_id: int, submit: Submit, title: str,
                 draft: ParticipantDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("participant_dialog")
        self.forum_id, self._submit = forum_id, submit
        self.setWindowTitle(title)
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

        self.errors = {k: error_label(f"{k}_error") for k in ("name", "unsur", "institution", "position",
                                                                    "sex", "phone")}
        for label, widget, key in (
            (tr("&Nama"), self.name, "name"), (tr("&Unsur"), self.unsur, "unsur"),
            (tr("&Instansi / lembaga"), self.institution, "institution"), (tr("&Jabatan"), self.position, "position"),
            (tr("Jenis &kelamin"), self.sex, "sex"), (tr("No. &HP"), self.phone, "phone"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        layout = self.finish(form)
        layout.insertWidget(1, self._consent_box())
        if draft is not None:
            self.fill(draft)
        self.resize(WIDTH, max(self.sizeHint().height(), self.heightForWidth(WIDTH)))

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(tr("Persetujuan peserta (boleh tidak dicentang)"))
        column = QVBoxLayout(box)
        self.consent_photo = QCheckBox(tr("Setuju &difoto"))
        self.consent_photo.setObjectName("consent_photo")
        self.photo_purpose = purpose_label(ConsentPurpose.FORUM_PHOTO.statement, "photo_purpose")
        self.consent_publication = QCheckBox(tr("Setuju nama dan No. HP di&cantumkan pada daftar hadir"))
        self.consent_publication.setObjectName("consent_publication")
        self.publication_purpose = purpose_label(ConsentPurpose.ATTENDANCE_PUBLICATION.statement, "publication_purpose")
        for widget in (self.consent_photo, self.photo_purpose, self.consent_publication, self.publication_purpose):
            column.addWidget(widget)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        # A wrapped label's height depends on its width; a dialog's minimum size does not ask for it,
        # so the dialog is made tall enough for the purposes at the width it has (never clipped).
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))

    # --- type-ahead -----------------------------------------------------------------------------

    def _suggest(self) -> None:
        text = self.name.text().strip()
        if len(text) < 2:
            return
        try:
            people = forums.suggest_people(self.db, text, exclude_forum_id=self.forum_id)
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

    def submit(self) -> Done[ParticipantRecord]:
        return self._submit(self.draft())


def open_participant_dialog(parent: QWidget, db: Database, forum_id: int, submit: Submit, title: str,
                            draft: ParticipantDraft | None = None) -> ParticipantDialog:
    """Open the dialog without blocking (window-modal); it stores on Save and publishes what changed."""
    dialog = ParticipantDialog(db, forum_id, submit, title, draft, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
