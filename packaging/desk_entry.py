"""Entry point of the frozen Desk (packaging/desk.spec): `desk` (console) and `desk-gui` (windowed) run this.

Without a command Desk opens its window, exactly as `desk` from a wheel does. A windowed program
on Windows has no console: standard output and error go nowhere instead of failing on a print.
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__":
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as Desk)

    from desk.cli import main

    sys.exit(main())
