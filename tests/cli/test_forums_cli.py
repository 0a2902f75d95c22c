"""`desk print attendance|minutes|berita-acara|forum-recap` and `desk demo-data --forums`, without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk.cli import main
from desk.domain.document_kinds import DocumentKind
from desk.domain.phone import format_phone
from desk.paths import default_database_url
from desk.safety.opening import open_database
from desk.store import demo_forums, forums
from desk.store.database import Database
from desk.store.models import PrintRecord


def desk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def forum(db: Database) -> int:
    return demo_forums.add_demo_forums(db, 2, 45, seed=3).value[0]


def text_of(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_print_attendance_with_options(capsys: pytest.CaptureFixture[str], data_dir: Path, forum: int,
                                       db: Database, tmp_path: Path) -> None:
    people = forums.print_data(db, forum, DocumentKind.ATTENDANCE, with_phone=True).participants
    out = tmp_path / "daftar-hadir.pdf"
    code, stdout, err = desk(capsys, "--data-dir", str(data_dir), "print", "attendance", str(forum),
                             "--out", str(out), "--paper", "a4", "--landscape", "--blank-rows", "5", "--phone",
                             "--as-system")
    assert code == 0, err
    assert "45 peserta" in stdout and "salinan" not in stdout
    pages = text_of(out)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (841.9, 595.3)
    everything = " ".join(pages)
    assert all(everything.count(p.name) >= 1 for p in people)
    assert "50." in everything and "51." not in everything  # 45 invitees + 5 blank rows
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    for p in people:
        if p.phone and not p.consent_publication:
            assert format_phone(p.phone) not in everything
    with db.read() as s:
        record = s.execute(select(PrintRecord.document_kind, PrintRecord.paper, PrintRecord.target,
                                  PrintRecord.action).where(PrintRecord.record_id == forum)).one()
    assert tuple(record) == ("attendance", "A4", str(out.resolve()), "save")
    # The original is not used up by a file: a print would still be the first copy.
    assert forums.print_data(db, forum, DocumentKind.ATTENDANCE).copy_no == 1


def test_default_paper_is_the_offices_f4_and_blank_sheet(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                         forum: int, tmp_path: Path) -> None:
    out = tmp_path / "kosong.pdf"
    code, _stdout, err = desk(capsys, "--data-dir", str(data_dir), "print", "attendance", str(forum),
                              "--out", str(out), "--blank", "--blank-rows", "30")
    assert code == 0, err
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (609.4, 935.4)
    text = " ".join(text_of(out))
    # A blank sheet has a row for every one of the 45 invitees (more than the 30 asked for).
    assert "45." in text and "46." not in text and "DAFTAR HADIR" in text


def test_minutes_berita_acara_and_recap(capsys: pytest.CaptureFixture[str], data_dir: Path, forum: int,
                                        db: Database, tmp_path: Path) -> None:
    ba = forums.get_berita_acara(db, forum)
    minutes = forums.get_minutes(db, forum)
    for command, name, expected in (
        ("minutes", "notulen.pdf", ["NOTULEN", minutes.discussion[0].speaker, minutes.conclusions[0][:30]]),
        ("berita-acara", "ba.pdf", ["BERITA ACARA", ba.number, ba.outcomes[0][:30], ba.representative_name]),
        ("forum-recap", "rekap.pdf", ["REKAPITULASI KEHADIRAN", "Menurut jenis kelamin"]),
    ):
        out = tmp_path / name
        code, _stdout, err = desk(capsys, "--data-dir", str(data_dir), "print", command, str(forum), "--out", str(out))
        assert code == 0, (command, err)
        text = " ".join(text_of(out))
        for piece in expected:
            assert piece in text, (command, piece)
    with db.read() as s:
        kinds = sorted(s.scalars(select(PrintRecord.document_kind)))
    assert kinds == ["berita_acara", "forum_recap", "minutes"]


def test_unknown_forum_and_bad_options_fail_clearly(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                    tmp_path: Path) -> None:
    code, _out, err = desk(capsys, "--data-dir", str(data_dir), "print", "attendance", "999", "--out",
                           str(tmp_path / "x.pdf"))
    assert code == 1 and "Forum tidak ditemukan" in err and not (tmp_path / "x.pdf").exists()
    code, _out, err = desk(capsys, "--data-dir", str(data_dir), "print", "attendance", "1", "--out",
                           str(tmp_path / "x.pdf"), "--blank-rows", "-1")
    assert code == 1 and "--blank-rows" in err
    code, _out, err = desk(capsys, "--data-dir", str(data_dir), "print", "attendance", "1", "--out",
                           str(tmp_path / "nope" / "x.pdf"))
    assert code == 1


def test_demo_data_adds_forums_with_participants(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, stdout, err = desk(capsys, "--data-dir", str(data_dir), "demo-data", "--requests", "0", "--forums", "3",
                             "--participants", "25")
    assert code == 0, err
    assert "3 forum" in stdout
    db = open_database(default_database_url(data_dir), data_dir)
    try:
        listed = forums.list_forums(db).forums
        counts = [f.participants for f in listed]
        upcoming = [f for f in listed if f.upcoming]
    finally:
        db.dispose()
    assert counts == [25, 25, 25] and len(upcoming) == 1 and listed[0].upcoming


def test_cli_does_not_import_qt() -> None:
    code = ("import sys, desk.cli, desk.cli.forums, desk.cli.print_cmd; desk.cli.build_parser(); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=60).returncode == 0


def test_the_phone_column_asks_who_prints_it_as_the_app_does(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path, forum: int, db: Database,
        tmp_path: Path) -> None:
    import io

    from desk.store.access import HEAD, OFFICER
    from tests.factories import PASSWORD, user_with_role

    user_with_role(db, OFFICER, "Rahmat Hidayat", username="rahmat")
    user_with_role(db, HEAD, "Kepala Dinas", username="kadis")
    out = tmp_path / "daftar-hadir.pdf"
    command = ("--data-dir", str(data_dir), "print", "attendance", str(forum), "--out", str(out), "--phone")
    code, _stdout, err = desk(capsys, *command)
    assert code == 1 and "--user" in err and "--as-system" in err and not out.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, _stdout, err = desk(capsys, *command, "--user", "kadis")  # the head may not reveal phone numbers
    assert code == 1 and "tidak berwenang" in err and not out.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, stdout, err = desk(capsys, *command, "--user", "rahmat")
    assert code == 0, err
    assert out.exists() and "45 peserta" in stdout
    # Without the column, nobody is asked: the sheet is what every role prints.
    code, _stdout, err = desk(capsys, "--data-dir", str(data_dir), "print", "attendance", str(forum), "--out",
                              str(tmp_path / "tanpa-hp.pdf"))
    assert code == 0, err


def test_a_demo_forums_moderator_is_a_name_and_the_papers_give_the_role(
        capsys: pytest.CaptureFixture[str], data_dir: Path, forum: int, db: Database, tmp_path: Path) -> None:
    moderator = forums.print_data(db, forum, DocumentKind.MINUTES).forum.moderator
    assert moderator and "(" not in moderator and "narasumber" not in moderator.lower()
    code, _out, err = desk(capsys, "--data-dir", str(data_dir), "print", "minutes", str(forum), "--out",
                           str(tmp_path / "notulen.pdf"))
    assert code == 0, err
    text = " ".join(text_of(tmp_path / "notulen.pdf"))
    assert f"Moderator/Narasumber, {moderator}" in text or f"Moderator/Narasumber {moderator}" in text
    assert "(Narasumber)" not in text
