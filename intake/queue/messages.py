"""Messages that are not review items (failed, or classed other): shown as `m10`, and an
"other" message promoted to a review item when an editor judges it a resolution after all."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import NotFoundError, ValidationError
from intake.queue.detail import document_view
from intake.queue.duplicates import refresh_duplicates
from intake.queue.rows import message_ref
from intake.store.models import AuditEntry, Message, Resolution, utcnow
from intake.store.statuses import ReviewStatus


def get_message(session: Session, message_pk: int) -> Message:
    message = session.get(Message, message_pk)
    if message is None:
        raise NotFoundError(
            f"no message {message_ref(message_pk)}: see `intake queue list --status failed` "
            "or `--status other`"
        )
    return message


def review_item_of(session: Session, message_pk: int) -> int | None:
    return session.scalar(select(Resolution.id).where(Resolution.message_pk == message_pk))


def show_message(session: Session, message_pk: int) -> dict[str, Any]:
    """A message as an editor judges it: what it is, why it is not in the queue, what to do."""
    message = get_message(session, message_pk)
    item_id = review_item_of(session, message_pk)
    return {
        "ref": message_ref(message.id),
        "id": message.id,
        "status": message.status,
        "kind": message.kind,
        "why": message.error or message.reason or "",
        "subject": message.subject,
        "sender": message.sender,  # editors only, never published
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "received_at": _iso(message.received_at or message.stored_at),
        "message_id": message.message_id,
        "size": message.size,
        "documents": [document_view(d) for d in message.documents],
        "review_item": item_id,
        "what_to_do": what_to_do(message, item_id),
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def what_to_do(message: Message, item_id: int | None) -> list[str]:
    if item_id is not None:
        return [f"review it as item {item_id}: `intake queue show {item_id}`"]
    reprocess = f"`intake reprocess {message.id}` reads it again from the stored bytes"
    if message.status == "failed":
        return [f"{reprocess} (after the reader that failed is fixed)"]
    if message.kind == "other":
        return [
            f"if it is a resolution after all: `intake queue promote {message_ref(message.id)}`"
            " makes it a pending review item",
            f"{reprocess} (after extraction improves)",
        ]
    return [reprocess]


def promote(session: Session, message_pk: int, *, campaign: str | None, editor: str) -> Resolution:
    """Make a message classed "other" a pending review item: its fields are for the editor to
    fill in (`intake queue edit`), its text is the message's first document."""
    message = get_message(session, message_pk)
    ref = message_ref(message_pk)
    item_id = review_item_of(session, message_pk)
    if item_id is not None:
        raise ValidationError(f"{ref} is already review item {item_id}")
    if message.kind != "other":
        raise ValidationError(
            f"{ref} is {message.status}, not classed other: only those are promoted "
            f"(a failed message: `intake reprocess {message_pk}` once its reader is fixed)"
        )
    text = message.documents[0].text.strip() if message.documents else ""
    item = Resolution(
        message_pk=message.id,
        status=ReviewStatus.PENDING,
        campaign=campaign,
        outcome="unknown",
        text=text,
        min_confidence=0.0,
        extraction={"promoted": True, "comparison": "", "classed_other": message.reason},
        updated_at=utcnow(),
        updated_by=editor,
    )
    session.add(item)
    refresh_duplicates(session, item)  # flushes: the item has its id
    session.add(
        AuditEntry(
            resolution_id=item.id,
            message_pk=message.id,
            actor=editor,
            action="promote",
            details={
                "before": {"kind": message.kind, "reason": message.reason},
                "after": {"status": "pending", "campaign": campaign},
            },
        )
    )
    return item
