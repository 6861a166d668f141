"""The worker's log says when it stored mail and when it reconnected, and nothing else at INFO."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.imap.conftest import make_message

pytestmark = pytest.mark.imap
ROOT = Path(__file__).resolve().parents[2]


class LogReader:
    """Collects the worker's JSON log lines as they come (a line that is not JSON is kept as
    such: it fails the test's checks, not the reader)."""

    def __init__(self, worker: subprocess.Popen[str]) -> None:
        self.records: list[dict[str, Any]] = []
        self.thread = threading.Thread(target=self._read, args=(worker,), daemon=True)
        self.thread.start()

    def _read(self, worker: subprocess.Popen[str]) -> None:
        assert worker.stderr is not None
        for line in worker.stderr:
            try:
                self.records.append(json.loads(line))
            except ValueError:
                self.records.append({"level": "not json", "logger": "", "message": line})

    def messages(self, level: str = "info") -> list[str]:
        return [r["message"] for r in self.records if r["level"] == level]

    def wait_for(self, text: str, level: str = "info") -> None:
        """Until a line at `level` holds `text`. The bound only stops a hung worker: on a loaded
        machine its start and its reconnection backoff (1, 2, 4 ... s) take their time."""
        deadline = time.monotonic() + 300
        while not any(text in m for m in self.messages(level)):
            assert time.monotonic() < deadline, self.records
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
    command = ["worker", "--allow-plaintext", "--source", source, "--log-format", "json"]
    worker = subprocess.Popen(
        [sys.executable, "-m", "intake", *command],
        env=env,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = LogReader(worker)
    try:
        log.wait_for("stored 2")
        dovecot.stop()
        log.wait_for("trying again in", "warning")  # it saw the server go
        dovecot.start(port=dovecot.port)
        dovecot.deliver(mailbox, make_message())
        log.wait_for(": reconnected")
        log.wait_for("stored 1")
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=120)
        log.thread.join(timeout=5)
    assert not [r for r in log.records if r["logger"].startswith("alembic")]
    assert not log.messages("not json")
