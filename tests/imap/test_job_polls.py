"""The job queue's polls against the test Dovecot: two worker processes, three mailboxes, polls
queued again and again while they run; never two polls of one folder at once, and two folders of
one account polled side by side."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from intake.store.db import Database, open_database
from intake.store.models import Message, PollRun
from tests.imap.conftest import make_message
from tests.imap.dovecot import Account, Dovecot
from tests.jobs_support import (
    NEVER_STALLED_SECONDS,
    intake,
    job_counts,
    queue_app,
    settings_of,
    start_intake,
    stop,
    wait_until,
    write_config,
)

pytestmark = [pytest.mark.imap, pytest.mark.postgres]
PER_MAILBOX = 40


def _accounts(dovecot: Dovecot, mailboxes: list[Account], folders: str = '["INBOX"]') -> str:
    return "".join(
        f"""
[imap.accounts.m{n}]
host = "{dovecot.host}"
port = {dovecot.port}
security = "plaintext"
username = "{who.user}"
password_command = "printf %s {who.password}"
folders = {folders}
"""
        for n, who in enumerate(mailboxes)
    )


def _deliver(dovecot: Dovecot, who: Account, count: int, folder: str = "INBOX") -> None:
    with dovecot.client(who) as client:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for _ in range(count):
            client.append(folder, make_message())


def _job_spans(db: Database) -> dict[str, list[tuple[datetime, datetime]]]:
    """Per mailbox and folder, when each of its poll jobs started and ended (Procrastinate's
    events)."""
    query = text(
        "SELECT concat(j.args->>'mailbox', ' ', j.args->>'folder'),"
        " min(e.at) FILTER (WHERE e.type = 'started'),"
        " max(e.at) FILTER (WHERE e.type IN ('succeeded', 'failed'))"
        " FROM procrastinate_jobs j JOIN procrastinate_events e ON e.job_id = j.id"
        " WHERE j.task_name = 'intake.poll_mailbox' GROUP BY j.id, 1"
    )
    spans: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    with db.engine.connect() as connection:
        for mailbox, started, ended in connection.execute(query):
            if started is not None:
                spans[mailbox].append((started, ended))
    return spans


def _polls_running(db: Database) -> int:
    return job_counts(db).get(("intake.poll_mailbox", "doing"), 0)


def _all_done(db: Database, polls: int = 4) -> bool:
    busy = sum(n for (_task, status), n in job_counts(db).items() if status in ("todo", "doing"))
    with db.transaction() as session:
        waiting = session.scalar(select(func.count(Message.id)).where(Message.status == "new"))
    return busy == 0 and waiting == 0 and _polls_ran(db) >= polls


def _polls_ran(db: Database) -> int:
    return job_counts(db).get(("intake.poll_mailbox", "succeeded"), 0)


def _overlaps(spans: list[tuple[datetime, datetime | None]]) -> bool:
    ordered = sorted(spans, key=lambda span: span[0])
    return any(
        earlier_end is None or later_start < earlier_end
        for (_s, earlier_end), (later_start, _e) in zip(ordered, ordered[1:], strict=False)
    )


@pytest.mark.slow
def test_the_poller_lock_holds_with_two_workers_and_three_mailboxes(
    dovecot: Dovecot, postgres_url: str, tmp_path: Path
) -> None:
    from intake.pipeline.tasks import defer_poll, schedule_polls

    mailboxes = [dovecot.new_account() for _ in range(3)]
    for who in mailboxes:
        _deliver(dovecot, who, PER_MAILBOX)
    # The periodic poll far away: a worker starting would queue it at once (it is overdue).
    no_schedule = 'poll_schedule = "0 0 1 1 *"'
    config = write_config(
        tmp_path,
        postgres_url,
        _accounts(dovecot, mailboxes),
        no_schedule,
        stalled_after=NEVER_STALLED_SECONDS,
    )
    assert intake(config, "db", "upgrade").returncode == 0
    specs = [f"imap:m{n}" for n in range(3)]

    db = open_database(postgres_url)
    with queue_app(settings_of(config)), db.engine.connect() as blocker:
        # Polls wait at their first write while this holds the table: each poll job stays
        # "doing" (advisory lock taken) until the test lets go.
        blocker.execute(text("LOCK TABLE poll_runs IN EXCLUSIVE MODE"))
        assert defer_poll(specs[0], "INBOX")
        workers = start_intake(config, "worker", "--processes", "2")  # (a drain would let
        # the idle worker leave at once: nothing waits for it yet)
        try:
            wait_until(lambda: _polls_running(db) == 1, 600, "the first poll to start")
            # The first mailbox again while its poll runs, then the others: the idle worker
            # must leave the first mailbox's second poll alone and take the next mailbox.
            assert [defer_poll(spec, "INBOX") for spec in specs] == [True] * 3
            assert not defer_poll(specs[0], "INBOX")  # one waiting per folder: its queueing lock
            schedule_polls.defer(timestamp=0)
            wait_until(lambda: _polls_running(db) == 2, 600, "the second worker to take a poll")
            blocker.rollback()
            wait_until(lambda: _all_done(db), 900, "every poll and message to be done")
            workers.terminate()  # SIGTERM: each process finishes its job, then stops
            assert workers.wait(timeout=300) == 0, (tmp_path / "worker.err").read_text()[-3000:]
        finally:
            stop(workers)

    spans = _job_spans(db)
    with db.transaction() as session:
        stored = session.scalar(select(func.count(func.distinct(Message.message_id))))
        rows = session.scalar(select(func.count(Message.id)))
        waiting = session.scalar(select(func.count(Message.id)).where(Message.status == "new"))
        runs = defaultdict(list)
        for run in session.scalars(select(PollRun)):
            runs[run.source_name].append((run.started_at, run.finished_at))
    db.dispose()
    assert set(spans) == {f"{spec} INBOX" for spec in specs}
    assert not any(_overlaps(s) for s in spans.values())
    assert len(spans[f"{specs[0]} INBOX"]) >= 2
    assert not any(_overlaps(r) for r in runs.values())
    log = (tmp_path / "worker.err").read_text()
    assert "another intake poll is running" not in log  # the job lock kept them apart
    assert re.search(r"schedule_polls\[\d+\]\(timestamp=0\) ended with status: Success", log)
    assert stored == rows == 3 * PER_MAILBOX
    assert waiting == 0


@pytest.mark.slow
def test_two_folders_of_one_account_are_polled_side_by_side(
    dovecot: Dovecot, postgres_url: str, tmp_path: Path
) -> None:
    """schedule_polls queues a poll per configured folder, each with its own job lock and
    advisory lock: two workers hold both folders of one account at the same moment."""
    from intake.pipeline.tasks import defer_poll
    from intake.sources.registry import poll_jobs

    who = dovecot.new_account()
    _deliver(dovecot, who, 15)
    _deliver(dovecot, who, 10, "Motions")
    no_schedule = 'poll_schedule = "0 0 1 1 *"'
    accounts = _accounts(dovecot, [who], '["INBOX", "Motions"]')
    config = write_config(
        tmp_path, postgres_url, accounts, no_schedule, stalled_after=NEVER_STALLED_SECONDS
    )
    assert intake(config, "db", "upgrade").returncode == 0

    db = open_database(postgres_url)
    with queue_app(settings_of(config)), db.engine.connect() as blocker:
        blocker.execute(text("LOCK TABLE poll_runs IN EXCLUSIVE MODE"))  # polls wait, locks held
        jobs = poll_jobs(settings_of(config))
        assert jobs == [("imap:m0", "INBOX"), ("imap:m0", "Motions")]
        assert all(defer_poll(spec, folder) for spec, folder in jobs)
        workers = start_intake(config, "worker", "--processes", "2")
        try:
            wait_until(lambda: _polls_running(db) == 2, 600, "both folders' polls at once")
            blocker.rollback()
            wait_until(lambda: _all_done(db, polls=2), 900, "both polls and their messages")
            workers.terminate()
            assert workers.wait(timeout=300) == 0, (tmp_path / "worker.err").read_text()[-3000:]
        finally:
            stop(workers)
    with db.engine.connect() as connection:
        locks = set(
            connection.scalars(
                text("SELECT lock FROM procrastinate_jobs WHERE task_name = 'intake.poll_mailbox'")
            )
        )
    with db.transaction() as session:
        stored = session.scalar(select(func.count(func.distinct(Message.message_id))))
    db.dispose()
    assert locks == {"poll:imap:m0#INBOX", "poll:imap:m0#Motions"}
    assert stored == 25
    assert "another intake poll is running" not in (tmp_path / "worker.err").read_text()
