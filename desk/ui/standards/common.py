"""What the standards screens share: who is acting, an HTML list delegate, file choosers and messages.

The choosers and questions are module functions so tests replace them (monkeypatch) instead of
meeting a modal dialog.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk.store import access
from desk.store.access import Actor
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.store.users import get_user

log = logging.getLogger(__name__)

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
ActorSource = Actor | Callable[[], Actor | None] | None


def tr(text: str) -> str:
    return QCoreApplication.translate("Standards", text)


def resolve_actor(source: ActorSource) -> Actor | None:
    return source() if callable(source) else source


def actor_for(db: Database, user_id: int | None) -> Actor | None:
    """The officer on duty as an Actor: the database's own when it carries one, else from the user id."""
    bound = getattr(db, "actor", None)
    if isinstance(bound, Actor):
        return bound
    if user_id is None:
        return None
    try:
        with db.read() as session:
            user = get_user(session, user_id)
    except StoreError:
        return None
    return Actor(user.id, user.username, user.full_name, user.role) if user else None


def can(actor: Actor | None, permission: str) -> bool:
    return access.allowed(actor, permission)


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text as rich text (bold code, marked search words, grey snippets)."""

    def _document(self, option: QStyleOptionViewItem, html: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(html)
        doc.setTextWidth(max(50.0, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        html = index.data(HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, html, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        width = option.widget.viewport().width() if option.widget is not None else 400  # type: ignore[attr-defined]
        doc = self._document(option, html, width - 4)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


# --- files and messages (patched in tests) -------------------------------------------------------


def choose_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
    return Path(name) if name else None


def choose_open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def inform(parent: QWidget | None, title: str, text: str, *, problem: bool = False) -> None:
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


class ReportDialog(QDialog):
    """A message with a list of lines under it (import problems, what an import will do)."""

    def __init__(self, parent: QWidget | None, title: str, message: str, lines: list[str], *,
                 accept_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("report_dialog")
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        label.setObjectName("message")
        layout.addWidget(label)
        self.lines = QPlainTextEdit("\n".join(lines))
        self.lines.setObjectName("lines")
        self.lines.setReadOnly(True)
        layout.addWidget(self.lines, 1)
        buttons = QDialogButtonBox()
        if accept_text:
            buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, message: str, lines: list[str], accept_text: str) -> bool:
        return cls(parent, title, message, lines, accept_text=accept_text).exec() == QDialog.DialogCode.Accepted

    @classmethod
    def show_lines(cls, parent: QWidget | None, title: str, message: str, lines: list[str]) -> None:
        cls(parent, title, message, lines).exec()


def preview_available() -> bool:
    """Whether the shared PDF preview widget (desk.ui.preview) is in this build."""
    try:
        return importlib.util.find_spec("desk.ui.preview") is not None
    except ModuleNotFoundError:  # pragma: no cover
        return False
