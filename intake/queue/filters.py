"""Which review items to list: filters, sort orders and pages, as one frozen query object."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from intake.errors import ValidationError
from intake.store.models import Message, Resolution
from intake.store.statuses import ReviewStatus

REVIEW_STATUSES = tuple(status.value for status in ReviewStatus)
MESSAGE_STATUSES = ("failed", "other")  # messages with no review item: quarantined, not resolutions
SORTS = ("newest", "oldest", "unsure", "meeting", "organisation")


@dataclass(frozen=True)
class QueueFilter:
    """What an editor asked to see. Every field None means "any"."""

    status: str | None = None
    campaign: str | None = None
    below: float | None = None  # lowest field confidence under this
    organisation: str | None = None
    country: str | None = None  # two-letter code
    met_from: date | None = None
    met_to: date | None = None
    received_from: date | None = None
    received_to: date | None = None
    text: str | None = None

    def describe(self) -> str:
        """The filter as an editor would say it, for "nothing matches ..." lines."""
        parts = [
            f"{f.name.replace('_', '-')}={getattr(self, f.name)}"
            for f in fields(self)
            if getattr(self, f.name) is not None
        ]
        return ", ".join(parts) or "no filter"


@dataclass(frozen=True)
class Page:
    number: int = 1
    size: int = 100

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def check_status(status: str | None) -> None:
    if status is not None and status not in REVIEW_STATUSES + MESSAGE_STATUSES:
        allowed = ", ".join(REVIEW_STATUSES + MESSAGE_STATUSES)
        raise ValidationError(f"unknown status {status!r}: use one of {allowed}")


def resolutions_query(wanted: QueueFilter, sort: str = "newest") -> Select:  # type: ignore[type-arg]  # noqa: E501
    """Resolutions joined with their message, filtered and sorted."""
    check_status(wanted.status)
    if sort not in SORTS:
        raise ValidationError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
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
        like = f"%{wanted.organisation.lower()}%"
        out.append(
            or_(
                func.lower(Resolution.organisation).like(like),
                func.lower(Resolution.organisation_as_written).like(like),
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
        out.append(received >= _start_of(wanted.received_from))
    if wanted.received_to:
        out.append(received < _start_of(wanted.received_to + timedelta(days=1)))
    if wanted.text:
        out.append(_free_text(wanted.text))
    return out


def _free_text(text: str) -> Any:
    like = f"%{text.lower()}%"
    columns = (
        Resolution.text,
        Resolution.organisation,
        Resolution.place,
        Message.subject,
        Message.sender,
    )
    return or_(*(func.lower(column).like(like) for column in columns))


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _order(sort: str) -> tuple[Any, ...]:
    received = func.coalesce(Message.received_at, Message.stored_at)
    return {
        "newest": (received.desc(), Resolution.id.desc()),
        "oldest": (received.asc(), Resolution.id.asc()),
        "unsure": (func.coalesce(Resolution.min_confidence, 0.0).asc(), Resolution.id.asc()),
        "meeting": (Resolution.meeting_date.asc(), Resolution.id.asc()),
        "organisation": (func.lower(Resolution.organisation).asc(), Resolution.id.asc()),
    }[sort]


def count_matching(session: Session, wanted: QueueFilter) -> int:
    query = resolutions_query(wanted).order_by(None).with_only_columns(func.count(Resolution.id))
    return int(session.scalar(query) or 0)


def matching_ids(session: Session, wanted: QueueFilter, sort: str = "newest") -> list[int]:
    """Every id that matches, in order (for bulk actions and the review loop)."""
    query = resolutions_query(wanted, sort).with_only_columns(Resolution.id)
    return list(session.scalars(query))
