"""When a forum's papers are final, and how the berita acara opens."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from desk.domain.forum_rules import ForumInfo, berita_acara_opening, forum_held, forum_paper_gaps

FORUM = ForumInfo(1, "Forum Konsultasi Publik 2026", datetime(2026, 12, 10, 1, 0, tzinfo=UTC),
                  topic="Pembahasan rancangan standar pelayanan", venue="Aula DKUKMTK")
BEFORE = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
AFTER = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)


def test_a_forum_not_yet_held_or_without_attendance_gives_drafts() -> None:
    assert forum_paper_gaps(FORUM, 0, BEFORE) == ("Forum belum dilaksanakan.", "Kehadiran peserta belum dicatat.")
    assert forum_paper_gaps(FORUM, 12, BEFORE) == ("Forum belum dilaksanakan.",)
    assert forum_paper_gaps(FORUM, 0, AFTER) == ("Kehadiran peserta belum dicatat.",)
    assert forum_paper_gaps(FORUM, 12, AFTER) == ()


def test_the_record_may_say_whether_the_forum_was_held() -> None:
    assert forum_held(replace(FORUM, held=True), BEFORE) and not forum_held(replace(FORUM, held=False), AFTER)
    assert not forum_held(FORUM, BEFORE) and forum_held(FORUM, AFTER)


def test_the_topic_reads_on_inside_the_opening_sentence() -> None:
    opening = berita_acara_opening(FORUM, date(2026, 12, 10), "Kamis", "Desember")
    assert "dengan topik pembahasan rancangan standar pelayanan." in opening
    acronym = berita_acara_opening(replace(FORUM, topic="SKM dan standar pelayanan"), date(2026, 12, 10), "Kamis",
                                   "Desember")
    assert "dengan topik SKM dan standar pelayanan." in acronym
