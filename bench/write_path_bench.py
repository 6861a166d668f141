"""The poll's parent alone: claiming and reading messages, then writing their results.

python -m bench.write_path_bench --copies 2

The messages of `intake extract`'s ingest corpus (bench/ingest_bench.py: the realistic corpus,
scans and photos left out, each COPIES times with a fresh Message-ID) are stored into a fresh
SQLite file and extracted once, in this process. Then, timed in CPU seconds of this process, the
parent's part of `intake poll` on every message: claim and read (as the poll's claims do,
one message per worker at a time), and write the results in the poll's groups. Run ROUNDS
times on fresh files (the extraction is not repeated). A report, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2, help="claims taken per worker freed")
    args = parser.parse_args()

    from bench.ingest_bench import make_inbox
    from intake.settings import Settings

    try:
        from intake.pipeline.extraction import extract_config, extract_safely
    except ImportError:  # the code before the extraction had a module of its own
        from intake.pipeline.extraction import extract_config, extract_safely

    work = Path(tempfile.mkdtemp(prefix="intake-bench-write-"))
    inbox, count = make_inbox(work / "inbox", args.copies)
    config = extract_config(Settings())
    results = {}
    for path in sorted(inbox.glob("*.eml")):
        key = path.name.split("-", 1)[1]
        if key not in results:
            results[key] = extract_safely(0, path.read_bytes(), config)
    print(f"{count} messages, {len(results)} extracted once")
    for round_ in range(args.rounds):
        claim, write = _round(work / f"round{round_}.sqlite", inbox, results, args.jobs)
        print(
            f"round {round_ + 1}: claim and read {claim:.2f} s CPU "
            f"({claim / count * 1000:.1f} ms/msg), write {write:.2f} s "
            f"({write / count * 1000:.1f} ms/msg)"
        )


def _round(database: Path, inbox: Path, results: dict, jobs: int) -> tuple[float, float]:  # type: ignore[type-arg]
    from dataclasses import replace

    from intake.pipeline import processing
    from intake.settings import Settings
    from intake.sources.local import EmlDirSource
    from intake.store.claims import Claim
    from intake.store.db import open_database
    from intake.store.grouped import store_fetched
    from intake.store.models import Message

    db = open_database(f"sqlite:///{database}")
    db.upgrade()
    store_fetched(db, EmlDirSource(inbox), lambda _n: False)
    with db.transaction() as session:
        names = {m.id: m.source_key for m in session.query(Message)}
    pipeline = replace(processing.open_pipeline(db, Settings(), jobs=jobs))
    started = time.process_time()
    taken = list(processing._claims_while(db, pipeline, None))
    if taken and isinstance(taken[0], Claim):  # the code before claims were read in batches
        taken = list(processing._jobs(db, taken))
    claimed = time.process_time() - started
    group = []
    started = time.process_time()
    for job in taken:
        key = Path(names[job.message_pk]).name.split("-", 1)[1]
        group.append((Claim(job.message_pk, pipeline.token), results[key]))
        if len(group) >= processing.GROUP_SIZE:
            processing.write_results(db, group)
            group = []
    processing.write_results(db, group)
    written = time.process_time() - started
    db.dispose()
    return claimed, written


if __name__ == "__main__":
    main()
