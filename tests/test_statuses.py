"""The one table of status moves: every move it lists is allowed, every other one raises, and
the places that change a status (claims, editors' actions) go through it, on SQLite and
PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.queue.actions import change
from intake.store.claims import ClaimPolicy, claim, new_token, release
from intake.store.models import Message, Resolution
from intake.store.statuses import (
    TRANSITIONS,
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
    for kind in (MessageStatus, ReviewStatus)
    for old in kind
    for new in kind
]


def test_every_status_has_a_row_and_can_be_reached() -> None:
    assert set(TRANSITIONS) == {*MessageStatus, *ReviewStatus}
    reached: set[Status] = set().union(*TRANSITIONS.values())
    assert reached == set(TRANSITIONS)  # pending again by reopen, new again when given back


@pytest.mark.parametrize(("old", "new"), EVERY_MOVE)
def test_a_move_is_allowed_exactly_when_the_table_lists_it(old: Status, new: Status) -> None:
    if new in TRANSITIONS[old]:
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
