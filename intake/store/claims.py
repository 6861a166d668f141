"""Claims: a message is taken by one run before it is processed, and given back or quarantined.

A claim is a compare-and-set on the message's status with the time of the claim: `new` (or a
`processing` claim older than its time to live, left by a killed process) becomes `processing`,
and the number of unfinished attempts goes up by one. Finishing resets it. A message whose
attempts reach the limit without finishing is quarantined with the reason, so a message that
kills its process cannot hold back the mail behind it. PostgreSQL picks with
`FOR UPDATE SKIP LOCKED`; SQLite, which has one writer, relies on the compare-and-set alone.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from intake.store.db import Database
from intake.store.models import Message, utcnow
from intake.store.statuses import MessageStatus, allowed, allowed_from, move

DONE_STATUSES = (MessageStatus.PROCESSED, MessageStatus.FAILED)


@dataclass(frozen=True)
class ClaimPolicy:
    """How long a claim lives and how many unfinished attempts a message gets."""

    ttl_seconds: float = 900.0
    max_attempts: int = 3


@dataclass(frozen=True)
class Claim:
    message_pk: int
    token: str


def new_token() -> str:
    """Who holds a claim: host, process and a random part, for the log and for checks."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def _claimable(
    expired_before: datetime, policy: ClaimPolicy, *, force: bool
) -> ColumnElement[bool]:
    """New (or, forced, done) messages, and claims that expired with attempts left."""
    stale = and_(
        Message.status == MessageStatus.PROCESSING,
        Message.claimed_at < expired_before,
        Message.attempts < policy.max_attempts,
    )
    return or_(Message.status.in_(_claimed_from(force=force)), stale)


def _claimed_from(*, force: bool) -> tuple[MessageStatus, ...]:
    """The statuses a claim takes a message from (an expired claim aside)."""
    return (MessageStatus.NEW, *DONE_STATUSES) if force else (MessageStatus.NEW,)


def _processing(*, force: bool) -> str:
    olds = (*_claimed_from(force=force), MessageStatus.PROCESSING)
    return allowed_from(olds, MessageStatus.PROCESSING).value


def claim(
    db: Database, message_pk: int, token: str, policy: ClaimPolicy, *, force: bool = False
) -> Claim | None:
    """Take one message for processing; None when another run holds it or it is done.

    With `force` (reprocessing) a processed or failed message is taken too.
    """
    now = utcnow()
    expired = now - timedelta(seconds=policy.ttl_seconds)
    with db.transaction() as session:
        taken = session.execute(
            update(Message)
            .where(Message.id == message_pk, _claimable(expired, policy, force=force))
            .values(
                status=_processing(force=force),
                claimed_at=now,
                claimed_by=token,
                attempts=_attempts_after_claim(force),
            )
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return Claim(message_pk, token)
    quarantine_exhausted(db, policy, message_pk=message_pk)
    return None


def _attempts_after_claim(force: bool) -> object:
    # An editor's reprocess starts the count again; a routine claim adds one.
    return 1 if force else Message.attempts + 1


def candidates(db: Database, policy: ClaimPolicy, *, limit: int) -> list[int]:
    """Messages waiting to be processed (new, or with an expired claim), oldest first."""
    expired = utcnow() - timedelta(seconds=policy.ttl_seconds)
    waiting = _claimable(expired, policy, force=False)
    query = select(Message.id).where(waiting).order_by(Message.id).limit(limit)
    with db.transaction() as session:
        return list(session.scalars(query))


def claim_next(
    db: Database, token: str, policy: ClaimPolicy, *, limit: int
) -> list[tuple[Claim, bytes]]:
    """Claim up to `limit` waiting messages, oldest first, and read their bytes, in one
    transaction: one `UPDATE ... RETURNING` (SQLite 3.35 or later, whose one writer makes the
    compare-and-set in the statement enough; older ones claim one message at a time). On
    PostgreSQL the rows are picked with `FOR UPDATE SKIP LOCKED`, so two runs never wait on
    each other or take the same message."""
    now = utcnow()
    expired = now - timedelta(seconds=policy.ttl_seconds)
    waiting = _claimable(expired, policy, force=False)
    oldest = select(Message.id).where(waiting).order_by(Message.id).limit(limit)
    if db.is_postgres:
        oldest = oldest.with_for_update(skip_locked=True)
    elif sqlite3.sqlite_version_info < (3, 35):
        return _claim_one_by_one(db, token, policy, limit)
    with db.transaction() as session:
        pks = list(session.scalars(oldest)) if db.is_postgres else None
        if pks == []:
            return []
        picked = Message.id.in_(pks) if pks is not None else Message.id.in_(oldest)
        taken = session.execute(
            update(Message)
            .where(picked, waiting)
            .values(
                status=_processing(force=False),
                claimed_at=now,
                claimed_by=token,
                attempts=Message.attempts + 1,
            )
            .returning(Message.id, Message.raw)
            .execution_options(synchronize_session=False)
        ).all()
    return [(Claim(pk, token), raw) for pk, raw in sorted(taken)]


def _claim_one_by_one(
    db: Database, token: str, policy: ClaimPolicy, limit: int
) -> list[tuple[Claim, bytes]]:
    claims = [
        got for pk in candidates(db, policy, limit=limit) if (got := claim(db, pk, token, policy))
    ]
    with db.transaction() as session:
        found = session.execute(
            select(Message.id, Message.raw).where(Message.id.in_([c.message_pk for c in claims]))
        )
        raws = dict(found.tuples().all())
    return [(got, raws[got.message_pk]) for got in claims if got.message_pk in raws]


def quarantine_exhausted(
    db: Database, policy: ClaimPolicy, *, message_pk: int | None = None
) -> int:
    """Quarantine messages whose claims expired `max_attempts` times without finishing.

    Run once at the start of a run, and for one message when its claim is refused.
    """
    expired = utcnow() - timedelta(seconds=policy.ttl_seconds)
    reason = (
        f"processing did not finish in {policy.max_attempts} attempts (the process was killed "
        "or ran out of time or memory): `intake reprocess` it once the cause is fixed"
    )
    statement = (
        update(Message)
        .where(
            Message.status == MessageStatus.PROCESSING,
            Message.claimed_at < expired,
            Message.attempts >= policy.max_attempts,
        )
        .values(
            status=allowed(MessageStatus.PROCESSING, MessageStatus.FAILED).value,
            kind="failed",
            error=reason,
            reason=reason,
            claimed_by=None,
        )
        .execution_options(synchronize_session=False)
    )
    if message_pk is not None:
        statement = statement.where(Message.id == message_pk)
    with db.transaction() as session:
        return int(session.execute(statement).rowcount)  # type: ignore[attr-defined]


def release(message: Message, status: MessageStatus) -> None:
    """End a claim on a loaded row (inside the caller's transaction): the attempt finished."""
    move(message, status)
    message.claimed_at = None
    message.claimed_by = None
    message.attempts = 0


def give_back(db: Database, held: Claim) -> None:
    """Hand a claimed message back unfinished (the run's time ran out): it waits for the next
    run, and the attempt does not count against it."""
    with db.transaction() as session:
        session.execute(
            update(Message)
            .where(
                Message.id == held.message_pk,
                Message.claimed_by == held.token,
                Message.status == MessageStatus.PROCESSING,
            )
            .values(
                status=allowed(MessageStatus.PROCESSING, MessageStatus.NEW).value,
                claimed_at=None,
                claimed_by=None,
                attempts=Message.attempts - 1,
            )
            .execution_options(synchronize_session=False)
        )
