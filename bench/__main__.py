"""Runs every bench/*_bench.py module in turn (or those named) and prints their reports.

python -m bench                 # all
python -m bench documents imap  # only these
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    available = sorted(p.stem.removesuffix("_bench") for p in HERE.glob("*_bench.py"))
    chosen = names or available
    unknown = [n for n in chosen if n not in available]
    if unknown:
        print(f"unknown benchmark(s) {', '.join(unknown)}; available: {', '.join(available)}")
        return 2
    for name in chosen:
        print(f"## {name}", flush=True)
        module = importlib.import_module(f"bench.{name}_bench")
        sys.argv = [f"bench.{name}_bench"]  # each report with its own defaults
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
