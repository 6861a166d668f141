"""Storing raw messages exactly once: by source key (INSERT ... ON CONFLICT DO NOTHING), then
by Message-ID plus a hash of the normalised bytes (the same mail read through two sources)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from intake.sources.base import FetchedMessage
from intake.store.models import Message, utcnow

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)
_LINE_END = re.compile(rb"\r\n|\r")
_TRAILING = re.compile(rb"[ \t]+\n")


@dataclass(frozen=True)
class StoreResult:
    message_pk: int
    duplicate: bool


def store_raw(session: Session, fetched: FetchedMessage, source_name: str) -> StoreResult:
    """Insert the raw bytes unless this message is already stored; never parses.

    Two pollers racing on one source key both get a result: one the row, the other a duplicate.
    """
    message_id = header_message_id(fetched.data)
    digest = content_hash(fetched.data)
    existing = find_existing(session, fetched.source_key, message_id, digest)
    if existing is not None:
        return StoreResult(existing, duplicate=True)
    values = {
        "source_key": fetched.source_key,
        "source_name": source_name,
        "message_id": message_id,
        "sha256": hashlib.sha256(fetched.data).hexdigest(),
        "content_hash": digest,
        "raw": fetched.data,
        "size": len(fetched.data),
        "too_large": fetched.too_large,
        "received_at": fetched.received_at,
        "stored_at": utcnow(),
        "status": "new",
        "attempts": 0,
    }
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(Message)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["source_key"])
        .returning(Message.id)
    )
    inserted = session.execute(statement).scalar()
    if inserted is None:  # another run stored it between our look and our insert
        by_key = session.scalar(select(Message.id).where(Message.source_key == fetched.source_key))
        assert by_key is not None
        return StoreResult(by_key, duplicate=True)
    return StoreResult(int(inserted), duplicate=False)


def find_existing(
    session: Session, source_key: str, message_id: str | None, digest: str
) -> int | None:
    """The stored message this one repeats: same source key, or same Message-ID and content."""
    by_key = session.scalar(select(Message.id).where(Message.source_key == source_key))
    if by_key is not None:
        return by_key
    query = select(Message.id).where(Message.content_hash == digest)
    if message_id:
        query = query.where(Message.message_id == message_id)
    return session.scalars(query.order_by(Message.id).limit(1)).first()


def content_hash(data: bytes) -> str:
    """sha256 of the message with line ends made LF and trailing blanks dropped.

    An IMAP server hands out CRLF what a Maildir holds with LF; both hash the same here.
    """
    text = _TRAILING.sub(b"\n", _LINE_END.sub(b"\n", data)).rstrip()
    return hashlib.sha256(text).hexdigest()


def header_message_id(data: bytes) -> str | None:
    """The Message-ID header, read from the raw bytes without parsing the message."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    match = _MESSAGE_ID.search(head)
    if match is None:
        return None
    value = b" ".join(match.group(1).split()).decode("ascii", errors="replace").strip()
    return value[:998] or None
