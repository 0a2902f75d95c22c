"""The mouse wheel changes a choice only after the officer clicked (or tabbed) into it.

Qt lets the wheel change a combo box, spin box or date field the pointer merely passes over, so
scrolling a form changes whatever slides under the pointer (on the office profile the time zone
went WITA → WIT → WIB). With the guard, a field without the keyboard focus hands the wheel to
the scroll area around it (the page scrolls on); once the officer has clicked into the field, the wheel
changes it as usual.

    guard_wheel(self)            # every combo, spin and date field under this widget, now
    guard_wheel(self.zone_box)   # or one field

Call it after the form is built (fields added later need their own call); calling it twice is
harmless.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit, QTimeEdit and QDateTimeEdit are spin boxes too
_PROPERTY = "desk_wheel_guarded"


class _WheelGuard(QObject):
    """One filter for every guarded field: a wheel over an unfocused field scrolls the page around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        area = _scroll_area_around(watched)
        if area is not None:
            # Handed to the page's scroll area itself: Qt passes only a real (spontaneous) wheel event
            # on to the parents, and the form between the field and the scroll area would swallow it.
            viewport = area.viewport()
            at = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            QApplication.sendEvent(viewport, QWheelEvent(
                at, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                event.modifiers(), event.phase(), event.inverted(), event.source()))
        event.accept()  # the field never sees it
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


_GUARD: _WheelGuard | None = None


def _guard() -> _WheelGuard:
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard(QApplication.instance())
    return _GUARD


def guard_wheel(root: QWidget) -> int:
    """Guard `root` (if it is such a field) and every such field under it; returns how many were guarded."""
    fields = [root] if isinstance(root, GUARDED) else []
    fields += [w for w in root.findChildren(QWidget) if isinstance(w, GUARDED)]
    guard = _guard()
    count = 0
    for field in fields:
        if field.property(_PROPERTY):
            continue
        # A wheel turn must not give the focus either (Qt.WheelFocus): only a click or Tab does.
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)
        field.setProperty(_PROPERTY, True)
        count += 1
    return count
