"""Office profile (admin): names, address, head of office, time zone, numbering pattern, privacy text, logo.

The numbering pattern shows the next number of every unit while it is typed, and an error
as soon as it could repeat a number. The logo is stored at once when imported (the store
checks it is a whole PNG/JPEG); the other fields are saved together with "Simpan profil".
The form says when it holds changes not saved yet, and the admin is asked before leaving it
(another tab, another area, closing Desk): save, throw them away, or stay.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.domain.messages import N_
from desk.domain.office_rules import OfficeGap
from desk.domain.records import OfficeProfile
from desk.domain.refnumber import PLACEHOLDERS
from desk.store import admin
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.work import Change
from desk.ui.admin.common import NOTICE_STYLE, AdminPage, Clock, tr
from desk.ui.admin.profile_fields import Editor, as_typed, fill, make_editor, shown, typed
from desk.ui.common import (
    MUTED_STYLE,
    Debouncer,
    error_label,
    message_label,
    show_error_text,
    show_message,
)
from desk.ui.translations import error_text
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import button_row, push_button
from desk.ui.widgets.tables import fill_table, make_table

PREVIEW_DELAY_MS = 200
LOGO_PREVIEW_HEIGHT = 110
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (N_("Kop surat"), ("government_name", "office_name", "short_name")),
    (N_("Alamat dan kontak"), ("address", "village", "district", "regency", "province", "postal_code", "phone", "email",
                           "website")),
    (N_("Tanggal dan waktu"), ("place_name", "timezone", "forum_venue")),
    (N_("Pimpinan dan penanggung jawab"), ("head_name", "head_nip", "head_rank", "head_title", "head_position",
                                       "service_pic_name", "service_pic_nip", "service_pic_title")),
    (N_("Penetapan standar dan maklumat"), ("standards_decree_number", "standards_decree_date", "maklumat_date")),
    (N_("Nomor permohonan"), ("ref_pattern",)),
    (N_("Pelindungan data pribadi dan maklumat"), ("privacy_notice", "dpo_contact", "maklumat_text")),
)
LEFT_GROUPS = (GROUPS[0][0], GROUPS[1][0], GROUPS[2][0])
LABEL_WIDTH = 150


SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_about_unsaved(parent: QWidget) -> str:
    """Save, discard or stay, when the admin leaves the profile with changes not saved (patched in tests)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Perubahan belum disimpan"))
    box.setText(tr("Profil kantor memuat perubahan yang belum disimpan. Simpan sekarang?"))
    save = box.addButton(tr("&Simpan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(tr("&Tetap di profil"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else STAY


class OfficeProfilePage(AdminPage):
    """`saved(OfficeProfile)` after the profile (or the logo) was stored; `dirty_changed(bool)` when the
    form starts or stops holding changes not saved yet."""

    KINDS = frozenset({Change.OFFICE, Change.CATALOGUE})  # the profile, and the units the numbers preview lists
    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, db: Database, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, parent, message_name="profile_message", clock=clock)
        self.fields: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.profile: OfficeProfile | None = None
        self.dirty = False
        self._filling = False  # the form is being filled from the store: not an edit
        self._preview = Debouncer(PREVIEW_DELAY_MS, self.update_preview, self)
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("profile_gaps")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setStyleSheet(NOTICE_STYLE)
        outer.addWidget(self.gaps_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        body = QWidget()
        scroll.setWidget(body)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self._logo_box())
        for title, names in GROUPS:
            box = QGroupBox(tr(title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                editor = self._editor(name)
                self.fields[name] = editor
                self.errors[name] = error_label(f"{name}_error")
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(editor)
                cell.addWidget(self.errors[name])
                if name == "ref_pattern":
                    cell.addLayout(self._pattern_preview())
                label = QLabel(tr(admin.PROFILE_FIELDS[name].label) + ":")
                label.setMinimumWidth(LABEL_WIDTH)
                label.setWordWrap(True)
                label.setBuddy(editor)
                form.addRow(label, cell)
            (left if title in LEFT_GROUPS else right).addWidget(box)
        left.addStretch(1)
        right.addStretch(1)

        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        self.dirty_label = QLabel(tr("● Ada perubahan yang belum disimpan"))
        self.dirty_label.setObjectName("profile_dirty")
        self.dirty_label.setStyleSheet(NOTICE_STYLE)
        self.dirty_label.hide()
        bar.addWidget(self.dirty_label)
        bar.addStretch(1)  # the buttons keep their size at the right, whatever the message says
        self.revert_button = push_button(tr("Batalkan pe&rubahan"), self.revert, "revert_profile")
        self.save_button = push_button(tr("&Simpan profil"), self.save, "save_profile")
        self.save_button.setDefault(True)
        self.revert_button.setEnabled(False)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

    def _editor(self, name: str) -> Editor:
        editor = make_editor(name, self._edited)
        if name in ("ref_pattern", "short_name"):
            editor.textEdited.connect(lambda _text: self._preview.trigger())  # type: ignore[union-attr]
        return editor

    def _pattern_preview(self) -> QVBoxLayout:
        column = QVBoxLayout()
        help_text = "; ".join("{" + key + "} " + tr(text).split(",")[0] for key, text in PLACEHOLDERS.items())
        hint = QLabel(tr("Penanda: {help}. {{seq:04d}} menulis nomor urut 4 angka (0001).").format(help=help_text))
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        column.addWidget(hint)
        self.numbers = make_table([tr("Bidang"), tr("Nomor berikutnya")], "number_preview")
        self.numbers.setMaximumHeight(150)
        column.addWidget(self.numbers)
        return column

    def _logo_box(self) -> QGroupBox:
        box = QGroupBox(tr("Logo (lambang daerah) di kop surat"))
        row = QHBoxLayout(box)
        self.logo_view = QLabel()
        self.logo_view.setObjectName("logo_view")
        self.logo_view.setFixedSize(LOGO_PREVIEW_HEIGHT + 20, LOGO_PREVIEW_HEIGHT + 10)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border: 1px solid #bbb; background: white;")
        row.addWidget(self.logo_view)
        column = QVBoxLayout()
        self.logo_info = QLabel()
        self.logo_info.setObjectName("logo_info")
        self.logo_info.setWordWrap(True)
        column.addWidget(self.logo_info)
        self.logo_button = push_button(tr("&Impor logo…"), self.import_logo, "import_logo")
        self.remove_logo_button = push_button(tr("Hapus logo"), self.remove_logo)
        self.kop_button = push_button(tr("Pratinjau &kop surat…"), self.preview_letterhead, "preview_kop")
        column.addLayout(button_row(self.logo_button, self.remove_logo_button, self.kop_button))
        self.logo_message = message_label("logo_message")
        column.addWidget(self.logo_message)
        note = QLabel(tr("PNG atau JPEG, tersimpan di basis data. Logo dan isian lain tampil di dokumen yang dicetak "
                         "mulai sekarang; cetakan lama tetap seperti saat dicetak."))
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        column.addWidget(note)
        row.addLayout(column, 1)
        return box

    # --- data -----------------------------------------------------------------------------------

    def reload(self, discard_edits: bool = False) -> None:
        """The profile as stored. Changes typed and not saved stay in the form unless `discard_edits`:
        a change made elsewhere (the logo, the default paper) never throws away the admin's typing."""
        try:
            form = admin.profile_form(self.db, now=self.now())
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        self.profile = form.profile
        self._show_logo(self.profile.logo)
        self._show_gaps(form.gaps)
        if self.dirty and not discard_edits:
            self._edited()  # the stored profile moved under the form: still changed?
            self.update_preview(check_issued=False)
            return
        self._fill(self.profile)
        for label in self.errors.values():
            show_error_text(label, "")
        show_message(self.message, "")
        self._show_numbers(form.numbers)

    def _show_gaps(self, gaps: tuple[OfficeGap, ...]) -> None:
        """What official papers cannot carry yet, as stored: they print KONSEP until it is filled in."""
        self.gaps_label.setText(tr("Belum siap untuk cetak resmi (dokumen bertanda KONSEP sampai diisi): {fields}.")
                                .format(fields=", ".join(f"{tr(g.label)} ({tr(g.problem)})" for g in gaps)))
        self.gaps_label.setVisible(bool(gaps))

    def revert(self) -> None:
        """Batalkan perubahan: back to the profile as stored."""
        self.reload(discard_edits=True)

    def _fill(self, profile: OfficeProfile) -> None:
        self._filling = True
        try:
            for name, editor in self.fields.items():
                fill(editor, name, profile)
        finally:
            self._filling = False
        self._set_dirty(False)

    def _stored_values(self) -> dict[str, str]:
        profile = self.profile
        return {name: shown(name, getattr(profile, name)) if profile else "" for name in self.fields}

    def _edited(self) -> None:
        if not self._filling:
            self._set_dirty(self.values() != self._stored_values())

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty_label.setVisible(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def may_leave(self) -> bool:
        """Whether the admin may leave the form now: nothing unsaved, or saved or thrown away as they chose."""
        if not self.dirty:
            return True
        answer = ask_about_unsaved(self)
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.revert()
            return True
        return False

    def values(self) -> dict[str, str]:
        return {name: typed(editor) for name, editor in self.fields.items()}

    def update_preview(self, check_issued: bool = True) -> None:
        values = self.values()
        try:
            preview = admin.preview_numbers(self.db, values["ref_pattern"], short_name=values["short_name"],
                                            check_issued=check_issued, now=self.now())
        except StoreError as exc:
            show_error_text(self.errors["ref_pattern"], error_text(exc))
            return
        self._show_numbers(preview)

    def _show_numbers(self, preview: admin.PatternPreview) -> None:
        show_error_text(self.errors["ref_pattern"], " ".join(preview.problems))
        fill_table(self.numbers, [(f"{n.unit_code} — {n.unit_name}", n.number) for n in preview.numbers])

    def save(self) -> bool:
        self._preview.flush()
        for label in self.errors.values():
            show_error_text(label, "")
        try:
            done = admin.update_office_profile(self.db, self.values(), now=self.now())
        except admin.InvalidInput as exc:
            for name, message in exc.errors.items():
                if name in self.errors:
                    show_error_text(self.errors[name], message)
            if "ref_pattern" in exc.errors:
                fill_table(self.numbers, [])  # no preview of numbers the office cannot have
            first = next(iter(exc.errors))
            if first in self.fields:
                self.fields[first].setFocus()
            show_message(self.message, tr("Profil belum disimpan: periksa isian yang bertanda merah."), problem=True)
            return False
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return False
        self.profile = done.value
        self._fill(done.value)  # the stored values, cleaned: nothing left unsaved
        self.done(done)
        show_message(self.message, tr("Profil kantor disimpan. Dokumen yang dicetak mulai sekarang memakainya."),)
        self.saved.emit(done.value)
        return True

    # --- logo -----------------------------------------------------------------------------------

    def _show_logo(self, data: bytes | None) -> None:
        if not data:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(tr("(belum ada logo)"))
            self.logo_info.setText(tr("Kop surat memakai tempat kosong sampai logo diimpor."))
            self.remove_logo_button.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo_view.setText("")
        self.logo_view.setPixmap(pixmap.scaled(
            LOGO_PREVIEW_HEIGHT, LOGO_PREVIEW_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        ))
        self.logo_info.setText(tr("Logo terpasang: {w}×{h} piksel.").format(w=pixmap.width(), h=pixmap.height()))
        self.remove_logo_button.setEnabled(True)

    @staticmethod
    def choose_logo(parent: QWidget | None) -> Path | None:
        """The logo file the admin picks (patched in tests)."""
        return dialogs.choose_open_file(parent, tr("Pilih logo"), tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"))

    def import_logo(self) -> bool:
        path = self.choose_logo(self)
        if path is None:
            return False
        saved = self.perform(lambda: admin.import_logo_file(self.db, path), self.logo_message)
        if saved is None:
            return False
        self.profile = saved.profile
        self._show_logo(saved.profile.logo)
        info = saved.info
        show_message(self.logo_message, tr("Logo {name} tersimpan ({fmt}, {w}×{h} piksel).").format(
            name=path.name, fmt=info.format, w=info.width, h=info.height))
        self.saved.emit(saved.profile)
        return True

    def remove_logo(self) -> None:
        if not dialogs.confirm(self, tr("Hapus logo"), tr("Hapus logo dari kop surat?"), tr("Hapus")):
            return
        profile = self.perform(lambda: admin.remove_logo(self.db), self.logo_message)
        if profile is None:
            return
        self.profile = profile
        self._show_logo(None)
        show_message(self.logo_message, tr("Logo dihapus."))
        self.saved.emit(profile)

    def preview_letterhead(self) -> QWidget | None:
        """The kop surat as documents will print it once saved: the form as typed, with the stored logo."""
        from desk.ui.admin.letterhead_preview import show_letterhead

        if self.profile is None:
            return None
        return show_letterhead(self, as_typed(self.profile, self.values()))
