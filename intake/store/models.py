"""SQLAlchemy models: raw messages, documents, review items, audit trail, registry, runs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from intake.store.text import CleanJSON, CleanString, CleanText


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: CleanJSON, list[Any]: CleanJSON}


class Message(Base):
    """A raw message, bytes kept verbatim. Stored in its own commit before any parsing."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_key: Mapped[str] = mapped_column(CleanString(1000), unique=True)
    source_name: Mapped[str] = mapped_column(CleanString(500), index=True)
    message_id: Mapped[str | None] = mapped_column(CleanString(998), index=True)
    sha256: Mapped[str] = mapped_column(CleanString(64), index=True)
    # sha256 of the message with CRLF made LF and trailing blanks dropped: the same mail read
    # through two sources (a Maildir, then IMAP) hashes the same here
    content_hash: Mapped[str | None] = mapped_column(CleanString(64), index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # loaded when read
    size: Mapped[int] = mapped_column(Integer)
    too_large: Mapped[bool] = mapped_column(default=False)
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # new -> processing (claimed) -> processed | failed (quarantined, with the reason)
    status: Mapped[str] = mapped_column(CleanString(20), default="new", index=True)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(CleanString(100))
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # claims not yet finished
    extraction_version: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(CleanText)
    subject: Mapped[str | None] = mapped_column(CleanText)
    sender: Mapped[str | None] = mapped_column(CleanString(500))  # editors only, never published
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    kind: Mapped[str | None] = mapped_column(CleanString(20))
    reason: Mapped[str | None] = mapped_column(CleanText)
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    documents: Mapped[list[Document]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Document.position"
    )

    # The queue's default order (newest first): read from the index, not every message row.
    __table_args__ = (
        Index("ix_messages_received", text("coalesce(received_at, stored_at)"), "id"),
    )


class Document(Base):
    """Text read from one body or attachment of a message."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(CleanString(500))
    origin: Mapped[str] = mapped_column(CleanString(200))
    type: Mapped[str] = mapped_column(CleanString(50))
    method: Mapped[str] = mapped_column(CleanString(10))
    pages: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(CleanText, default="")
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    failed: Mapped[str | None] = mapped_column(CleanText)
    ocr_confidence: Mapped[float | None] = mapped_column(Float)

    message: Mapped[Message] = relationship(back_populates="documents")


class Resolution(Base):
    """A resolution under review: the fields, their confidence and evidence, and its status."""

    __tablename__ = "resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    campaign: Mapped[str | None] = mapped_column(CleanString(200), index=True)
    # pending -> approved -> published; pending -> rejected; merged into another
    status: Mapped[str] = mapped_column(CleanString(20), default="pending", index=True)
    outcome: Mapped[str] = mapped_column(CleanString(20), default="unknown")
    organisation: Mapped[str | None] = mapped_column(CleanString(500), index=True)
    organisation_as_written: Mapped[str | None] = mapped_column(CleanText)
    organisation_confidence: Mapped[float | None] = mapped_column(Float)
    # ISO, or start/end
    meeting_date: Mapped[str | None] = mapped_column(CleanString(21), index=True)
    meeting_date_as_written: Mapped[str | None] = mapped_column(CleanText)
    meeting_date_confidence: Mapped[float | None] = mapped_column(Float)
    place: Mapped[str | None] = mapped_column(CleanString(500))
    place_as_written: Mapped[str | None] = mapped_column(CleanText)
    place_confidence: Mapped[float | None] = mapped_column(Float)
    city: Mapped[str | None] = mapped_column(CleanString(200))
    country_code: Mapped[str | None] = mapped_column(CleanString(2), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    min_confidence: Mapped[float | None] = mapped_column(Float, index=True)
    # the text's length as duplicates compare texts (case, spacing, quotes folded)
    folded_length: Mapped[int | None] = mapped_column(Integer, index=True)
    similarity: Mapped[float] = mapped_column(Float, default=0.0)
    text: Mapped[str] = mapped_column(CleanText, default="")
    extraction: Mapped[dict[str, Any]] = mapped_column(default=dict)  # evidence, amendments, ...
    reject_reason: Mapped[str | None] = mapped_column(CleanString(50))
    reject_note: Mapped[str | None] = mapped_column(CleanText)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("resolutions.id"))
    public_lines: Mapped[list[Any]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(CleanString(200))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    message: Mapped[Message] = relationship()

    __mapper_args__ = {"version_id_col": version}


class SuspectedDuplicate(Base):
    """Two review items that look like one resolution, found when either was written; stored
    both ways (a -> b and b -> a) so that listing reads one item's with one index."""

    __tablename__ = "suspected_duplicates"

    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolutions.id"), primary_key=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("resolutions.id"), primary_key=True)
    why: Mapped[str] = mapped_column(CleanString(200))
    other_sender: Mapped[bool] = mapped_column(default=False)


class AuditEntry(Base):
    """One change to a resolution or message: who, when, what."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolutions.id"), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(CleanString(200))
    action: Mapped[str] = mapped_column(CleanString(50))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Organisation(Base):
    """An organisation editors have approved, with the spellings it arrives under."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(CleanString(500), unique=True)
    country_code: Mapped[str | None] = mapped_column(CleanString(2))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    aliases: Mapped[list[OrganisationAlias]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class OrganisationAlias(Base):
    __tablename__ = "organisation_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    alias: Mapped[str] = mapped_column(CleanString(500), unique=True)

    organisation: Mapped[Organisation] = relationship(back_populates="aliases")


class MailboxState(Base):
    """Per source and folder: where the last poll got to, and when it last succeeded."""

    __tablename__ = "mailbox_state"
    __table_args__ = (UniqueConstraint("source_name", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_name: Mapped[str] = mapped_column(CleanString(500))
    folder: Mapped[str] = mapped_column(CleanString(500), default="")
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)  # 32-bit unsigned
    highest_uid: Mapped[int | None] = mapped_column(BigInteger)
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(CleanText)


class PollRun(Base):
    """One `intake poll` run: what it fetched and stored."""

    __tablename__ = "poll_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_name: Mapped[str] = mapped_column(CleanString(500))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(CleanText)


class ExportRun(Base):
    """One export or publish: when, where, which resolutions."""

    __tablename__ = "export_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    kind: Mapped[str] = mapped_column(CleanString(20))  # export | publish
    out_dir: Mapped[str] = mapped_column(CleanText)
    formats: Mapped[list[Any]] = mapped_column(default=list)
    resolution_ids: Mapped[list[Any]] = mapped_column(default=list)
    actor: Mapped[str] = mapped_column(CleanString(200))


class Acknowledgement(Base):
    """A reply to a sender (received / published), sent by the next run, retried on failure."""

    __tablename__ = "acknowledgements"
    __table_args__ = (UniqueConstraint("message_pk", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    kind: Mapped[str] = mapped_column(CleanString(20))  # received | published
    recipient: Mapped[str] = mapped_column(CleanString(500))
    status: Mapped[str] = mapped_column(
        CleanString(20), default="pending"
    )  # pending|sent|skipped|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(CleanText)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
