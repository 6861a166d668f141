"""Runs the later stages again from the stored bytes, after a parser improves."""

from __future__ import annotations

from sqlalchemy import select

from intake.errors import NotFoundError
from intake.pipeline.processing import RunCounts, open_pipeline, process_given
from intake.settings import Settings
from intake.store.db import Database
from intake.store.models import Message


def reprocess_messages(
    db: Database, settings: Settings, message_pks: list[int] | None, *, jobs: int | None = None
) -> int:
    """Re-extract the given messages (all when None), `jobs` at a time; returns how many."""
    return reprocess(db, settings, message_pks, jobs=jobs).processed


def reprocess(
    db: Database, settings: Settings, message_pks: list[int] | None, *, jobs: int | None = None
) -> RunCounts:
    """Re-extract the given messages; one another run holds is skipped and counted so."""
    with db.transaction() as session:
        if message_pks is None:
            message_pks = list(session.scalars(select(Message.id).order_by(Message.id)))
        else:
            missing = [pk for pk in message_pks if session.get(Message, pk) is None]
            if missing:
                raise NotFoundError(f"no stored message {missing[0]}")
    return process_given(db, open_pipeline(db, settings, jobs=jobs), message_pks)
