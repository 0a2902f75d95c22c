"""Invited against present, by unsur and by sex, on screen and printed."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.domain.document_kinds import DocumentKind
from desk.domain.forum_rules import ForumRecap, RecapLine
from desk.domain.messages import N_
from desk.store import access, forums
from desk.store.database import Database
from desk.ui.common import may
from desk.ui.forums import printing
from desk.ui.forums.common import tr
from desk.ui.preview import PdfPreview
from desk.ui.screen_text import format_percent
from desk.ui.translations import translated
from desk.ui.widgets.tables import fill_table, make_table

HEADERS = (N_("Diundang"), N_("Undangan hadir"), N_("Hadir tanpa undangan"), N_("Jumlah hadir"), N_("% undangan hadir"))


def percent(line: RecapLine) -> str:
    if not line.invited:
        return "–"
    return format_percent(100 * line.invited_present / line.invited)


def cells(line: RecapLine) -> list[str]:
    return [translated(line.label), str(line.invited), str(line.invited_present), str(line.walk_ins), str(line.present),
            percent(line)]


def summary(total: RecapLine) -> str:
    """One sentence per figure, so "4 hadir" and "75%" cannot be read as the same thing."""
    if not total.invited and not total.present:
        return tr("Belum ada peserta.")
    parts = []
    if total.invited:
        parts.append(tr("Diundang {invited} orang; yang hadir {came} orang ({rate}).").format(
            invited=total.invited, came=total.invited_present, rate=percent(total)))
    parts.append(tr("Hadir tanpa undangan: {walk} orang.").format(walk=total.walk_ins))
    parts.append(tr("Jumlah yang hadir: {present} orang.").format(present=total.present))
    return " ".join(parts)


class RecapPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.forum_id: int | None = None
        self.recap: ForumRecap | None = None
        self.preview: PdfPreview | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("recap_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr("<b>Menurut unsur</b>")))
        self.by_unsur = make_table([tr("Unsur"), *(tr(h) for h in HEADERS)], "recap_unsur", stretch=0,
                                   fit_contents=False)
        layout.addWidget(self.by_unsur, 3)
        layout.addWidget(QLabel(tr("<b>Menurut jenis kelamin</b>")))
        self.by_sex = make_table([tr("Jenis kelamin"), *(tr(h) for h in HEADERS)], "recap_sex", stretch=0,
                                 fit_contents=False)
        layout.addWidget(self.by_sex, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.pdf_button = QPushButton(tr("&Cetak rekap…"))
        self.pdf_button.setObjectName("recap_pdf")
        self.pdf_button.clicked.connect(self.print_recap)
        self.pdf_button.setVisible(may(db.actor, access.PRINT))
        row.addWidget(self.pdf_button)
        layout.addLayout(row)

    def show_recap(self, forum_id: int | None, recap: ForumRecap | None) -> None:
        self.forum_id, self.recap = forum_id, recap
        self.pdf_button.setEnabled(forum_id is not None)
        if recap is None:
            fill_table(self.by_unsur, [])
            fill_table(self.by_sex, [])
            self.summary.setText("")
            return
        total = recap.total
        fill_table(self.by_unsur, [cells(line) for line in (*recap.by_unsur, total)])
        fill_table(self.by_sex, [cells(line) for line in (*recap.by_sex, total)])
        self.by_unsur.resizeColumnsToContents()
        self.by_sex.resizeColumnsToContents()
        self.summary.setText(summary(total))

    def print_recap(self) -> None:
        if self.forum_id is None:
            return
        self.preview = printing.open_forum_document(
            self, self.db, self.forum_id, DocumentKind.FORUM_RECAP, build_recap,
            suggested_name=f"rekap-kehadiran-forum-{self.forum_id}.pdf")


def build_recap(data: forums.ForumPrintData, paper: str, copy_no: int) -> bytes:
    from desk.documents.forum_recap import render_forum_recap  # ReportLab only when asked for

    return render_forum_recap(data.office, data.forum, data.recap, paper=paper, copy_no=copy_no, now=data.now)
