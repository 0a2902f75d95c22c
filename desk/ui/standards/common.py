"""What the standards screens share: their translation context, an HTML list delegate and a report dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk.ui.translations import translated

HTML_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """The standards screens' text in the screen's language; with `n`, the plural form for n ("%n" is n)."""
    return QCoreApplication.translate("Standards", text, disambiguation or None, n)


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
        doc = self._document(opt, html, self._text_width(opt))
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
        doc = self._document(option, html, self._text_width(option))
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> float:
        # The same width for measuring and for painting: measured narrower, a line that just fits
        # when painted was counted twice and left an empty line under the item.
        width = option.widget.viewport().width() if option.widget is not None else 400  # type: ignore[attr-defined]
        return float(width - 4)


class ReportDialog(QDialog):
    """A message with a list of lines under it (import problems, what an import will do)."""

    def __init__(self, parent: QWidget | None, title: str, message: str, lines: list[str], *,
                 accept_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("report_dialog")
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        label = QLabel(translated(message))
        label.setWordWrap(True)
        label.setObjectName("message")
        layout.addWidget(label)
        self.lines = QPlainTextEdit("\n".join(translated(line) for line in lines))
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

