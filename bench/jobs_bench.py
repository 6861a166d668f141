"""The job queue: `intake worker --processes 2 --drain` against `--processes 1 --drain`.

    python -m bench.jobs_bench [--copies 3] [--processes 1 2]    (or: python -m bench jobs)

Needs PostgreSQL (INTAKE_TEST_POSTGRES_URL, default the local test database). For each run: a
fresh schema, the realistic corpus stored (each message --copies times with a fresh Message-ID,
by `intake poll --no-process`), then the timed drain. Reported: the command's wall clock (process
start and extraction warm-up included) and the jobs' own span, from the first job's start to the
last job's end; "jobs at once", the jobs' summed durations over that span (how many ran side by
side on average); then a check that every message was processed exactly once.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "eval-realistic"
URL = os.environ.get(
    "INTAKE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
_MESSAGE_ID = re.compile(rb"^message-id:[^\n]*\n", re.I | re.M)


def corpus_maildir(folder: Path, copies: int) -> int:
    """The corpus as a Maildir, each message `copies` times with a Message-ID of its own."""
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    count = 0
    for path in sorted(CORPUS.glob("*.eml")):
        data = path.read_bytes()
        for copy in range(copies):
            fresh = f"Message-ID: <bench-{count}-{copy}@bench.example>\n".encode()
            if _MESSAGE_ID.search(data):
                body = _MESSAGE_ID.sub(fresh, data, count=1)
            else:
                body = fresh + data
            (folder / "new" / f"{count:06d}.bench").write_bytes(body)
            count += 1
    return count


def intake(config: Path, *args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"intake {' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}"
        )
    return time.perf_counter() - started


def one_run(processes: int, copies: int, work: Path) -> dict[str, float]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        mail = work / f"mail-{processes}"
        messages = corpus_maildir(mail, copies)
        sep = "&" if "?" in URL else "?"
        config = work / f"intake-{processes}.toml"
        config.write_text(
            f'database_url = "{URL}{sep}options=-csearch_path%3D{schema}"\n'
            f'source = "maildir:{mail}"\n[queue]\nbackend = "procrastinate"\n'
        )
        intake(config, "db", "upgrade")
        intake(config, "poll", "--no-process")
        wall = intake(config, "worker", "--processes", str(processes), "--drain")
        with admin.connect() as connection:
            connection.execute(text(f'SET search_path TO "{schema}"'))
            return {"messages": messages, "wall": wall, **_check(connection)}
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _check(connection: object) -> dict[str, float]:
    def one(sql: str) -> float:
        return float(connection.execute(text(sql)).scalar_one() or 0)  # type: ignore[attr-defined]

    return {
        "span": one(
            "SELECT EXTRACT(EPOCH FROM max(at) FILTER (WHERE type = 'succeeded')"
            " - min(at) FILTER (WHERE type = 'started')) FROM procrastinate_events"
        ),
        "busy": one(
            "SELECT sum(EXTRACT(EPOCH FROM ended - started)) FROM (SELECT job_id,"
            " min(at) FILTER (WHERE type = 'started') AS started,"
            " max(at) FILTER (WHERE type = 'succeeded') AS ended"
            " FROM procrastinate_events GROUP BY job_id) AS jobs"
        ),
        "done": one("SELECT count(*) FROM messages WHERE status IN ('processed', 'failed')"),
        "jobs": one("SELECT count(*) FROM procrastinate_jobs WHERE status = 'succeeded'"),
        "runs": one("SELECT count(*) FROM procrastinate_events WHERE type = 'started'"),
        "twice": one("SELECT count(*) FROM audit WHERE action = 'reprocessed'"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="intake-jobs-bench-") as work:
        for processes in args.processes:
            results[processes] = one_run(processes, args.copies, Path(work))
    cores = len(os.sched_getaffinity(0))
    print(
        f"{cores} cores; load average now {os.getloadavg()[0]:.1f} (another process on the"
        " cores makes the processes share them: compare runs made on an idle machine)"
    )
    print(
        "processes  messages  wall s  jobs span s  msg/s (span)  jobs at once"
        "  processed  job runs  twice"
    )
    for processes, r in results.items():
        print(
            f"{processes:>9}  {r['messages']:>8.0f}  {r['wall']:>6.1f}  {r['span']:>11.1f}"
            f"  {r['messages'] / r['span']:>12.1f}  {r['busy'] / r['span']:>12.2f}"
            f"  {r['done']:>9.0f}  {r['runs']:>8.0f}  {r['twice']:>5.0f}"
        )
    if 1 in results and len(results) > 1:
        base = results[1]
        for processes, r in results.items():
            if processes != 1:
                print(
                    f"{processes} processes vs 1: wall {base['wall'] / r['wall']:.2f}x, "
                    f"jobs span {base['span'] / r['span']:.2f}x"
                )


if __name__ == "__main__":
    main()
