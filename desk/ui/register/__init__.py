"""The register of service requests: search, filters, lazy table, detail panel and status actions."""

from __future__ import annotations

from desk.ui.register.model import RegisterModel
from desk.ui.register.page import RegisterPage
from desk.ui.register.reason import ReasonDialog

__all__ = ["ReasonDialog", "RegisterModel", "RegisterPage"]
