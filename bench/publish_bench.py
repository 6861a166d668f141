"""Publishing N approved resolutions from SQLite: a full publish, a no-change run, one edit.

    python -m bench.publish_bench [--count 10000] [--keep DIR]    (or: python -m bench publish)

Each publish runs in a fresh process, so peak memory (max RSS) is that publish's own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.seeding import stored_message
from intake.publishing import run_publish
from intake.settings import Settings
from intake.store.db import open_database
from intake.store.models import Resolution

CITIES = [
    ("Manchester", "GB", 53.48, -2.24),
    ("Berlin", "DE", 52.52, 13.40),
    ("Paris", "FR", 48.86, 2.35),
    ("Sydney", "AU", -33.87, 151.21),
    ("Detroit", "US", 42.33, -83.05),
    ("Colombo", "LK", 6.93, 79.85),
]
KINDS = ["Unite Branch", "Students' Union", "Bus Depot Workers", "Residents' Association"]


def seed(url: str, count: int) -> None:
    db = open_database(url)
    db.upgrade()
    model = Path(__file__).resolve().parent.parent / "intake/campaigns/assange-manning.toml"
    text = model.read_text().split('"""')[1].strip()
    rng = random.Random(7)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with db.transaction() as session:
        for n in range(count):
            city, code, lat, lon = rng.choice(CITIES)
            org = f"{rng.choice(KINDS)} {n}"
            session.add(stored_message(n))
            day = start + timedelta(days=rng.randrange(300))
            session.add(
                Resolution(
                    id=n + 1,
                    message_pk=n + 1,
                    status="approved",
                    outcome="passed",
                    organisation=org,
                    meeting_date=day.date().isoformat(),
                    place=city,
                    city=city,
                    country_code=code,
                    latitude=lat,
                    longitude=lon,
                    text=text.replace("[name of organisation / group]", org),
                    approved_at=day + timedelta(days=2),
                    updated_at=day + timedelta(days=2),
                )
            )
    db.dispose()


def publish_once(url: str, out: str) -> dict[str, float]:
    db = open_database(url)
    settings = Settings(extra={"publish": {"base_url": "https://campaign.example.org/r/"}})
    started, cpu, forked = time.perf_counter(), time.process_time(), _children_cpu()
    outcome = run_publish(db, settings, Path(out), actor="bench")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    plan = outcome.report.plan
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # the machine may be shared: CPU time is steadier
        "second_process_cpu_seconds": round(_children_cpu() - forked, 2),
        "rows_read": outcome.read,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rendered": outcome.report.rendered,
        "added": len(plan.added),
        "updated": len(plan.updated),
    }


def _children_cpu() -> float:
    """CPU time of the ended processes this one forked (the publisher's second process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def edit_one(url: str) -> None:
    db = open_database(url)
    with db.transaction() as session:
        item = session.get(Resolution, 1)
        assert item is not None
        item.place = "Salford"
        item.updated_at = datetime.now(UTC)


def _phase(url: str, out: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.publish_bench", "--phase", url, out],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.publish_bench")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep it.")
    parser.add_argument("--phase", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv or [])
    if args.phase:
        print(json.dumps(publish_once(*args.phase)))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-publish-"))
    folder.mkdir(parents=True, exist_ok=True)
    url, out = f"sqlite:///{folder / 'bench.sqlite'}", str(folder / "public")
    started = time.perf_counter()
    seed(url, args.count)
    print(f"seeded {args.count} approved resolutions in {time.perf_counter() - started:.1f} s")
    print("full publish:         ", _phase(url, out))
    print("again, nothing changed:", _phase(url, out))
    edit_one(url)
    print("one item edited:      ", _phase(url, out))
    size = sum(p.stat().st_size for p in Path(out).resolve().rglob("*") if p.is_file())
    print(f"output: {size / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
