"""The review queue through the ORM: listing with filters, sorting and pages, the ids a bulk
action or the review loop takes, and counts for `intake status`.

`intake queue list` reads the same rows through the DB-API driver (intake/store/queue_sql.py,
without SQLAlchemy, which alone takes many times the start of Python to import); a test runs
both on the same store for every filter and sort and holds their rows equal. Actions live in
actions.py, the item view in detail.py, what an editor asks for in filters.py.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, defer

from intake.queue.duplicates import duplicate_map
from intake.queue.filters import (
    MESSAGE_STATUSES,
    REVIEW_STATUSES,
    Page,
    QueueFilter,
    check_sort,
    check_status,
)
from intake.queue.rows import QueueRow
from intake.store.models import Message, Resolution
from intake.store.queue_sql import LIKE_ESCAPE, like_pattern, start_of


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
        query = query.where(
            or_(*(_contains(column, wanted.text) for column in (Message.subject, Message.sender)))
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


def resolutions_query(wanted: QueueFilter, sort: str = "newest") -> Select:  # type: ignore[type-arg]  # noqa: E501
    """Resolutions joined with their message, filtered and sorted."""
    check_status(wanted.status)
    check_sort(sort)
    query = select(Resolution, Message).join(Message, Resolution.message_pk == Message.id)
    for condition in _conditions(wanted):
        query = query.where(condition)
    return query.order_by(*_order(sort))


def _conditions(wanted: QueueFilter) -> list[Any]:
    out: list[Any] = []
    if wanted.status:
        out.append(Resolution.status == wanted.status)
    if wanted.campaign:
        out.append(Resolution.campaign == wanted.campaign)
    if wanted.below is not None:
        out.append(func.coalesce(Resolution.min_confidence, 0.0) < wanted.below)
    if wanted.organisation:
        out.append(
            or_(
                _contains(Resolution.organisation, wanted.organisation),
                _contains(Resolution.organisation_as_written, wanted.organisation),
            )
        )
    if wanted.country:
        out.append(Resolution.country_code == wanted.country.upper())
    if wanted.met_from:
        out.append(Resolution.meeting_date >= wanted.met_from.isoformat())
    if wanted.met_to:  # a range "start/end" sorts after its start: compare the start only
        out.append(func.substr(Resolution.meeting_date, 1, 10) <= wanted.met_to.isoformat())
    received = func.coalesce(Message.received_at, Message.stored_at)
    if wanted.received_from:
        out.append(received >= start_of(wanted.received_from))
    if wanted.received_to:
        out.append(received < start_of(wanted.received_to + timedelta(days=1)))
    if wanted.text:
        out.append(_free_text(wanted.text))
    return out


def _free_text(text: str) -> Any:
    columns = (
        Resolution.text,
        Resolution.organisation,
        Resolution.place,
        Message.subject,
        Message.sender,
    )
    return or_(*(_contains(column, text) for column in columns))


def _contains(column: Any, text: str) -> Any:
    """The column holds the text, case aside, its % and _ literal: as queue_sql matches."""
    return func.lower(column).like(like_pattern(text), escape=LIKE_ESCAPE)


def _order(sort: str) -> tuple[Any, ...]:
    received = func.coalesce(Message.received_at, Message.stored_at)
    return {
        "newest": (received.desc(), Resolution.id.desc()),
        "oldest": (received.asc(), Resolution.id.asc()),
        "unsure": (func.coalesce(Resolution.min_confidence, 0.0).asc(), Resolution.id.asc()),
        "meeting": (Resolution.meeting_date.asc().nulls_last(), Resolution.id.asc()),
        "organisation": (
            func.lower(Resolution.organisation).asc().nulls_last(),
            Resolution.id.asc(),
        ),
    }[sort]


def count_matching(session: Session, wanted: QueueFilter) -> int:
    query = resolutions_query(wanted).order_by(None).with_only_columns(func.count(Resolution.id))
    return int(session.scalar(query) or 0)


def matching_ids(session: Session, wanted: QueueFilter, sort: str = "newest") -> list[int]:
    """Every id that matches, in order (for bulk actions and the review loop)."""
    query = resolutions_query(wanted, sort).with_only_columns(Resolution.id)
    return list(session.scalars(query))
