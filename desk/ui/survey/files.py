"""The survey's documents and files from the screen: report and poster previews, the Excel export,
the import template, and importing typed forms.

Previews go through the one PdfPreview and every print or save is in the print log. An import
shows every problem with its row and column, and nothing is stored when there is one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desk.domain.document_kinds import DocumentKind, PrintAction
from desk.domain.imports import ImportRejected
from desk.domain.skm import Period
from desk.domain.skm_records import SkmReport
from desk.store import prints, survey
from desk.store.database import Database
from desk.store.errors import StoreError
from desk.ui.common import tr
from desk.ui.operations import publish
from desk.ui.preview import PdfPreview
from desk.ui.survey.words import period_label
from desk.ui.translations import error_text, translated
from desk.ui.widgets import dialogs

PAPERS = ("A4", "F4")
EXCEL = "Excel (*.xlsx)"


def _report_data(parent: QWidget | None, db: Database, period: Period, unit_id: int | None,
                 service_id: int | None) -> SkmReport | None:
    try:
        return survey.report_data(db, period, unit_id=unit_id, service_id=service_id)
    except StoreError as exc:
        dialogs.inform(parent, tr("Laporan SKM"), error_text(exc), problem=True)
        return None


def open_document(parent: QWidget | None, db: Database, kind: DocumentKind, period: Period, *,
                  unit_id: int | None = None, service_id: int | None = None) -> PdfPreview | None:
    """The report or the poster of a period and scope in the preview (not blocking)."""
    data = _report_data(parent, db, period, unit_id, service_id)
    if data is None:
        return None

    def build(paper: str, _two_up: bool) -> bytes:
        if kind is DocumentKind.SKM_POSTER:
            from desk.documents.skm_poster import render_skm_poster

            return render_skm_poster(data, paper=paper)
        from desk.documents.skm_report import render_skm_report

        return render_skm_report(data, paper=paper)

    def record(action: str, paper: str, target: str) -> None:
        done = prints.record_print(db, kind, None, PrintAction(action), paper, target,
                                   {"period": period.code, "scope": data.main.scope.label})
        publish(parent, done.changes)

    slug = "".join(c if c.isalnum() else "-" for c in data.main.scope.code or "kantor").lower()
    name = f"{'poster' if kind is DocumentKind.SKM_POSTER else 'laporan'}-skm-{period.code}-{slug}.pdf"
    return PdfPreview.show_preview(parent, kind=kind.value, title=f"{translated(kind.label)} — {period_label(period)}", build=build,
                                   papers=PAPERS, paper="A4", on_output=record, suggested_name=name)


def export_sheet(parent: QWidget | None, db: Database, period: Period, *, unit_id: int | None = None,
                 service_id: int | None = None) -> str | None:
    """Ask where, then write the processing sheet; the file written, or None."""
    path = dialogs.choose_save_target(parent, tr("Ekspor lembar pengolahan SKM"), f"pengolahan-skm-{period.code}.xlsx",
                                      EXCEL)
    if path is None:
        return None
    from desk.formats.skm_workbook import processing_bytes

    try:
        sheet = survey.processing_sheet(db, period, unit_id=unit_id, service_id=service_id)
        path.write_bytes(processing_bytes(sheet))
    except StoreError as exc:
        dialogs.inform(parent, tr("Ekspor SKM"), error_text(exc), problem=True)
        return None
    except OSError as exc:
        dialogs.inform(parent, tr("Gagal menyimpan"), tr("Berkas {path} tidak dapat ditulis: {why}").format(
            path=path, why=exc.strerror or exc), problem=True)
        return None
    return str(path)


def save_template(parent: QWidget | None, db: Database) -> str | None:
    path = dialogs.choose_save_target(parent, tr("Simpan templat formulir SKM"), "templat-skm.xlsx", EXCEL)
    if path is None:
        return None
    from desk.formats.skm_workbook import template_bytes

    try:
        path.write_bytes(template_bytes(survey.template_services(db)))
    except StoreError as exc:
        dialogs.inform(parent, tr("Templat SKM"), error_text(exc), problem=True)
        return None
    except OSError as exc:
        dialogs.inform(parent, tr("Gagal menyimpan"), tr("Berkas {path} tidak dapat ditulis: {why}").format(
            path=path, why=exc.strerror or exc), problem=True)
        return None
    return str(path)


def show_problems(parent: QWidget | None, title: str, message: str, lines: list[str]) -> None:
    """A refusal with every problem listed (row and column); tests replace this seam."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    if lines:
        box.setInformativeText("\n".join(lines[:15]) + (tr("\n… dan {n} lagi").format(n=len(lines) - 15)
                                                         if len(lines) > 15 else ""))
        box.setDetailedText("\n".join(lines))
    box.exec()


def import_forms(parent: QWidget | None, db: Database) -> int | None:
    """Ask for the filled-in template and import it whole; the number of forms stored, or None."""
    path = dialogs.choose_open_file(parent, tr("Impor formulir SKM dari Excel"), EXCEL)
    if path is None:
        return None
    from desk.formats.skm_workbook import read_forms

    try:
        letters, rows = read_forms(path)
        done = survey.import_forms(db, rows, letters, path.name)
    except ImportRejected as exc:  # nothing was stored
        show_problems(parent, tr("Tidak ada yang diimpor"), error_text(exc),
                      [translated(p.text()) for p in exc.problems] if len(exc.problems) > 1 else [])
        return None
    except StoreError as exc:  # no right to import, a locked or full database
        dialogs.inform(parent, tr("Impor SKM"), error_text(exc), problem=True)
        return None
    publish(parent, done.changes)
    dialogs.inform(parent, tr("Impor selesai"), tr("{n} formulir diimpor dari {name}.").format(
        n=done.value, name=path.name))
    return done.value
