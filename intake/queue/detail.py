"""One item read through the ORM as an editor judges it (`show_item`); the view itself, and
how it is built from the stored rows, is item_view.py's, shared with the plain-SQL reader."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.queue.actions import get_item
from intake.queue.duplicates import duplicate_map
from intake.queue.item_view import (
    EDITABLE,
    ItemView,
    MessageSummary,
    build_view,
    diff_similarity,
    document_view,
    evidence_view,
    field_view,
    in_quoted_text,
    left_out,
    vouched_by,
    word_diff,
)
from intake.store.models import AuditEntry, Resolution

__all__ = [
    "EDITABLE",
    "ItemView",
    "MessageSummary",
    "diff_similarity",
    "document_view",
    "evidence_view",
    "field_view",
    "history",
    "in_quoted_text",
    "left_out",
    "merged_from",
    "show_item",
    "vouched_by",
    "word_diff",
]


def show_item(session: Session, item_id: int, *, model: str | None = None) -> ItemView:
    """Everything an editor needs to judge one item; `model` is the campaign's model text."""
    item = get_item(session, item_id)
    message = item.message
    return build_view(
        item,
        message,
        list(message.documents),
        duplicates=[d.as_dict() for d in duplicate_map(session, [item.id])[item.id]],
        merged_from=merged_from(session, item.id),
        history=history(session, item.id),
        model=model,
    )


def merged_from(session: Session, item_id: int) -> list[dict[str, Any]]:
    """Items merged into this one: their messages are its provenance too."""
    rows = session.scalars(select(Resolution).where(Resolution.merged_into == item_id))
    return [{"id": r.id, "message": r.message_pk, "sender": r.message.sender} for r in rows]


def history(session: Session, item_id: int) -> list[dict[str, Any]]:
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.resolution_id == item_id).order_by(AuditEntry.id)
    )
    return [
        {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "details": e.details}
        for e in entries
    ]
