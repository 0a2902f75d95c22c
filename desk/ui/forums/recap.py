"""Invited against present, by unsur and by sex, on screen and as a PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.domain.forum_rules import ForumRecap, RecapLine
from desk.store import access, forums
from desk.store.database import Database
from desk.ui.common import ActorSource, may, resolve_actor
from desk.ui.forums import printing
from desk.ui.forums.common import tr
from desk.ui.widgets.tables import fill_table, make_table

HEADERS = ("Diundang", "Undangan hadir", "Hadir tanpa undangan", "Jumlah hadir", "% undangan hadir")


def percent(line: RecapLine) -> str:
    if not line.invited:
        return "–"
    return f"{100 * line.invited_present / line.invited:.1f}%".replace(".", ",")


def cells(line: RecapLine) -> list[str]:
    return [line.label, str(line.invited), str(line.invited_present), str(line.walk_ins), str(line.present),
            percent(line)]


class RecapPanel(QWidget):
    def __init__(self, db: Database, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.forum_id: int | None = None
        self.recap: ForumRecap | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("recap_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr("<b>Menurut unsur</b>")))
        self.by_unsur = make_table([tr("Unsur"), *(tr(h) for h in HEADERS)], "recap_unsur", stretch=0, fit_contents=False)
        layout.addWidget(self.by_unsur, 3)
        layout.addWidget(QLabel(tr("<b>Menurut jenis kelamin</b>")))
        self.by_sex = make_table([tr("Jenis kelamin"), *(tr(h) for h in HEADERS)], "recap_sex", stretch=0, fit_contents=False)
        layout.addWidget(self.by_sex, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.pdf_button = QPushButton(tr("Rekap sebagai &PDF…"))
        self.pdf_button.setObjectName("recap_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setVisible(may(actor, access.PRINT))
        row.addWidget(self.pdf_button)
        layout.addLayout(row)

    def load(self, forum_id: int | None) -> None:
        self.forum_id = forum_id
        if forum_id is None:
            self.recap = None
            fill_table(self.by_unsur, [])
            fill_table(self.by_sex, [])
            self.summary.setText("")
            return
        with self.db.read(resolve_actor(self.actor)) as session:
            self.recap = forums.forum_recap(session, forum_id)
        total = self.recap.total
        fill_table(self.by_unsur, [cells(line) for line in (*self.recap.by_unsur, total)])
        fill_table(self.by_sex, [cells(line) for line in (*self.recap.by_sex, total)])
        self.by_unsur.resizeColumnsToContents()
        self.by_sex.resizeColumnsToContents()
        self.summary.setText(tr("Hadir {present} orang dari {invited} undangan ({rate} undangan hadir), "
                                "{walk} orang tanpa undangan.").format(
            present=total.present, invited=total.invited, rate=percent(total), walk=total.walk_ins))

    def save_pdf(self) -> None:
        if self.forum_id is None:
            return
        from desk.documents.forum_recap import render_forum_recap

        paper = printing.office_paper(self.db, self.actor)

        printing.deliver(self, self.db, self.actor, self.forum_id, "forum_recap",
                         lambda data: render_forum_recap(data.office, data.forum, data.recap, paper=paper),
                         paper=paper, suggested_name=f"rekap-kehadiran-forum-{self.forum_id}.pdf")
