"""The statuses a message, a review item and an acknowledgement go through, and the one table
of the moves allowed.

Every change of status goes through `move` (a loaded row) or `allowed` (a bulk UPDATE's new
value), so a move the table lacks raises instead of writing a status no one expects. The table
is kept by kind: "pending" and "failed" name statuses of more than one kind, and a StrEnum's
members are equal to their strings, so one flat table could not hold them apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any, Protocol

from intake.errors import ValidationError


class MessageStatus(StrEnum):
    """A stored message: waiting, claimed by a run, done, or quarantined with a reason."""

    NEW = "new"
    PROCESSING = "processing"
    PROCESSED = "processed"
    FAILED = "failed"


class ReviewStatus(StrEnum):
    """A review item: in the queue, decided, merged into another, or out on the site."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    PUBLISHED = "published"
    MERGED = "merged"


class AckStatus(StrEnum):
    """A reply owed to a sender: waiting to go, held until an editor approves, or done."""

    PENDING = "pending"
    HELD = "held"  # the sender is not authenticated: a receipt waits for an editor's approval
    SENT = "sent"
    SKIPPED = "skipped"  # never to be sent, with the reason
    FAILED = "failed"  # refused for good, or out of attempts


Status = MessageStatus | ReviewStatus | AckStatus
M, R, A = MessageStatus, ReviewStatus, AckStatus

TRANSITIONS: dict[type[Status], dict[Status, frozenset[Status]]] = {
    MessageStatus: {
        # claimed; given back unfinished (NEW); an expired claim taken again (PROCESSING)
        M.NEW: frozenset({M.PROCESSING}),
        M.PROCESSING: frozenset({M.PROCESSED, M.FAILED, M.NEW, M.PROCESSING}),
        M.PROCESSED: frozenset({M.PROCESSING}),  # `intake reprocess`
        M.FAILED: frozenset({M.PROCESSING}),  # `intake reprocess` once the cause is fixed
    },
    ReviewStatus: {
        R.PENDING: frozenset({R.APPROVED, R.REJECTED, R.MERGED}),
        R.APPROVED: frozenset({R.PUBLISHED, R.REJECTED, R.PENDING, R.MERGED}),
        R.REJECTED: frozenset({R.APPROVED, R.PENDING, R.MERGED}),
        R.MERGED: frozenset({R.PENDING}),
        R.PUBLISHED: frozenset({R.REJECTED}),  # the next publish withdraws it
    },
    AckStatus: {
        # each run decides again what is owed: deferred (PENDING), held or released (HELD,
        # PENDING), sent, skipped, or failed; a transient failure stays PENDING for the next run
        A.PENDING: frozenset({A.PENDING, A.HELD, A.SENT, A.SKIPPED, A.FAILED}),
        A.HELD: frozenset({A.HELD, A.PENDING, A.SENT, A.SKIPPED, A.FAILED}),
        A.SENT: frozenset(),
        A.SKIPPED: frozenset(),
        A.FAILED: frozenset(),
    },
}


class TransitionError(ValidationError):
    """A status change the table does not allow."""


def allowed(old: Status, new: Status) -> Status:
    """`new`, if the table allows the move from `old`; else TransitionError."""
    if type(old) is not type(new) or new not in TRANSITIONS[type(old)][old]:
        raise TransitionError(f"a {type(old).__name__} cannot go from {old} to {new}")
    return new


def allowed_from(olds: Iterable[Status], new: Status) -> Status:
    """`new`, for a bulk UPDATE whose WHERE takes rows in any of `olds`."""
    for old in olds:
        allowed(old, new)
    return new


class _HasStatus(Protocol):
    status: Any


def move(row: _HasStatus, new: Status) -> None:
    """Set a loaded row's status to `new`, checked against the table."""
    row.status = allowed(type(new)(row.status), new).value
