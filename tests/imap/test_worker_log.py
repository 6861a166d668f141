"""The worker's log says when it stored mail and when it reconnected, and nothing else at INFO."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.imap.conftest import make_message, stored_message_ids

pytestmark = pytest.mark.imap
ROOT = Path(__file__).resolve().parents[2]


def _wait_for_stored(db, count: int, worker: subprocess.Popen[str]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 30
    while len(stored_message_ids(db)) < count:
        assert time.monotonic() < deadline and worker.poll() is None
        time.sleep(0.05)


def test_the_worker_logs_storing_and_reconnecting_and_not_alembic(sqlite_db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    for _ in range(2):
        dovecot.deliver(mailbox, make_message())
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": sqlite_db.url,
        "INTAKE_IMAP_PASSWORD": mailbox.password,
    }
    source = f"imap://{mailbox.user}@{dovecot.host}:{dovecot.port}/INBOX"
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "intake",
            "worker",
            "--allow-plaintext",
            "--source",
            source,
            "--log-format",
            "json",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_stored(sqlite_db, 2, worker)
        dovecot.stop()
        time.sleep(0.5)
        dovecot.start(port=dovecot.port)
        dovecot.deliver(mailbox, make_message())
        _wait_for_stored(sqlite_db, 3, worker)
    finally:
        worker.send_signal(signal.SIGTERM)
        _out, err = worker.communicate(timeout=20)
    records = [json.loads(line) for line in err.splitlines()]
    messages = [r["message"] for r in records if r["level"] == "info"]
    assert any("stored 2" in m for m in messages), messages
    assert any(m.endswith(": reconnected") for m in messages), messages
    assert any("stored 1" in m for m in messages), messages
    assert not [r for r in records if r["logger"].startswith("alembic")]
