"""A small queue for review tests: five resolutions, two of them the same meeting."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime
from pathlib import Path

from intake.pipeline.poll import run_poll
from intake.settings import Settings
from intake.sources.local import MaildirSource
from intake.store.db import Database
from tests.mail import resolution_message

MESSAGES = [
    ("Unite North West 522 Branch", "Passed unanimously on 14 March 2024 in Manchester", "jo"),
    ("Unite North West 522 Branch", "Passed unanimously on 14 March 2024 in Manchester", "sam"),
    (
        "Sheffield Trades Union Council",
        "Agreed at our meeting on 2 February 2024 in Sheffield",
        "al",
    ),
    ("NEU Lambeth District", "Carried at the meeting held 5 February 2024", "kim"),
    ("RMT Tyneside Branch", "Our AGM agreed this", "lee"),
]


def build_queue(db: Database, folder: Path) -> dict[str, int]:
    """Poll the messages into db; returns organisation (+ sender for the twin) -> item id."""
    box = mailbox.Maildir(folder, create=True)
    for day, (org, trailing, who) in enumerate(MESSAGES, start=15):  # one poll each: ids in order
        box.add(
            resolution_message(
                org,
                trailing,
                sender=f"{who.title()} <{who}@example.org>",
                date=datetime(2024, 3, day, 10, 0, tzinfo=UTC),
            )
        )
        run_poll(db, Settings(), MaildirSource(folder), jobs=1)  # one message: one worker
    box.close()
    from sqlalchemy import select

    from intake.store.models import Message, Resolution

    with db.transaction() as session:
        rows = session.execute(
            select(Resolution.id, Message.sender).join(Message).order_by(Resolution.id)
        ).all()
    return {sender.split("<")[1].split("@")[0]: item_id for item_id, sender in rows}
