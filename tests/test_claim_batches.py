"""Claiming a few waiting messages in one statement, with their bytes: the oldest first, none
taken twice, expired claims taken again, rows another run holds skipped on PostgreSQL, and the
claims a run holds but never handed out given back when it ends. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from intake.pipeline.processing import _claims_while, open_pipeline
from intake.settings import Settings
from intake.sources.base import FetchedMessage
from intake.store.claims import ClaimPolicy, claim, claim_next, new_token
from intake.store.db import Database
from intake.store.messages import store_raw
from intake.store.models import Message
from tests.mail import message

POLICY = ClaimPolicy(ttl_seconds=3600, max_attempts=2)


def _stored(db, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    pks = []
    with db.transaction() as session:
        for n in range(count):
            raw = message(
                f"Motion {n}", subject=f"Motion {n}", message_id=f"<batch-{n}@example.org>"
            )
            pks.append(store_raw(session, FetchedMessage(f"k{n}", raw), "test").message_pk)
    return pks


def _status(db, pk: int) -> tuple[str, int, str | None]:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        row = session.get(Message, pk)
        return row.status, row.attempts, row.claimed_by


def test_a_batch_takes_the_oldest_waiting_with_their_bytes_and_none_twice(db) -> None:  # type: ignore[no-untyped-def]
    pks = _stored(db, 5)
    first, second = new_token(), new_token()
    taken = claim_next(db, first, POLICY, limit=3)
    assert [got.message_pk for got, _raw in taken] == pks[:3]
    assert all(got.token == first for got, _raw in taken)
    assert all(b"Motion %d" % n in raw for n, (_got, raw) in enumerate(taken))
    rest = claim_next(db, second, POLICY, limit=3)
    assert [got.message_pk for got, _raw in rest] == pks[3:]
    assert claim_next(db, second, POLICY, limit=3) == []
    assert _status(db, pks[0]) == ("processing", 1, first)


def test_an_expired_claim_is_taken_again_and_an_exhausted_one_is_not(db) -> None:  # type: ignore[no-untyped-def]
    again, exhausted = _stored(db, 2)
    assert claim(db, again, new_token(), POLICY) is not None  # a killed run's claims
    for _ in range(2):
        assert claim(db, exhausted, new_token(), ClaimPolicy(ttl_seconds=0, max_attempts=2))
    expired = ClaimPolicy(ttl_seconds=0, max_attempts=2)
    token = new_token()
    taken = claim_next(db, token, expired, limit=5)
    assert [got.message_pk for got, _raw in taken] == [again]
    assert _status(db, again) == ("processing", 2, token)
    assert _status(db, exhausted)[:2] == ("processing", 2)  # left for quarantine


@pytest.mark.postgres
def test_rows_another_run_holds_are_skipped_on_postgresql(postgres_db: Database) -> None:
    db = postgres_db
    pks = _stored(db, 4)
    with db.engine.connect() as other:  # another run, between its pick and its update
        other.execute(
            text("SELECT id FROM messages WHERE id IN (:a, :b) FOR UPDATE"),
            {"a": pks[0], "b": pks[1]},
        )
        taken = claim_next(db, new_token(), POLICY, limit=2)
        other.rollback()
    assert [got.message_pk for got, _raw in taken] == pks[2:]


def test_claims_never_handed_out_are_given_back_when_the_run_ends(db) -> None:  # type: ignore[no-untyped-def]
    pks = _stored(db, 3)
    pipeline = open_pipeline(db, Settings(), jobs=3)
    jobs = _claims_while(db, pipeline, None)
    assert next(jobs).message_pk == pks[0]  # three claimed, one handed out
    jobs.close()  # the run ends (a signal, or its time is up)
    assert _status(db, pks[0]) == ("processing", 1, pipeline.token)  # the worker's to finish
    assert [_status(db, pk) for pk in pks[1:]] == [("new", 0, None)] * 2
    with db.transaction() as session:
        waiting = list(session.scalars(select(Message.id).where(Message.status == "new")))
    assert waiting == pks[1:]
