"""Helpers for the job queue tests: a config on the procrastinate backend, mail to store, the real
`intake` command, and what the jobs table says."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from intake.settings import Settings, load_settings
from intake.store.db import Database

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "fixtures" / "sample-inbox"
EXPECTED = json.loads((ROOT / "fixtures" / "sample-inbox.expected.json").read_text())
RESOLUTIONS = sorted(
    path for path in SAMPLE.glob("*/*") if EXPECTED.get(path.name, {}).get("kind") == "resolution"
)
_MESSAGE_ID = re.compile(rb"^message-id:[^\n]*\n", re.I | re.M)

# Fast failure detection for tests that kill a worker: one silent for 2 s is dead.
STALLED_AFTER_SECONDS = 2
# For tests whose workers all live: on a loaded machine a live worker can miss its heartbeats
# for seconds, and the periodic sweep would run its job a second time beside it.
NEVER_STALLED_SECONDS = 3600


def write_config(
    directory: Path,
    database_url: str,
    extra: str = "",
    queue: str = "",
    *,
    stalled_after: float = STALLED_AFTER_SECONDS,
) -> Path:
    """`extra` goes before the [queue] section, `queue` into it."""
    config = directory / "intake.toml"
    section = (
        '[queue]\nbackend = "procrastinate"\nheartbeat_seconds = 0.5\n'
        f"stalled_after_seconds = {stalled_after}\n"
    )
    config.write_text(f'database_url = "{database_url}"\n{extra}\n{section}{queue}\n')
    return config


def resolution_mail(count: int, folder: Path) -> Path:
    """`count` resolutions from the sample inbox as a Maildir, each with a Message-ID of its own."""
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for n in range(count):
        data = RESOLUTIONS[n % len(RESOLUTIONS)].read_bytes()
        fresh = f"Message-ID: <job-test-{n}@branch.example>\n".encode()
        (folder / "new" / f"{n:06d}.test").write_bytes(_MESSAGE_ID.sub(fresh, data, count=1))
    return folder


def intake(config: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


def start_intake(config: Path, *args: str) -> subprocess.Popen[str]:
    """The command in the background, its output in files beside the config (a pipe nobody
    reads would fill up and stop the workers)."""
    out = (config.parent / "worker.out").open("a")
    err = (config.parent / "worker.err").open("a")
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), *args],
        stdout=out,
        stderr=err,
        text=True,
        cwd=ROOT,
    )


def settings_of(config: Path) -> Settings:
    return load_settings(config, environ={})


def job_counts(db: Database) -> dict[tuple[str, str], int]:
    """(task name, status) -> number of jobs."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT task_name, status::text, count(*) FROM procrastinate_jobs GROUP BY 1, 2")
        )
        return {(task, status): count for task, status, count in rows}


def stalled_jobs(db: Database) -> int:
    """Jobs in progress whose worker has been silent longer than STALLED_AFTER_SECONDS."""
    with db.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT count(*) FROM procrastinate_jobs j LEFT JOIN procrastinate_workers w"
                    " ON w.id = j.worker_id WHERE j.status = 'doing' AND (w.id IS NULL OR"
                    " w.last_heartbeat < now() - make_interval(secs => :seconds))"
                ),
                {"seconds": STALLED_AFTER_SECONDS},
            ).scalar_one()
        )


def wait_until(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"waited {seconds} s for {what}"
        time.sleep(0.05)


def worker_processes(pid: int) -> list[int]:
    """The worker processes `intake worker` (process `pid`) forked: its children. Linux /proc."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            parent = re.search(r"^PPid:\s*(\d+)", status.read_text(), re.M)
        except OSError:
            continue
        if parent and int(parent.group(1)) == pid:
            found.append(int(status.parent.name))
    return sorted(found)


def kill_one_mid_job(db: Database, pids: list[int], task: str, seconds: float = 120) -> None:
    """SIGKILL one of `pids` while it is inside a job: freeze them all, and kill one only when
    every one of them holds a job (each runs one at a time), else let them go on and look again."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        busy = job_counts(db).get((task, "doing"), 0)
        if busy == len(pids):
            # Its extraction process outlives it, waiting on a pipe it holds both ends of: stop
            # it too, or it stays behind after the test.
            for pid in (*worker_processes(pids[0]), pids[0]):
                os.kill(pid, signal.SIGKILL)
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
        if busy == len(pids):
            return
        time.sleep(0.01)
    raise AssertionError(f"no moment with all {len(pids)} workers inside a job")


@contextmanager
def queue_app(settings: Settings) -> Iterator[None]:
    """The task app opened on the test database, for deferring from the test."""
    from intake.pipeline.tasks import app, connector_for

    with app.replace_connector(connector_for(settings)):
        app.open()
        try:
            yield
        finally:
            app.close()


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
