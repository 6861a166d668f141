"""The review queue: listing with filters, sorting and pages, and counts for `intake status`.

Actions live in intake/queue/actions.py, the item view in detail.py, filters in filters.py;
each is imported from where it lives.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, defer

from intake.queue.duplicates import duplicate_map
from intake.queue.filters import (
    MESSAGE_STATUSES,
    REVIEW_STATUSES,
    Page,
    QueueFilter,
    check_status,
    resolutions_query,
)
from intake.store.models import Message, Resolution


@dataclass(frozen=True)
class QueueRow:
    id: int
    status: str
    organisation: str | None
    meeting_date: str | None
    place: str | None
    outcome: str
    confidence: float | None  # the weakest field's
    subject: str | None
    campaign: str | None = None
    country_code: str | None = None
    received_at: str | None = None
    duplicates: list[int] = field(default_factory=list)
    kind: str = "item"  # or "message": a failed or "other" message, written m10

    @property
    def ref(self) -> str:
        """The id as an editor types it: 3 for a review item, m10 for a message."""
        return f"m{self.id}" if self.kind == "message" else str(self.id)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"ref": self.ref}


def list_items(
    session: Session,
    *,
    status: str | None = None,
    limit: int = 100,
    wanted: QueueFilter | None = None,
    sort: str = "newest",
    page: int = 1,
) -> list[QueueRow]:
    """Review items matching the filter, sorted, one page; or quarantined messages."""
    wanted = wanted or QueueFilter(status=status)
    check_status(wanted.status)
    if wanted.status in MESSAGE_STATUSES:
        return _list_messages(session, wanted, Page(page, limit))
    offset = Page(page, limit).offset
    ordered = resolutions_query(wanted, sort).with_only_columns(Resolution.id)
    ids = list(session.scalars(ordered.limit(limit).offset(offset)))
    rows = _items_with_messages(session, ids)
    dupes = duplicate_map(session, ids)
    return [_row(*rows[pk], [d.id for d in dupes[pk]]) for pk in ids]


def _items_with_messages(session: Session, ids: list[int]) -> dict[int, tuple[Resolution, Message]]:
    """One page's items, read after their ids were sorted: the sort then carries ids, not
    whole rows, and a message's raw bytes are never read for a listing."""
    query = (
        select(Resolution, Message)
        .join(Message, Resolution.message_pk == Message.id)
        .where(Resolution.id.in_(ids))
        .options(defer(Message.raw))
    )
    return {item.id: (item, message) for item, message in session.execute(query)}


def _row(item: Resolution, message: Message, duplicates: list[int]) -> QueueRow:
    received = message.received_at or message.stored_at
    return QueueRow(
        item.id,
        item.status,
        item.organisation,
        item.meeting_date,
        item.place,
        item.outcome,
        item.min_confidence,
        message.subject,
        item.campaign,
        item.country_code,
        received.isoformat() if received else None,
        duplicates,
    )


def _list_messages(session: Session, wanted: QueueFilter, page: Page) -> list[QueueRow]:
    """Failed or "other" messages; of the filters, only --search applies (subject, sender)."""
    status = wanted.status or "failed"
    query = select(Message).order_by(Message.id.desc()).limit(page.size).offset(page.offset)
    query = (
        query.where(Message.status == "failed")
        if status == "failed"
        else query.where(Message.kind == "other")
    )
    if wanted.text:
        like = f"%{wanted.text.lower()}%"
        query = query.where(
            or_(func.lower(Message.subject).like(like), func.lower(Message.sender).like(like))
        )
    promoted = select(Resolution.message_pk)  # an editor made it a review item: listed there
    return [
        QueueRow(
            m.id,
            status,
            None,
            None,
            None,
            m.error or m.reason or "",
            None,
            m.subject,
            received_at=_iso(m.received_at or m.stored_at),
            kind="message",
        )
        for m in session.scalars(query.where(Message.id.not_in(promoted)))
    ]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def counts(session: Session) -> dict[str, dict[str, int]]:
    """Messages by status and review items by status, for `intake status`."""
    messages = {
        status: n
        for status, n in session.execute(
            select(Message.status, func.count()).group_by(Message.status)
        )
    }
    queue = {
        status: n
        for status, n in session.execute(
            select(Resolution.status, func.count()).group_by(Resolution.status)
        )
    }
    message_counts = {"stored": sum(messages.values()), "new": 0, "processed": 0, "failed": 0}
    message_counts.update(messages)
    queue_counts = {status: 0 for status in REVIEW_STATUSES}
    queue_counts.update(queue)
    return {"messages": message_counts, "queue": queue_counts}
