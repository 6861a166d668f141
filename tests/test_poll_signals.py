"""SIGTERM or SIGINT in the middle of `intake poll`: every finished result is written before the
process ends, the messages still being extracted are given back at once, and the next poll
processes those, each message once. A real `intake poll` process, on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import mailbox
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.store.models import AuditEntry, Message, Resolution
from intake.store.statuses import MessageStatus
from tests.mail import resolution_message

COUNT = 60


def _maildir(path: Path) -> Path:
    box = mailbox.Maildir(path, create=True)
    for n in range(COUNT):
        box.add(
            resolution_message(
                "Eastmere Tenants Branch",
                "Passed on 3 March 2024 in Inverness",
                message_id=f"<signal-{n}@example.org>",
            )
        )
    box.close()
    return path


def _poll(db, source: Path, cwd: Path) -> subprocess.Popen[bytes]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "INTAKE_DATABASE_URL": db.url}
    env.pop("INTAKE_CONFIG", None)
    spec = f"maildir:{source}"
    command = [sys.executable, "-m", "intake", "poll", "--jobs", "2", "--source", spec]
    return subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _statuses(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        rows = session.execute(select(Message.status, func.count()).group_by(Message.status))
        return {str(status): int(count) for status, count in rows}


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (the extraction workers, their document readers), read from
    /proc: the workers lead process groups of their own, so a group signal would miss them."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


@pytest.mark.parametrize(
    ("signum", "whole_unit"),
    [(signal.SIGTERM, False), (signal.SIGINT, False), (signal.SIGTERM, True)],
    ids=["sigterm", "sigint", "sigterm-to-every-process"],
)
def test_a_signal_mid_poll_writes_every_finished_result_and_loses_nothing(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, signum: int, whole_unit: bool
) -> None:
    """`whole_unit`: the signal goes to every process of the poll at once, as systemd's stop
    sends it to every process of a unit: a worker stopped so is no failure of its message."""
    source = _maildir(tmp_path / "inbox")
    poll = _poll(db, source, tmp_path)
    deadline = time.monotonic() + 300  # a bound on waiting, not a timing assertion
    while not _statuses(db).get(MessageStatus.PROCESSED) and poll.poll() is None:
        assert time.monotonic() < deadline, "no result was written"
        time.sleep(0.05)
    others = _descendants(poll.pid) if whole_unit else []
    poll.send_signal(signum)  # the first results are written: the run is under way
    for pid in others:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)
    out, err = poll.communicate(timeout=120)
    assert poll.returncode != 0, (out, err)  # it ended on the signal, not at the end of the mail
    if signum == signal.SIGTERM:
        assert poll.returncode == -signal.SIGTERM, err  # the usual end of a SIGTERM, after the work

    after_signal = _statuses(db)
    # Nothing held by the ended run: each message is written, or back in the queue at once
    # (a claim left behind would wait for it to expire).
    assert set(after_signal) <= {MessageStatus.PROCESSED, MessageStatus.NEW}, after_signal
    assert sum(after_signal.values()) == COUNT
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Resolution)) == after_signal.get(
            MessageStatus.PROCESSED, 0
        )
        unclaimed = session.scalar(select(func.count()).where(Message.claimed_by.is_not(None)))
    assert unclaimed == 0

    again = _poll(db, source, tmp_path)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, (out, err)
    assert _statuses(db) == {MessageStatus.PROCESSED: COUNT}
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Resolution)) == COUNT
        actions = list(session.scalars(select(AuditEntry.action)))
    assert actions.count("queued") == COUNT  # each message written once
    assert "reprocessed" not in actions
