"""`intake poll --jobs 2` against `--jobs 1` on the realistic corpus, into fresh SQLite files.

python -m bench poll_jobs            (each message of fixtures/eval-realistic, COPIES times)
python bench/poll_jobs_bench.py --copies 4
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fixtures" / "eval-realistic"
_MESSAGE_ID = re.compile(rb"^message-id:.*(?:\r?\n[ \t].*)*\r?\n", re.I | re.M)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="intake-bench-jobs-"))
    inbox = make_inbox(work / "inbox", args.copies)
    count = len(list(inbox.glob("*.eml")))
    print(f"corpus: {count} messages ({args.copies} copies of {CORPUS.name}, fresh Message-IDs)")
    seconds = {}
    for jobs in [int(j) for j in args.jobs.split(",")]:
        took, rss = timed_poll(inbox, work / f"jobs{jobs}.sqlite", jobs)
        seconds[jobs] = took
        print(
            f"intake poll --jobs {jobs}: {took:6.1f} s, {count / took:5.1f} msg/s, "
            f"largest process {rss:.0f} MB"
        )
    if 1 in seconds and 2 in seconds:
        print(f"--jobs 2 against --jobs 1: {seconds[1] / seconds[2]:.2f}x")


def make_inbox(inbox: Path, copies: int) -> Path:
    inbox.mkdir(parents=True)
    for source in sorted(CORPUS.glob("*.eml")):
        data = source.read_bytes()
        for copy in range(copies):
            fresh = f"Message-ID: <bench-{copy}-{source.stem[:20]}@example.org>\r\n".encode()
            body = _MESSAGE_ID.sub(b"", data, count=1)
            (inbox / f"{copy}-{source.name}").write_bytes(fresh + body)
    return inbox


def timed_poll(inbox: Path, database: Path, jobs: int) -> tuple[float, float]:
    env = {**os.environ, "INTAKE_DATABASE_URL": f"sqlite:///{database}"}
    env.pop("INTAKE_CONFIG", None)
    intake = [sys.executable, "-m", "intake"]
    subprocess.run([*intake, "db", "upgrade"], env=env, check=True, capture_output=True)
    started = time.perf_counter()
    done = subprocess.run(
        [*intake, "poll", "--source", f"eml-dir:{inbox}", "--jobs", str(jobs)],
        env=env,
        capture_output=True,
        cwd=inbox.parent,
    )
    took = time.perf_counter() - started
    if done.returncode not in (0, 7):
        raise SystemExit(done.stderr.decode())
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return took, rss_mb


if __name__ == "__main__":
    main()
