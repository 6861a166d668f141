"""Runs the later stages again from the stored bytes, after a parser improves."""

from __future__ import annotations

from sqlalchemy import select

from intake.errors import NotFoundError
from intake.process import extract_config, load_registry, process_message
from intake.settings import Settings
from intake.store.db import Database
from intake.store.models import Message


def reprocess_messages(db: Database, settings: Settings, message_pks: list[int] | None) -> int:
    """Re-extract the given messages (all when None), one transaction each."""
    with db.transaction() as session:
        config = extract_config(settings, registry=load_registry(session))
        if message_pks is None:
            message_pks = list(session.scalars(select(Message.id).order_by(Message.id)))
        else:
            missing = [pk for pk in message_pks if session.get(Message, pk) is None]
            if missing:
                raise NotFoundError(f"no stored message {missing[0]}")
    for pk in message_pks:
        with db.transaction() as session:
            message = session.get(Message, pk)
            if message is not None:
                process_message(session, message, config)
    return len(message_pks)
