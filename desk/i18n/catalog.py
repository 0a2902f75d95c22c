"""A compiled catalog (.qm) read with the standard library, so the command line (which never loads Qt)
and the window share one lookup.

Desk's source texts are Indonesian and unique enough to be found by themselves: a text is looked up in
its own context first, then anywhere in the catalog. That keeps a translation found when PySide's
`self.tr()` names the object's own class (a subclass) where lupdate wrote the class the code is in, and
for the module-level `tr()` helpers and `N_()` messages, which lupdate files under no class.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

CATALOG_DIR = Path(__file__).resolve().parent
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


@dataclass(frozen=True)
class Catalog:
    by_context: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    by_source: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def translate(self, context: str, source: str, n: int = -1) -> str | None:
        """The translation of `source` (the plural form for `n` when there are two), or None."""
        forms = self.by_context.get((context, source)) or self.by_source.get(source)
        if not forms:
            return None
        return forms[0] if n == 1 or len(forms) == 1 else forms[-1]

    def __len__(self) -> int:
        return len(self.by_context)


def parse(data: bytes) -> Catalog:
    """The messages of a .qm file: (context, source) -> translations (one, or the plural forms)."""
    if data[:16] != _MAGIC:
        raise ValueError("not a Qt translation catalog")
    catalog = Catalog()
    at = 16
    while at < len(data):
        tag, length = data[at], struct.unpack(">I", data[at + 1 : at + 5])[0]
        block, at = data[at + 5 : at + 5 + length], at + 5 + length
        if tag != _MESSAGES:
            continue
        pos, texts, forms = 0, {}, []
        while pos < len(block):
            kind, pos = block[pos], pos + 1
            if kind == _END:
                source = texts.get(_SOURCE, "")
                if forms and source:
                    catalog.by_context[(texts.get(_CONTEXT, ""), source)] = tuple(forms)
                    catalog.by_source.setdefault(source, tuple(forms))
                texts, forms = {}, []
                continue
            if kind == _OBSOLETE1:
                continue
            size, pos = struct.unpack(">I", block[pos : pos + 4])[0], pos + 4
            if size == 0xFFFFFFFF:
                continue
            raw = block[pos : pos + size]
            pos += size
            if kind == _TRANSLATION:
                forms.append(raw.decode("utf-16-be"))
            elif kind in (_SOURCE, _CONTEXT, _COMMENT):
                texts[kind] = raw.decode("utf-8")
    return catalog


@cache
def load(name: str) -> Catalog | None:
    """desk/i18n/<name>.qm, or None when it was not compiled (`make i18n`)."""
    path = CATALOG_DIR / f"{name}.qm"
    try:
        return parse(path.read_bytes())
    except (OSError, ValueError):
        return None
