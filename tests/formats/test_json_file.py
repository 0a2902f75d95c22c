"""Reading JSON: refusals in words for files too large, too deep or broken; control characters dropped."""

from __future__ import annotations

import json

import pytest

from desk.domain.imports import ImportRejected
from desk.formats.json_file import dump_json, load_json


def test_deeply_nested_json_is_refused_without_a_recursion_error() -> None:
    for data in (b"[" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000):
        with pytest.raises(ImportRejected, match="bersarang terlalu dalam"):
            load_json(data)


def test_brackets_inside_texts_do_not_count_as_nesting() -> None:
    notes = "[" * 200 + '"]\\' + "{" * 300
    assert load_json(json.dumps({"format": "x", "notes": notes}).encode())["notes"] == notes


def test_broken_json_says_where_in_indonesian() -> None:
    with pytest.raises(ImportRejected) as refused:
        load_json(b'{\n  "format": "desk/standar-pelayanan",\n  "units": [,]\n}')
    assert refused.value.message == "Berkas JSON tidak dapat dibaca: penulisannya salah di baris 3, kolom 13."


def test_a_file_too_large_or_not_utf8_is_refused() -> None:
    with pytest.raises(ImportRejected, match="terlalu besar"):
        load_json(b"[" + b"1," * 1000 + b"1]", max_bytes=1000)
    with pytest.raises(ImportRejected, match="bukan teks UTF-8"):
        load_json(b'{"nama": "Caf\xe9"}')


def test_control_characters_are_dropped_from_every_text_and_the_output_is_stable() -> None:
    content = load_json(b'{"name\\u0000": "Libur\\u001b[2J\\u0007", "lines": ["a\\tb\\nc", 1, null]}')
    assert content == {"name": "Libur[2J", "lines": ["a\tb\nc", 1, None]}
    assert dump_json(content) == dump_json(load_json(dump_json(content)))
