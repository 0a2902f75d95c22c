"""Every character intake accepts is in the font every paper is set in, and names in scripts the
papers cannot draw are refused where they are typed, while letters pasted in mathematical or
full-width form are stored (and printed) as the plain letters they stand for."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from desk.documents.fonts import BOLD, FONT_FILES, REGULAR
from desk.documents.receipt import render_receipt
from desk.domain.printable import printable
from desk.paths import resources_dir
from desk.store.database import Database
from desk.store.receipts import receipt_for
from desk.store.requests import InvalidRequest
from tests.conftest import saved_walk_in
from tests.documents.pdfcheck import pages


@pytest.mark.parametrize("font", [REGULAR, BOLD])
def test_the_font_has_every_character_intake_accepts(font: str) -> None:
    face = TTFont(font, str(resources_dir() / "fonts" / FONT_FILES[font])).face
    accepted = [chr(code) for code in range(0x20, 0x3000) if printable(chr(code))]
    assert len(accepted) > 1000  # Latin, Greek, Cyrillic, punctuation: what people in Indonesia type
    missing = [f"U+{ord(c):04X}" for c in accepted if ord(c) not in face.charToGlyph]
    assert missing == []


@pytest.mark.parametrize(("typed", "shown"), [
    ("李小龙", "李"), ("ꦱꦶꦠꦶ", "ꦱ"), ("Siti 😀", "😀"), ("محمد", "م"),
])
def test_a_name_the_papers_cannot_print_is_refused_at_the_name(db: Database, typed: str, shown: str) -> None:
    with pytest.raises(InvalidRequest) as info:
        saved_walk_in(db, typed)
    assert list(info.value.errors) == ["name"]
    assert f"«{shown}»" in info.value.errors["name"] and "huruf Latin" in info.value.errors["name"]


def test_mathematical_and_full_width_letters_are_stored_and_printed_plain(db: Database) -> None:
    record = saved_walk_in(db, "𝐒𝐢𝐭𝐢 𝐀𝐦𝐢𝐧𝐚𝐡", organisation="ＵＤ Ｂｅｒｋａｈ ５", nik="", phone="")
    assert (record.visitor_name, record.organisation) == ("Siti Aminah", "UD Berkah 5")
    text = " ".join(page.extract_text() for page in pages(render_receipt(receipt_for(db, record.id), "A4")))
    assert "Siti Aminah" in text and "UD Berkah 5" in text


def test_greek_and_accented_latin_are_kept_as_typed(db: Database) -> None:
    record = saved_walk_in(db, "Šukri Ma'ruf Çelik Đặng")
    assert record.visitor_name == "Šukri Ma'ruf Çelik Đặng"
