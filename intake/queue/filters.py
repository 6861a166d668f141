"""Which review items to list: filters, sort orders and pages, as one frozen query object.

No database library here: the ORM listing (listing.py) and the plain-SQL one
(intake/store/queue_sql.py) both read these."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from intake.errors import ValidationError
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


def check_sort(sort: str) -> None:
    if sort not in SORTS:
        raise ValidationError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
