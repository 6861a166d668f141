"""The job queue on PostgreSQL (Procrastinate): the app, its tasks, and the sweep.

The adapter: the one module that imports procrastinate (with the migration applying its schema).
Jobs carry only ids and names; the bytes stay in our
tables. Deferring cannot join our SQLAlchemy transaction, so every task commits its own work
first and defers after, and `sweep` re-queues what a crash between the two left behind.

    schedule_polls (periodic) ─▶ poll_mailbox(mailbox, folder)
        ─▶ process_message(message_id) ─▶ acknowledge
    sweep (periodic): stalled jobs run again, forgotten messages queued again, old jobs removed
    publish (periodic when [queue] publish_schedule is set)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

import procrastinate
import psycopg
from procrastinate import JobContext, RetryStrategy
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation
from procrastinate.jobs import Job, Status
from sqlalchemy.exc import OperationalError

from intake.errors import DatabaseError, LockHeldError, MailboxError
from intake.pipeline.job_queue import QueueSettings, libpq_conninfo
from intake.pipeline.job_runtime import (
    Runtime,
    expire_claim,
    expired_claims,
    process_stored,
    waiting_messages,
)
from intake.settings import Settings

log = logging.getLogger(__name__)

EXTRACT_QUEUE = "extract"
POLL_QUEUE = "poll"
OUTPUT_QUEUE = "output"
CONTEXT_KEY = "intake"
# Errors worth another try later: the database or the network, not the message itself.
TRANSIENT: tuple[type[Exception], ...] = (DatabaseError, OperationalError, psycopg.OperationalError)


def extract_retry(attempts: int) -> RetryStrategy:
    """Backoff 2, 4, 8 ... s, for transient errors only: a bad message is quarantined instead."""
    return RetryStrategy(max_attempts=attempts, exponential_wait=2, retry_exceptions=TRANSIENT)


app = procrastinate.App(connector=procrastinate.PsycopgConnector(), import_paths=[__name__])


def connector_for(settings: Settings) -> procrastinate.PsycopgConnector:
    """A small pool per process: one connection listens, one fetches, one defers."""
    return procrastinate.PsycopgConnector(
        conninfo=libpq_conninfo(settings.database_url), min_size=1, max_size=3
    )


def _runtime(context: JobContext) -> Runtime:
    runtime = context.additional_context.get(CONTEXT_KEY)
    if not isinstance(runtime, Runtime):
        raise RuntimeError("intake tasks run only in `intake worker` (no runtime in context)")
    return runtime


# --- deferring ------------------------------------------------------------------------------


def defer_poll(mailbox: str, folder: str | None = None) -> bool:
    """Queue one poll of `mailbox` (of one folder of an IMAP account, or None: all of it); False
    when one is already waiting (its queueing lock). Job locks are per folder: two folders of
    one account are polled side by side, one folder never twice at once."""
    if folder is None:
        return _defer_once(poll_mailbox, f"poll:{mailbox}", {"mailbox": mailbox})
    kwargs = {"mailbox": mailbox, "folder": folder}
    return _defer_once(poll_mailbox, f"poll:{mailbox}#{folder}", kwargs)


def defer_processing(message_pks: Iterable[int]) -> int:
    """Queue `process_message` for each message; one waiting job per message at most."""
    return sum(
        _defer_once(process_message, f"message:{pk}", {"message_id": pk}) for pk in message_pks
    )


def _defer_once(task: Any, key: str, kwargs: dict[str, Any]) -> bool:
    try:
        task.configure(lock=key, queueing_lock=key).defer(**kwargs)
    except AlreadyEnqueued:
        return False
    return True


def _defer_output(task: Any, key: str) -> None:
    # One waiting is enough: it sends or publishes everything owed when it runs.
    with contextlib.suppress(AlreadyEnqueued):
        task.configure(queueing_lock=key).defer()


# --- tasks ----------------------------------------------------------------------------------


@app.task(name="intake.schedule_polls", queue=POLL_QUEUE, pass_context=True)
def schedule_polls(context: JobContext, timestamp: int) -> int:
    """Periodic: queue a poll of every configured folder of every mailbox (skipping those
    already queued)."""
    from intake.sources.registry import poll_jobs

    return sum(defer_poll(spec, folder) for spec, folder in poll_jobs(_runtime(context).settings))


@app.task(name="intake.poll_mailbox", queue=POLL_QUEUE, pass_context=True)
def poll_mailbox(context: JobContext, mailbox: str, folder: str | None = None) -> dict[str, int]:
    """Store what is new in one folder of a mailbox (or all of it), then queue each stored
    message for extraction.

    The job's lock keeps two polls of one folder from running; the advisory lock inside the poll
    stays, since a killed worker's job lock outlives it until the sweep, its connection does not.
    """
    from intake.pipeline.poll import run_poll
    from intake.sources.registry import open_source

    runtime = _runtime(context)
    source = open_source(mailbox, runtime.settings, db=runtime.db, folder=folder)
    name = source.name
    try:
        summary = run_poll(runtime.db, runtime.settings, source, process=False)
    except LockHeldError as err:
        log.info("%s", err)
        return {"stored": 0, "queued": 0}
    except MailboxError as err:  # the next scheduled poll tries again
        log.warning("%s: %s", mailbox, err)
        return {"stored": 0, "queued": 0}
    queued = defer_processing(waiting_messages(runtime.db, source_name=name))
    return {"stored": summary.stored, "queued": queued}


@app.task(
    name="intake.process_message",
    queue=EXTRACT_QUEUE,
    pass_context=True,
    retry=extract_retry(QueueSettings.extract_retries),
)
def process_message(context: JobContext, message_id: int) -> str:
    """Extract one stored message and write its result; a message already done is left alone."""
    runtime = _runtime(context)
    kind = process_stored(runtime, message_id)
    if kind == "resolution" and _acknowledging(runtime.settings):
        _defer_output(acknowledge, "acknowledge")
    return kind or "skipped"


@app.task(name="intake.acknowledge", queue=OUTPUT_QUEUE, pass_context=True, lock="acknowledge")
def acknowledge(context: JobContext) -> str:
    """Send the acknowledgements owed (one run at a time across every host)."""
    from intake.outbox.acknowledge import send_acknowledgements

    runtime = _runtime(context)
    return send_acknowledgements(runtime.db, runtime.settings).line()


@app.task(name="intake.publish", queue=OUTPUT_QUEUE, pass_context=True, lock="publish")
def publish(context: JobContext, timestamp: int | None = None) -> str:
    """Publish approved resolutions to the configured folder (one run at a time)."""
    from intake.publishing import output_folder, run_publish

    runtime = _runtime(context)
    target = output_folder(runtime.settings, None)
    outcome = run_publish(runtime.db, runtime.settings, target, actor="intake")
    if _acknowledging(runtime.settings):
        _defer_output(acknowledge, "acknowledge")
    return "; ".join(outcome.lines())


@app.task(name="intake.sweep", queue=POLL_QUEUE, pass_context=True, queueing_lock="sweep")
async def sweep(context: JobContext, timestamp: int | None = None) -> dict[str, int]:
    """Periodic: stalled jobs run again, forgotten messages are queued again, old jobs go.

    A queueing lock, not a lock: a locked sweep whose worker died would block every later one.
    """
    return await sweep_once(_runtime(context))


async def sweep_once(runtime: Runtime, *, requeue_after: timedelta | None = None) -> dict[str, int]:
    """One sweep; `requeue_after` overrides [queue] requeue_after_minutes (0: every waiting one)."""
    manager = app.job_manager
    queue = runtime.queue
    if requeue_after is None:
        requeue_after = timedelta(minutes=queue.requeue_after_minutes)
    stalled = list(
        await manager.get_stalled_jobs(seconds_since_heartbeat=queue.stalled_after_seconds)
    )
    policy = runtime.claim_policy()
    for job in stalled:
        message_pk = job.task_kwargs.get("message_id")
        if job.task_name == process_message.name and isinstance(message_pk, int):
            await asyncio.to_thread(expire_claim, runtime.db, message_pk, policy)
        await _run_again(job)
    forgotten = await asyncio.to_thread(waiting_messages, runtime.db, older_than=requeue_after)
    forgotten += await asyncio.to_thread(expired_claims, runtime.db, policy)
    requeued = await asyncio.to_thread(defer_processing, forgotten)
    await manager.delete_old_jobs(nb_hours=queue.keep_jobs_hours, include_failed=False)
    return {"stalled": len(stalled), "requeued": requeued}


async def _run_again(job: Job) -> None:
    """A stalled job goes back to waiting, unless a job with its queueing lock already waits:
    that one does the same work, so this one ends as aborted."""
    try:
        await app.job_manager.retry_job(job)
    except UniqueViolation:
        log.warning("job %s (%s) stalled; the same work is already queued", job.id, job.task_name)
        await app.job_manager.finish_job(job, status=Status.ABORTED, delete_job=False)
        return
    log.warning("job %s (%s) stalled: its worker died; it runs again", job.id, job.task_name)


# --- helpers --------------------------------------------------------------------------------


def _acknowledging(settings: Settings) -> bool:
    from intake.outbox.acknowledge import ack_settings

    return ack_settings(settings).enabled


def configure_tasks(queue: QueueSettings, *, periodic: bool) -> None:
    """Apply [queue] in this process before its worker starts: retries and, unless draining,
    the periodic tasks with their schedules."""
    process_message.retry_strategy = extract_retry(queue.extract_retries)
    registry = app.periodic_registry
    registry.periodic_tasks.clear()
    if not periodic:
        return
    registry.register_task(schedule_polls, queue.poll_schedule, "", {})
    registry.register_task(sweep, queue.sweep_schedule, "", {})
    if queue.publish_schedule:
        registry.register_task(publish, queue.publish_schedule, "", {})
