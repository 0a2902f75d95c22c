"""Small pieces every screen shares: error colours, a debounce timer, settings, messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

ERROR_COLOR = "#a40000"
ERROR_STYLE = f"color: {ERROR_COLOR};"
OK_STYLE = "color: #1e6b2f;"
MUTED_STYLE = "color: #555;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)


def settings() -> QSettings:
    """The user's settings (organisation and application names are set by desk.app)."""
    return QSettings()


class Debouncer(QObject):
    """Runs `callback` once, `delay_ms` after the last `trigger()`: typing does not hit the database per key."""

    def __init__(self, delay_ms: int, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(callback)

    def trigger(self) -> None:
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Run now if a run is waiting (before saving, so the last keystroke is validated)."""
        if self._timer.isActive():
            self._timer.stop()
            self._callback()


def error_label(object_name: str = "") -> QLabel:
    """A red, wrapping, initially hidden label for the message under a field."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    label.hide()
    return label


def show_error_text(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def warn(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)
