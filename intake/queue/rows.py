"""A row of the queue as listed, how an editor names one (3, or m10 for a message), and the
listing read through the DB-API driver (intake/store/queue_sql.py) for `intake queue list`.

No SQLAlchemy here: the ORM listing (listing.py) builds the same rows, and a test holds the two
paths' rows equal for every filter and sort.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from intake.errors import ValidationError
from intake.queue.filters import MESSAGE_STATUSES, Page, QueueFilter, check_sort, check_status
from intake.store import queue_sql


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
        return message_ref(self.id) if self.kind == "message" else str(self.id)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"ref": self.ref}


_REF = re.compile(r"^\s*(?P<message>[mM])?#?(?P<id>\d+)\s*$")


def parse_ref(text: str) -> tuple[str, int]:
    """("item", 3) for `3` or `#3`, ("message", 10) for `m10`."""
    match = _REF.match(text)
    if match is None:
        raise ValidationError(f"{text!r} is neither an item id (3) nor a message id (m10)")
    return ("message" if match["message"] else "item"), int(match["id"])


def message_ref(message_pk: int) -> str:
    return f"m{message_pk}"


def list_rows(
    reader: queue_sql.PlainReader,
    wanted: QueueFilter,
    *,
    sort: str = "newest",
    limit: int = 100,
    page: int = 1,
) -> tuple[list[QueueRow], int]:
    """One page of the queue and how many match in all, as `listing.list_items` and
    `count_matching` give them; failed or "other" messages with --status failed|other."""
    check_status(wanted.status)
    check_sort(sort)
    at = Page(page, limit)
    if wanted.status in MESSAGE_STATUSES:
        found = queue_sql.message_rows(
            reader, wanted.status, wanted.text, limit=at.size, offset=at.offset
        )
        rows = [QueueRow(**_named(values), kind="message") for values in found]
        return rows, len(rows)
    asked = asdict(wanted)
    ids = queue_sql.item_ids(reader, asked, sort=sort, limit=at.size, offset=at.offset)
    items = queue_sql.item_rows(reader, ids)
    duplicates = queue_sql.duplicate_ids(reader, ids)
    rows = [QueueRow(**_named(items[pk]), duplicates=duplicates.get(pk, [])) for pk in ids]
    return rows, queue_sql.count_items(reader, asked)


def _named(values: tuple[Any, ...]) -> dict[str, Any]:
    """QueueRow's fields from id to received_at, from the store's values in that order."""
    return dict(zip(_STORED, values, strict=True))


_STORED = tuple(f.name for f in fields(QueueRow))[:11]
