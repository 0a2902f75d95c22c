"""Running `desk` in-process as a test does: its exit code and everything it said."""

from __future__ import annotations

import pytest

from desk.cli import main


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Exit code and standard output + error of `desk *args` (argparse's SystemExit read as the code)."""
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse ends help and argument errors this way
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out + err
