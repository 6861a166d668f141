"""Storing raw messages exactly once: dedupe by source key, then Message-ID + sha256."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.sources.base import FetchedMessage
from intake.store.models import Message

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


@dataclass(frozen=True)
class StoreResult:
    message_pk: int
    duplicate: bool


def store_raw(session: Session, fetched: FetchedMessage, source_name: str) -> StoreResult:
    """Insert the raw bytes unless this message is already stored; never parses."""
    digest = hashlib.sha256(fetched.data).hexdigest()
    message_id = header_message_id(fetched.data)
    existing = find_existing(session, fetched.source_key, message_id, digest)
    if existing is not None:
        return StoreResult(existing, duplicate=True)
    row = Message(
        source_key=fetched.source_key,
        source_name=source_name,
        message_id=message_id,
        sha256=digest,
        raw=fetched.data,
        size=len(fetched.data),
        too_large=fetched.too_large,
        received_at=fetched.received_at,
    )
    session.add(row)
    session.flush()
    return StoreResult(row.id, duplicate=False)


def find_existing(
    session: Session, source_key: str, message_id: str | None, digest: str
) -> int | None:
    """The stored message this one repeats: same source key, or same Message-ID and bytes."""
    by_key = session.scalar(select(Message.id).where(Message.source_key == source_key))
    if by_key is not None:
        return by_key
    query = select(Message.id).where(Message.sha256 == digest)
    if message_id:
        query = query.where(Message.message_id == message_id)
    return session.scalars(query.limit(1)).first()


def header_message_id(data: bytes) -> str | None:
    """The Message-ID header, read from the raw bytes without parsing the message."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    match = _MESSAGE_ID.search(head)
    if match is None:
        return None
    value = b" ".join(match.group(1).split()).decode("ascii", errors="replace").strip()
    return value[:998] or None
