"""argparse's own words in Indonesian: "usage:", "options", "error: unrecognized arguments" and the rest.

argparse asks gettext for each of its words through its module-level `_` and `ngettext` at the moment it
writes them, so pointing those two at this table puts the whole help and every argument error in
Indonesian, with no message catalog file to ship. A word missing here (a newer Python) stays as argparse
wrote it. In English (`desk --lang en`) argparse keeps its own words.
"""

from __future__ import annotations

import argparse

WORDS: dict[str, str] = {
    "usage: ": "cara pakai: ",
    "options": "pilihan",
    "positional arguments": "argumen",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak dikenal (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah (harus %(type)s)",
    "expected one argument": "perlu satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": "pilihan %(option)s tidak jelas: bisa %(matches)s",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "berkas '%(filename)s' tidak dapat dibuka: %(error)s",
    "unexpected option string: %s": "pilihan tidak terduga: %s",
}
PLURALS: dict[str, str] = {"expected %s argument": "perlu %s nilai"}


def _gettext(text: str) -> str:
    return WORDS.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return PLURALS.get(singular) or (singular if n == 1 else plural)


_ORIGINAL = (getattr(argparse, "_", None), getattr(argparse, "ngettext", None))


def install(indonesian: bool = True) -> None:
    """argparse speaks Indonesian (or, with `indonesian` False, its own English) from now on, in this process."""
    gettext, ngettext = (_gettext, _ngettext) if indonesian else _ORIGINAL
    if gettext is not None and ngettext is not None and _ORIGINAL[0] is not None and _ORIGINAL[1] is not None:
        argparse._ = gettext  # type: ignore[attr-defined]
        argparse.ngettext = ngettext  # type: ignore[attr-defined]
