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
    subdivision_country,
)
from parsers.fields.language import detect_language
from parsers.fields.lexicon import (
    MEETING,
    MONTHS,
    NOT_MEETING,
    ORG_WORDS,
    WEEKDAYS,
    alternation,
    cues,
)
from parsers.types import Evidence, FieldValue, PlaceValue

_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
_NAME = re.compile(
    rf"{_WORD}(?:(?:\s+|-)(?:upon|on|am|an|der|sur|de|del|di|la|le|en|im|in|"
    rf"sous|lès|les|y)?(?:\s+|-)?{_WORD}){{0,3}}"
)
_ORG_WORD = alternation(ORG_WORDS)
# Words before a name that make it a street: "viale Monza", "rue de Lyon", "Calle Toledo".
_STREET = re.compile(
    r"\b(?:via|viale|corso|piazza|piazzale|largo|rue|avenue|boulevard|bd|place|quai|calle|"
    r"avenida|plaza|paseo|carrer|straße|strasse|str\.|platz|allee|weg|gasse)\s+(?:de\s+|di\s+|del\s+)?$",
    re.I,
)
_IN = {"in", "en", "im", "at", "on", "à", "a", "nel", "nella", "near", "bei"}
# Capitalised words that may come before a city without making it part of another name.
_LEADING_WORDS = {
    "in",
    "at",
    "on",
    "the",
    "our",
    "a",
    "an",
    "from",
    "near",
    "to",
    "by",
    "and",
    "held",
    "passed",
    "adopted",
    "agreed",
    "carried",
    "voted",
    "meeting",
    "last",
    "this",
    "à",
    "en",
    "nel",
    "nella",
    "zu",
    "im",
    "am",
    "aus",
    "bei",
    "le",
    "la",
    "les",
    "el",
    "il",
    "lo",
    "de",
    "di",
    "del",
    "du",
    "des",
    "da",
    "hier",
    "ieri",
    "ayer",
    "gestern",
    "yesterday",
    "today",
    "tonight",
    "downtown",
    "central",
    "greater",
}
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
class _Hints:
    """Countries the message points to: `strong` decide, `weak` (its language) only order."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]

    @property
    def all(self) -> tuple[str, ...]:
        return self.strong + self.weak


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
    slot_line: tuple[int, int, int] | None = None,
) -> PlaceValue | None:
    """The city where the meeting was held, by the strongest rule that finds one.
    `slot_line` is (document, start, end) of the line filling the model's date-and-place slot."""
    blocked = {a.lower() for a in anchors} | _NOT_PLACES
    hints = _Hints(view.country_hints(_countries_named(view)), view.language_hints())
    for rule, confidence, spans in _searches(view, date_evidence, organisation, slot_line):
        for source, start, end in spans:
            hit = _first_city(source, start, end, blocked, hints, rule, confidence, view)
            if hit is not None:
                return _place(hit, inferred=rule == "organisation-name")
    return None


def _searches(
    view: MessageView,
    date_evidence: Evidence | None,
    organisation: FieldValue | None,
    slot_line: tuple[int, int, int] | None = None,
) -> list[tuple[str, float, list[tuple[Source, int, int]]]]:
    searches: list[tuple[str, float, list[tuple[Source, int, int]]]] = []
    if date_evidence is not None:
        source = view.source(date_evidence.document)
        start, end = _sentence_around(source.text, date_evidence.start, date_evidence.end)
        searches.append(("date-line", 0.85, [(source, start, end)]))
    if slot_line is not None:
        searches.append(("slot-line", 0.8, [(view.source(slot_line[0]), *slot_line[1:])]))
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
    line_start = text.rfind("\n", 0, start) + 1
    if line_end - line_start >= _WRAPPED_LINE and text.find(".", end) > right:
        # hard-wrapped prose: the sentence goes on past the line's end
        stops = [i for i in (text.find(".", end), text.find("\n\n", end)) if i >= 0]
        right = max(right, min(stops))
    return left + 1, right


_WRAPPED_LINE = 60


def _first_city(
    source: Source,
    start: int,
    end: int,
    blocked: set[str],
    hints: _Hints,
    rule: str,
    confidence: float,
    view: MessageView,
) -> _Hit | None:
    segment = source.text[start:end]
    hints = _Hints(hints.strong, _local_hints(segment) + hints.weak)
    not_meeting = cues(NOT_MEETING)
    for match in _runs(segment):
        where = start + match.start()
        if (
            rule == "meeting-cue"
            and view.resolution is not None
            and view.resolution.inside_model_text(source.index, where)
        ):
            continue  # the resolution's own words name prisons and capitals
        before = segment[max(0, match.start() - 45) : match.start()]
        if rule in {"meeting-cue", "date-line", "slot-line"} and not_meeting.search(before[-30:]):
            continue
        if rule == "meeting-cue" and not _PREPOSITION.search(before):
            continue
        if _STREET.search(before) or before.endswith(('"', "“", "«", "„")):
            continue  # "viale Monza", a "quoted" name: a street or a venue, not the town
        local = _region_after(segment, match.end())
        here = _Hints((local, *hints.strong), hints.weak) if local else hints
        found = _lookup(match.group(0), blocked, here, stated=rule != "organisation-name")
        if found is None:
            continue
        city, clear, written = _chained(segment, match.end(), found, blocked, hints)
        offset = source.text.find(written, where)
        return _Hit(city, clear, source, offset, written, rule, confidence)
    return None


def _local_hints(segment: str) -> tuple[str, ...]:
    """The countries of the sentence's own language, when it is plainly not the message's."""
    language, probability = detect_language(segment)
    if language is None or probability < 0.9:
        return ()
    return LANGUAGE_COUNTRIES.get(language, ())


def _lookup(
    name: str, blocked: set[str], hints: _Hints, *, stated: bool = True
) -> tuple[City, bool, str] | None:
    """The longest run of words in `name` that is a city (its first words first), unless the
    city is only part of a longer proper name: "Queen Alexandra Hospital", "Brunswick Town
    Hall", "Free Press Reading Circle" name a hospital, a hall and a group, not a town."""
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
            found = best_city(written.strip(".'’"), hints.strong, hints.weak)
            if found is None:
                continue
            if found[0].country_code not in hints.all and found[0].population < 100_000:
                continue  # a small town abroad is more often a word ("Rail", "Best")
            around = _own_words(tokens[:first], tokens[first + length :])
            if _part_of_longer_name(*around, stated=stated, hyphened=_hyphened(name, written)):
                continue  # and look on in the run: "Town Hall in Melbourne"
            return enclosing_city(found[0]), found[1], written
    return None


_REGION = re.compile(r"\s*,\s*([A-Z][\w.]+(?: [A-Z][\w]+)?)")


def _region_after(segment: str, end: int) -> str | None:
    """The country of a state, province or country named right after a place: "Halifax,
    Nova Scotia", "Ann Arbor, MI", "Lyon, France"."""
    match = _REGION.match(segment, end)
    if match is None:
        return None
    return country_code(match.group(1)) or subdivision_country(match.group(1))


def _runs(segment: str) -> list[re.Match[str]]:
    """Runs of capitalised words, cut where a sentence ends ("in London. Sorry")."""
    out: list[re.Match[str]] = []
    for match in _NAME.finditer(segment):
        cut = re.search(r"(?<=[a-zà-ÿ]{2})\.\s", match.group(0))
        if cut is None:
            out.append(match)
        else:
            head = _NAME.match(segment, match.start(), match.start() + cut.start() + 1)
            tail = _NAME.match(segment, match.start() + cut.end(), match.end())
            out.extend(m for m in (head, tail) if m is not None)
    return out


def _own_words(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The words of the same name as the city: "Irish Centre in Camden" is a venue *in* it."""
    cuts = [i for i, w in enumerate(before) if w in _IN]
    before = before[cuts[-1] + 1 :] if cuts else before
    ends = [i for i, w in enumerate(after) if w in _IN]
    return before, after[: ends[0]] if ends else after


def _part_of_longer_name(
    before: list[str], after: list[str], *, stated: bool, hyphened: bool
) -> bool:
    """Whether the capitalised words around a city make it part of another name. Where the
    meeting place is stated, any such word does (a date or a postcode after it does not);
    in an organisation's name, only words on both sides with an ordinary word before it do
    ("Free Press Reading Circle"); not a union's initials or an organisation word before it
    ("Unite Hull Docks Branch"), nor a city at either end of the name."""
    before = [w for w in before if w.lower().strip(".,") not in _LEADING_WORDS | _NOT_PLACES]
    after = [w for w in after if not any(ch.isdigit() for ch in w)]
    after = [w for w in after if w.lower().strip(".,") not in _NOT_PLACES]
    if hyphened:
        after = after[1:]  # "Leipzig-Süd", "Hamburg-Nord": the city and its district
    if stated:
        return bool(before or after)
    return bool(before and after) and not _ORG_WORD.search(before[-1]) and not before[-1].isupper()


def _hyphened(name: str, written: str) -> bool:
    at = name.find(written) + len(written)
    return name[at : at + 1] == "-"


def _chained(
    segment: str, end: int, found: tuple[City, bool, str], blocked: set[str], hints: _Hints
) -> tuple[City, bool, str]:
    """ "Tottenham, London", "Camden, London", "viale Monza, Milano": a place followed by a
    comma and a bigger city is a district or a venue in that city."""
    start = end + len(segment[end:]) - len(segment[end:].lstrip(" ,"))
    following = next(iter(_runs(segment[start : start + 80])), None)
    if following is None or following.start() != 0 or "," not in segment[end:start]:
        return found
    bigger = _lookup(following.group(0), blocked, hints)
    if bigger is None or bigger[0].population <= found[0].population:
        return found
    return bigger


def _rejoin(name: str, parts: list[str]) -> str | None:
    pattern = r"[\s-]+".join(re.escape(p) for p in parts)
    match = re.search(pattern, name)
    return match.group(0) if match else None


def _countries_named(view: MessageView) -> tuple[str, ...]:
    """Countries the framing names next to a place ("Lyon, France"): the strongest hint."""
    found: list[str] = []
    for source in view.sources:
        for match in re.finditer(
            r"[A-Za-zÀ-ÿ.'’]\s*,\s*([A-Z][\w.]+(?: [A-Z][\w]+)?)", source.text
        ):
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
