"""Fits the organisation weights (parsers/fields/orgscore.py WEIGHTS) on the labelled
development folders, and reports the figure of each folder left out of the fit.

Run: `.venv/bin/python -m bench.fit_org_weights [--folder PATH ...]`. Every message is
extracted once; the organisation finder's candidates are recorded with their cue and features
(`extract_fields(..., organisation_finder=...)`), and the choice is then made again under other
weights by the finder's own `choose_organisation` and scored by `intake eval`'s own rule.

The method, coordinate search on a grid: each weight in turn is set to the value of its grid
(a cue's weight is its confidence, 0.30 to 0.94; a feature's -0.50 to +0.20, by 0.02) that
gives the most right organisations less PENALTY for each confidently wrong one (wrong at >= 0.8);
among equals, the value nearest the hand weight. Passes repeat until none changes a weight.
A report, never a test; blind folders are never read.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from intake.evaluate import score_field
from intake.pipeline.extraction import extract_config
from intake.settings import load_settings
from parsers.extract import ExtractConfig, extract_fields, read_documents
from parsers.fields.confidence import TRUSTED, UNTRUSTED_CAP
from parsers.fields.organisation import Weighed, choose_organisation, weigh_organisation
from parsers.fields.orgscore import WEIGHTS
from parsers.mime import parse_message
from parsers.types import Extraction, FieldValue

ROOT = Path(__file__).parents[1] / "fixtures"
# The development folders (eval-blind2 is blind: measured once, never fitted on).
FOLDERS = ("eval", "eval-holdout", "eval-holdout2", "eval-realistic", "eval-blind", "eval-dev3")
PENALTY = 5  # one confidently wrong reading costs five right ones
SUPPORT = 2  # a weight moves only when the move is better for two messages or more
CUE_GRID = tuple(round(0.30 + 0.02 * i, 2) for i in range(33))  # 0.30 .. 0.94
FEATURE_GRID = tuple(round(-0.50 + 0.02 * i, 2) for i in range(36))  # -0.50 .. +0.20
MAX_PASSES = 6

Weights = Mapping[str, float]


@dataclass(frozen=True)
class Case:
    """One labelled message: what extraction made of it and the candidates it chose among."""

    folder: str
    name: str
    expected: dict[str, Any]
    extraction: Extraction
    weighed: Weighed | None
    capped: bool  # the finder's choice was held under trust afterwards (a foreign language)

    def names(self) -> frozenset[str]:
        if self.weighed is None:
            return frozenset()
        return frozenset(n for s in self.weighed.scored for n in (s.cue, *s.features))


def collect(folder: Path, config: ExtractConfig) -> list[Case]:
    """Each labelled message of the folder, extracted once, its candidates recorded."""
    cases = []
    for label in sorted(folder.glob("*.json")):
        eml = label.with_suffix(".eml")
        if eml.exists():
            expected = json.loads(label.read_text(encoding="utf-8"))
            extraction, weighed, capped = _extract(eml.read_bytes(), config)
            cases.append(Case(folder.name, eml.stem, expected, extraction, weighed, capped))
    return cases


def _extract(raw: bytes, config: ExtractConfig) -> tuple[Extraction, Weighed | None, bool]:
    """The extraction, the candidates its organisation was chosen from, and whether the
    choice was held under trust afterwards."""
    seen: list[Weighed | None] = []

    def recording(view: Any, registry: Any, slot: Any) -> FieldValue | None:
        weighed = weigh_organisation(view, registry, slot)
        seen.append(weighed)
        return choose_organisation(weighed) if weighed is not None else None

    message = parse_message(raw)
    documents = read_documents(message, config.limits)
    extraction = extract_fields(message, documents, config, organisation_finder=recording)
    weighed = seen[-1] if seen else None
    capped = False
    if weighed is not None and extraction.organisation is not None:
        capped = extraction.organisation.confidence < choose_organisation(weighed).confidence
    return extraction, weighed, capped


def verdict(case: Case, weights: Weights) -> str:
    """`intake eval`'s verdict on the organisation the finder chooses under `weights`, with
    " trusted" added to a right one given at >= 0.8."""
    chosen = None
    if case.weighed is not None:
        chosen = choose_organisation(case.weighed, weights)
        if case.capped:
            chosen = replace(chosen, confidence=min(chosen.confidence, UNTRUSTED_CAP))
    extraction = replace(case.extraction, organisation=chosen)
    found, _ = score_field("organisation", case.expected, extraction)
    if found in (None, "right"):
        trusted = chosen is not None and chosen.confidence >= TRUSTED
        return "right trusted" if trusted else "right"
    return found


@dataclass(frozen=True)
class Figure:
    total: int
    right: int
    confidently_wrong: int
    trusted: int  # right and given at >= 0.8

    def __str__(self) -> str:
        share = self.right / self.total if self.total else 0.0
        return (
            f"{self.right:>3}/{self.total:<3} {share:6.1%}"
            f" (>=0.8 {self.trusted:>3}) cw {self.confidently_wrong}"
        )


def figure(cases: list[Case], weights: Weights) -> Figure:
    verdicts = [verdict(c, weights) for c in cases]
    return Figure(
        len(verdicts),
        sum(v.startswith("right") for v in verdicts),
        verdicts.count("confidently wrong"),
        verdicts.count("right trusted"),
    )


def worth(found: str) -> tuple[int, int]:
    """What one verdict is worth: right less PENALTY for confidently wrong, then trust."""
    return (
        found.startswith("right") - PENALTY * (found == "confidently wrong"),
        found == "right trusted",
    )


def fit(cases: list[Case], start: Weights = WEIGHTS) -> dict[str, float]:
    """Coordinate search: each weight set in turn to its best grid value, until none moves.
    Only the messages whose candidates carry a weight are scored again when it moves."""
    weights = dict(start)
    cues = {s.cue for c in cases if c.weighed for s in c.weighed.scored}
    touching = {n: [c for c in cases if n in c.names()] for n in sorted(_used(cases))}
    for _ in range(MAX_PASSES):
        moved = False
        for name, affected in touching.items():
            grid = CUE_GRID if name in cues else FEATURE_GRID
            best = _best_value(affected, weights, name, grid, start[name])
            if best != weights[name]:
                weights[name], moved = best, True
        if not moved:
            break
    return weights


def _best_value(
    cases: list[Case], weights: dict[str, float], name: str, grid: tuple[float, ...], hand: float
) -> float:
    """The grid value worth most over `cases` (right less the penalty, then right at >= 0.8,
    then nearness to the hand weight), if it is better for at least SUPPORT messages."""
    now = [worth(verdict(c, weights)) for c in cases]

    def value_of(x: float) -> tuple[tuple[int, int], int, float]:
        then = [worth(verdict(c, {**weights, name: x})) for c in cases]
        total = (sum(t[0] for t in then), sum(t[1] for t in then))
        return total, sum(t > n for t, n in zip(then, now, strict=True)), -abs(x - hand)

    current = value_of(weights[name])
    valued = [(x, value_of(x)) for x in grid]
    better = [(x, v) for x, v in valued if v[0] > current[0] and v[1] >= SUPPORT]
    if not better:
        return weights[name]
    return max(better, key=lambda item: (item[1][0], item[1][2]))[0]


def _used(cases: list[Case]) -> set[str]:
    return {n for c in cases for n in c.names()}


def leave_one_out(
    by_folder: dict[str, list[Case]], fitter: Callable[[list[Case]], Weights]
) -> dict[str, Figure]:
    """Each folder scored under weights fitted on all the others."""
    figures = {}
    for held in by_folder:
        rest = [c for f, cases in by_folder.items() if f != held for c in cases]
        figures[held] = figure(by_folder[held], fitter(rest))
    return figures


def _summed(figures: list[Figure]) -> Figure:
    return Figure(
        sum(f.total for f in figures),
        sum(f.right for f in figures),
        sum(f.confidently_wrong for f in figures),
        sum(f.trusted for f in figures),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, action="append", default=[])
    parser.add_argument(
        "--cases", type=Path, help="keep the extracted candidates in this file, read them again"
    )
    args = parser.parse_args()
    by_folder = _cases(args)
    everything = [c for cases in by_folder.values() for c in cases]
    fitted = fit(everything)
    held_out = leave_one_out(by_folder, fit)
    rows = {
        name: (figure(c, WEIGHTS), figure(c, fitted), held_out[name])
        for name, c in by_folder.items()
    }
    _report(rows)
    hand, out = _summed([r[0] for r in rows.values()]), _summed([r[2] for r in rows.values()])
    gains = [
        name
        for name, (h, m, o) in rows.items()
        if m.confidently_wrong > h.confidently_wrong or o.confidently_wrong > h.confidently_wrong
    ]
    adopt = out.right >= hand.right and not gains
    print(f"\nadopt: {'yes' if adopt else 'no'}", end="")
    print(f" (a folder gains a confidently wrong reading: {', '.join(gains)})" if gains else "")
    print("\nweights moved by the fit (hand -> fitted):")
    for name in WEIGHTS:
        if fitted[name] != WEIGHTS[name]:
            print(f"    {name!r}: {WEIGHTS[name]:.2f} -> {fitted[name]:.2f}")


def _cases(args: argparse.Namespace) -> dict[str, list[Case]]:
    """The candidates of every folder, extracted now or read from `--cases`."""
    if args.cases is not None and args.cases.exists():
        kept: dict[str, list[Case]] = pickle.loads(args.cases.read_bytes())
        return kept
    folders = [ROOT / f for f in FOLDERS if (ROOT / f).is_dir()] + args.folder
    config = extract_config(load_settings())
    by_folder = {}
    for folder in folders:
        by_folder[folder.name] = collect(folder, config)
        print(f"read {folder} ({len(by_folder[folder.name])} messages)", flush=True)
    if args.cases is not None:
        args.cases.write_bytes(pickle.dumps(by_folder))
    return by_folder


def _report(rows: dict[str, tuple[Figure, Figure, Figure]]) -> None:
    print("\norganisation right / messages (right at >= 0.8), confidently wrong")
    print(f"{'folder':<16}{'hand weights':>32}{'fitted, in sample':>32}{'fold left out':>32}")
    for name, figures in [
        *rows.items(),
        ("all", tuple(_summed(list(f)) for f in zip(*rows.values(), strict=True))),
    ]:
        print(f"{name:<16}" + "".join(f"{f!s:>32}" for f in figures))


if __name__ == "__main__":
    main()
