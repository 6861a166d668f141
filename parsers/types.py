"""The typed results that flow between the pure stages: message, documents, fields, extraction.

Every stage in `parsers/` takes bytes or text and returns these frozen dataclasses; `intake/`
stores them and `publisher/` renders them. Keep them plain so they serialise to JSON directly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

Kind = Literal["resolution", "other", "failed"]
Outcome = Literal["passed", "proposed", "defeated", "unknown"]


@dataclass(frozen=True)
class Attachment:
    """One part of a message that is not a body: a file, or a forwarded message."""

    name: str
    content_type: str  # as declared; readers type by content, not by this
    data: bytes
    # "attachment", "inline", "forwarded:<n>", "zip:<name>"; nested ones joined by "/"
    origin: str = "attachment"


@dataclass(frozen=True)
class Body:
    """A text body of the message (or of a forwarded message inside it)."""

    content_type: Literal["text/plain", "text/html"]
    text: str
    origin: str = "body"
    # a forwarded message's own From / Date / Subject / To, as written; empty for the message itself
    headers: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()  # e.g. a declared charset that did not fit the text


@dataclass(frozen=True)
class ParsedMessage:
    """What the MIME stage reads from the raw bytes."""

    message_id: str | None
    subject: str
    sender: str  # "Name <addr>" as written; editors only, never published
    sender_address: str | None
    date: datetime | None  # the Date header, timezone-aware when it said so
    headers: tuple[tuple[str, str], ...]
    bodies: tuple[Body, ...]
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """The first header of that name (case-insensitive), or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None


@dataclass(frozen=True)
class Document:
    """Text read from one body or attachment, with how it was read."""

    name: str  # "body", or the attachment's file name
    # "body", "quoted", "signature", "attachment", "inline", "forwarded:1", "body/forwarded:1",
    # "forwarded:1/quoted", "attachment/zip:minutes.zip" ...: a path, outermost first
    origin: str
    type: str  # "body-text", "body-html", "pdf", "docx", "odt", "image", ...
    method: Literal["text", "ocr", "none"]
    text: str
    pages: int | None = None
    warnings: tuple[str, ...] = ()
    failed: str | None = None  # a plain reason when the document could not be read
    ocr_confidence: float | None = None  # mean word confidence, 0-100, when method is "ocr"
    # the forwarded message this text came from: its From / Date / Subject / To, as written
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def is_context(self) -> bool:
        """Quoted reply or signature: context for the fields, never the resolution itself."""
        return self.origin.rsplit("/", 1)[-1] in ("quoted", "signature")


@dataclass(frozen=True)
class Evidence:
    """Where a field was found: which document, which characters, by which rule."""

    document: int  # index into Extraction.documents
    start: int
    end: int
    rule: str
    text: str = ""
    source: str = "document"  # "document", or "subject" (then document is -1), or "header"


@dataclass(frozen=True)
class FieldValue:
    """One extracted field: the normalised value, the text as written, how sure, and why."""

    value: str
    as_written: str
    confidence: float
    evidence: Evidence | None = None
    candidates: tuple[str, ...] = ()
    inferred: bool = False


@dataclass(frozen=True)
class PlaceValue(FieldValue):
    city: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    in_gazetteer: bool = True  # False: a town named as written that the gazetteer lacks


@dataclass(frozen=True)
class Amendment:
    """A difference between the submitted text and the model: added, removed or changed."""

    change: Literal["added", "removed", "changed"]
    model: str = ""
    submitted: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything the pure pipeline makes of one message."""

    kind: Kind
    outcome: Outcome = "unknown"
    reason: str = ""
    # how sure the outcome is: >= 0.8 only for a vote verb tied to the motion or meeting
    outcome_confidence: float = 0.0
    # how sure the kind is: >= 0.8 only when the evidence agrees (a text a body adopted or will
    # vote on, with nothing saying otherwise; or a machine's or a plain note's marks and no
    # motion on the subject); below when it is mixed, so an editor sees it as unsure
    kind_confidence: float = 1.0
    campaign: str | None = None
    organisation: FieldValue | None = None
    meeting_date: FieldValue | None = None
    place: PlaceValue | None = None
    resolution_text: str = ""
    similarity: float = 0.0
    slot_fills: dict[str, str] = field(default_factory=dict)
    amendments: tuple[Amendment, ...] = ()
    documents: tuple[Document, ...] = ()
    # how the text was compared with the model, when not sentence by sentence (a translation)
    comparison: str = ""

    def to_json(self) -> dict[str, Any]:
        """The `intake extract --json` shape (later issues add keys, never rename)."""
        return {
            "kind": self.kind,
            "kind_confidence": round(self.kind_confidence, 2),
            "outcome": self.outcome,
            "outcome_confidence": round(self.outcome_confidence, 2),
            "reason": self.reason,
            "campaign": self.campaign,
            "organisation": _field_json(self.organisation),
            "meeting_date": _field_json(self.meeting_date),
            "place": _place_json(self.place),
            "similarity": round(self.similarity, 3),
            "slot_fills": dict(self.slot_fills),
            "amendments": [asdict(a) for a in self.amendments],
            "comparison": self.comparison,
            "documents": [_document_json(d) for d in self.documents],
        }


def _field_json(value: FieldValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    out: dict[str, Any] = {
        "value": value.value,
        "as_written": value.as_written,
        "confidence": round(value.confidence, 2),
        "inferred": value.inferred,
        "evidence": asdict(value.evidence) if value.evidence else None,
    }
    if value.candidates:
        out["candidates"] = list(value.candidates)
    return out


def _place_json(value: PlaceValue | None) -> dict[str, Any] | None:
    out = _field_json(value)
    if out is None or value is None:
        return None
    out.update(
        city=value.city,
        country_code=value.country_code,
        latitude=value.latitude,
        longitude=value.longitude,
        in_gazetteer=value.in_gazetteer,
    )
    return out


def _document_json(doc: Document) -> dict[str, Any]:
    return {
        "name": doc.name,
        "origin": doc.origin,
        "type": doc.type,
        "method": doc.method,
        "pages": doc.pages,
        "chars": doc.chars,
        "warnings": list(doc.warnings),
        "failed": doc.failed,
        "ocr_confidence": doc.ocr_confidence,
        "context": doc.is_context,
        "headers": [list(pair) for pair in doc.headers],
        "text": doc.text,
    }
