"""Aligns a submitted text with the campaign's model, sentence by sentence (rapidfuzz).

Tolerant of rewording and reordering (each model sentence is looked for anywhere in the text),
of truncation (a missing sentence is an amendment, not a failure) and of translation (the
model's proper names, which translations keep, still say what the text is about).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from parsers.campaign import Campaign
from parsers.fields.language import detect_language
from parsers.text import sentence_spans
from parsers.types import Amendment

_SLOT = re.compile(r"\[([^\[\]]{1,200})\]")
_MATCH = 68.0  # a sentence this similar to a model sentence is that sentence, reworded
_SAME = 95.0  # ... and this similar, the same sentence
_COMMON_CAPITALS = {"united", "states", "british", "prison", "government", "this"}


@dataclass(frozen=True)
class Alignment:
    similarity: float  # share of model sentences found in the text, 0..1
    start: int  # span of the resolution inside the text
    end: int
    amendments: tuple[Amendment, ...]
    slot_fills: dict[str, str] = field(default_factory=dict)
    anchors: tuple[str, ...] = ()  # the model's proper names found in the text
    matched: tuple[tuple[int, int], ...] = ()  # spans of the text matched to model sentences
    translated: str | None = None  # the text's language, when it is not the model's


@dataclass(frozen=True)
class _Piece:
    text: str
    start: int
    end: int


def sentences(text: str) -> list[str]:
    return [piece.text for piece in _pieces(text)]


def _pieces(text: str) -> list[_Piece]:
    """Sentences with their spans."""
    out: list[_Piece] = []
    for start, end in sentence_spans(text):
        _add_piece(out, text, 0, start, end)
    return out


def _add_piece(out: list[_Piece], para: str, offset: int, start: int, end: int) -> None:
    chunk = para[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        begin = offset + start + lead
        out.append(_Piece(" ".join(stripped.split()), begin, begin + len(stripped)))


def model_anchors(campaign: Campaign) -> tuple[str, ...]:
    """Proper names of the model: capitalised words inside sentences, outside the slots."""
    names: dict[str, None] = {}
    for sentence in sentences(_SLOT.sub(" ", campaign.model)):
        for word in re.findall(r"(?<=\s)[A-Z][\w’']{4,}", sentence):
            word = re.sub(r"[’']s$", "", word)
            if word.lower() not in _COMMON_CAPITALS:
                names.setdefault(word, None)
    return tuple(names)


def align(text: str, campaign: Campaign) -> Alignment:
    """How much of the model the text carries, where it sits, what was changed and filled."""
    model = sentences(campaign.model)
    pieces = _pieces(text)
    anchors = tuple(a for a in model_anchors(campaign) if re.search(rf"\b{a}", text, re.I))
    used: set[int] = set()
    amendments: list[Amendment] = []
    matched: list[tuple[int, int]] = []
    for sentence in model:
        if _SLOT.fullmatch(sentence.strip()):
            continue  # the trailing date-and-place slot is filled, not matched
        best = _best_piece(sentence, pieces, used)
        if best is None:
            amendments.append(Amendment("removed", model=sentence))
            continue
        index, score = best
        used.add(index)
        matched.append((pieces[index].start, pieces[index].end))
        if score < _SAME:
            amendments.append(Amendment("changed", model=sentence, submitted=pieces[index].text))
    countable = [s for s in model if not _SLOT.fullmatch(s.strip())]
    translated = _translated(text, campaign) if len(matched) < len(countable) / 2 else None
    if translated is not None:
        return _translation(text, campaign, pieces, anchors, matched, translated)
    if not matched:
        return Alignment(0.0, 0, 0, tuple(amendments), anchors=anchors)
    start, end = min(s for s, _ in matched), max(e for _, e in matched)
    for index, piece in enumerate(pieces):
        if start < piece.start < end and index not in used and len(piece.text) > 25:
            amendments.append(Amendment("added", submitted=piece.text))
    fills = slot_fills(text, campaign, end)
    return Alignment(
        len(matched) / max(1, len(countable)),
        start,
        end,
        tuple(amendments),
        fills,
        anchors,
        tuple(sorted(matched)),
    )


def _translated(text: str, campaign: Campaign) -> str | None:
    """The text's language when it is sure and not the model's: a translation, which the
    sentence comparison cannot judge."""
    mine, sure = detect_language(text)
    model, _ = detect_language(_SLOT.sub(" ", campaign.model))
    return (
        mine if mine is not None and model is not None and mine != model and sure >= 0.9 else None
    )


def _translation(
    text: str,
    campaign: Campaign,
    pieces: list[_Piece],
    anchors: tuple[str, ...],
    matched: list[tuple[int, int]],
    language: str,
) -> Alignment:
    """A translated resolution: where it sits (the sentences naming the model's people, and
    any sentence that did match), its trailing date-and-place line, and no amendments: a
    sentence-by-sentence comparison across languages would call every sentence removed."""
    spans = list(matched)
    for piece in pieces:
        if any(re.search(rf"\b{re.escape(a)}", piece.text, re.I) for a in anchors):
            spans.append((piece.start, piece.end))
    if not spans:
        return Alignment(0.0, 0, 0, (), anchors=anchors, translated=language)
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    countable = [s for s in sentences(campaign.model) if not _SLOT.fullmatch(s.strip())]
    return Alignment(
        len(matched) / max(1, len(countable)),
        start,
        end,
        (),
        slot_fills(text, campaign, end),
        anchors,
        tuple(sorted(matched)),
        translated=language,
    )


def _best_piece(sentence: str, pieces: list[_Piece], used: set[int]) -> tuple[int, float] | None:
    best: tuple[int, float] | None = None
    flat = _SLOT.sub(" ", sentence)
    for index, piece in enumerate(pieces):
        if index in used or len(piece.text) < 12:
            continue
        score = fuzz.token_set_ratio(flat, piece.text, processor=str.lower)
        score = min(score, fuzz.ratio(flat, piece.text, processor=str.lower) + 25)
        if score >= _MATCH and (best is None or score > best[1]):
            best = (index, score)
    return best


def slot_fills(text: str, campaign: Campaign, resolution_end: int) -> dict[str, str]:
    """What the text put where the model has `[slots]`; placeholders left as they are skipped."""
    fills: dict[str, str] = {}
    for sentence in sentences(campaign.model):
        for slot in _SLOT.finditer(sentence):
            name = slot.group(1).strip()
            before = sentence[: slot.start()].split()[-2:]
            after = sentence[slot.end() :].split()[:1]
            if not before and not after:
                fill = _trailing_line(text, resolution_end)
            else:
                fill = _between(text, before, after)
            if fill and not _SLOT.fullmatch(fill.strip()) and name.lower() not in fill.lower():
                fills[name] = fill
    return fills


def _between(text: str, before: list[str], after: list[str]) -> str | None:
    words = [re.escape(w) for w in before]
    head = r"\s+".join(words)
    tail = r"\s+".join(re.escape(w) for w in after) if after else r"[.\n]"
    match = re.search(rf"{head}\s+(?P<fill>[^\n.]{{2,160}}?)\s*,?\s+{tail}", text, re.I)
    return " ".join(match.group("fill").split()) if match else None


def _trailing_line(text: str, resolution_end: int) -> str | None:
    """The first short line after the resolution's last sentence: where the date and place go."""
    rest = text[resolution_end:]
    for line in rest.splitlines()[:4]:
        line = line.strip()
        if line and len(line) <= 120:
            return line
        if line:
            return None
    return None
