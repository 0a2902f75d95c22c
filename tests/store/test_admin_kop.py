"""A logo imported in the office profile appears in the kop surat of the next printed document."""

from __future__ import annotations

import io

import pdfplumber
from PIL import Image
from pypdf import PdfReader

from desk.documents.receipt import render_receipt
from desk.store import admin
from desk.store.database import Database
from desk.store.receipts import receipt_for
from tests.admin_support import receive, user


def logo_png() -> bytes:
    image = Image.new("RGB", (180, 220), (255, 255, 255))
    for x in range(20, 160):
        for y in range(30, 190):
            image.putpixel((x, y), (0, 120, 60))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def receipt_pdf(db: Database, request_id: int) -> bytes:
    """What the counter prints: the profile as stored now, the request, its standard."""
    return render_receipt(receipt_for(db, request_id), "A4", deterministic=True)


def images_on(page: object) -> list[tuple[str, int, int]]:
    resources = page["/Resources"]  # type: ignore[index]
    xobjects = resources.get("/XObject", {}) if resources else {}
    found = []
    for name, ref in xobjects.items():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append((name, int(obj["/Width"]), int(obj["/Height"])))
    return found


def test_an_imported_logo_and_the_new_names_show_in_the_printed_kop(db: Database) -> None:
    as_admin = db.as_user(user(db, "admin", "Admin Kantor"))
    first = receive(db, "P1", 1, name="Siti Rahmah").id

    before = PdfReader(io.BytesIO(receipt_pdf(db, first)))
    assert images_on(before.pages[0]) == []  # the placeholder shield is drawn, not an image

    admin.set_logo(as_admin, logo_png())
    admin.update_office_profile(as_admin, {"office_name": "Dinas Perdagangan, Koperasi dan UKM",
                                           "government_name": "Pemerintah Kabupaten Tabalong"})

    pdf = receipt_pdf(db, first)
    after = PdfReader(io.BytesIO(pdf))
    page = after.pages[0]
    text = " ".join(page.extract_text().split())
    assert text.startswith("PEMERINTAH KABUPATEN TABALONG DINAS PERDAGANGAN, KOPERASI DAN UKM")
    assert [(w, h) for _name, w, h in images_on(page)] == [(180, 220)]
    assert all(images_on(p) == [] for p in after.pages[1:])  # the kop is on the first page only

    # The logo sits in the kop: at the top of the page, left of the government name, about 2 cm tall.
    with pdfplumber.open(io.BytesIO(pdf)) as plumbed:
        first_page = plumbed.pages[0]
        (logo,) = first_page.images
        words = first_page.extract_words()
        government = next(w for w in words if w["text"] == "PEMERINTAH")
    assert logo["top"] < 80 and logo["x1"] < government["x0"]
    assert 50 < logo["bottom"] - logo["top"] < 75  # 22 mm = 62 pt
