"""The admin's settings of the complaints register: the number's pattern and code, and each kind's deadlines."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.complaints import DEADLINE_RANGE, ComplaintKind, Deadlines
from desk.domain.messages import N_
from desk.domain.refnumber import PLACEHOLDERS
from desk.store import complaint_settings
from desk.store.complaint_settings import InvalidSettings
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import MUTED_STYLE, error_label, show_error_text
from desk.ui.operations import publish
from desk.ui.translations import error_text, translated
from desk.ui.widgets.buttons import save_cancel_buttons

STAGES = (("verify", N_("Verifikasi")), ("respond", N_("Tanggapan")), ("complete", N_("Penyelesaian")))


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("complaint_settings")
        self.setWindowTitle(self.tr("Pengaturan register pengaduan"))
        current = complaint_settings.complaint_settings(db)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.pattern = QLineEdit(current.pattern)
        self.pattern.setObjectName("pattern")
        self.code = QLineEdit(current.code)
        self.code.setObjectName("code")
        form.addRow(self.tr("&Pola nomor"), self.pattern)
        form.addRow(self.tr("&Kode register ({unit})"), self.code)
        layout.addLayout(form)
        hint = QLabel(self.tr("Penanda: ") + "; ".join(f"{{{k}}}" for k in PLACEHOLDERS))
        hint.setStyleSheet(MUTED_STYLE)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("<b>Batas waktu (hari kerja)</b>, tiap tahap dihitung dari batas tahap "
                                        "sebelumnya; berlaku untuk pengaduan yang diterima sesudah disimpan.")))
        grid = QGridLayout()
        for c, (_key, title) in enumerate(STAGES, 1):
            grid.addWidget(QLabel(self.tr(title)), 0, c)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        for r, kind in enumerate(ComplaintKind, 1):
            grid.addWidget(QLabel(translated(kind.label)), r, 0)
            deadlines = current.deadlines_of(kind.value)
            for c, (key, _title) in enumerate(STAGES, 1):
                spin = QSpinBox()
                spin.setObjectName(f"{kind.value}_{key}")
                spin.setRange(*DEADLINE_RANGE)
                spin.setValue(getattr(deadlines, key))
                self.spins[(kind.value, key)] = spin
                grid.addWidget(spin, r, c)
        layout.addLayout(grid)
        note = QLabel(self.tr("Bawaan SP4N-LAPOR!: verifikasi 3, tanggapan 5, penyelesaian 10 hari kerja."))
        note.setStyleSheet(MUTED_STYLE)
        layout.addWidget(note)
        self.problem = error_label("problem")
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel_buttons(self, on_save=self.save))

    def deadlines(self) -> dict[str, Deadlines]:
        return {kind.value: Deadlines(*(self.spins[(kind.value, key)].value() for key, _ in STAGES))
                for kind in ComplaintKind}

    def save(self) -> None:
        try:
            done = complaint_settings.save_settings(self.db, self.pattern.text(), self.code.text(), self.deadlines())
        except InvalidSettings as exc:
            show_error_text(self.problem, error_text(exc))
            return
        except StoreError as exc:
            show_error_text(self.problem, error_text(exc))
            return
        publish(self.parent(), done.changes)
        self.accept()
