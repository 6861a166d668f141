"""One poll of a source: store raw messages in groups, settle each after its commit, process.

The order of effects is the guarantee: bytes are committed before the source is told anything,
and processing happens after, so a crash in parsing loses nothing.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from intake.settings import Settings
from intake.sources.base import Source
from intake.store.db import Database, conflict_insert
from intake.store.grouped import store_fetched
from intake.store.locks import poll_lock
from intake.store.models import MailboxState, PollRun, utcnow

if TYPE_CHECKING:
    from intake.pipeline.processing import RunCounts

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
    jobs: int | None = None,
) -> PollSummary:
    """Fetch new messages from `source`, store them once, then run the pipeline on new ones.

    One run per source folder at a time (per source, for a source without folders): a second
    one raises LockHeldError before touching anything.
    `max_seconds` bounds the whole run, processing included: once it has passed no message is
    taken, and the ones in hand are handed back for the next run.
    """
    try:
        with poll_lock(db, *getattr(source, "lock_keys", (source.name,))):
            bounds = _Bounds(time.monotonic(), max_messages, max_seconds)
            return _run_poll(db, settings, source, bounds, process=process, jobs=jobs)
    finally:
        source.close()


@dataclass(frozen=True)
class _Bounds:
    started: float
    max_messages: int | None
    max_seconds: float | None

    @property
    def deadline(self) -> float | None:
        return None if self.max_seconds is None else self.started + self.max_seconds

    def reached(self, count: int) -> bool:
        if self.max_messages is not None and count >= self.max_messages:
            return True
        return self.deadline is not None and time.monotonic() >= self.deadline


def _run_poll(
    db: Database,
    settings: Settings,
    source: Source,
    bounds: _Bounds,
    *,
    process: bool,
    jobs: int | None,
) -> PollSummary:
    with db.transaction() as session:
        run = PollRun(source_name=source.name)
        session.add(run)
    try:
        counts = store_fetched(db, source, bounds.reached)
    finally:
        source.close()
    done = _process(db, settings, bounds, jobs) if process else None
    summary = PollSummary(
        source.name,
        processed=done.processed if done else 0,
        quarantined=done.quarantined if done else 0,
        seconds=time.monotonic() - bounds.started,
        **counts,
    )
    _finish_run(db, run.id, source.name, summary)
    return summary


def _process(db: Database, settings: Settings, bounds: _Bounds, jobs: int | None) -> RunCounts:
    # imported here: `poll --no-process` and the job queue's polls never load the extraction
    from intake.pipeline.processing import open_pipeline, process_waiting

    pipeline = open_pipeline(db, settings, jobs=jobs)
    return process_waiting(db, pipeline, deadline=bounds.deadline)


def _finish_run(db: Database, run_id: int, source_name: str, summary: PollSummary) -> None:
    with db.transaction() as session:
        run = session.get(PollRun, run_id)
        if run is not None:
            run.finished_at = utcnow()
            run.fetched, run.stored = summary.fetched, summary.stored
            run.duplicates, run.failed = summary.duplicates, summary.failed
        # one row per source, whatever its folders: two folders of one account polled side by
        # side both finish here, so insert-or-update in one statement (a read, then an insert,
        # lets both insert and one fail on the unique key)
        now = utcnow()
        insert = conflict_insert(session.get_bind().dialect.name)
        session.execute(
            insert(MailboxState)
            .values(source_name=source_name, folder="", last_success_at=now)
            .on_conflict_do_update(
                index_elements=["source_name", "folder"], set_={"last_success_at": now}
            )
        )
