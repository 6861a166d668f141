"""Runs the pure pipeline on stored messages and records documents and review items.

Every stage can be re-run from the stored bytes (`intake reprocess`), without the mailbox.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.queue.duplicates import refresh_duplicates
from intake.settings import Settings
from intake.settings import load_campaigns as load_campaigns  # read with the settings now
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
from intake.store.text import error_place
from parsers.campaign import campaign_languages
from parsers.documents import ReaderLimits
from parsers.extract import ExtractConfig, MessageResult, extract_message, make_registry
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


def extract_config(settings: Settings, *, registry: Registry = ()) -> ExtractConfig:
    campaigns = load_campaigns(settings)
    limits = ReaderLimits(
        max_bytes=settings.max_attachment_bytes,
        seconds=settings.document_seconds,
        memory_bytes=settings.document_memory_mb * 1024 * 1024,
        languages=campaign_languages(campaigns),  # scans read in the campaigns' languages
    )
    return ExtractConfig(campaigns=campaigns, limits=limits, organisations=registry)


def extract_safely(message_pk: int, raw: bytes, config: ExtractConfig) -> MessageResult:
    """The pure pipeline on one message; a crash becomes that message's failure, never raised.

    Runs in an extraction worker. The log line names the message and the error's type and
    place, never its text: mail text does not belong in an operator's cron log.
    """
    try:
        result = extract_message(raw, config)
    except MemoryError:
        raise  # the worker ends; the parent quarantines the message with the memory limit
    except Exception as err:  # a bug in a stage must not stop the run: quarantine the message
        log.error("message %s: extraction crashed (%s)", message_pk, error_place(err))
        return MessageResult(None, Extraction(kind="failed", reason=f"internal error: {err}"))
    return _slim(result)


def failed_result(_message_pk: int, reason: str) -> MessageResult:
    return MessageResult(None, Extraction(kind="failed", reason=reason))


def _slim(result: MessageResult) -> MessageResult:
    """Only what the store keeps travels back from a worker: not the attachments' bytes."""
    if result.message is None:
        return result
    return MessageResult(replace(result.message, attachments=(), bodies=()), result.extraction)


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
    message.documents.clear()
    session.flush()
    for position, doc in enumerate(extraction.documents):
        message.documents.append(
            Document(
                position=position,
                name=doc.name[:500],
                origin=doc.origin[:200],
                type=doc.type,
                method=doc.method,
                pages=doc.pages,
                text=doc.text,
                warnings=list(doc.warnings),
                failed=doc.failed,
                ocr_confidence=doc.ocr_confidence,
            )
        )


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
