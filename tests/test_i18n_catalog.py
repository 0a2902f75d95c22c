"""Desk's own catalog (desk/i18n/desk_en.ts) holds every text `pyside6-lupdate` finds in desk/, each with
its English, and nothing lupdate no longer finds. `make i18n-update` refreshes it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desk.i18n import catalog
from desk.i18n.extract import APP_CATALOG, lupdate_command
from tests.i18n_support import read_ts

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")


def test_lupdate_finds_no_text_the_catalog_lacks_and_the_catalog_keeps_no_stale_one(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(lupdate_command(fresh), check=True, capture_output=True, timeout=120)
    found = {(m.context, m.source) for m in read_ts(fresh)}
    ours = {(m.context, m.source) for m in read_ts(APP_CATALOG)}
    assert len(found) > 1000
    assert sorted(found - ours) == [], "texts not in desk/i18n/desk_en.ts: run `make i18n-update` and translate them"
    assert sorted(ours - found) == [], "desk/i18n/desk_en.ts holds texts Desk no longer has: run `make i18n-update`"


def test_every_text_has_its_english_with_the_same_placeholders_and_an_accelerator_where_it_had_one() -> None:
    messages = read_ts(APP_CATALOG)
    unfinished = [m.source for m in messages if not m.finished or not m.translation.strip()]
    assert unfinished == [], f"{len(unfinished)} of {len(messages)} texts have no English yet"
    for message in messages:
        assert sorted(PLACEHOLDER.findall(message.source)) == sorted(PLACEHOLDER.findall(message.translation)), message
        assert ("&" in message.source.replace("&&", "")) == ("&" in message.translation.replace("&&", "")), message


def test_the_compiled_catalog_is_the_one_the_sources_make(tmp_path: Path) -> None:
    """`make i18n` ran after the last change of the .ts (the catalog read at start is not an old one)."""
    compiled = catalog.load("desk_en")
    assert compiled is not None, "desk/i18n/desk_en.qm is missing: run `make i18n`"
    for message in read_ts(APP_CATALOG):
        # n=1: a text with a count is read (read_ts) as its form for one; a text without one has a single form.
        assert compiled.translate(message.context, message.source, 1) == message.translation, message
