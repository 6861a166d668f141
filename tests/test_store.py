"""Storing raw messages: verbatim, exactly once, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import re

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from intake.sources.base import FetchedMessage
from intake.store.messages import content_hash, header_message_id, store_raw
from intake.store.models import Message
from tests.mail import resolution_message


def _store(db, key: str, data: bytes):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return store_raw(session, FetchedMessage(key, data), "test")


def test_raw_bytes_are_kept_verbatim(db) -> None:  # type: ignore[no-untyped-def]
    data = resolution_message() + b"\r\ntrailing \xff byte\r\n"
    result = _store(db, "k1", data)
    with db.transaction() as session:
        row = session.get(Message, result.message_pk)
        assert row.raw == data
        assert row.sha256 == hashlib.sha256(data).hexdigest()
        assert row.status == "new"


def test_same_source_key_is_stored_once(db) -> None:  # type: ignore[no-untyped-def]
    first = _store(db, "k1", resolution_message(message_id="<a@example.org>"))
    second = _store(db, "k1", resolution_message(message_id="<a@example.org>"))
    assert (first.duplicate, second.duplicate) == (False, True)
    assert second.message_pk == first.message_pk


def test_same_message_under_another_key_is_a_duplicate(db) -> None:  # type: ignore[no-untyped-def]
    data = resolution_message(message_id="<same@example.org>")
    _store(db, "folder-a:1", data)
    again = _store(db, "folder-b:7", data)
    assert again.duplicate
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 1


def test_same_message_id_with_other_bytes_is_kept(db) -> None:  # type: ignore[no-untyped-def]
    """A reused Message-ID on different content is a different message: keep both."""
    _store(db, "k1", resolution_message(message_id="<reused@example.org>"))
    other = _store(db, "k2", resolution_message("NEU Lambeth", message_id="<reused@example.org>"))
    assert not other.duplicate


def test_message_id_is_read_without_parsing() -> None:
    data = b"From: a@b\r\nMessage-ID:\r\n  <folded@example.org>\r\nSubject: x\r\n\r\nbody"
    assert header_message_id(data) == "<folded@example.org>"
    assert header_message_id(b"Subject: none\n\nMessage-ID: <in-body@x>") is None


def test_the_claims_migration_hashes_messages_stored_before_it(database_url: str) -> None:
    """Rows stored before 0002 get their normalised hash, so later copies are recognised."""
    from alembic import command
    from sqlalchemy import text

    from intake.store.db import open_database
    from intake.store.messages import content_hash
    from intake.store.schema import alembic_config

    database = open_database(database_url)
    data = resolution_message(message_id="<before@example.org>")
    with database.engine.begin() as connection:
        config = alembic_config(database_url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO messages (source_key, source_name, message_id, sha256, raw, size,"
                " too_large, stored_at, status) VALUES ('old:1', 'old', '<before@example.org>',"
                " 'x', :raw, 1, false, CURRENT_TIMESTAMP, 'processed')"
            ),
            {"raw": data},
        )
    database.upgrade()
    with database.transaction() as session:
        row = session.scalars(select(Message)).one()
        assert (row.content_hash, row.attempts) == (content_hash(data), 0)
    again = _store(database, "imap:INBOX;UID=1", data.replace(b"\r\n", b"\n"))
    assert again.duplicate
    database.dispose()


def test_a_group_is_stored_in_one_go_with_repeats_inside_it_recognised(db) -> None:  # type: ignore[no-untyped-def]
    from intake.store.messages import store_many

    a = resolution_message(message_id="<a@example.org>")
    b = resolution_message("Northfold Tenants Branch", message_id="<b@example.org>")
    _store(db, "old", b)
    group = [
        FetchedMessage(k, d) for k, d in (("1", a), ("2", b), ("3", a.replace(b"\r\n", b"\n")))
    ]
    with db.transaction() as session:
        results = store_many(session, group, "test")
        assert session.scalar(select(func.count()).select_from(Message)) == 2
    assert [r.duplicate for r in results] == [False, True, True]
    assert results[2].message_pk == results[0].message_pk


def test_sqlite_runs_in_wal_mode(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Readers (editors' commands) never wait for a poll's grouped writes."""
    from sqlalchemy import text

    with sqlite_db.transaction() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


_LINE_END = re.compile(rb"\r\n|\r")
_TRAILING = re.compile(rb"[ \t]+\n")


@given(
    st.binary(max_size=300)
    | st.lists(st.sampled_from([b"a", b" ", b"\t", b"\r", b"\n", b"\x0c"])).map(b"".join)
)
def test_content_hash_is_the_normalisation_stored_rows_were_hashed_with(data: bytes) -> None:
    """Rows already stored were hashed by these two substitutions: the fast form must agree."""
    normalised = _TRAILING.sub(b"\n", _LINE_END.sub(b"\n", data)).rstrip()
    assert content_hash(data) == hashlib.sha256(normalised).hexdigest()
