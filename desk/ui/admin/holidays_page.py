"""Holidays and working days (admin): the list by year, add/edit/delete, CSV import, weekdays,
and the requests whose due date moved because of a change.

Entering next year's SKB is meant to take a minute: import its CSV, or type the days in the
dialog with "Simpan dan tambah lagi" (the date moves on a day, kind and decree stay).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.holiday_rules import (
    CUTI_BERSAMA,
    KIND_LABELS,
    LIBUR_NASIONAL,
    LOKAL,
    WEEKDAY_NAMES,
    holiday_problems,
)
from desk.domain.messages import N_
from desk.domain.status import status_label
from desk.domain.text_id import format_numeric_date
from desk.store import holidays
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.holidays import HolidayChange, HolidayImport, HolidayRecord, InvalidHoliday, MovedRequest
from desk.store.work import Change, Done
from desk.ui.admin.common import TABLE_FILTERS, AdminPage, Clock, Rows, tr
from desk.ui.admin.library_dialog import LibraryImportDialog
from desk.ui.admin.warning import warning_texts
from desk.ui.common import (
    ERROR_STYLE,
    MUTED_STYLE,
    error_label,
    message_label,
    show_error_text,
    show_message,
)
from desk.ui.screen_text import format_long_date
from desk.ui.translations import error_text
from desk.ui.widgets import dialogs
from desk.ui.widgets.buttons import button_row, push_button
from desk.ui.widgets.tables import fill_table, make_table

COUNT_LABELS = {"libur_nasional": N_("libur nasional"), "cuti_bersama": N_("cuti bersama"), "lokal": N_("libur lokal")}
SaveHoliday = Callable[[date, str, str, str], HolidayChange]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


DATE_FORMAT = "dd-MM-yyyy"  # as the holiday table and the register show dates
DECREE_HINTS = {
    LIBUR_NASIONAL: N_("mis. SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor …"),
    CUTI_BERSAMA: N_("mis. SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor …"),
    LOKAL: N_("mis. Keputusan Bupati Balangan Nomor …"),
}


class HolidayDialog(QDialog):
    """Add holidays (one after another) or edit one; each save goes to the store at once.

    A new holiday starts with no kind chosen: a local day off is not an SKB holiday. Choosing a
    kind offers the decree last used for that kind this year (``decrees``), never the SKB for a
    local holiday; "Simpan dan tambah lagi" keeps the kind and decree for the next day.
    """

    def __init__(self, save: SaveHoliday, holiday: HolidayRecord | None = None, *, start: date | None = None,
                 decrees: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.holiday = holiday
        self._decrees = dict(decrees or {})
        self._offered_decree = ""  # what the decree field holds because a kind was chosen, not typed
        self.changes: list[HolidayChange] = []
        self.setWindowTitle(tr("Ubah hari libur") if holiday else tr("Tambah hari libur"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = QDateEdit()
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setDate(_qdate(holiday.date if holiday else (start or date.today())))
        self.day_text = QLabel()
        self.day_text.setStyleSheet(MUTED_STYLE)
        self.date.dateChanged.connect(self._show_day)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.day_text, 1)
        self.name = QLineEdit(holiday.name if holiday else "")
        self.name.setObjectName("name")
        self.name.setPlaceholderText(tr("mis. Tahun Baru 2027 Masehi"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(tr("— pilih jenis —"), "")
        for key, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(holiday.kind if holiday else "")))
        self.decree = QLineEdit(holiday.decree if holiday else "")
        self.decree.setObjectName("decree")
        self.kind.currentIndexChanged.connect(lambda _index: self._kind_chosen())
        self._show_decree_hint()
        self.field_errors = {key: error_label(f"{key}_error") for key in ("date", "name", "kind", "decree")}
        for key, label, editor in (("date", tr("&Tanggal:"), date_row), ("name", tr("&Nama:"), self.name),
                                   ("kind", tr("&Jenis:"), self.kind), ("decree", tr("&Dasar hukum:"), self.decree)):
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if isinstance(editor, QHBoxLayout):
                cell.addLayout(editor)
            else:
                cell.addWidget(editor)
            cell.addWidget(self.field_errors[key])
            buddy = QLabel(label)
            buddy.setBuddy(self.date if key == "date" else editor)  # type: ignore[arg-type]
            form.addRow(buddy, cell)
        layout.addLayout(form)
        self.status = message_label("dialog_status")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.again_button: QPushButton | None = None
        if holiday is None:
            self.again_button = buttons.addButton(tr("Simpan dan t&ambah lagi"), QDialogButtonBox.ButtonRole.ActionRole)
            self.again_button.setObjectName("save_again")
            self.again_button.clicked.connect(self.save_and_next)
            QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save_and_next)
        close = buttons.addButton(tr("Tutup") if holiday is None else tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self._close)
        self.save_button.clicked.connect(self.save_and_close)
        layout.addWidget(buttons)
        self._show_day()

    def _show_day(self) -> None:
        self.day_text.setText(format_long_date(_pydate(self.date.date())))

    def _show_decree_hint(self) -> None:
        kind = str(self.kind.currentData())
        self.decree.setPlaceholderText(tr(DECREE_HINTS.get(kind, N_("Pilih jenisnya dulu: SKB tiga menteri atau "
                                                                       "Keputusan Bupati"))))

    def _kind_chosen(self) -> None:
        """Offer the decree last used for this kind, unless the admin typed one of their own."""
        self._show_decree_hint()
        if self.decree.text() == self._offered_decree:
            self._offered_decree = self._decrees.get(str(self.kind.currentData()), "")
            self.decree.setText(self._offered_decree)

    def save(self) -> bool:
        for label in self.field_errors.values():
            show_error_text(label, "")
        day, name, kind, decree = _pydate(self.date.date()), self.name.text(), str(self.kind.currentData()), \
            self.decree.text()
        problems = holiday_problems(day, name, kind, decree)
        if not kind:
            problems["kind"] = tr("Pilih jenis hari libur.")
        try:
            if problems:
                raise InvalidHoliday(problems)
            change = self._save(day, name, kind, decree)
        except InvalidHoliday as exc:
            for key, message in exc.errors.items():
                show_error_text(self.field_errors.get(key, self.field_errors["name"]), message)
            return False
        except StoreError as exc:
            show_message(self.status, error_text(exc), problem=True)
            return False
        self.changes.append(change)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def save_and_next(self) -> None:
        if not self.save():
            return
        saved = self.changes[-1].holiday
        show_message(self.status, tr("Tersimpan: {day}, {name}.").format(day=format_long_date(saved.date),
                                                                      name=saved.name))
        self._decrees[saved.kind] = saved.decree
        self._offered_decree = saved.decree  # kept for the next day, still replaced if another kind is chosen
        self.date.setDate(_qdate(saved.date + timedelta(days=1)))
        self.name.clear()
        self.name.setFocus()

    def _close(self) -> None:
        if self.changes:
            self.accept()
        else:
            self.reject()

    @classmethod
    def ask(cls, parent: QWidget | None, save: SaveHoliday, holiday: HolidayRecord | None = None, *,
            start: date | None = None, decrees: Mapping[str, str] | None = None) -> list[HolidayChange]:
        """Run the dialog; the changes it stored (empty when nothing was saved)."""
        dialog = cls(save, holiday, start=start, decrees=decrees, parent=parent)
        dialog.exec()
        return dialog.changes


def describe_holiday_import(report: HolidayImport) -> list[tuple[str, str, str, bool]]:
    rows = []
    for row in report.rows:
        shown_date = format_numeric_date(row.date) if row.date else (row.cells[0] if row.cells else "")
        kind = KIND_LABELS.get(row.kind, row.kind)
        rows.append((str(row.line), f"{shown_date}  {row.name}  ({kind})",
                     tr("OK") if row.ok else "; ".join(row.problems), row.ok))
    return rows


class HolidaysPage(AdminPage):
    KINDS = frozenset({Change.CALENDAR, Change.OFFICE})  # the office's time zone decides which year is "this"

    def __init__(self, db: Database, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, parent, message_name="holidays_message", clock=clock)
        self.records: tuple[HolidayRecord, ...] = ()
        self.last_moved: tuple[MovedRequest, ...] = ()
        self._year_after_change: int | None = None  # the year an action of this page wants shown next
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.warning = QLabel()
        self.warning.setObjectName("coverage_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        layout.addWidget(self.warning)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&Tahun:")))
        self.year = QComboBox()
        self.year.setObjectName("year")
        self.year.currentIndexChanged.connect(self._show_year)
        top.itemAt(0).widget().setBuddy(self.year)  # type: ignore[union-attr]
        top.addWidget(self.year)
        self.summary = QLabel()
        self.summary.setObjectName("year_summary")
        top.addWidget(self.summary, 1)
        self.library_button = push_button(tr("Ambil dari &daftar bawaan Desk…"), self.import_from_library,
                                          "from_library")
        self.library_button.setToolTip(tr("Libur nasional dan cuti bersama tahun ini dari daftar yang terpasang "
                                          "bersama Desk, tanpa internet"))
        top.addWidget(self.library_button)
        layout.addLayout(top)

        self.table = make_table([tr("Tanggal"), tr("Hari"), tr("Jenis"), tr("Nama"), tr("Dasar hukum")], "holidays")
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 3)

        self.add_button = push_button(tr("Ta&mbah…"), self.add, "add_holiday")
        self.edit_button = push_button(tr("&Ubah…"), self.edit_selected)
        self.delete_button = push_button(tr("&Hapus"), self.delete_selected)
        self.import_button = push_button(tr("&Impor CSV/Excel…"), self.import_file, "import_holidays")
        hint = QLabel(tr("Kolom: tanggal, nama, jenis (libur_nasional / cuti_bersama / lokal), dasar hukum"))
        hint.setStyleSheet(MUTED_STYLE)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button, self.import_button,
                                    note=hint))
        QShortcut(QKeySequence("Insert"), self.table, activated=self.add)
        QShortcut(QKeySequence("Delete"), self.table, activated=self.delete_selected)
        QShortcut(QKeySequence("F2"), self.table, activated=self.edit_selected)

        week = QGroupBox(tr("Hari kerja dalam seminggu"))
        week_row = QHBoxLayout(week)
        self.weekday_boxes: list[QCheckBox] = []
        for index, name in enumerate(WEEKDAY_NAMES):
            box = QCheckBox(tr(name))
            box.setObjectName(f"weekday_{index}")
            self.weekday_boxes.append(box)
            week_row.addWidget(box)
        week_row.addStretch(1)
        self.weekdays_button = push_button(tr("Simpan hari &kerja"), self.save_weekdays, "save_weekdays")
        week_row.addWidget(self.weekdays_button)
        layout.addWidget(week)

        moved = QGroupBox(tr("Permohonan yang tenggatnya berubah karena perubahan terakhir"))
        moved_layout = QVBoxLayout(moved)
        self.moved_label = QLabel(tr("Belum ada perubahan hari libur di layar ini."))
        self.moved_label.setObjectName("moved_label")
        self.moved_label.setWordWrap(True)
        moved_layout.addWidget(self.moved_label)
        self.moved_table = make_table([tr("Nomor"), tr("Pemohon"), tr("Status"), tr("Tenggat lama"), tr("Tenggat baru"),
                                  tr("Layanan")], "moved")
        self.moved_table.hide()
        moved_layout.addWidget(self.moved_table)
        layout.addWidget(moved, 1)
        layout.addWidget(self.message)

    # --- data -----------------------------------------------------------------------------------

    def reload(self, year: int | None = None) -> None:
        wanted = year or self._year_after_change or (self.year.currentData() if self.year.count() else None)
        self._year_after_change = None
        try:
            view = holidays.calendar_view(self.db, wanted, now=self.now())
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        self.year.blockSignals(True)
        self.year.clear()
        for y in view.years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(view.year)))
        self.year.blockSignals(False)
        warnings = warning_texts(view.coverage)
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        for index, box in enumerate(self.weekday_boxes):
            box.setChecked(index in view.weekdays)
        self._show(view.year, view.holidays)

    def _show_year(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        try:
            shown = holidays.list_holidays(self.db, int(year))
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return
        self._show(int(year), shown)

    def _show(self, year: int, records: tuple[HolidayRecord, ...]) -> None:
        self.records = records
        fill_table(self.table, [
            (format_numeric_date(h.date), format_long_date(h.date).split(",")[0], tr(h.kind_label), h.name, h.decree)
            for h in self.records
        ], [h.id for h in self.records])
        counts = {kind: sum(1 for h in self.records if h.kind == kind) for kind in KIND_LABELS}
        # The list that comes with Desk is offered for a year whose SKB holidays are not in yet.
        self.library_button.setVisible(not counts[LIBUR_NASIONAL])
        if self.records:
            self.summary.setText(" · ".join(f"{n} {tr(COUNT_LABELS[k])}" for k, n in counts.items()))
        else:
            self.summary.setText(tr("Belum ada hari libur untuk tahun {year}: ambil dari daftar bawaan Desk, impor "
                                    "daftar SKB tiga menteri (CSV atau Excel) atau tambahkan satu per satu.")
                                 .format(year=year))

    def selected(self) -> HolidayRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.records[rows[0].row()]

    def show_moved(self, moved: Sequence[MovedRequest], what: str) -> None:
        self.last_moved = tuple(moved)
        if not moved:
            self.moved_label.setText(tr("{what}. Tidak ada tenggat permohonan yang berubah.").format(what=what))
            self.moved_table.hide()
            return
        self.moved_label.setText(tr("{what}. Tenggat {n} permohonan yang masih berjalan berubah; tiap perubahan "
                                    "tercatat di riwayat permohonannya. Beri tahu pemohon bila perlu.")
                                 .format(what=what, n=len(moved)))
        fill_table(self.moved_table, [
            (m.ref_number, m.visitor_name, status_label(m.status), format_long_date(m.old_due),
             format_long_date(m.new_due), m.service_name)
            for m in moved
        ])
        self.moved_table.show()

    def _after_change(self, moved: Sequence[MovedRequest], what: str) -> None:
        """Say what the action did; the list itself reloaded when the main window passed the change on."""
        show_message(self.message, "")
        self.show_moved(moved, what)

    # --- actions --------------------------------------------------------------------------------

    def _store_save(self, holiday_id: int | None) -> SaveHoliday:
        def save(day: date, name: str, kind: str, decree: str) -> HolidayChange:
            if holiday_id is None:
                done = holidays.add_holiday(self.db, day, name, kind, decree, now=self.now())
            else:
                done = holidays.update_holiday(self.db, holiday_id, day, name, kind, decree, now=self.now())
            self._year_after_change = day.year  # the page reloads on the year just saved in
            return self.done(done)
        return save

    def add(self) -> list[HolidayChange]:
        year = int(self.year.currentData())
        last = self.records[-1] if self.records else None
        start = last.date + timedelta(days=1) if last else date(year, 1, 1)
        decrees = {h.kind: h.decree for h in self.records if h.decree}  # the last one of each kind
        changes = HolidayDialog.ask(self, self._store_save(None), start=start, decrees=decrees)
        self._after_dialog(changes, tr("{n} hari libur ditambahkan"))
        return changes

    def edit_selected(self) -> list[HolidayChange]:
        holiday = self.selected()
        if holiday is None:
            return []
        changes = HolidayDialog.ask(self, self._store_save(holiday.id), holiday)
        self._after_dialog(changes, tr("Hari libur diubah"))
        return changes

    def _after_dialog(self, changes: list[HolidayChange], what: str) -> None:
        if not changes:
            return
        moved: dict[int, MovedRequest] = {}
        for change in changes:  # several saves in a row: the last move of each request counts
            for m in change.moved:
                first = moved.get(m.id)
                moved[m.id] = m if first is None else MovedRequest(
                    m.id, m.ref_number, m.visitor_name, m.service_name, m.status, first.old_due, m.new_due)
        shown = [m for m in moved.values() if m.old_due != m.new_due]
        self._after_change(shown, what.format(n=len(changes)))

    def delete_selected(self) -> bool:
        holiday = self.selected()
        if holiday is None:
            return False
        question = tr("Hapus {day}, {name} dari daftar hari libur? Tenggat permohonan yang masih berjalan dihitung "
                      "ulang.").format(day=format_long_date(holiday.date), name=holiday.name)
        if not dialogs.confirm(self, tr("Hapus hari libur"), question, tr("Hapus")):
            return False
        self._year_after_change = holiday.date.year
        change = self.perform(lambda: holidays.delete_holiday(self.db, holiday.id, now=self.now()))
        if change is None:
            self._year_after_change = None
            return False
        self._after_change(change.moved, tr("{name} dihapus").format(name=holiday.name))
        return True

    @staticmethod
    def choose_file(parent: QWidget | None) -> Path | None:
        """The CSV or Excel file the admin picks (patched in tests)."""
        return dialogs.choose_open_file(parent, tr("Impor hari libur dari CSV atau Excel"), tr(TABLE_FILTERS))

    def import_file(self) -> HolidayImport | None:
        path = self.choose_file(self)
        if path is None:
            return None
        report = self.import_table_file(
            path,
            lambda rows, replace: holidays.check_holiday_import(self.db, rows, replace_years=replace),
            lambda rows, replace: self._import(rows, replace),
            title=tr("Impor hari libur: {name}").format(name=path.name),
            intro=tr("Setiap baris diperiksa. Bila satu saja bermasalah, tidak ada yang diimpor. Setelah impor, "
                     "tenggat permohonan yang masih berjalan dihitung ulang."),
            describe=describe_holiday_import,
            replace_label=tr("&Ganti daftar hari libur tahun yang ada di berkas (SKB perubahan)"),
        )
        if report is None:
            return None
        what = tr("{n} hari libur diimpor dari {name}").format(n=report.imported, name=path.name)
        self._after_change(report.moved, what)
        return report

    def _import(self, rows: Rows, replace: bool) -> Done[HolidayImport]:
        done = holidays.import_holidays(self.db, rows, replace_years=replace, now=self.now())
        years = sorted({r.date.year for r in done.value.rows if r.date})
        if done.value.ok and years:
            self._year_after_change = years[0]  # the page reloads on the imported year
        return done

    @staticmethod
    def run_library(dialog: LibraryImportDialog) -> bool:
        """Show the library's list for the year and wait: whether the admin pressed Impor (patched in tests)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def import_from_library(self) -> HolidayImport | None:
        """The shown year's libur nasional and cuti bersama from the list that comes with Desk."""
        year = int(self.year.currentData())
        try:
            offer = holidays.library_offer(self.db, year)
        except StoreError as exc:
            show_message(self.message, error_text(exc), problem=True)
            return None
        dialog = LibraryImportDialog(offer, self)
        if not self.run_library(dialog):
            return None
        self._year_after_change = year
        report = self.perform(lambda: holidays.import_library_holidays(self.db, year, confirmed=dialog.confirmed,
                                                                        now=self.now()))
        if report is None:
            self._year_after_change = None
            return None
        what = tr("{n} hari libur {year} ditambahkan dari daftar bawaan Desk ({source})").format(
            n=report.imported, year=year, source=offer.source)
        self._after_change(report.moved, what)
        return report

    def save_weekdays(self) -> bool:
        days = [i for i, box in enumerate(self.weekday_boxes) if box.isChecked()]
        moved = self.perform(lambda: holidays.set_working_weekdays(self.db, days, now=self.now()))
        if moved is None:
            return False
        names = ", ".join(tr(WEEKDAY_NAMES[d]) for d in days)
        self._after_change(moved, tr("Hari kerja: {names}").format(names=names))
        return True
