"""Processing stored messages: claim each, extract it in a bounded worker, write the result.

`process_one` is the whole of it for one message (what a job queue's task calls);
`process_waiting` and `process_given` do the same for many, `jobs` workers at a time, the parent
alone writing to the database. A failure while writing one message is that message's failure:
it is quarantined with the reason, and the run goes on.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import time
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from intake.errors import DatabaseError
from intake.outbox.acknowledge import owe_received
from intake.pipeline.extraction import (
    default_jobs,
    extract_config,
    extract_safely,
    failed_result,
    warm_up,
)
from intake.pipeline.extraction_jobs import TICK, UNFINISHED, Budget, Job, run_jobs
from intake.pipeline.process import (
    EXTRACTION_VERSION,
    ProcessResult,
    load_registry,
    record_result,
)
from intake.pipeline.signals import stop_on_signals
from intake.settings import Settings
from intake.store.claims import (
    Claim,
    ClaimPolicy,
    claim,
    claim_next,
    give_back,
    new_token,
    quarantine_exhausted,
    release,
)
from intake.store.db import Database
from intake.store.models import Message
from intake.store.statuses import MessageStatus
from intake.store.text import error_place
from parsers.extract import ExtractConfig, MessageResult

log = logging.getLogger(__name__)
# Results are written in groups: at most this many, or what came within this many seconds.
GROUP_SIZE = 16
GROUP_SECONDS = 0.5


@dataclass(frozen=True)
class Pipeline:
    """What processing needs, built once per run: extraction config, budget, claim policy."""

    config: ExtractConfig
    budget: Budget
    policy: ClaimPolicy
    jobs: int
    token: str = field(default_factory=new_token)


@dataclass
class RunCounts:
    processed: int = 0
    quarantined: int = 0
    skipped: int = 0  # already taken by another run, or already done

    def add(self, result: ProcessResult | None) -> None:
        if result is None:
            self.skipped += 1
        else:
            self.processed += 1
            self.quarantined += result.kind == "failed"


def open_pipeline(db: Database, settings: Settings, *, jobs: int | None = None) -> Pipeline:
    with db.transaction() as session:
        config = extract_config(settings, registry=load_registry(session))
    budget = Budget(settings.message_seconds, settings.message_memory_mb * 1024 * 1024)
    workers = default_jobs(settings.jobs if jobs is None else jobs)
    return Pipeline(config, budget, claim_policy(settings), workers)


def claim_policy(settings: Settings) -> ClaimPolicy:
    """A claim outlives the longest a live run may spend on the message, with a margin."""
    return ClaimPolicy(settings.message_seconds * 2 + 60, settings.max_attempts)


def process_one(
    db: Database, settings: Settings | Pipeline, message_pk: int, *, force: bool = False
) -> ProcessResult | None:
    """Claim, extract and write one message; None if another run holds it or it is done.

    A message already processed at the current extraction version returns at once, unless
    `force` (an explicit reprocess).
    """
    pipeline = settings if isinstance(settings, Pipeline) else open_pipeline(db, settings, jobs=1)
    if not force and _current(db, message_pk):
        return None
    got = claim(db, message_pk, pipeline.token, pipeline.policy, force=force)
    if got is None:
        return None
    return next(iter(_run(db, pipeline, _jobs(db, [got]), workers=1)), None)


def process_waiting(
    db: Database, pipeline: Pipeline, *, deadline: float | None = None
) -> RunCounts:
    """Every message waiting (new, or left claimed by a killed run), until `deadline`."""
    counts = RunCounts(quarantined=quarantine_exhausted(db, pipeline.policy))
    jobs = _claims_while(db, pipeline, deadline)
    for result in _run(db, pipeline, jobs, pipeline.jobs, stop_at=deadline):
        counts.add(result)
    return counts


def process_given(db: Database, pipeline: Pipeline, message_pks: Iterable[int]) -> RunCounts:
    """Process these messages again (an explicit reprocess), whatever their status."""
    counts = RunCounts()
    claims = (claim(db, pk, pipeline.token, pipeline.policy, force=True) for pk in message_pks)
    for result in _run(db, pipeline, _jobs(db, claims), pipeline.jobs):
        counts.add(result)
    return counts


def _claims_while(
    db: Database, pipeline: Pipeline, deadline: float | None
) -> Generator[Job, None, None]:
    """Claim a few messages at a time (one per worker: none waits long behind the others)
    and read them in the same statement, until none waits or time is up. Claims taken but
    not handed out when the run ends (its time is up, or a signal came) are given back."""
    held: list[Claim] = []
    try:
        while deadline is None or time.monotonic() < deadline:
            if not held:
                taken = claim_next(db, pipeline.token, pipeline.policy, limit=pipeline.jobs)
                if not taken:
                    return
                held = [got for got, _raw in taken]
                raws = {got.message_pk: raw for got, raw in taken}
            got = held.pop(0)
            yield Job(got.message_pk, raws.pop(got.message_pk))
    finally:
        for got in held:
            give_back(db, got)


def _run(
    db: Database,
    pipeline: Pipeline,
    jobs: Generator[Job, None, None],
    workers: int,
    *,
    stop_at: float | None = None,
) -> Iterator[ProcessResult | None]:
    """Extract the claimed messages and write their results in groups: a group is written when
    it is full, when it is GROUP_SECONDS old and a result or a tick comes, and before the run
    ends. SIGTERM or SIGINT ends the run without losing finished work: the results in hand are
    written, the messages still being extracted are given back for the next run, and then the
    signal takes its usual course (the process ends)."""
    extract = partial(extract_safely, config=pipeline.config)
    first = next(jobs, None)
    if first is None:
        return  # nothing to do: no workers, no warm-up
    warm_up(pipeline.config)
    every = itertools.chain([first], jobs)
    with stop_on_signals() as stopping, contextlib.closing(jobs):
        results = run_jobs(
            every,
            extract,
            failed_result,
            pipeline.budget,
            workers=workers,
            stop_at=stop_at,
            stopping=stopping,
            wake_every=GROUP_SECONDS,
        )
        group: list[tuple[Claim, MessageResult]] = []
        opened = 0.0
        for pk, result in results:
            if result == TICK:  # no result for a while: what is held waits no longer
                yield from write_results(db, group)
                group = []
                continue
            if result == UNFINISHED:  # the run's time is up: the next run takes it
                give_back(db, Claim(pk, pipeline.token))
                yield None
                continue
            opened = opened if group else time.monotonic()
            group.append((Claim(pk, pipeline.token), result))
            if len(group) >= GROUP_SIZE or time.monotonic() - opened >= GROUP_SECONDS:
                yield from write_results(db, group)
                group = []
        yield from write_results(db, group)


def _jobs(db: Database, claims: Iterable[Claim | None]) -> Generator[Job, None, None]:
    for got in claims:
        if got is None:
            continue
        with db.transaction() as session:
            message = session.get(Message, got.message_pk)
            raw = message.raw if message is not None else None
        if raw is not None:
            yield Job(got.message_pk, raw)


def write_results(
    db: Database, group: list[tuple[Claim, MessageResult]]
) -> list[ProcessResult | None]:
    """Write a group of results in one transaction (one commit, one sync to disk, for many).
    If a write fails, none of the group is kept and each is written again in its own
    transaction: the failure stays that one message's. A crash before the commit loses only
    work: the claims expire and the messages are processed again."""
    if len(group) > 1:
        try:
            with db.transaction() as session:
                pks = [held.message_pk for held, _result in group]
                found = session.scalars(select(Message).where(Message.id.in_(pks)))
                messages = {message.id: message for message in found}
                outcomes = [
                    _record_held(session, messages.get(held.message_pk), held, result)
                    for held, result in group
                ]
        except (DatabaseError, OperationalError):
            raise  # the database is gone: the run cannot go on
        except (SQLAlchemyError, ValueError, TypeError) as err:
            log.warning(
                "a group of %d results failed (%s): one at a time", len(group), error_place(err)
            )
        else:
            _owe_replies(db, outcomes)
            return outcomes
    return [write_result(db, held, result) for held, result in group]


def write_result(db: Database, held: Claim, result: MessageResult) -> ProcessResult | None:
    """Write one message's result if we still hold its claim; a write failure quarantines it."""
    try:
        with db.transaction() as session:
            message = session.get(Message, held.message_pk)
            outcome = _record_held(session, message, held, result)
    except (DatabaseError, OperationalError):
        raise  # the database is gone: the run cannot go on
    except (SQLAlchemyError, ValueError, TypeError) as err:
        return _quarantine(db, held, err)
    _owe_replies(db, [outcome])
    return outcome


def _record_held(
    session: Session, message: Message | None, held: Claim, result: MessageResult
) -> ProcessResult | None:
    if message is None or message.claimed_by != held.token:
        log.warning("message %s: claim lost to another run; not written", held.message_pk)
        return None
    outcome = record_result(session, message, result)
    log.info("message %s: %s", held.message_pk, outcome.kind)
    return outcome


def _owe_replies(db: Database, outcomes: list[ProcessResult | None]) -> None:
    """The replies are owed once the results are committed."""
    owed = [o.message_pk for o in outcomes if o is not None and o.kind == "resolution"]
    owe_received(db, *owed)


def _quarantine(db: Database, held: Claim, err: Exception) -> ProcessResult | None:
    """The result could not be stored: keep the message, failed, with a reason for editors."""
    place = error_place(err)
    log.error("message %s: could not store its result (%s); quarantined", held.message_pk, place)
    reason = f"could not store the extraction result: {place}"
    with db.transaction() as session:
        message = session.get(Message, held.message_pk)
        if message is None or message.claimed_by != held.token:
            return None
        release(message, MessageStatus.FAILED)
        message.kind, message.error, message.reason = "failed", reason, reason
        message.extraction_version = EXTRACTION_VERSION
    return ProcessResult(held.message_pk, "failed", None, reason)


def _current(db: Database, message_pk: int) -> bool:
    with db.transaction() as session:
        message = session.get(Message, message_pk)
        return (
            message is not None
            and message.status == "processed"
            and message.extraction_version == EXTRACTION_VERSION
        )
