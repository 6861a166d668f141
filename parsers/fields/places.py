"""Finds the meeting place and normalises it with the gazetteer: name, country, coordinates.

Places the resolution itself names (Belmarsh, London, Washington), places next to a prison, a
court or a rally, and place names that are words of the model (Chelsea Manning) are never the
meeting place. A city that only the organisation's name implies is returned, marked inferred,
with a low confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from parsers.fields.confidence import OTHER_COUNTRY_CAP as _OTHER_COUNTRY_CAP
from parsers.fields.confidence import QUOTED_CAP, TRUSTED, UNSURE_BELOW
from parsers.fields.confidence import UNTRUSTED_CAP as _UNTRUSTED_CAP
from parsers.fields.context import SUBJECT, MessageView, Source
from parsers.fields.datecues import describes_the_meeting
from parsers.fields.datetext import find_dates
from parsers.fields.gazetteer import (
    City,
)
from parsers.fields.languages import (
    MEETING,
    TOWN_BODIES,
    alternation,
    alternatives,
    cues,
    words,
)
from parsers.fields.placeaddress import address_town
from parsers.fields.placecountry import another_body, body_country, under_signer, unlisted_town
from parsers.fields.placenames import (
    BODY_NOUNS,
    NOT_PLACES,
    STREET,
    Hints,
    chained,
    city_place,
    lookup,
    region_after,
    region_name,
    runs,
    venue_town,
)
from parsers.fields.placesurround import (
    after_a_distractor,
    beside_other_things,
    bodies_of_towns,
    countries_named,
    in_model_text,
    local_hints,
    right_after_a_date,
    sentence_around,
    tied_inside_run,
)
from parsers.text import sentence_spans
from parsers.types import Evidence, FieldValue, PlaceValue

_PREPOSITION = re.compile(
    r"\b(?:" + "|".join(sorted(set(words("PLACE_PREPOSITIONS")))) + r")\s+$", re.I
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
    slot_line: tuple[int, int, int] | None = None,
    date_confidence: float | None = None,
    outcome: str = "unknown",
) -> PlaceValue | None:
    """The city where the meeting was held, by the strongest rule that finds one.
    `slot_line` is (document, start, end) of the line filling the model's date-and-place slot;
    for a motion already voted on (`outcome`), a meeting still to come is not the one."""
    blocked = {a.lower() for a in anchors} | NOT_PLACES
    hints = Hints(view.country_hints(countries_named(view)), view.language_hints(), view.utc_offset)
    held = outcome in {"passed", "defeated"}
    for rule, confidence, spans in _searches(view, date_evidence, organisation, slot_line, held):
        for source, start, end in spans:
            hit = _first_city(source, start, end, blocked, hints, rule, confidence, view)
            if (
                hit is not None
                and rule in _NAMING_RULES
                and another_body(hit.source.text, hit.start, hit.as_written, organisation)
            ):
                continue  # "Fernvale trades council motion for the national conference"
            if hit is not None:
                rival = _first_city(
                    source, hit.start + len(hit.as_written), end, blocked, hints, rule, 0, view
                )
                place = _place(hit, inferred=rule in _INFERRED_RULES)
                return _calibrated(
                    place,
                    view,
                    rival=rival,
                    date_confidence=date_confidence,
                    quoted=source.quoted_at(hit.start),
                )
    return (
        address_town(view, blocked, hints)
        or unlisted_town(view)
        or body_country(view, organisation)
    )


def _calibrated(
    place: PlaceValue,
    view: MessageView,
    *,
    rival: _Hit | None,
    date_confidence: float | None,
    quoted: bool = False,
) -> PlaceValue:
    """>= 0.8 needs the city named in the date-and-place line or the meeting sentence,
    unambiguous in the gazetteer, alone there, in the organisation's country when that is
    known, and (for the date's sentence) a date that is itself more than a guess."""
    if quoted:
        place = replace(place, confidence=min(place.confidence, QUOTED_CAP))
    confidence = place.confidence
    if confidence < TRUSTED:
        return place
    rule = place.evidence.rule if place.evidence else ""
    other_city = rival is not None and (
        rival.city.name != place.city or rival.city.country_code != place.country_code
    )
    weak_date = rule == "date-line" and (date_confidence is None or date_confidence < UNSURE_BELOW)
    if other_city or weak_date:
        confidence = _UNTRUSTED_CAP
    if view.org_country and view.org_country != place.country_code:
        confidence = min(confidence, _OTHER_COUNTRY_CAP)
    return replace(place, confidence=confidence)


def _searches(
    view: MessageView,
    date_evidence: Evidence | None,
    organisation: FieldValue | None,
    slot_line: tuple[int, int, int] | None = None,
    held: bool = False,
) -> list[tuple[str, float, list[tuple[Source, int, int]]]]:
    searches: list[tuple[str, float, list[tuple[Source, int, int]]]] = []
    if date_evidence is not None:
        source = view.source(date_evidence.document)
        start, end = sentence_around(source.text, date_evidence.start, date_evidence.end)
        searches.append(("date-line", 0.85, [(source, start, end)]))
    if slot_line is not None:
        searches.append(("slot-line", 0.8, [(view.source(slot_line[0]), *slot_line[1:])]))
    searches.append(("place-label", 0.8, _labelled_places(view)))
    meeting = cues(MEETING, elided=True)
    cue_spans = [
        (s, a, b)
        for s in view.sources
        if s.index != SUBJECT
        for a, b in sentence_spans(s.text)
        if meeting.search(s.text[a:b]) and not (held and _to_come(s.text[a : b + 20], view))
    ]
    searches.append(("meeting-cue", 0.8, cue_spans))
    place_lines = [
        (source, match.start(1), match.end(1))
        for source in view.sources
        if source.index != SUBJECT and not source.origin.endswith(("quoted", "signature"))
        for match in [*_PLACE_LINE.finditer(source.text), *_datelines(source.text)]
        if not (view.resolution and view.resolution.inside_model_text(source.index, match.start()))
        and not under_signer(source.text, match.start())
    ]
    searches.append(("place-line", 0.6, place_lines))
    subject = view.source(SUBJECT)
    searches.append(("subject", 0.65, [(subject, 0, len(subject.text))]))
    if organisation is not None and organisation.evidence is not None:
        evidence = organisation.evidence
        source = view.source(evidence.document)
        spans = [(source, evidence.start, evidence.end), *_name_continued(view, organisation)]
        searches.append(("organisation-name", 0.55, spans))
    searches.append(("body-name", 0.5, _body_names(view)))
    towns = [(s, a, b) for s, a, b in bodies_of_towns(cue_spans) if not in_model_text(view, s, a)]
    searches.append(("body-town", 0.5, towns))
    return searches


# A form's or a table's place field: "Venue: Town Hall, Springfield"; read out of HTML, only a
# blank may stand between label and value ("Lugar Centro Cívico, Villanueva"), and then only
# in a message with a date field too.
_PLACE_FIELD = re.compile(
    rf"(?im)^[ \t]*(?:{alternatives('PLACE_LABELS')})(?:[ \t]*[:|\t]|( ))[ \t]*(\S[^\n]{{2,100}})$"
)
_DATE_FIELD = re.compile(rf"(?im)^[ \t]*(?:{alternatives('DATE_LABELS')})[ \t]*[:|\t ][ \t]*\d")


def _labelled_places(view: MessageView) -> list[tuple[Source, int, int]]:
    """The values of place fields, outside the model's own text."""
    spans = []
    for source in view.sources:
        if source.index == SUBJECT:
            continue
        table = _DATE_FIELD.search(source.text) is not None
        for match in _PLACE_FIELD.finditer(source.text):
            if (match.group(1) and not table) or in_model_text(view, source, match.start()):
                continue
            spans.append((source, match.start(2), match.end(2)))
    return spans


def _to_come(sentence: str, view: MessageView) -> bool:
    """The sentence dates its meeting after the message was sent: a meeting still to come
    ("I'll try again at the delegates' meeting in Bern on 16 November")."""
    if view.sent is None:
        return False
    sent = view.sent.date().isoformat()
    return any(
        m.readings and m.readings[0].split("/")[0] > sent
        for m in find_dates(sentence, base=view.sent)
    )


_BODY_REACH = 35
# Where a town may name a body of its own ("Fernvale Trades Council"), not the meeting's town.
_NAMING_RULES = {"subject", "body-name", "body-town"}
_INFERRED_RULES = {"organisation-name", "body-name", "body-town"}


def _body_names(view: MessageView) -> list[tuple[Source, int, int]]:
    """Beside the word of a body named for its town, where that town is named when the
    organisation was not found: "Consiglio comunale di X", "X City Council", "City of X":
    after the word, then before it, on its line, outside the model's own sentences."""
    pattern = alternation(TOWN_BODIES)
    spans: list[tuple[Source, int, int]] = []
    for source in view.sources:
        if source.index == SUBJECT or source.origin.endswith("quoted"):
            continue
        text = source.text
        for match in pattern.finditer(text):
            if in_model_text(view, source, match.start()):
                continue
            line_start = (
                max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
            )
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            spans.append((source, match.end(), min(line_end, match.end() + _BODY_REACH)))
            spans.append((source, max(line_start, match.start() - _BODY_REACH), match.start()))
    return spans


# A line of its own that is only places, "District, City" or "Town, Region", as a letter is
# dated; a lone word on a line is more often a first name under a message ("Sam").
_PLACE_WORDS = r"[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2}"
_PLACE_LINE = re.compile(rf"(?m)^[ \t]*({_PLACE_WORDS}(?:,[ \t]*{_PLACE_WORDS}){{1,2}})[ \t]*$")


# A letter's place and date on a line of their own: "Fernvale, 16 gennaio 2020".
_DATELINE = re.compile(rf"(?m)^[ \t]*({_PLACE_WORDS}),[ \t]*([^\n]{{4,40}}?)[ \t.]*$")


def _datelines(text: str) -> list[re.Match[str]]:
    """The lines that are a town, a comma and one date, nothing else."""
    out = []
    for match in _DATELINE.finditer(text):
        dates = find_dates(match.group(2))
        if len(dates) == 1 and dates[0].as_written == match.group(2).strip():
            out.append(match)
    return out


def _name_continued(view: MessageView, organisation: FieldValue) -> list[tuple[Source, int, int]]:
    """Where the framing goes on from the organisation's name with its town: "the Harbour
    Club of Whitby", "l'Associazione ... di Bologna"."""
    names = {organisation.as_written, organisation.value}
    out: list[tuple[Source, int, int]] = []
    for source in view.sources:
        for name in filter(None, names):
            pattern = re.escape(name) + r"[\"”»']?\s+(?:of|di|de|du|des|del|della|von|aus|in)\s+"
            for match in re.finditer(pattern, source.text):
                if view.resolution and view.resolution.inside_model_text(
                    source.index, match.start()
                ):
                    continue
                out.append((source, match.end(), min(len(source.text), match.end() + 40)))
    return out


def _first_city(
    source: Source,
    start: int,
    end: int,
    blocked: set[str],
    hints: Hints,
    rule: str,
    confidence: float,
    view: MessageView,
) -> _Hit | None:
    """The first city the span names for this rule; in an organisation's name the biggest
    (a district comes before its city); failing all, a town a venue is named after."""
    segment = source.text[start:end]
    hints = replace(hints, weak=local_hints(segment) + hints.weak)
    if rule in _INFERRED_RULES:
        blocked = blocked | BODY_NOUNS  # "Peace Alliance" is a kind of body, not a town
    hits = _city_hits(source, start, segment, blocked, hints, rule, confidence, view)
    if rule in _INFERRED_RULES:
        return max(hits, key=lambda h: h.city.population, default=None)
    first = next(hits, None)
    if first is not None or rule not in _STATED_RULES:
        return first
    return next(
        _city_hits(source, start, segment, blocked, hints, rule, confidence, view, venue=True),
        None,
    )


def _city_hits(
    source: Source,
    start: int,
    segment: str,
    blocked: set[str],
    hints: Hints,
    rule: str,
    confidence: float,
    view: MessageView,
    *,
    venue: bool = False,
) -> Iterator[_Hit]:
    for match in runs(segment):
        where = start + match.start()
        if region_name(match.group(0)):
            continue
        if (
            rule == "meeting-cue"
            and view.resolution is not None
            and view.resolution.inside_model_text(source.index, where)
            and not describes_the_meeting(segment[: match.start()], segment[match.end() :])
        ):
            continue  # the resolution's own words name prisons and capitals, unless the
            # sender wrote the meeting into its opening ("riunita a X il 21 novembre, condanna")
        before = segment[max(0, match.start() - 45) : match.start()]
        if rule in _STATED_RULES and beside_other_things(before):
            continue  # "the embassy in London", "a small town south of Florence"
        if rule in _STATED_RULES and after_a_distractor(before, view.distractors):
            continue  # "held in <the campaign's prison>, in London": the prison's town
        if STREET.search(before) or before.endswith(('"', "“", "«", "„")):
            continue  # "viale Monza", a "quoted" name: a street or a venue, not the town
        local = region_after(segment, match.end())
        here = replace(hints, strong=(local, *hints.strong)) if local else hints
        if venue:
            found = venue_town(match.group(0), blocked, here)
        else:
            found = lookup(
                match.group(0),
                blocked,
                here,
                stated=rule not in _INFERRED_RULES,
                place_slot=rule == "slot-line" and right_after_a_date(segment[: match.start()]),
            )
        if found is None:
            continue
        city, clear, written = chained(segment, match.end(), found, blocked, here)
        offset = source.text.find(written, where)
        if rule == "meeting-cue" and not (
            _PREPOSITION.search(before)
            or _PREPOSITION.search(source.text[max(0, offset - 45) : offset])
        ):
            continue  # "Vorstandssitzung in Mannheim": the preposition may stand inside the run
        if rule in _STATED_RULES and tied_inside_run(source.text, where, offset):
            continue  # "the Ecuadorian Embassy in London": the cue is inside the run
        yield _Hit(city, clear, source, offset, written, rule, confidence)


_STATED_RULES = {"meeting-cue", "date-line", "slot-line", "place-label"}


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
    return city_place(city, hit.as_written, evidence, confidence, inferred=inferred)
