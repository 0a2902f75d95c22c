"""Argument types whose refusals are Desk's words in the run's language.

argparse turns a plain `type=int` or `type=date.fromisoformat` that fails into its own "invalid int value: 'x'"
("nilai 'x' tidak sah (harus int)" in Indonesian), naming a Python function. These say what to type instead.
"""

from __future__ import annotations

import argparse
from datetime import date

from desk.cli.speech import _tr


def whole_number(text: str) -> int:
    """A whole number typed on the command line ("10")."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _tr("'{text}' bukan bilangan bulat (tulis mis. 10)").format(text=text)) from None


def decimal_number(text: str) -> float:
    """A number with or without decimals ("2", "2.5" or "2,5")."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(
            _tr("'{text}' bukan angka (tulis mis. 2 atau 2,5)").format(text=text)) from None


def iso_date(text: str) -> date:
    """A date written 2026-11-01."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _tr("tanggal '{text}' tidak valid (tulis 2026-11-01)").format(text=text)) from None
