"""One poller per mailbox folder at a time: PostgreSQL advisory locks, else file locks by SQLite.

A poll takes one lock per folder it reads (a source without folders: one for the source), so
polls of two folders of one account run side by side and a poll of the whole account waits for
neither. The PostgreSQL locks are held by the database session, so two machines sharing one
database never poll the same folder at once, and a killed process releases them when its
connection drops. They are keyed by the store's schema too: stores in separate schemas of one
database are separate.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlalchemy import text

from intake.errors import LockHeldError
from intake.store.db import Database


@contextmanager
def poll_lock(db: Database, *keys: str) -> Iterator[None]:
    """Hold the lock of every key (a source name, or a source and folder) for the block, or raise
    LockHeldError at once, holding none of them. Never waits, so it cannot deadlock."""
    if db.is_postgres:
        with _postgres_locks(db, sorted(set(keys))):
            yield
        return
    with ExitStack() as held:
        for key in sorted(set(keys)):
            held.enter_context(_file_lock(db, key))
        yield


def folder_key(source_name: str, folder: str) -> str:
    """The lock of one folder of a source with folders (an IMAP account)."""
    return f"{source_name} folder {folder}"


def _held(key: str) -> LockHeldError:
    return LockHeldError(f"another intake poll is running for {key}: this run stops here")


@contextmanager
def _postgres_locks(db: Database, keys: list[str]) -> Iterator[None]:
    """Every key's advisory lock, on one connection of our own."""
    with db.engine.connect() as connection:
        # Advisory locks belong to the whole database: two stores in schemas of their own (one
        # database, each its search_path) must not stop each other's polls of a same-named folder.
        schema = connection.execute(_SCHEMA).scalar()
        taken: list[int] = []
        try:
            for key in keys:
                number = _lock_number(f"{schema}:{key}")
                got = connection.execute(_TRY_LOCK, {"n": number}).scalar()
                connection.commit()
                if not got:
                    raise _held(key)
                taken.append(number)
            yield
        finally:
            for number in taken:
                connection.execute(_UNLOCK, {"n": number})
            connection.commit()


_SCHEMA = text("SELECT current_schema()")
_TRY_LOCK = text("SELECT pg_try_advisory_lock(:n)")
_UNLOCK = text("SELECT pg_advisory_unlock(:n)")


def _lock_number(key: str) -> int:
    digest = hashlib.sha256(f"intake-poll:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def _file_lock(db: Database, key: str) -> Iterator[None]:
    path = lock_path(db.url, key)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise _held(key) from err
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {key}\n".encode())
        yield
    finally:
        os.close(fd)  # closing releases the lock; the file stays, harmlessly


def lock_path(url: str, key: str) -> Path:
    """`intake.sqlite.poll-<hash>.lock` beside the database file (the temp dir for :memory:)."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    database = url.removeprefix("sqlite:///")
    if url.startswith("sqlite:///") and database and database != ":memory:":
        return Path(f"{database}.poll-{digest}.lock")
    return Path(tempfile.gettempdir()) / f"intake-poll-{digest}.lock"
