"""One step of a complaint's flow: what it needs (the unit and whom the disposition names, the
follow-up, the answer, the reason) asked in one small dialog, saved with Ctrl+Enter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.complaints import (
    MAX_ADDRESSEE,
    MAX_TEXT,
    STEP_LABELS,
    TEXT_NEEDED,
    ComplaintStatus,
    step_problem,
)
from desk.domain.messages import N_
from desk.domain.records import UnitRecord
from desk.ui.common import MUTED_STYLE, error_label, show_error_text
from desk.ui.register.reason import save_shortcuts
from desk.ui.translations import translated

PROMPTS: dict[ComplaintStatus, str] = {
    ComplaintStatus.VERIFIED: N_("Pengaduan sudah diperiksa: isinya jelas dan termasuk pelayanan kantor ini."),
    ComplaintStatus.FORWARDED: N_("Disposisi kepada kepala unit yang menangani."),
    ComplaintStatus.FOLLOWED_UP: N_("Tuliskan tindak lanjut yang dilakukan dan tanggapan yang disampaikan kepada "
                                 "pelapor."),
    ComplaintStatus.DONE: N_("Tuliskan jawaban akhir kepada pelapor. Jawaban ini dicetak pada surat jawaban."),
    ComplaintStatus.REJECTED: N_("Tuliskan alasan penolakan. Alasan dicetak pada surat jawaban."),
    ComplaintStatus.NOT_OURS: N_("Tuliskan alasannya dan instansi yang berwenang, bila diketahui. Alasan dicetak "
                              "pada surat jawaban."),
}


def default_addressee(unit: UnitRecord) -> str:
    return f"Kepala Bidang {unit.name}"


class StepDialog(QDialog):
    """`values()` after it is accepted: (text, unit id or None, addressee)."""

    def __init__(self, target: ComplaintStatus, current: str, units: tuple[UnitRecord, ...],
                 unit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target, self.current = target, current
        self.setObjectName("complaint_step")
        self.setWindowTitle(self.tr(STEP_LABELS[target]))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr(PROMPTS[target]))
        prompt.setWordWrap(True)
        prompt.setStyleSheet(MUTED_STYLE)
        layout.addWidget(prompt)
        form = QFormLayout()
        layout.addLayout(form)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.addressee = QLineEdit()
        self.addressee.setObjectName("addressee")
        self.addressee.setMaxLength(MAX_ADDRESSEE)
        self._units = units
        if target is ComplaintStatus.FORWARDED:
            for unit in units:
                self.unit.addItem(unit.name, unit.id)
            index = self.unit.findData(unit_id)
            self.unit.setCurrentIndex(max(0, index))
            form.addRow(self.tr("&Unit tujuan"), self.unit)
            form.addRow(self.tr("&Kepada"), self.addressee)
            self.unit.currentIndexChanged.connect(self._unit_changed)
            self._unit_changed()
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 14)
        caption = TEXT_NEEDED.get(target) or (N_("Isi disposisi") if target is ComplaintStatus.FORWARDED else N_("Catatan"))
        optional = "" if target in TEXT_NEEDED else self.tr(" (boleh kosong)")
        label = QLabel(self.tr(caption) + optional)
        label.setBuddy(self.text)
        form.addRow(label, self.text)
        self.problem = error_label("problem")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Simpan (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("save")
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        save_shortcuts(self, self._accept)
        (self.unit if target is ComplaintStatus.FORWARDED else self.text).setFocus()

    def _unit_changed(self) -> None:
        unit = next((u for u in self._units if u.id == self.unit.currentData()), None)
        known = {default_addressee(u) for u in self._units}
        if unit is not None and (not self.addressee.text().strip() or self.addressee.text() in known):
            self.addressee.setText(default_addressee(unit))

    def values(self) -> tuple[str, int | None, str]:
        unit_id = self.unit.currentData() if self.target is ComplaintStatus.FORWARDED else None
        return self.text.toPlainText().strip(), unit_id, self.addressee.text().strip()

    def _accept(self) -> None:
        text, unit_id, _addressee = self.values()
        problem = step_problem(self.current, self.target.value, text, unit_id)
        if problem is None and len(text) > MAX_TEXT:
            problem = self.tr("Teks terlalu panjang.")
        show_error_text(self.problem, translated(problem) if problem else "")
        if problem:
            self.text.setFocus()
            return
        self.accept()
