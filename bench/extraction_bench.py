"""Extraction time per message on a labelled folder (by default fixtures/eval-realistic).

Run: `.venv/bin/python -m bench extraction` (part of `make bench`). Each message is read once
before timing (imports, caches, the language model warm), then every message is extracted
`--rounds` times; the report gives the median and the slowest message. A report, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from intake.pipeline.extraction import extract_config
from intake.settings import load_settings
from parsers.extract import ExtractConfig, extract_message

FOLDER = Path(__file__).parents[1] / "fixtures" / "eval-realistic"


def timings(
    messages: list[tuple[str, bytes]], config: ExtractConfig, rounds: int
) -> dict[str, float]:
    """Seconds per message: the best of `rounds` runs of each (the least disturbed by others)."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, raw in messages:
            started = time.perf_counter()
            extract_message(raw, config)
            seconds = time.perf_counter() - started
            best[name] = min(seconds, best.get(name, seconds))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    config = extract_config(load_settings())
    messages = [(p.name, p.read_bytes()) for p in sorted(args.folder.glob("*.eml"))]
    for _, raw in messages[:3]:
        extract_message(raw, config)  # warm: imports, compiled patterns, language model
    seconds = timings(messages, config, args.rounds)
    values = sorted(seconds.values())
    slowest = max(seconds, key=lambda name: seconds[name])
    print(f"folder {args.folder} ({len(values)} messages, best of {args.rounds} rounds each)")
    print(f"median   {1000 * statistics.median(values):8.1f} ms/message")
    print(f"mean     {1000 * statistics.fmean(values):8.1f} ms/message")
    print(f"total    {sum(values):8.2f} s")
    print(f"slowest  {1000 * seconds[slowest]:8.1f} ms  {slowest}")


if __name__ == "__main__":
    main()
