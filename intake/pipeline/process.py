"""Runs the pure pipeline on stored messages and records documents and review items.

Every stage can be re-run from the stored bytes (`intake reprocess`), without the mailbox.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from intake.queue.duplicates import refresh_duplicates
from intake.store.claims import release
from intake.store.models import (
    AuditEntry,
    Document,
    Message,
    Organisation,
    Resolution,
    utcnow,
)
from intake.store.statuses import MessageStatus, ReviewStatus
from parsers.extract import MessageResult, make_registry
from parsers.fields.organisation import Registry
from parsers.types import Extraction

log = logging.getLogger(__name__)
SYSTEM_ACTOR = "intake"
# Raise when extraction changes what it makes of a message: a message processed at an older
# version is worth processing again; one at this version is returned at once.
EXTRACTION_VERSION = 1


@dataclass(frozen=True)
class ProcessResult:
    message_pk: int
    kind: str
    resolution_id: int | None
    reason: str = ""


def load_registry(session: Session) -> Registry:
    """Organisations editors have approved, with their aliases, for recognising spellings."""
    rows: dict[str, tuple[set[str], str | None]] = {}
    for org in session.scalars(select(Organisation)):
        rows[org.name] = ({a.alias for a in org.aliases}, org.country_code)
    approved = select(Resolution.organisation, Resolution.country_code).where(
        Resolution.status.in_(("approved", "published")), Resolution.organisation.is_not(None)
    )
    for name, country in session.execute(approved):
        if name:
            rows.setdefault(name, (set(), country))
    return make_registry(
        (name, sorted(aliases), country) for name, (aliases, country) in rows.items()
    )


def record_result(session: Session, message: Message, result: MessageResult) -> ProcessResult:
    """Write what extraction made of a message: replaced by key, editors' edits kept."""
    _record_message(message, result)
    _replace_documents(session, message, result.extraction)
    resolution_id = None
    if result.extraction.kind == "resolution":
        resolution_id = _upsert_resolution(session, message, result.extraction)
    return ProcessResult(
        message.id, result.extraction.kind, resolution_id, result.extraction.reason
    )


def _record_message(message: Message, result: MessageResult) -> None:
    extraction = result.extraction
    parsed = result.message
    message.kind = extraction.kind
    message.reason = extraction.reason or None
    release(
        message, MessageStatus.FAILED if extraction.kind == "failed" else MessageStatus.PROCESSED
    )
    message.error = extraction.reason if extraction.kind == "failed" else None
    message.processed_at = utcnow()
    message.extraction_version = EXTRACTION_VERSION
    if parsed is not None:
        message.subject = parsed.subject[:2000]
        message.sender = parsed.sender[:500]
        message.sent_at = parsed.date


def _replace_documents(session: Session, message: Message, extraction: Extraction) -> None:
    """The message's documents replaced in two statements (SQLAlchemy Core: the ORM loaded the
    old ones, flushed, and inserted the new one by one)."""
    session.execute(
        delete(Document)
        .where(Document.message_pk == message.id)
        .execution_options(synchronize_session=False)
    )
    rows = [
        {
            "message_pk": message.id,
            "position": position,
            "name": doc.name[:500],
            "origin": doc.origin[:200],
            "type": doc.type,
            "method": doc.method,
            "pages": doc.pages,
            "text": doc.text,
            "warnings": list(doc.warnings),
            "failed": doc.failed,
            "ocr_confidence": doc.ocr_confidence,
        }
        for position, doc in enumerate(extraction.documents)
    ]
    if rows:
        session.execute(insert(Document.metadata.tables["documents"]), rows)
    session.expire(message, ["documents"])  # read again if anyone asks, not kept stale


def _upsert_resolution(session: Session, message: Message, extraction: Extraction) -> int:
    item = session.scalar(select(Resolution).where(Resolution.message_pk == message.id))
    if item is None:
        item = Resolution(message_pk=message.id, status=ReviewStatus.PENDING)
        session.add(item)
        apply_fields(item, extraction)
        refresh_duplicates(session, item)
        session.add(
            AuditEntry(
                resolution_id=item.id,
                message_pk=message.id,
                actor=SYSTEM_ACTOR,
                action="queued",
                details={"kind": extraction.kind},
            )
        )
        return item.id
    edited = session.scalar(
        select(AuditEntry.id).where(
            AuditEntry.resolution_id == item.id, AuditEntry.action == "edit"
        )
    )
    if edited is None and item.status == "pending":
        apply_fields(item, extraction)
        refresh_duplicates(session, item)
    else:  # an editor's work is never overwritten by a re-run
        item.extraction = extraction.to_json() | {"resolution_text": extraction.resolution_text}
    session.add(
        AuditEntry(
            resolution_id=item.id,
            message_pk=message.id,
            actor=SYSTEM_ACTOR,
            action="reprocessed",
            details={"fields_updated": edited is None},
        )
    )
    return item.id


def apply_fields(item: Resolution, extraction: Extraction) -> None:
    """Copy the extracted fields onto the review item."""
    org, date, place = extraction.organisation, extraction.meeting_date, extraction.place
    item.campaign = extraction.campaign
    item.outcome = extraction.outcome
    item.organisation = org.value if org else None
    item.organisation_as_written = org.as_written if org else None
    item.organisation_confidence = org.confidence if org else None
    item.meeting_date = date.value if date else None
    item.meeting_date_as_written = date.as_written if date else None
    item.meeting_date_confidence = date.confidence if date else None
    item.place = place.value if place else None
    item.place_as_written = place.as_written if place else None
    item.place_confidence = place.confidence if place else None
    item.city = place.city if place else None
    item.country_code = place.country_code if place else None
    item.latitude = place.latitude if place else None
    item.longitude = place.longitude if place else None
    item.min_confidence = min((f.confidence if f else 0.0) for f in (org, date, place))
    item.similarity = extraction.similarity
    item.text = extraction.resolution_text.strip()
    item.extraction = extraction.to_json() | {"resolution_text": extraction.resolution_text}
    item.updated_at = utcnow()
