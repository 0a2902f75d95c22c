"""`make i18n-update`: pyside6-lupdate over desk/ into Desk's catalog, desk/i18n/desk_en.ts.

New texts arrive unfinished; `tests/test_i18n_catalog.py` fails until each has its English, and when
the catalog lacks a text lupdate finds. The same command serves both, so they cannot disagree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desk.i18n.catalog import CATALOG_DIR

DESK = CATALOG_DIR.parent
APP_CATALOG = CATALOG_DIR / "desk_en.ts"
# The module-level helpers named tr/_tr and the N_() marker of the store and domain rooms.
ALIASES = "QT_TR_NOOP+=N_,tr+=_tr"


def lupdate_command(ts: Path) -> list[str]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    return [str(lupdate), "-silent", "-extensions", "py", "-recursive", "-no-obsolete", "-locations", "none",
            "-tr-function-alias", ALIASES, "-source-language", "id_ID", "-target-language", "en_GB",
            str(DESK), "-ts", str(ts)]


def main() -> int:
    return subprocess.run(lupdate_command(APP_CATALOG), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
