"""How fast the CLI starts: `intake --help`, `intake queue list` on 10,000 review items, one
item shown, and the first place edit (the gazetteer's load), each against `python -c pass`.

    python -m bench.startup_bench [--count 10000] [--runs 5] [--keep DIR]
    (or: python -m bench startup)

Every command runs in a fresh process, as an editor runs it; the best of --runs is shown,
since other work on the machine only ever adds time. Each line gives the wall time and the
CPU time (user + system of the process): on a shared machine the CPU time is the steadier
figure. The imports a listing may need are timed the same way.

As on an editor's installation, the bytecode of what runs is cached: the processes write it
(PYTHONDONTWRITEBYTECODE is dropped for them) under the work folder (PYTHONPYCACHEPREFIX, so
the checkout stays as it is), and each command runs once untimed before its timed runs.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import string
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.seeding import stored_message
from intake.store.db import open_database
from intake.store.models import Resolution

KINDS = ["Transport Workers Branch", "Students' Union", "Tenants' Association", "Trades Council"]
TOWNS = [("Leeds", "GB"), ("Lyon", "FR"), ("Graz", "AT"), ("Porto", "PT"), ("Utrecht", "NL")]
TEXT = (
    "This meeting of {org} notes the campaign's call and resolves to support it. "
    "We call on the government to act, and instruct the secretary to write to our MP. " * 8
)


def seed(url: str, count: int) -> None:
    """`count` pending review items; one in fifty the same meeting as another, from another
    sender (a suspected duplicate)."""
    db = open_database(url)
    db.upgrade()
    rng = random.Random(11)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with db.transaction() as session:
        for n in range(count):
            base = n - 1 if n % 50 == 49 else n  # a twin of the one before
            org = f"{KINDS[base % len(KINDS)]} {_invented_name(base)}"
            day = (start + timedelta(days=base % 3000)).date().isoformat()
            town, country = rng.choice(TOWNS)
            received = start + timedelta(minutes=n)
            session.add(
                stored_message(
                    n,
                    kind="resolution",
                    subject=f"Resolution of {org}",
                    sender=f"Secretary <secretary{n}@example.org>",
                    received_at=received,
                )
            )
            session.add(
                Resolution(
                    id=n + 1,
                    message_pk=n + 1,
                    status="pending",
                    outcome="passed",
                    organisation=org,
                    meeting_date=day,
                    place=town,
                    city=town,
                    country_code=country,
                    min_confidence=rng.choice([0.4, 0.7, 0.9]),
                    text=TEXT.format(org=org) + _motion(rng),
                    created_at=received,
                    updated_at=received,
                )
            )
    _find_duplicates(db)
    db.dispose()


def _invented_name(n: int) -> str:
    """A made-up town for organisation n: three syllables, different for nearby numbers."""
    syllables = ["bar", "cel", "dun", "fen", "gor", "hal", "kir", "lom", "mar", "nes", "pol"]
    first, second, third = n % 11, n // 11 % 11, n // 121 % 11
    return (syllables[first] + syllables[second] + syllables[third]).title()


def _motion(rng: random.Random) -> str:
    """Who moved and seconded it, and the minute's reference: every text differs from the
    others by more than a few characters, as real ones do (dates, places, wording)."""
    mover, seconder = rng.sample(NAMES, 2)
    minute = "".join(rng.choices(string.ascii_lowercase, k=14))
    return f" Moved by {mover}, seconded by {seconder}; minute {minute}."


NAMES = ["Ada", "Bram", "Cleo", "Dmitri", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jonas"]


def _find_duplicates(db: object) -> None:
    """Store the suspected duplicates, as writing each item through the pipeline would."""
    try:
        from intake.queue.duplicates import rebuild_duplicates
    except ImportError:  # a checkout from before they were stored: the list computes them
        return
    with db.engine.begin() as connection:  # type: ignore[attr-defined]
        rebuild_duplicates(connection)


def best_of(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """The best wall time and the best CPU time (user + system) of `runs` fresh processes."""
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)  # bytecode cached
    walls, cpus = [], []
    for _ in range(runs):
        before = _children_cpu()
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - before)
    return min(walls), min(cpus)


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


IMPORTS = [
    "import click",
    "import rich.console, rich.table",
    "import sqlite3",
    "import psycopg",
    "import sqlalchemy",
    "import sqlalchemy.orm",
]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.startup_bench")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep it.")
    args = parser.parse_args(argv or [])
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-startup-"))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "bench.sqlite"
    url = f"sqlite:///{database}"
    if not database.exists():
        started = time.perf_counter()
        seed(url, args.count)
        print(f"seeded {args.count} pending review items in {time.perf_counter() - started:.1f} s")
    env = os.environ | {
        "INTAKE_DATABASE_URL": url,
        "INTAKE_CONFIG": "",
        "INTAKE_EDITOR": "bench",
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    intake = [sys.executable, "-m", "intake"]
    floor, floor_cpu = best_of([sys.executable, "-c", "pass"], args.runs, env)
    print(f"{'python -c pass:':<38}{floor:.3f} s  CPU {floor_cpu:.3f} s")
    for label, command in [
        ("intake --help", ["--help"]),
        ("intake queue list (piped)", ["queue", "list"]),
        ("intake queue list --table", ["queue", "list", "--table"]),
        ("intake queue list --sort unsure --json", ["queue", "list", "--sort", "unsure", "--json"]),
        ("intake queue show 50", ["queue", "show", "50"]),
        ("intake queue show 50 --json", ["queue", "show", "50", "--json"]),
        ("intake queue edit 1 --place Leeds,GB", ["queue", "edit", "1", "--place", "Leeds, GB"]),
    ]:
        _report(label, best_of(intake + command, args.runs, env), (floor, floor_cpu))
    for code in IMPORTS:
        _report(code, best_of([sys.executable, "-c", code], args.runs, env), (floor, floor_cpu))


def _report(label: str, seconds: tuple[float, float], floor: tuple[float, float]) -> None:
    (wall, cpu), (floor_wall, floor_cpu) = seconds, floor
    print(
        f"{label + ':':<38}{wall:.3f} s  ({wall / floor_wall:.1f}x python -c pass)"
        f"  CPU {cpu:.3f} s ({cpu / max(floor_cpu, 1e-3):.1f}x)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
