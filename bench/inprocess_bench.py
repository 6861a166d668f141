"""CPU time per typed message in one warm process, documents read in-process (no sandbox).

python -m bench inprocess
python bench/inprocess_bench.py --rounds 3 --profile var/inprocess.prof

The messages of fixtures/eval-realistic without scans and photos (as bench/ingest_bench.py
leaves them out), each parsed, its documents read by the readers themselves and its fields
found; one round first to warm imports, tables and the language model, then each round's CPU
time (not wall time: the figure that holds on a shared machine). With --profile, one more
round under cProfile, written to the given file. A report, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: `python bench/inprocess_bench.py`
    sys.path.insert(0, str(ROOT))

from bench.ingest_bench import _scan_or_photo  # noqa: E402
from bench.poll_jobs_bench import CORPUS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    from intake.pipeline.extraction import extract_config
    from intake.settings import load_settings
    from parsers.documents.reading import read_message_documents
    from parsers.documents.registry import read_file
    from parsers.extract import ExtractConfig, extract_fields
    from parsers.mime import parse_message

    config: ExtractConfig = extract_config(load_settings())
    messages = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    messages = [raw for raw in messages if not _scan_or_photo(raw)]

    def one(raw: bytes) -> None:
        message = parse_message(raw)
        extract_fields(message, read_message_documents(message, config.limits, read_file), config)

    started = time.process_time()
    for raw in messages:
        one(raw)
    warm = time.process_time() - started
    print(f"{len(messages)} typed messages; first round (warm-up) {warm:.2f} s CPU")
    for number in range(1, args.rounds + 1):
        each = []
        for raw in messages:
            started = time.process_time()
            one(raw)
            each.append(time.process_time() - started)
        print(
            f"round {number}: {sum(each):5.2f} s CPU, median {1000 * statistics.median(each):5.1f} "
            f"ms, mean {1000 * statistics.fmean(each):5.1f} ms per message"
        )
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for raw in messages:
            one(raw)
        profile.disable()
        profile.dump_stats(args.profile)
        print(f"profile of one more round: {args.profile}")


if __name__ == "__main__":
    main()
