"""`intake worker`: IDLE wakes it at once, it survives a server restart, SIGTERM stops it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from intake.pipeline.poll import PollSummary
from intake.pipeline.worker import Backoff, StopFlag, run_worker
from intake.settings import Settings
from intake.sources.registry import open_imap_source
from tests.imap.conftest import account_for, make_message, stored_message_ids

pytestmark = pytest.mark.imap
ROOT = Path(__file__).resolve().parents[2]


class Worker:
    """run_worker in a thread, recording when each poll stored something."""

    def __init__(self, db, account) -> None:  # type: ignore[no-untyped-def]
        self.stop = StopFlag()
        self.stored_at: list[float] = []
        self.polls = 0

        def on_poll(summary: PollSummary) -> None:
            self.polls += 1
            self.stored_at += [time.monotonic()] * summary.stored

        self.thread = threading.Thread(
            target=run_worker,
            args=(db, Settings(), lambda: open_imap_source(account, db)),
            kwargs={
                "stop": self.stop,
                "interval": 60,
                "on_poll": on_poll,
                "backoff": Backoff(base=0.1, cap=0.5),
            },
            daemon=True,
        )

    def __enter__(self) -> Worker:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()

    def wait_for(self, stored: int, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while len(self.stored_at) < stored:
            assert time.monotonic() < deadline, f"only {len(self.stored_at)} stored"
            time.sleep(0.02)


def test_idle_wakes_the_worker_within_a_second_of_an_append(sqlite_db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    dovecot.deliver(mailbox, make_message())
    with Worker(sqlite_db, account_for(dovecot, mailbox)) as worker:
        worker.wait_for(1)
        time.sleep(0.5)  # the worker is in IDLE now (the poll interval is 60 s)
        with dovecot.client(mailbox) as client:
            appended = time.monotonic()
            client.append("INBOX", make_message())
        worker.wait_for(2, seconds=5)
        waited = worker.stored_at[1] - appended
    assert waited < 1.0, f"stored {waited:.2f} s after the APPEND"


def test_the_worker_reconnects_after_the_server_restarts(sqlite_db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    dovecot.deliver(mailbox, make_message())
    with Worker(sqlite_db, account_for(dovecot, mailbox)) as worker:
        worker.wait_for(1)
        dovecot.stop()
        time.sleep(0.3)
        dovecot.start(port=dovecot.port)
        dovecot.deliver(mailbox, make_message())
        worker.wait_for(2)
    ids = stored_message_ids(sqlite_db)
    assert len(ids) == len(set(ids)) == 2


def test_sigterm_finishes_cleanly_with_exit_0(sqlite_db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    for _ in range(3):
        dovecot.deliver(mailbox, make_message())
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": sqlite_db.url,
        "INTAKE_IMAP_PASSWORD": mailbox.password,
    }
    source = f"imap://{mailbox.user}@{dovecot.host}:{dovecot.port}/INBOX"
    worker = subprocess.Popen(
        [sys.executable, "-m", "intake", "worker", "--allow-plaintext", "--source", source],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 20
    while len(stored_message_ids(sqlite_db)) < 3:
        assert time.monotonic() < deadline and worker.poll() is None
        time.sleep(0.05)
    worker.send_signal(signal.SIGTERM)
    _out, err = worker.communicate(timeout=10)
    assert worker.returncode == 0, err
    assert "stopped" in err
