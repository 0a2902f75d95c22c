"""The same new visitor at four counters at once, on one PostgreSQL database: every save succeeds."""

from __future__ import annotations

import threading
from datetime import date

from desk.domain.intake import RequestDraft
from desk.domain.nik import make_nik
from desk.store.database import Database
from desk.store.walk_in import save_walk_in
from tests.conftest import service_id_of
from tests.factories import user_with_role

COUNTERS = 4
ROUNDS = 8


def test_four_counters_saving_the_same_new_nik_at_once_all_succeed(pg_db: Database) -> None:
    officer = user_with_role(pg_db, name="Rahmat Hidayat")  # the audit chain has its head before the rush
    desks = [pg_db.as_user(officer) for _ in range(COUNTERS)]
    service = service_id_of(pg_db, "P1")
    failures: list[BaseException] = []
    saved: list[tuple[int, int]] = []  # (round, visitor id)
    lock = threading.Lock()

    def counter(desk: Database, start: threading.Barrier) -> None:
        for round_no in range(ROUNDS):
            draft = RequestDraft(service_id=service, name=f"Pemohon Serentak {round_no}",
                                 nik=make_nik("631104", date(1990, 1, 1), "L", 100 + round_no))
            start.wait()  # every counter presses Simpan in the same instant
            try:
                record = save_walk_in(desk, draft, allow_duplicate=True).value.request
            except BaseException as exc:
                with lock:
                    failures.append(exc)
            else:
                with lock:
                    saved.append((round_no, record.visitor_id))

    start = threading.Barrier(COUNTERS)
    threads = [threading.Thread(target=counter, args=(desk, start)) for desk in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert len(saved) == COUNTERS * ROUNDS
    for round_no in range(ROUNDS):  # one visitor per NIK, with every counter's request
        assert len({visitor for r, visitor in saved if r == round_no}) == 1
