"""Finds the meeting place and normalises it with the gazetteer: name, country, coordinates.

Places the resolution itself names (Belmarsh, London, Washington), places next to a prison, a
court or a rally, and place names that are words of the model (Chelsea Manning) are never the
meeting place. A city that only the organisation's name implies is returned, marked inferred,
with a low confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.fields.context import SUBJECT, MessageView, Source
from parsers.fields.gazetteer import (
    LANGUAGE_COUNTRIES,
    City,
    best_city,
    country_code,
    country_name,
    enclosing_city,
)
from parsers.fields.language import detect_language
from parsers.fields.lexicon import MEETING, MONTHS, NOT_MEETING, WEEKDAYS, cues
from parsers.types import Evidence, FieldValue, PlaceValue

_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
_NAME = re.compile(
    rf"{_WORD}(?:(?:\s+|-)(?:upon|on|am|an|der|sur|de|del|di|la|le|en|im|in|"
    rf"sous|lès|les|y)?(?:\s+|-)?{_WORD}){{0,3}}"
)
_PREPOSITION = re.compile(r"\b(?:in|at|à|a|en|in|zu|nel|nella|bei|aus|from|de)\s+$", re.I)
_NOT_PLACES = (
    {m for names in MONTHS.values() for group in names for m in group}
    | {d for names in WEEKDAYS.values() for group in names for d in group}
    | {
        "best",
        "hope",
        "unity",
        "union",
        "dear",
        "please",
        "mobile",
        "independence",
        "liberty",
        "temple",
        "university",
        "college",
        "school",
        "branch",
        "district",
        "city",
        "council",
        "nord",
        "north",
        "south",
        "east",
        "west",
        "central",
        "victoria",
        "young",
        "of",
        "and",
        "the",
        "this",
        "that",
        "we",
        "our",
        "as",
        "so",
        "da",
        "de",
        "la",
        "le",
        "el",
    }
)


@dataclass(frozen=True)
class _Hit:
    city: City
    clear: bool
    source: Source
    start: int
    as_written: str
    rule: str
    confidence: float


def find_place(
    view: MessageView,
    *,
    date_evidence: Evidence | None,
    organisation: FieldValue | None,
    anchors: tuple[str, ...] = (),
) -> PlaceValue | None:
    """The city where the meeting was held, by the strongest rule that finds one."""
    blocked = {a.lower() for a in anchors} | _NOT_PLACES
    hints = view.country_hints(_countries_named(view))
    for rule, confidence, spans in _searches(view, date_evidence, organisation):
        for source, start, end in spans:
            hit = _first_city(source, start, end, blocked, hints, rule, confidence, view)
            if hit is not None:
                return _place(hit, inferred=rule == "organisation-name")
    return None


def _searches(
    view: MessageView, date_evidence: Evidence | None, organisation: FieldValue | None
) -> list[tuple[str, float, list[tuple[Source, int, int]]]]:
    searches: list[tuple[str, float, list[tuple[Source, int, int]]]] = []
    if date_evidence is not None:
        source = view.source(date_evidence.document)
        start, end = _sentence_around(source.text, date_evidence.start, date_evidence.end)
        searches.append(("date-line", 0.85, [(source, start, end)]))
    meeting = cues(MEETING)
    cue_spans = [
        (s, a, b)
        for s in view.sources
        if s.index != SUBJECT
        for a, b in _sentences(s.text)
        if meeting.search(s.text[a:b])
    ]
    searches.append(("meeting-cue", 0.8, cue_spans))
    subject = view.source(SUBJECT)
    searches.append(("subject", 0.65, [(subject, 0, len(subject.text))]))
    if organisation is not None and organisation.evidence is not None:
        evidence = organisation.evidence
        source = view.source(evidence.document)
        searches.append(("organisation-name", 0.55, [(source, evidence.start, evidence.end)]))
    return searches


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+(?:\n(?!\s*\n)[^.!?\n]+)*", text)]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start), text.rfind("!", 0, start))
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    line_end = text.find("\n", end)
    if line_end >= 0 and text[end:line_end].strip(" ,;-–"):
        right = max(right, line_end)
    return left + 1, right


def _first_city(
    source: Source,
    start: int,
    end: int,
    blocked: set[str],
    hints: tuple[str, ...],
    rule: str,
    confidence: float,
    view: MessageView,
) -> _Hit | None:
    segment = source.text[start:end]
    hints = _local_hints(segment) + hints
    not_meeting = cues(NOT_MEETING)
    for match in _NAME.finditer(segment):
        where = start + match.start()
        if (
            rule == "meeting-cue"
            and view.resolution is not None
            and view.resolution.inside_model_text(source.index, where)
        ):
            continue  # the resolution's own words name prisons and capitals
        before = segment[max(0, match.start() - 45) : match.start()]
        if rule in {"meeting-cue", "date-line"} and not_meeting.search(before[-30:]):
            continue
        if rule == "meeting-cue" and not _PREPOSITION.search(before):
            continue
        found = _lookup(match.group(0), blocked, hints)
        if found is None:
            continue
        city, clear, written = found
        return _Hit(
            city, clear, source, where + match.group(0).find(written), written, rule, confidence
        )
    return None


def _local_hints(segment: str) -> tuple[str, ...]:
    """The countries of the sentence's own language, when it is plainly not the message's."""
    language, probability = detect_language(segment)
    if language is None or probability < 0.9:
        return ()
    return LANGUAGE_COUNTRIES.get(language, ())


def _lookup(name: str, blocked: set[str], hints: tuple[str, ...]) -> tuple[City, bool, str] | None:
    """The longest run of words in `name` that is a city (its first words first)."""
    words = re.split(r"(\s+|-)", name)
    tokens = [w for w in words if w and not w.isspace() and w != "-"]
    for length in range(len(tokens), 0, -1):
        for first in range(0, len(tokens) - length + 1):
            parts = tokens[first : first + length]
            written = _rejoin(name, parts)
            if written is None or written.lower().strip(".'’") in blocked:
                continue
            if parts[0].lower() in blocked and length > 1 and first == 0:
                continue
            found = best_city(written.strip(".'’"), hints)
            if found is None:
                continue
            if found[0].country_code not in hints and found[0].population < 100_000:
                continue  # a small town abroad is more often a word ("Rail", "Best")
            return enclosing_city(found[0]), found[1], written
    return None


def _rejoin(name: str, parts: list[str]) -> str | None:
    pattern = r"[\s-]+".join(re.escape(p) for p in parts)
    match = re.search(pattern, name)
    return match.group(0) if match else None


def _countries_named(view: MessageView) -> tuple[str, ...]:
    """Countries the framing names next to a city ("Lyon, France"): the strongest hint."""
    found: list[str] = []
    for source in view.sources:
        for match in re.finditer(r",\s*([A-Z][\w.]+(?: [A-Z][\w]+)?)", source.text):
            if view.resolution and view.resolution.inside_model_text(source.index, match.start()):
                continue
            code = country_code(match.group(1))
            if code:
                found.append(code)
    return tuple(dict.fromkeys(found))


def _place(hit: _Hit, *, inferred: bool) -> PlaceValue:
    confidence = hit.confidence if hit.clear else min(hit.confidence, 0.55)
    city = hit.city
    evidence = Evidence(
        hit.source.index,
        hit.start,
        hit.start + len(hit.as_written),
        hit.rule,
        hit.as_written,
        source="subject" if hit.source.index == SUBJECT else "document",
    )
    return PlaceValue(
        value=f"{city.name}, {country_name(city.country_code)}",
        as_written=hit.as_written,
        confidence=confidence,
        evidence=evidence,
        inferred=inferred,
        city=city.name,
        country_code=city.country_code,
        latitude=city.latitude,
        longitude=city.longitude,
    )
