"""The review queue: list, show, approve, reject, each change recorded in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.errors import NotFoundError, ValidationError
from intake.store.models import AuditEntry, Message, Resolution, utcnow

REVIEW_STATUSES = ("pending", "approved", "rejected", "published", "merged")
MESSAGE_STATUSES = ("failed", "other")  # messages with no review item: quarantined, not resolutions
REJECT_REASONS = ("not-a-resolution", "not-passed", "duplicate", "spam", "other")


@dataclass(frozen=True)
class QueueRow:
    id: int
    status: str
    organisation: str | None
    meeting_date: str | None
    place: str | None
    outcome: str
    confidence: float | None
    subject: str | None

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def list_items(session: Session, *, status: str | None = None, limit: int = 100) -> list[QueueRow]:
    """Review items by status (newest first), or quarantined / non-resolution messages."""
    if status in MESSAGE_STATUSES:
        return _list_messages(session, status, limit)
    if status is not None and status not in REVIEW_STATUSES:
        allowed = ", ".join(REVIEW_STATUSES + MESSAGE_STATUSES)
        raise ValidationError(f"unknown status {status!r}: use one of {allowed}")
    query = select(Resolution, Message.subject).join(Message).order_by(Resolution.id.desc())
    if status:
        query = query.where(Resolution.status == status)
    return [
        QueueRow(
            item.id,
            item.status,
            item.organisation,
            item.meeting_date,
            item.place,
            item.outcome,
            item.min_confidence,
            subject,
        )
        for item, subject in session.execute(query.limit(limit))
    ]


def _list_messages(session: Session, status: str, limit: int) -> list[QueueRow]:
    query = select(Message).order_by(Message.id.desc()).limit(limit)
    query = (
        query.where(Message.status == "failed")
        if status == "failed"
        else query.where(Message.kind == "other")
    )
    return [
        QueueRow(m.id, status, None, None, None, m.reason or m.error or "", None, m.subject)
        for m in session.scalars(query)
    ]


def get_item(session: Session, item_id: int) -> Resolution:
    item = session.get(Resolution, item_id)
    if item is None:
        raise NotFoundError(f"no review item {item_id}: see `intake queue list`")
    return item


def show_item(session: Session, item_id: int) -> dict[str, Any]:
    """Everything an editor needs to judge one item, as plain data."""
    item = get_item(session, item_id)
    message = item.message
    return {
        "id": item.id,
        "status": item.status,
        "campaign": item.campaign,
        "outcome": item.outcome,
        "organisation": _field(
            item.organisation, item.organisation_as_written, item.organisation_confidence
        ),
        "meeting_date": _field(
            item.meeting_date, item.meeting_date_as_written, item.meeting_date_confidence
        ),
        "place": _field(item.place, item.place_as_written, item.place_confidence)
        | {"country_code": item.country_code},
        "similarity": round(item.similarity, 3),
        "text": item.text,
        "amendments": item.extraction.get("amendments", []),
        "message": {
            "id": message.id,
            "subject": message.subject,
            "sender": message.sender,
            "sent_at": message.sent_at.isoformat() if message.sent_at else None,
            "message_id": message.message_id,
        },
        "documents": [
            {
                "name": d.name,
                "type": d.type,
                "method": d.method,
                "chars": len(d.text),
                "warnings": d.warnings,
                "failed": d.failed,
                "ocr_confidence": d.ocr_confidence,
            }
            for d in message.documents
        ],
        "reject_reason": item.reject_reason,
        "history": history(session, item.id),
    }


def _field(value: str | None, as_written: str | None, confidence: float | None) -> dict[str, Any]:
    return {
        "value": value,
        "as_written": as_written,
        "confidence": round(confidence, 2) if confidence is not None else None,
    }


def history(session: Session, item_id: int) -> list[dict[str, Any]]:
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.resolution_id == item_id).order_by(AuditEntry.id)
    )
    return [
        {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "details": e.details}
        for e in entries
    ]


def approve(session: Session, item_ids: list[int], *, editor: str) -> list[int]:
    """Approve pending (or rejected) items; all or nothing."""
    items = [get_item(session, item_id) for item_id in item_ids]
    for item in items:
        if item.status not in ("pending", "rejected"):
            raise ValidationError(
                f"item {item.id} is {item.status}: only pending items are approved"
            )
    for item in items:
        _change(
            session,
            item,
            editor,
            "approve",
            status="approved",
            approved_at=utcnow(),
            reject_reason=None,
            reject_note=None,
        )
    return [item.id for item in items]


def reject(
    session: Session, item_ids: list[int], *, reason: str, editor: str, note: str | None = None
) -> list[int]:
    """Reject items with one of the known reasons; all or nothing."""
    if reason not in REJECT_REASONS:
        raise ValidationError(f"unknown reason {reason!r}: use one of {', '.join(REJECT_REASONS)}")
    items = [get_item(session, item_id) for item_id in item_ids]
    for item in items:
        _change(
            session,
            item,
            editor,
            "reject",
            status="rejected",
            reject_reason=reason,
            reject_note=note,
        )
    return [item.id for item in items]


def _change(session: Session, item: Resolution, editor: str, action: str, **values: Any) -> None:
    before = {key: _jsonable(getattr(item, key)) for key in values}
    for key, value in values.items():
        setattr(item, key, value)
    item.updated_at, item.updated_by = utcnow(), editor
    after = {key: _jsonable(value) for key, value in values.items()}
    session.add(
        AuditEntry(
            resolution_id=item.id,
            message_pk=item.message_pk,
            actor=editor,
            action=action,
            details={"before": before, "after": after},
        )
    )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


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
