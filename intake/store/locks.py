"""One poller per account at a time: a PostgreSQL advisory lock, else a file lock by SQLite.

The PostgreSQL lock is held by the database session, so two machines sharing one database never
poll the same account at once, and a killed process releases it when its connection drops.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from intake.errors import LockHeldError
from intake.store.db import Database


@contextmanager
def poll_lock(db: Database, key: str) -> Iterator[None]:
    """Hold the lock for `key` (a source name) for the block, or raise LockHeldError at once."""
    lock = _postgres_lock if db.is_postgres else _file_lock
    with lock(db, key):
        yield


def _held(key: str) -> LockHeldError:
    return LockHeldError(f"another intake poll is running for {key}: this run stops here")


@contextmanager
def _postgres_lock(db: Database, key: str) -> Iterator[None]:
    number = int.from_bytes(
        hashlib.sha256(f"intake-poll:{key}".encode()).digest()[:8], "big", signed=True
    )
    with db.engine.connect() as connection:
        got = connection.execute(text("SELECT pg_try_advisory_lock(:n)"), {"n": number}).scalar()
        connection.commit()
        if not got:
            raise _held(key)
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:n)"), {"n": number})
            connection.commit()


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
