"""Storing raw messages exactly once: by source key (INSERT ... ON CONFLICT DO NOTHING), then
by Message-ID plus a hash of the normalised bytes (the same mail read through two sources)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import Table, or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from intake.sources.base import FetchedMessage
from intake.store.db import conflict_insert
from intake.store.models import Message, utcnow

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class StoreResult:
    message_pk: int
    duplicate: bool


def store_raw(session: Session, fetched: FetchedMessage, source_name: str) -> StoreResult:
    """Insert the raw bytes unless this message is already stored; never parses."""
    return store_many(session, [fetched], source_name)[0]


def store_many(
    session: Session, group: list[FetchedMessage], source_name: str
) -> list[StoreResult]:
    """Store a group in one statement, each message once; results in the group's order.

    Known source keys and known (Message-ID, normalised hash) pairs are duplicates, so is a
    repeat within the group. The insert is ON CONFLICT DO NOTHING on the source key: two pollers
    racing on one message both get a result, one the row, the other a duplicate. SQLAlchemy Core
    on the session's connection: a group is one lookup and one INSERT, no ORM objects.
    """
    connection = session.connection()
    keys = [f.source_key for f in group]
    ids = [header_message_id(f.data) for f in group]
    hashes = [content_hash(f.data) for f in group]
    _serialise(connection, hashes)
    known = _known(connection, keys, hashes)
    results: dict[int, StoreResult] = {}
    fresh: dict[tuple[str | None, str], int] = {}  # first of each message within the group
    rows = []
    for n, fetched in enumerate(group):
        existing = known.get(("key", fetched.source_key)) or known.get((ids[n], hashes[n]))
        if existing is None and (ids[n], hashes[n]) in fresh:
            existing = -1 - fresh[(ids[n], hashes[n])]  # the row this group is about to add
        if existing is not None:
            results[n] = StoreResult(existing, duplicate=True)
            continue
        fresh[(ids[n], hashes[n])] = n
        rows.append(_row(fetched, source_name, ids[n], hashes[n]))
    inserted = _insert(connection, rows)
    return [_result(connection, group, results, inserted, n) for n in range(len(group))]


def _serialise(connection: Connection, hashes: list[str]) -> None:
    """Two runs storing the same mail under different keys must not both find it new: take
    SQLite's write lock, or on PostgreSQL a lock per content hash, before looking."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        if not connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif dialect == "postgresql":
        # one statement; unnest reads the array in order, and sorted keys cannot deadlock
        locks = sorted({int(digest[:15], 16) for digest in hashes})
        connection.execute(_HASH_LOCKS, {"keys": locks})


_HASH_LOCKS = text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k")


def _known(connection: Connection, keys: list[str], hashes: list[str]) -> dict[object, int]:
    """Stored rows by ("key", source key) and by (Message-ID, hash), in one query; a missing
    Message-ID matches any row with the same hash."""
    found: dict[object, int] = {}
    column = _MESSAGES.c
    query = (
        select(column.source_key, column.message_id, column.content_hash, column.id)
        .where(or_(column.source_key.in_(keys), column.content_hash.in_(sorted(set(hashes)))))
        .order_by(column.id.desc())  # the oldest wins
    )
    for key, message_id, digest, pk in connection.execute(query):
        found[("key", key)] = pk
        found[(message_id, digest)] = pk
        found[(None, digest)] = pk
    return found


def _row(
    fetched: FetchedMessage, source_name: str, message_id: str | None, digest: str
) -> dict[str, object]:
    return {
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


def _insert(connection: Connection, rows: list[dict[str, object]]) -> dict[str, int]:
    """Insert, skipping source keys stored meanwhile; the new rows' ids by source key."""
    if not rows:
        return {}
    insert = conflict_insert(connection.dialect.name)
    statement = (
        insert(_MESSAGES)
        .on_conflict_do_nothing(index_elements=["source_key"])
        .returning(_MESSAGES.c.source_key, _MESSAGES.c.id)
    )
    # executemany: compiled once and cached, sent as one multi-row INSERT ("insertmanyvalues")
    return {key: pk for key, pk in connection.execute(statement, rows)}


def _result(
    connection: Connection,
    group: list[FetchedMessage],
    results: dict[int, StoreResult],
    inserted: dict[str, int],
    n: int,
) -> StoreResult:
    if n in results:
        pk = results[n].message_pk
        if pk < 0:  # a repeat of a message earlier in this group
            first = _result(connection, group, results, inserted, -1 - pk)
            return StoreResult(first.message_pk, duplicate=True)
        return results[n]
    key = group[n].source_key
    if key in inserted:
        return StoreResult(inserted[key], duplicate=False)
    # another run stored this key between our look and our insert
    query = select(_MESSAGES.c.id).where(_MESSAGES.c.source_key == key)
    stored = connection.scalar(query)
    assert stored is not None
    return StoreResult(stored, duplicate=True)


def content_hash(data: bytes) -> str:
    """sha256 of the message with line ends made LF and trailing blanks dropped.

    An IMAP server hands out CRLF what a Maildir holds with LF; both hash the same here.
    Byte methods, not regular expressions: this runs on every stored byte.
    """
    text = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if b" \n" in text or b"\t\n" in text:  # most mail has no trailing blanks: skip the split
        text = b"\n".join(line.rstrip(b" \t") for line in text.split(b"\n"))
    return hashlib.sha256(text.rstrip()).hexdigest()


def header_message_id(data: bytes) -> str | None:
    """The Message-ID header, read from the raw bytes without parsing the message."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    match = _MESSAGE_ID.search(head)
    if match is None:
        return None
    value = b" ".join(match.group(1).split()).decode("ascii", errors="replace").strip()
    return value[:998] or None
