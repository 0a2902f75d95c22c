"""The newest backup's status in the screen's language (Hari ini, the Backup page, the status bar's tip).

desk.safety.backups says it in Indonesian for the command line (`BackupStatus.message`); a screen builds
the same sentence from the status's parts with its own words, dates and numbers.
"""

from __future__ import annotations

from desk.safety.backups import BackupStatus, format_size
from desk.ui.common import tr
from desk.ui.screen_text import format_datetime
from desk.ui.translations import INDONESIAN, current_language

_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def size_text(size: int) -> str:
    """"1,2 MB", or "1.2 MB" in English."""
    text = format_size(size)
    return text if current_language() == INDONESIAN else text.translate(_SWAP_SEPARATORS)


def status_text(status: BackupStatus, tz: str) -> str:
    """"Belum ada cadangan basis data.", "Rabu, 2 Desember 2026 pukul 15.29 WITA (hari ini), 1,0 MB", or
    the warning that the newest backup is too old."""
    if status.newest is None or status.age is None:
        return tr("Belum ada cadangan basis data.")
    days = max(0, status.age.days)
    when = format_datetime(status.newest.created_at, tz)
    ago = tr("hari ini") if days == 0 else tr("%n hari lalu", "", days)
    if status.too_old:
        return tr("Cadangan terakhir {when} ({ago}), lebih lama dari batas %n hari. Buat cadangan sekarang.", "",
                  status.warn_after_days).format(when=when, ago=ago)
    return f"{when} ({ago}), {size_text(status.newest.size)}"

