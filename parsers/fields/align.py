"""Aligns a submitted text with the campaign's model, sentence by sentence (rapidfuzz)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from parsers.campaign import Campaign
from parsers.types import Amendment

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘])")
_MATCH = 70.0  # a sentence this similar to a model sentence is that sentence, reworded


@dataclass(frozen=True)
class Alignment:
    similarity: float  # share of model sentences found in the text, 0..1
    start: int  # span of the resolution inside the text
    end: int
    amendments: tuple[Amendment, ...]


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        out.extend(s for s in _SENTENCE_END.split(flat) if s)
    return out


def align(text: str, campaign: Campaign) -> Alignment:
    """How much of the model the text carries, where it sits, and what was changed."""
    model = sentences(campaign.model)
    found: list[tuple[int, int]] = []
    amendments: list[Amendment] = []
    for sentence in model:
        best = _best_line_match(sentence, text)
        if best is None:
            amendments.append(Amendment("removed", model=sentence))
            continue
        score, start, end = best
        found.append((start, end))
        if score < 95:
            amendments.append(Amendment("changed", model=sentence, submitted=text[start:end]))
    if not found:
        return Alignment(0.0, 0, 0, tuple(amendments))
    start, end = min(s for s, _ in found), max(e for _, e in found)
    return Alignment(len(found) / max(1, len(model)), start, end, tuple(amendments))


def _best_line_match(sentence: str, text: str) -> tuple[float, int, int] | None:
    result = fuzz.partial_ratio_alignment(sentence, text, score_cutoff=_MATCH)
    if result is None:
        return None
    return result.score, result.dest_start, result.dest_end
