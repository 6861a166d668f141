"""The job queue's polls against the test Dovecot: two worker processes, three mailboxes, polls
queued again and again while they run; never two polls of one mailbox at once."""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from intake.store.db import Database, open_database
from intake.store.models import Message, PollRun
from tests.imap.conftest import make_message
from tests.imap.dovecot import Account, Dovecot
from tests.jobs_support import intake, queue_app, settings_of, start_intake, stop, write_config

pytestmark = [pytest.mark.imap, pytest.mark.postgres]
PER_MAILBOX = 40


def _accounts(dovecot: Dovecot, mailboxes: list[Account]) -> str:
    return "".join(
        f"""
[imap.accounts.m{n}]
host = "{dovecot.host}"
port = {dovecot.port}
security = "plaintext"
username = "{who.user}"
password_command = "printf %s {who.password}"
"""
        for n, who in enumerate(mailboxes)
    )


def _deliver(dovecot: Dovecot, who: Account, count: int) -> None:
    with dovecot.client(who) as client:
        for _ in range(count):
            client.append("INBOX", make_message())


def _job_spans(db: Database) -> dict[str, list[tuple[datetime, datetime]]]:
    """Per mailbox, when each of its poll jobs started and ended (Procrastinate's events)."""
    query = text(
        "SELECT j.args->>'mailbox', min(e.at) FILTER (WHERE e.type = 'started'),"
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
    from intake.tasks import defer_poll, schedule_polls

    mailboxes = [dovecot.new_account() for _ in range(3)]
    for who in mailboxes:
        _deliver(dovecot, who, PER_MAILBOX)
    config = write_config(tmp_path, postgres_url, _accounts(dovecot, mailboxes))
    assert intake(config, "db", "upgrade").returncode == 0
    specs = [f"imap:m{n}" for n in range(3)]

    with queue_app(settings_of(config)):
        schedule_polls.defer(timestamp=0)  # as the periodic schedule does: one poll per mailbox
        workers = start_intake(config, "worker", "--processes", "2", "--drain")
        try:
            queued_again = 0
            while workers.poll() is None:  # while polls run, queue more: each waits its turn
                queued_again += sum(defer_poll(spec) for spec in specs)
                time.sleep(0.02)
        finally:
            stop(workers)
        assert workers.returncode == 0, (tmp_path / "worker.err").read_text()[-3000:]
        assert not any(defer_poll(spec) for spec in specs)  # one waiting per mailbox at most
    assert queued_again > 0

    done = intake(config, "worker", "--processes", "2", "--drain")  # what was queued last
    assert done.returncode == 0, done.stderr

    db = open_database(postgres_url)
    spans = _job_spans(db)
    with db.transaction() as session:
        stored = session.scalar(select(func.count(func.distinct(Message.message_id))))
        rows = session.scalar(select(func.count(Message.id)))
        waiting = session.scalar(select(func.count(Message.id)).where(Message.status == "new"))
        runs = defaultdict(list)
        for run in session.scalars(select(PollRun)):
            runs[run.source_name].append((run.started_at, run.finished_at))
    db.dispose()
    assert set(spans) == set(specs)
    assert sum(len(s) for s in spans.values()) > len(specs)  # mailboxes were polled again
    assert not any(_overlaps(s) for s in spans.values())
    assert not any(_overlaps(r) for r in runs.values())
    assert "another intake poll is running" not in (tmp_path / "worker.err").read_text()
    assert stored == rows == 3 * PER_MAILBOX
    assert waiting == 0
