"""One poll of a source: store each raw message in its own commit, then settle it, then process.

The order of effects is the guarantee: bytes are committed before the source is told anything,
and processing happens after, so a crash in parsing loses nothing.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import select

from intake.errors import DatabaseError
from intake.process import extract_config, load_registry, process_message
from intake.settings import Settings
from intake.sources.base import FetchedMessage, Source
from intake.store.db import Database
from intake.store.locks import poll_lock
from intake.store.messages import store_raw
from intake.store.models import MailboxState, Message, PollRun, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollSummary:
    source: str
    fetched: int
    stored: int
    duplicates: int
    failed: int
    processed: int
    seconds: float
    quarantined: int = 0  # stored, but could not be parsed: kept for editors with the reason

    def line(self) -> str:
        quarantined = (
            f" ({self.quarantined} quarantined: intake queue list --status failed)"
            if self.quarantined
            else ""
        )
        return (
            f"{self.source}: fetched {self.fetched}, stored {self.stored}, "
            f"duplicates {self.duplicates}, failed {self.failed}, "
            f"processed {self.processed}{quarantined} in {self.seconds:.1f} s"
        )


def run_poll(
    db: Database,
    settings: Settings,
    source: Source,
    *,
    max_messages: int | None = None,
    max_seconds: float | None = None,
    process: bool = True,
) -> PollSummary:
    """Fetch new messages from `source`, store them once, then run the pipeline on new ones.

    One run per source at a time: a second one raises LockHeldError before touching anything.
    """
    try:
        with poll_lock(db, source.name):
            return _run_poll(db, settings, source, max_messages, max_seconds, process=process)
    finally:
        source.close()


def _run_poll(
    db: Database,
    settings: Settings,
    source: Source,
    max_messages: int | None,
    max_seconds: float | None,
    *,
    process: bool,
) -> PollSummary:
    started = time.monotonic()
    counts = {"fetched": 0, "stored": 0, "duplicates": 0, "failed": 0}
    with db.transaction() as session:
        run = PollRun(source_name=source.name)
        session.add(run)
    try:
        for fetched in source.fetch():
            counts["fetched"] += 1
            outcome = _store_one(db, source, fetched)
            counts[{"stored": "stored", "duplicate": "duplicates"}.get(outcome, "failed")] += 1
            if _bounded(counts["fetched"], started, max_messages, max_seconds):
                break
    finally:
        source.close()
    processed, quarantined = process_new(db, settings) if process else (0, 0)
    summary = PollSummary(
        source.name,
        processed=processed,
        quarantined=quarantined,
        seconds=time.monotonic() - started,
        **counts,
    )
    _finish_run(db, run.id, source.name, summary)
    return summary


def process_new(db: Database, settings: Settings) -> tuple[int, int]:
    """Run the pipeline on every message not yet processed, one transaction each.

    Returns how many were processed and how many of those were quarantined as unreadable.
    """
    with db.transaction() as session:
        config = extract_config(settings, registry=load_registry(session))
        pending = list(
            session.scalars(select(Message.id).where(Message.status == "new").order_by(Message.id))
        )
    quarantined = 0
    for message_pk in pending:
        with db.transaction() as session:
            message = session.get(Message, message_pk)
            if message is not None:
                result = process_message(session, message, config)
                log.info("message %s: %s %s", message_pk, result.kind, result.reason)
                quarantined += result.kind == "failed"
    return len(pending), quarantined


def _store_one(db: Database, source: Source, fetched: FetchedMessage) -> str:
    if fetched.error is not None:  # the source could not read it: nothing to store, say so
        log.error("could not read %s: %s", fetched.source_key, fetched.error)
        source.settle(fetched, "failed")
        return "failed"
    try:
        with db.transaction() as session:
            result = store_raw(session, fetched, source.name)
    except DatabaseError:
        raise  # the database is gone: the run cannot go on
    except Exception:  # one bad message must not stop the run
        log.exception("could not store %s", fetched.source_key)
        source.settle(fetched, "failed")
        return "failed"
    if result.duplicate:
        source.settle(fetched, "duplicate")
        return "duplicate"
    source.settle(fetched, "stored")
    return "stored"


def _bounded(
    count: int, started: float, max_messages: int | None, max_seconds: float | None
) -> bool:
    if max_messages is not None and count >= max_messages:
        return True
    return max_seconds is not None and time.monotonic() - started >= max_seconds


def _finish_run(db: Database, run_id: int, source_name: str, summary: PollSummary) -> None:
    with db.transaction() as session:
        run = session.get(PollRun, run_id)
        if run is not None:
            run.finished_at = utcnow()
            run.fetched, run.stored = summary.fetched, summary.stored
            run.duplicates, run.failed = summary.duplicates, summary.failed
        state = session.scalar(
            select(MailboxState).where(
                MailboxState.source_name == source_name, MailboxState.folder == ""
            )
        )
        if state is None:
            state = MailboxState(source_name=source_name, folder="")
            session.add(state)
        state.last_success_at = utcnow()
