"""After a publish: what went out is marked published, in a few statements for any number of rows.

One UPDATE per thousand rows (with RETURNING) marks the approved items an editor has not changed
since they were read, one INSERT writes their audit entries, and one more the "published"
replies owed to their senders.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from intake.outbox.acknowledge import acknowledgement_row
from intake.store.models import Acknowledgement, AuditEntry, Message, Resolution
from intake.store.statuses import ReviewStatus, allowed

CHUNK = 1000  # rows per statement: well inside every database's limit on bound parameters
T = TypeVar("T")


def mark_published(
    session: Session, ids: Sequence[int], versions: dict[int, int], now: datetime
) -> tuple[int, ...]:
    """Approved items that went out become published, unless an editor changed them since."""
    marked: list[tuple[int, int]] = []
    pairs = [(item_id, versions[item_id]) for item_id in ids if item_id in versions]
    for chunk in _chunks(pairs):
        statement = (
            update(Resolution)
            .where(tuple_(Resolution.id, Resolution.version).in_(chunk))
            .where(Resolution.status == "approved")
            .values(
                status=allowed(ReviewStatus.APPROVED, ReviewStatus.PUBLISHED).value,
                published_at=func.coalesce(Resolution.published_at, now),
                version=Resolution.version + 1,
            )
            .returning(Resolution.id, Resolution.message_pk)
            .execution_options(synchronize_session=False)
        )
        marked.extend((int(i), int(m)) for i, m in session.execute(statement))
    marked.sort()
    _audit(session, marked, "published", {})
    _owe_replies(session, [message_pk for _, message_pk in marked])
    return tuple(item_id for item_id, _ in marked)


def record_withdrawn(session: Session, ids: Sequence[int]) -> None:
    rows = session.execute(
        select(Resolution.id, Resolution.message_pk, Resolution.status).where(
            Resolution.id.in_(list(ids))
        )
    )
    for item_id, message_pk, status in rows:
        _audit(session, [(item_id, message_pk)], "withdrawn", {"status": status})


def _audit(
    session: Session, items: list[tuple[int, int]], action: str, details: dict[str, Any]
) -> None:
    rows = [
        {
            "resolution_id": item_id,
            "message_pk": message_pk,
            "actor": "intake",
            "action": action,
            "details": details,
        }
        for item_id, message_pk in items
    ]
    if rows:
        session.execute(insert(AuditEntry), rows)


def _owe_replies(session: Session, message_pks: list[int]) -> None:
    """A "published" reply for each message that has none yet (as queue_acknowledgement does)."""
    owed = set(message_pks)
    for chunk in _chunks(message_pks):
        owed -= set(
            session.scalars(
                select(Acknowledgement.message_pk).where(
                    Acknowledgement.kind == "published", Acknowledgement.message_pk.in_(chunk)
                )
            )
        )
    rows = []
    for chunk in _chunks(sorted(owed)):
        for message_pk, raw in session.execute(
            select(Message.id, Message.raw).where(Message.id.in_(chunk))
        ):
            rows.append(acknowledgement_row(message_pk, raw, "published"))
    if rows:
        session.execute(insert(Acknowledgement), rows)


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
