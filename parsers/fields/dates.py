"""Chooses the meeting date among the dates a message mentions, and says how sure it is.

Each date is scored by what surrounds it: a meeting or "passed" cue in its sentence, the line
that fills the model's date-and-place slot, the subject; a hearing, a rally, a birth or the
resolution's own words next to it rule it out, and so does a date after the message was sent.
A numeric date whose day and month could be swapped is read by the language, the country and
the other dates of the message; with none of these it is flagged, not guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from parsers.fields.confidence import QUOTED_CAP, TRUSTED
from parsers.fields.confidence import UNTRUSTED_CAP as _UNTRUSTED_CAP
from parsers.fields.context import SUBJECT, MessageView, Source
from parsers.fields.datecues import (
    OWN_MEETING,
    STRONG_CUE,
    date_context,
    date_heading,
    date_labelled,
    date_sentence,
    describes_the_meeting,
    meeting_after,
    other_event,
    rhetorical_today,
)
from parsers.fields.dateorder import date_order, local_order, reading_of
from parsers.fields.datetext import DateMention, find_dates
from parsers.fields.languages import DEFEATED, FUTURE, MEETING, PASSED, cues
from parsers.types import Evidence, FieldValue

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
    order = date_order(view, country)
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
        date_context(best.source.text, best.mention),
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
    sentence = date_sentence(text, mention.start, mention.end)
    value, ambiguous = reading_of(
        mention, order or local_order(mention, text[sentence[0] : sentence[1]])
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
    if outcome != "proposed" and cues(FUTURE, elided=True).search(before[-30:]):
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
    if cues(MEETING, elided=True).search(before) or meeting_after(
        text, mention.end, reach, sentence[1]
    ):
        score += 2.0
        rule = rule if rule != "lone-date" else "cue-phrase"
    anchored = rule == "slot-line"
    if rule in {"lone-date", "cue-phrase"} and date_heading(text, mention):
        score, rule, anchored = score + 3.0, "date-heading", True
    if STRONG_CUE.search(before[-40:]) and cues(MEETING, elided=True).search(before):
        score += 1.5
        anchored = True
    elif date_labelled(text, before, mention.end) and cues(MEETING, elided=True).search(
        text[max(0, mention.start - 300) : mention.start]
    ):
        score += 1.5  # the date field of the meeting's minutes or form
        anchored = True
        if rule == "lone-date":  # the field's meeting word stands on a line of its own
            score, rule = score + 1.5, "date-field"
    # minutes approving the last ones, a motion recalled
    earlier = cues("EARLIER_MEETING", elided=True)
    if earlier.search(before) or earlier.search(after):
        score -= 6.0
    if OWN_MEETING.match(text, mention.end) and not anchored:
        score += 1.5  # "Thursday's EGM", "last night's meeting": the date names the meeting
        anchored = True
    whole = text[sentence[0] : sentence[1]]
    if cues(PASSED, elided=True).search(whole) or cues(DEFEATED, elided=True).search(whole):
        score += 1.0
        rule = rule if rule != "lone-date" else "cue-phrase"
    # "We, the members of X, meeting on 7 May, condemn the arrest ...": the slot's sentence
    describes = describes_the_meeting(before, text[mention.end : sentence[1]])
    # "The committee, meeting in Dublin on 13 April, issued ...": the word after the date
    # opens the clause the meeting is the subject of, and says nothing of the date
    cued_clause = STRONG_CUE.search(before[-40:]) is not None and after.lstrip().startswith(",")
    if other_event(before[-45:], text, sentence) or (
        other_event(after[:20], text, sentence) and not (describes or cued_clause)
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
    if rhetorical_today(mention, base, text[sentence[0] : sentence[1]]):
        return None  # "Heute geht es um Meinungsfreiheit": today as a figure of speech
    if rule == "lone-date":
        score += 0.5
    return _Scored(source, mention, value, score, rule, readings, ambiguous, anchored)
