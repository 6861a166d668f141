"""The one table of status moves: every move it lists is allowed, every other one raises, and
the places that change a status (claims, editors' actions, acknowledgements) go through it, on
SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.outbox.acknowledge import _decide
from intake.queue.actions import change
from intake.store.claims import ClaimPolicy, claim, new_token, release
from intake.store.models import Acknowledgement, Message, Resolution
from intake.store.statuses import (
    TRANSITIONS,
    AckStatus,
    MessageStatus,
    ReviewStatus,
    Status,
    TransitionError,
    allowed,
    move,
)
from tests.review_queue import build_queue

EVERY_MOVE = [
    pytest.param(old, new, id=f"{old}-{new}")
    for kind in (MessageStatus, ReviewStatus, AckStatus)
    for old in kind
    for new in kind
]


@pytest.mark.parametrize("kind", [MessageStatus, ReviewStatus, AckStatus])
def test_every_status_has_a_row_and_can_be_reached(kind: type[Status]) -> None:
    table = TRANSITIONS[kind]
    assert set(table) == set(kind)
    reached: set[Status] = set().union(*table.values())
    # pending again by reopen, new again when given back; a reply is owed from the start
    starts = {AckStatus.PENDING, AckStatus.SKIPPED} if kind is AckStatus else set()
    assert reached | starts == set(table)
    assert all(type(new) is kind for moves in table.values() for new in moves)


@pytest.mark.parametrize(("old", "new"), EVERY_MOVE)
def test_a_move_is_allowed_exactly_when_the_table_lists_it(old: Status, new: Status) -> None:
    if new in TRANSITIONS[type(old)][old]:
        assert allowed(old, new) == new
    else:
        with pytest.raises(TransitionError, match=f"from {old} to {new}"):
            allowed(old, new)


def test_a_message_status_never_becomes_a_review_status() -> None:
    with pytest.raises(TransitionError):
        allowed(MessageStatus.PROCESSED, ReviewStatus.PENDING)


def test_the_statuses_are_the_strings_stored() -> None:
    assert [str(s) for s in ReviewStatus] == [
        "pending",
        "approved",
        "rejected",
        "published",
        "merged",
    ]
    assert [str(s) for s in MessageStatus] == ["new", "processing", "processed", "failed"]


def test_statuses_of_one_name_in_two_kinds_are_kept_apart() -> None:
    assert allowed(AckStatus.PENDING, AckStatus.SENT) == AckStatus.SENT
    with pytest.raises(TransitionError, match="from pending to sent"):
        allowed(ReviewStatus.PENDING, AckStatus.SENT)
    with pytest.raises(TransitionError):
        allowed(AckStatus.FAILED, MessageStatus.PROCESSING)  # a message's "failed" may


def test_a_reply_once_sent_skipped_or_failed_is_final() -> None:
    for final in (AckStatus.SENT, AckStatus.SKIPPED, AckStatus.FAILED):
        for new in AckStatus:
            ack = Acknowledgement(status=final.value, last_error="kept")
            with pytest.raises(TransitionError):
                _decide(ack, new, "changed")
            assert (ack.status, ack.last_error) == (final.value, "kept")


def test_a_held_receipt_is_released_then_sent() -> None:
    ack = Acknowledgement(status="pending")
    _decide(ack, AckStatus.HELD, "held")
    _decide(ack, AckStatus.PENDING, "deferred: over the hour's limit")
    _decide(ack, AckStatus.SENT, None)
    assert (ack.status, ack.last_error) == ("sent", None)


def test_moving_a_row_checks_the_table() -> None:
    message = Message(status="processed")
    move(message, MessageStatus.PROCESSING)
    assert message.status == "processing"
    with pytest.raises(TransitionError, match="from new to failed"):
        move(Message(status="new"), MessageStatus.FAILED)  # only a claimed message fails
    assert message.status == "processing"


def test_claims_follow_the_table(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_queue(db, tmp_path / "inbox")
    with db.transaction() as session:
        pk = session.query(Message.id).order_by(Message.id).first()[0]
    policy = ClaimPolicy()
    held = claim(db, pk, new_token(), policy, force=True)  # processed -> processing
    assert held is not None
    with db.transaction() as session:
        message = session.get(Message, pk)
        assert message.status == "processing"
        release(message, MessageStatus.PROCESSED)
    with db.transaction() as session:
        message = session.get(Message, pk)
        assert message.status == "processed"
        with pytest.raises(TransitionError):
            release(message, MessageStatus.NEW)  # a processed message is never new again


def test_an_editor_cannot_move_an_item_off_the_table(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = build_queue(db, tmp_path / "inbox")
    with db.transaction() as session:
        item = session.get(Resolution, ids["jo"])
        change(session, item, "ed", "approve", status=ReviewStatus.APPROVED)
        assert item.status == "approved"
    with db.transaction() as session:
        item = session.get(Resolution, ids["jo"])
        item.status = ReviewStatus.PUBLISHED.value
    with db.transaction() as session:
        item = session.get(Resolution, ids["jo"])
        with pytest.raises(TransitionError, match="from published to merged"):
            change(session, item, "ed", "merge", status="merged")
        with pytest.raises(TransitionError, match="from published to pending"):
            change(session, item, "ed", "reopen", status="pending")
