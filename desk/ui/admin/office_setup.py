"""The first start's office set-up: right after the first admin is created, one screen asks for what every
official paper prints (kop, address, telephone, pos-el, laman, logo, the head's name, NIP, pangkat/golongan
and full jabatan, the decree that set the service standards), with the kop as it will print, live.

Until each of those is filled in, every official paper says KONSEP; the list under the preview
says which fields are still missing. "Isi nanti" goes on to the register with the stand-ins; the
same fields stay on Administrasi › Profil kantor, and `desk check` keeps naming them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.domain.office_rules import OfficeGap, office_gaps
from desk.domain.records import OfficeProfile
from desk.store import accounts, admin
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.admin.common import NOTICE_STYLE, tr
from desk.ui.admin.profile_fields import Editor, as_typed, fill, make_editor, typed
from desk.ui.common import OK_STYLE, Debouncer, error_label, message_label, show_error_text, show_message
from desk.ui.translations import error_text
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import push_button

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 300
PREVIEW_WIDTH = 620  # pixels: the kop of an A4 page, readable beside the form at 1366 × 768
KOP_SHARE = 0.2  # the top fifth of an A4 page holds the kop
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Kop surat", ("government_name", "office_name")),
    ("Alamat dan kontak", ("address", "village", "district", "regency", "province", "postal_code", "phone",
                           "email", "website")),
    ("Kepala kantor (penanda tangan)", ("head_name", "head_nip", "head_rank", "head_title", "head_position")),
    ("Keputusan penetapan standar pelayanan", ("standards_decree_number", "standards_decree_date")),
)


def render_kop(office: OfficeProfile, width: int = PREVIEW_WIDTH) -> QImage:
    """The top of an A4 page as Desk prints it for `office`: the kop (and KONSEP while fields are missing)."""
    from PySide6.QtPdf import QPdfDocument  # loaded for the set-up only, not at every start

    from desk.ui.admin.letterhead_preview import letterhead_pdf

    pdf = letterhead_pdf(office, "A4")
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    points = document.pagePointSize(0)
    height = round(width * points.height() / points.width())
    page = document.render(0, QSize(width, height))
    kop = page.copy(0, 0, width, round(height * KOP_SHARE))
    document.close()
    return kop


class OfficeSetupDialog(QDialog):
    """`saved` is True once the admin saved the profile (with or without gaps left)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved = False
        self.setObjectName("office_setup")
        self.setWindowTitle(tr("Siapkan profil kantor"))
        self.fields: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._preview = Debouncer(PREVIEW_DELAY_MS, self.update_preview, self)
        form = admin.profile_form(db)
        self.profile = form.profile
        self._build()
        self._filling = True
        for name, editor in self.fields.items():
            fill(editor, name, self.profile)
        self._filling = False
        self.update_preview()
        self.fields["government_name"].setFocus()
        self.resize(1340, 720)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        intro = QLabel(tr("Akun admin sudah dibuat. Sekarang isi data kantor yang dicetak di setiap dokumen resmi "
                          "(tanda terima, standar pelayanan, maklumat, berita acara). Selama ada yang belum diisi, "
                          "dokumen bertanda KONSEP. Semua ini dapat diubah lagi di Administrasi › Profil kantor."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        left = QVBoxLayout(body)
        for title, names in GROUPS:
            box = QGroupBox(tr(title))
            rows = QFormLayout(box)
            rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                editor = make_editor(name, self._edited)
                self.fields[name] = editor
                self.errors[name] = error_label(f"{name}_error")
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(editor)
                cell.addWidget(self.errors[name])
                label = QLabel(tr(admin.PROFILE_FIELDS[name].label) + ":")
                label.setWordWrap(True)
                label.setMinimumWidth(140)
                label.setBuddy(editor)
                rows.addRow(label, cell)
            left.addWidget(box)
        left.addStretch(1)
        columns.addWidget(scroll, 5)

        right = QVBoxLayout()
        heading = QLabel(tr("<b>Kop surat seperti akan dicetak</b> (berubah saat Anda mengetik)"))
        right.addWidget(heading)
        self.kop = QLabel()
        self.kop.setObjectName("kop_preview")
        self.kop.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.kop.setStyleSheet("background: white; border: 1px solid #bbb;")
        self.kop.setMinimumSize(PREVIEW_WIDTH + 2, 140)
        right.addWidget(self.kop)
        logo_row = QHBoxLayout()
        self.logo_button = push_button(tr("&Impor logo…"), self.import_logo, "import_logo")
        logo_row.addWidget(self.logo_button)
        self.logo_message = message_label("logo_message")
        logo_row.addWidget(self.logo_message)
        logo_row.addStretch(1)
        right.addLayout(logo_row)
        self.gaps = QLabel()
        self.gaps.setObjectName("setup_gaps")
        self.gaps.setWordWrap(True)
        self.gaps.setAlignment(Qt.AlignmentFlag.AlignTop)
        right.addWidget(self.gaps, 1)
        columns.addLayout(right, 5)

        bar = QHBoxLayout()
        self.message = message_label("setup_message")
        bar.addWidget(self.message)
        bar.addStretch(1)  # the buttons keep their size at the right
        self.later_button = push_button(tr("Isi &nanti"), self.reject, "later")
        self.save_button = push_button(tr("&Simpan dan mulai (Ctrl+S)"), self.save, "save_setup")
        self.save_button.setDefault(True)
        bar.addWidget(self.later_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

    # --- what is typed ---------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {name: typed(editor) for name, editor in self.fields.items()}

    def typed_profile(self) -> OfficeProfile:
        return as_typed(self.profile, self.values())

    def _edited(self) -> None:
        if not self._filling:
            self._preview.trigger()

    def update_preview(self) -> None:
        office = self.typed_profile()
        self._show_gaps(office_gaps(office))
        try:
            image = render_kop(office)
        except Exception:  # a kop that cannot be drawn must not close the set-up; the fields still save
            log.exception("kop preview")
            self.kop.setText(tr("Pratinjau kop tidak dapat dibuat."))
            return
        self.kop.setPixmap(QPixmap.fromImage(image))

    def _show_gaps(self, gaps: tuple[OfficeGap, ...]) -> None:
        self.missing = gaps
        if not gaps:
            self.gaps.setStyleSheet(OK_STYLE)
            self.gaps.setText(tr("Semua data untuk dokumen resmi sudah diisi: dokumen dicetak tanpa tanda KONSEP."))
            return
        self.gaps.setStyleSheet(NOTICE_STYLE)
        self.gaps.setText(tr("Belum diisi, dokumen bertanda KONSEP:") + "\n"
                          + "\n".join(f"• {tr(g.label)}: {tr(g.problem)}" for g in gaps))

    # --- actions ------------------------------------------------------------------------------------

    @staticmethod
    def choose_logo(parent: QWidget | None) -> Path | None:
        """The logo file the admin picks (patched in tests)."""
        return dialogs.choose_open_file(parent, tr("Pilih logo"), tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"))

    def import_logo(self) -> bool:
        path = self.choose_logo(self)
        if path is None:
            return False
        try:
            saved = admin.import_logo_file(self.db, path).value
        except StoreError as exc:
            show_message(self.logo_message, error_text(exc), problem=True)
            return False
        self.profile = saved.profile
        show_message(self.logo_message, tr("Logo tersimpan ({w}×{h} piksel).").format(
            w=saved.info.width, h=saved.info.height))
        self.update_preview()
        return True

    def save(self) -> bool:
        for label in self.errors.values():
            show_error_text(label, "")
        try:
            done = admin.update_office_profile(self.db, self.values())
        except admin.InvalidInput as exc:
            for name, message in exc.errors.items():
                if name in self.errors:
                    show_error_text(self.errors[name], message)
            first = next((name for name in self.fields if name in exc.errors), None)
            if first is not None:
                self.fields[first].setFocus()
            show_message(self.message, tr("Belum disimpan: periksa isian yang bertanda merah."), problem=True)
            return False
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return False
        self.profile = done.value
        self.saved = True
        self.accept()
        return True


def run_setup(dialog: OfficeSetupDialog) -> bool:
    """Show the set-up and wait: whether the admin saved (patched in tests, which press its keys)."""
    dialog.exec()
    return dialog.saved


def is_first_start(db: Database) -> bool:
    """Whether this start will create the first admin (ask before the login; see offer_after_first_admin)."""
    try:
        return accounts.needs_first_admin(db)  # the office set-up follows the first admin's
    except StoreError:
        return False


def offer_after_first_admin(db: Database, was_first_start: bool) -> bool:
    """After the first admin was created at this start (`db` bound to them), ask for the office profile.

    Nothing on a later start, nor when the login was skipped on demo data (no password was set).
    """
    if not was_first_start or is_first_start(db) or not admin.paper_gaps(db):
        return False
    return run_setup(OfficeSetupDialog(db))

