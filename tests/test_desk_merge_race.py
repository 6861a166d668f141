"""Two editors merging two items into each other at the same moment: one merge wins, the
other is refused, and one item stays. Real SQLite and real PostgreSQL, real threads (each with
its own connection), started together."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from intake.errors import IntakeError
from intake.queue import actions
from intake.store.db import Database
from tests.review_queue import build_queue


@pytest.fixture
def pair(db: Database, tmp_path: Path) -> tuple[Database, int, int]:
    ids = build_queue(db, tmp_path / "inbox")
    return db, ids["jo"], ids["sam"]


def _race(db: Database, a: int, b: int, *, meet_at_flush: bool) -> list[str]:
    """Merge a into b and b into a in two threads; what each said."""
    barrier = threading.Barrier(2, timeout=20)
    said: list[str] = []

    def editor(name: str, item: int, into: int) -> None:
        try:
            with db.transaction() as session:
                if meet_at_flush:  # both have read both items before either writes
                    event.listen(session, "before_flush", lambda *_: _meet(barrier, session))
                else:
                    barrier.wait()
                actions.merge(session, item, into=into, editor=name)
            said.append("merged")
        except IntakeError as err:
            said.append(f"refused: {err}")

    threads = [
        threading.Thread(target=editor, args=("ana", a, b)),
        threading.Thread(target=editor, args=("ben", b, a)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return sorted(said)


def _meet(barrier: threading.Barrier, session: Session) -> None:
    if not session.info.get("met"):
        session.info["met"] = True
        barrier.wait()


def _statuses(db: Database, *ids: int) -> list[str]:
    with db.transaction() as session:
        return sorted(actions.get_item(session, i).status for i in ids)


def test_crossed_merges_leave_one_item_on_sqlite(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """SQLite has no row locks: both editors read both items, then both write. (PostgreSQL
    locks the rows as it reads them: the second editor waits, so it cannot meet the first
    at the flush; the race of simultaneous starts below is run on both.)"""
    db = sqlite_db
    ids = build_queue(db, tmp_path / "inbox")
    a, b = ids["jo"], ids["sam"]
    said = _race(db, a, b, meet_at_flush=True)
    assert said[0] == "merged" and said[1].startswith("refused: ")
    assert _statuses(db, a, b) == ["merged", "pending"]


def test_crossed_merges_started_together(pair) -> None:  # type: ignore[no-untyped-def]
    db, a, b = pair
    for _ in range(8):
        said = _race(db, a, b, meet_at_flush=False)
        assert [s.split(":")[0] for s in said] == ["merged", "refused"], said
        assert "database error" not in said[1]  # refused as a conflict, not a deadlock
        statuses = _statuses(db, a, b)
        assert statuses == ["merged", "pending"]
        with db.transaction() as session:  # put the merged one back for the next round
            merged = a if actions.get_item(session, a).status == "merged" else b
            actions.reopen(session, merged, editor="ana")
