"""The mouse wheel changes a combo box, spin box or date field only once the officer has clicked into it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.ui.widgets.wheel_guard import guard_wheel


def wheel(widget: QWidget, notches: int = -1) -> None:
    """Turn the wheel over the middle of `widget` (down: negative), as a mouse would."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def long_form(qtbot: QtBot) -> tuple[QScrollArea, QComboBox, QSpinBox, QDateEdit]:
    page = QWidget()
    form = QFormLayout(page)
    zone = QComboBox()
    zone.addItems(["WITA", "WIT", "WIB"])
    spin = QSpinBox()
    spin.setValue(5)
    day = QDateEdit(QDate(2026, 12, 3))
    form.addRow("Zona waktu", zone)
    form.addRow("Retensi", spin)
    form.addRow("Tanggal", day)
    for n in range(40):  # taller than the window: the page scrolls
        form.addRow(f"Baris {n}", QSpinBox())
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.resize(400, 300)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    return scroll, zone, spin, day


def test_scrolling_past_a_choice_scrolls_the_page_and_leaves_the_choice(qtbot: QtBot) -> None:
    scroll, zone, spin, day = long_form(qtbot)
    assert guard_wheel(scroll) >= 43
    for field in (zone, spin, day):
        wheel(field)
    assert (zone.currentText(), spin.value(), day.date()) == ("WITA", 5, QDate(2026, 12, 3))
    assert scroll.verticalScrollBar().value() > 0  # the turns went to the page
    assert not any(f.hasFocus() for f in (zone, spin, day))  # and gave no field the focus


def test_after_a_click_the_wheel_changes_the_field(qtbot: QtBot) -> None:
    scroll, zone, spin, _day = long_form(qtbot)
    guard_wheel(scroll)
    guard_wheel(scroll)  # twice is harmless
    scroll.activateWindow()
    qtbot.waitUntil(scroll.isActiveWindow)
    qtbot.mouseClick(spin.findChild(QLineEdit), Qt.MouseButton.LeftButton)  # the officer clicks into it
    assert spin.hasFocus()
    wheel(spin, +1)
    assert spin.value() == 6
    zone.setFocus()
    wheel(zone, -1)
    assert zone.currentText() == "WIT"


def test_without_the_guard_qt_would_change_it() -> None:
    """The trap the guard closes, as Qt has it: a wheel over an unfocused combo changes it."""
    zone = QComboBox()
    zone.addItems(["WITA", "WIT", "WIB"])
    zone.resize(120, 30)
    zone.show()
    wheel(zone, -1)
    assert zone.currentText() == "WIT"
    zone.close()
