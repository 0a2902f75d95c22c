"""The New request dialog (Ctrl+N): a walk-in logged from the keyboard in seconds."""

from __future__ import annotations

from desk.ui.intake.dialog import NewRequestDialog

__all__ = ["NewRequestDialog"]
