"""Chooses the meeting date among the dates a message mentions, and says how sure it is.

Each date is scored by what surrounds it: a meeting or "passed" cue in its sentence, the line
that fills the model's date-and-place slot, the subject; a hearing, a rally, a birth or the
resolution's own words next to it rule it out, and so does a date after the message was sent.
A numeric date whose day and month could be swapped is read by the language, the country and
the other dates of the message; with none of these it is flagged, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from parsers.fields.confidence import QUOTED_CAP, TRUSTED
from parsers.fields.confidence import UNTRUSTED_CAP as _UNTRUSTED_CAP
from parsers.fields.context import SUBJECT, MessageView, Source
from parsers.fields.datetext import DateMention, find_dates, read_order
from parsers.fields.language import detect_language
from parsers.fields.languages import (
    DEFEATED,
    FUTURE,
    MEETING,
    NOT_MEETING,
    PASSED,
    alternatives,
    cues,
    day_first_languages,
)
from parsers.types import Evidence, FieldValue

# Countries writing day before month; the United States and a few others write month first.
MDY_COUNTRIES = {"US", "PH", "FM", "MH", "PW"}
# ... and Canada writes both, so its country settles nothing.
BOTH_ORDERS = {"CA"}


# A meeting word right before the date: "the meeting on", "adopted last", "am", "celebrada el".
_STRONG_CUE = re.compile(
    rf"(?<![\w])(?:{alternatives('DATE_CUES')})\W+(?:(?:{alternatives('ON_DATE')})\W+)?"
    rf"(?:(?:{alternatives('LAST_WEEKDAY')})\W+)?$",
    re.I,
)
# A date in the possessive right before a meeting word: "Thursday's EGM".
_OWN_MEETING = re.compile(
    rf"['’]s?\s+(?:\w+\s+){{0,3}}?(?:{alternatives('MEETING_NOUNS')})\b",
    re.I,
)
# A form's or a minutes table's date field: "Date: 12/10/2023", "Date | 12/10/2023", "Datum:".
_DATE_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:{alternatives('DATE_LABELS')})[ \t]*[:|\t][ \t]*$",
    re.I,
)
# Numeric dates put the day first in these languages.
_DAY_FIRST = day_first_languages()
_DECIDED = 5.0
_SOLE_CUED = 0.55
_LIKELY = 3.0


@dataclass(frozen=True)
class _Scored:
    source: Source
    mention: DateMention
    value: str
    score: float
    rule: str
    readings: tuple[str, ...]
    ambiguous: bool = False
    anchored: bool = False  # the slot's line, or a meeting cue right before it


def find_meeting_date(
    view: MessageView,
    *,
    country: str | None = None,
    outcome: str = "unknown",
    slot_line: tuple[int, int, int] | None = None,
) -> FieldValue | None:
    """The meeting date, or a range "start/end" for a conference; None when nothing says so."""
    order = _date_order(view, country)
    settled = _settled_years(view)
    scored = [
        s
        for source in view.sources
        for s in _score_source(view, source, (order, settled), outcome, slot_line)
    ]
    scored = [s for s in scored if s.score > 0]
    if not scored:
        return None
    totals: dict[str, float] = {}
    for item in scored:
        totals[item.value] = max(totals.get(item.value, 0.0), item.score) + (
            0.5 if item.value in totals else 0.0
        )
    ranking = sorted(totals.items(), key=lambda kv: -kv[1])
    value, total = ranking[0]
    best = max((s for s in scored if s.value == value), key=lambda s: s.score)
    confidence = _confidence(total)
    if len(ranking) == 1 and best.rule != "lone-date":
        confidence = max(confidence, _SOLE_CUED)  # the only date, and a meeting beside it
    rivals = [v for v, t in ranking[1:] if t >= _LIKELY and t >= total - 1.5]
    if rivals:
        confidence = min(confidence, 0.5)
    confidence = _calibrated(confidence, best, [t for _, t in ranking[1:]], total)
    if best.ambiguous:
        confidence = min(confidence, 0.35)
    if outcome == "proposed":
        confidence = min(confidence, 0.45)  # a draft has no meeting yet: any date is other
    if best.mention.kind == "relative" and not best.mention.has_year:
        confidence = min(confidence, 0.85)
    if best.source.quoted_at(best.mention.start):
        confidence = min(confidence, QUOTED_CAP)
    evidence = Evidence(
        best.source.index,
        best.mention.start,
        best.mention.end,
        best.rule,
        _context(best.source.text, best.mention),
        source="subject" if best.source.index == SUBJECT else "document",
    )
    others = tuple(dict.fromkeys([*best.readings[1:], *rivals, *[v for v, _ in ranking[1:3]]]))
    return FieldValue(
        value=value,
        as_written=best.mention.as_written,
        confidence=confidence,
        evidence=evidence,
        candidates=tuple(o for o in others if o != value)[:4],
    )


_CLOSE_RIVAL = 2.5


def _calibrated(confidence: float, best: _Scored, others: list[float], total: float) -> float:
    """>= 0.8 needs a specific anchor (the model's date-and-place line, or a meeting cue right
    before the date: "at its meeting on") and no other date scoring within 2.5 of it."""
    if confidence < TRUSTED:
        return confidence
    close = [t for t in others if t >= 1.5 and t >= total - _CLOSE_RIVAL]
    if not best.anchored or close:
        return _UNTRUSTED_CAP
    return confidence


def _confidence(score: float) -> float:
    if score >= _DECIDED + 1:
        return 0.92
    if score >= _DECIDED - 1:
        return 0.86
    if score >= _LIKELY:
        return 0.7
    if score >= 1.5:
        return 0.45
    return 0.3


def _score_source(
    view: MessageView,
    source: Source,
    reading: tuple[str | None, dict[str, str]],
    outcome: str,
    slot_line: tuple[int, int, int] | None,
) -> list[_Scored]:
    """Each date of the text scored; `reading` is the day-month order and the settled years."""
    order, settled = reading
    out: list[_Scored] = []
    for mention, base in candidate_dates(source, view.sent):
        mention = _with_settled_year(mention, settled)
        item = _score(view, source, mention, order, outcome, slot_line, base)
        if item is not None:
            out.append(item)
    return out


# The dates of one text that are scored: a meeting's message names a few dozen at most, and a
# text of thousands (a pasted table, a hostile message) must not cost thousands of scorings.
MAX_DATE_MENTIONS = 150


def candidate_dates(
    source: Source, sent: datetime | None
) -> list[tuple[DateMention, datetime | None]]:
    """The first MAX_DATE_MENTIONS dates of the text, each with the "today" it is read against."""
    found: list[tuple[DateMention, datetime | None]] = []
    for offset, segment, base in _segments(source, sent):
        for mention in find_dates(segment, base=base):
            if len(found) >= MAX_DATE_MENTIONS:
                return found
            found.append((_shift(mention, offset), base))
    return found


def _segments(source: Source, sent: datetime | None) -> list[tuple[int, str, datetime | None]]:
    """The text cut where a quoted message begins, each part with its own "today"."""
    cuts = [0, *[start for start, _ in source.bases], len(source.text)]
    parts = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if end > start:
            parts.append((start, source.text[start:end], source.base_at(start, sent)))
    return parts


def _shift(mention: DateMention, offset: int) -> DateMention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def _settled_years(view: MessageView) -> dict[str, str]:
    """Day and month ("06-25") -> the full date, where a mention settles its year: written, or
    fixed by its weekday ("Saturday 25 June"). A bare "25 June" elsewhere is that day."""
    settled: dict[str, str] = {}
    for source in view.sources:
        for mention, _ in candidate_dates(source, view.sent):
            if mention.kind == "explicit" and (mention.has_year or mention.pinned):
                settled.setdefault(mention.readings[0][5:], mention.readings[0])
    return settled


def _with_settled_year(mention: DateMention, settled: dict[str, str]) -> DateMention:
    if mention.kind != "explicit" or mention.has_year or mention.pinned:
        return mention
    found = settled.get(mention.readings[0][5:])
    return replace(mention, readings=(found,), pinned=True) if found else mention


def _score(
    view: MessageView,
    source: Source,
    mention: DateMention,
    order: str | None,
    outcome: str,
    slot_line: tuple[int, int, int] | None,
    base: datetime | None,
) -> _Scored | None:
    text = source.text
    sentence = _sentence(text, mention.start, mention.end)
    value, ambiguous = _reading(
        mention, order or _local_order(mention, text[sentence[0] : sentence[1]])
    )
    if ambiguous and base is not None:
        past = [r for r in mention.readings if date.fromisoformat(r) <= base.date()]
        if len(past) == 1:  # the other reading is after the email: not a meeting held
            value, ambiguous = past[0], False
    readings = (value, *[r for r in mention.readings if r != value]) if ambiguous else (value,)
    first_day = date.fromisoformat(value.split("/")[0])
    before = text[max(sentence[0], mention.start - 90) : mention.start]
    after = text[mention.end : min(sentence[1], mention.end + 40)]
    score, rule = 0.0, "lone-date"
    future = base is not None and first_day > base.date()
    if future:
        return None  # a date after the message was sent is not a meeting date
    if outcome == "proposed" and not mention.has_year:
        return None  # a draft's "12 March" is the meeting still to come, not last year's
    if outcome != "proposed" and cues(FUTURE).search(before[-30:]):
        score -= 6.0
    if base is not None and (base.date() - first_day).days > 730:
        score -= 2.5  # history, not this meeting
    if source.index == SUBJECT:
        score, rule = score + 2.5, "subject"
    elif (
        slot_line and slot_line[0] == source.index and slot_line[1] <= mention.start < slot_line[2]
    ):
        score, rule = score + 5.0, "slot-line"
    # a date opening its sentence ("Last night the branch voted ...") is followed by its cue
    reach = sentence[1] if not before.strip() else mention.end + 25
    if cues(MEETING).search(before) or _meeting_after(text, mention.end, reach, sentence[1]):
        score += 2.0
        rule = rule if rule != "lone-date" else "cue-phrase"
    anchored = rule == "slot-line"
    if rule in {"lone-date", "cue-phrase"} and _date_heading(text, mention):
        score, rule, anchored = score + 3.0, "date-heading", True
    if _STRONG_CUE.search(before[-40:]) and cues(MEETING).search(before):
        score += 1.5
        anchored = True
    elif _DATE_LABEL.search(before) and cues(MEETING).search(
        text[max(0, mention.start - 300) : mention.start]
    ):
        score += 1.5  # the date field of the meeting's minutes or form
        anchored = True
    earlier = cues("EARLIER_MEETING")  # minutes approving the last ones, a motion recalled
    if earlier.search(before) or earlier.search(after):
        score -= 6.0
    if _OWN_MEETING.match(text, mention.end) and not anchored:
        score += 1.5  # "Thursday's EGM", "last night's meeting": the date names the meeting
        anchored = True
    if cues(PASSED).search(text[sentence[0] : sentence[1]]) or cues(DEFEATED).search(
        text[sentence[0] : sentence[1]]
    ):
        score += 1.0
        rule = rule if rule != "lone-date" else "cue-phrase"
    # "We, the members of X, meeting on 7 May, condemn the arrest ...": the slot's sentence
    describes = _describes_the_meeting(before, text[mention.end : sentence[1]])
    if cues(NOT_MEETING).search(before[-45:]) or (
        cues(NOT_MEETING).search(after[:20]) and not describes
    ):
        score -= 6.0
    if view.resolution is not None and view.resolution.inside_model_text(
        source.index, mention.start
    ):
        if describes:
            anchored = True
        else:
            score -= 4.0
    if mention.kind == "relative" and rule == "lone-date":
        return None  # "yesterday" alone, with no meeting in sight, dates nothing
    if _rhetorical_today(mention, base, text[sentence[0] : sentence[1]]):
        return None  # "Heute geht es um Meinungsfreiheit": today as a figure of speech
    if rule == "lone-date":
        score += 0.5
    return _Scored(source, mention, value, score, rule, readings, ambiguous, anchored)


def _meeting_after(text: str, end: int, reach: int, sentence_end: int) -> bool:
    """A meeting word starting within reach after the date, read whole ("letzten Freitag an
    der Mitgliederversammlung": the word may run past the reach)."""
    if cues(MEETING).search(text[end:reach]):
        return True
    found = cues(MEETING).search(text, end, max(reach, sentence_end))
    return found is not None and found.start() < reach


def _date_heading(text: str, mention: DateMention) -> bool:
    """A line that is the date alone, under a heading naming the meeting: "ANNUAL CONFERENCE
    2020" over "TUESDAY 5TH AND WEDNESDAY 6TH MAY"."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : mention.start].strip(" \t,.-–") or text[mention.end : line_end].strip(
        " \t,.-–"
    ):
        return False
    above = text[max(0, text.rfind("\n", 0, max(0, line_start - 1)) - 160) : line_start]
    lines = [line for line in above.splitlines() if line.strip()][-2:]
    return any(cues(MEETING).search(line) for line in lines)


def _rhetorical_today(mention: DateMention, base: datetime | None, sentence: str) -> bool:
    """ "Today" with no meeting, vote or defeat in its own sentence, even on the line the
    model keeps for date and place: the day the message was written, not the meeting's."""
    if mention.kind != "relative" or base is None or mention.readings[0] != base.date().isoformat():
        return False
    return not any(cues(table).search(sentence) for table in (MEETING, PASSED, DEFEATED))


# The motion's first verb, after the words that introduce the meeting in the model's opening.
_MOTION_VERB = re.compile(rf"^[^.;]{{0,80}}?,\s*(?:{alternatives('MOTION_OPENING')})", re.I)


def _describes_the_meeting(before: str, after: str) -> bool:
    """A date inside the resolution's own opening, between a meeting word and the motion's
    verb: the sender wrote the meeting into the model's slot sentence."""
    return cues(MEETING).search(before) is not None and _MOTION_VERB.match(after) is not None


def _local_order(mention: DateMention, sentence: str) -> str | None:
    """Day first when written with dots (12.03.2024) or in a sentence in a day-first language."""
    if mention.kind != "numeric":
        return None
    if "." in mention.as_written:
        return "DMY"
    language, probability = detect_language(sentence)
    return "DMY" if language in _DAY_FIRST and probability >= 0.9 else None


def _reading(mention: DateMention, order: str | None) -> tuple[str, bool]:
    if mention.kind != "numeric" or len(mention.readings) == 1:
        return mention.readings[0], False
    if order is None:
        return mention.readings[0], True
    return read_order(mention, order) or mention.readings[0], False


# How far a date's sentence reaches on either side: a text with no full stop is not one
# sentence of 100 KB, and each date's window stays this size, so the work grows with the text.
SENTENCE_REACH = 400


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a date, at most SENTENCE_REACH characters on either side."""
    floor = max(0, start - SENTENCE_REACH)
    ceiling = min(len(text), end + SENTENCE_REACH)
    left = (
        max(
            text.rfind(".", floor, max(floor, start - 1)),
            text.rfind("\n\n", floor, start),
            text.rfind("!", floor, start),
            text.rfind("?", floor, start),
            floor - 1,
        )
        + 1
    )
    stops = [
        i
        for i in (
            text.find(". ", end, ceiling),
            text.find("\n\n", end, ceiling),
            text.find(".\n", end, ceiling),
        )
        if i >= 0
    ]
    return left, min(stops) if stops else ceiling


def _context(text: str, mention: DateMention) -> str:
    start, end = _sentence(text, mention.start, mention.end)
    return " ".join(text[start:end].split())[:200]


def _date_order(view: MessageView, country: str | None) -> str | None:
    """DMY or MDY from the message's other numeric dates, the country or the language."""
    for source in view.sources:
        for mention in find_dates(source.text, base=view.sent):
            if mention.kind == "numeric" and mention.order is not None:
                return mention.order
    if country in BOTH_ORDERS:
        return None
    if country is not None:
        return "MDY" if country in MDY_COUNTRIES else "DMY"
    if view.language in _DAY_FIRST:
        return "DMY"
    return None
