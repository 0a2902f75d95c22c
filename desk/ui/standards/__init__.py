"""The Standards area: look-up, the service's page, the admin's editor, comparison, publishing.

What the main window calls: `install(window, db)` once, in place of the placeholder area. It
adds the area under the "standards" key, lets it hear every change the window broadcasts, and
makes "Mulai permohonan" open the window's New request dialog with that service chosen.
"""

from __future__ import annotations

from typing import Any

from desk.store.database import Database
from desk.ui.standards.area import StandardsArea
from desk.ui.standards.common import tr
from desk.ui.standards.compare import CompareDialog
from desk.ui.standards.editor import StandardEditor
from desk.ui.standards.page import ServicePage

__all__ = ["AREA_KEY", "CompareDialog", "ServicePage", "StandardEditor", "StandardsArea", "install"]

AREA_KEY = "standards"  # desk.ui.main_window.STANDARDS


def install(window: Any, db: Database) -> StandardsArea:
    """Build the area for the officer `db` is bound to and add it to `window`."""
    area = StandardsArea(db)
    window.changed.connect(area.on_changed)
    area.start_request.connect(lambda service_id: start_request(window, service_id))
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        area.status_message.connect(lambda text: status_bar().showMessage(text, 15_000))
    window.add_area(AREA_KEY, tr("Standar Pelayanan"), area)
    return area


def start_request(window: Any, service_id: int) -> Any:
    """Open the New request dialog with `service_id` chosen; the NIK field keeps the focus for the visitor."""
    dialog = window.new_request()
    dialog.service.select_service(service_id)
    dialog.nik.setFocus()
    return dialog
