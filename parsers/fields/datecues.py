"""The words around a date that say whether it is the meeting's: its sentence, a meeting cue
before or after it, a heading over it, the model's opening around it."""

from __future__ import annotations

import re
from datetime import datetime

from parsers.fields.datetext import DateMention
from parsers.fields.languages import DEFEATED, MEETING, NOT_MEETING, PASSED, alternatives, cues

# A meeting word right before the date: "the meeting on", "adopted last", "am", "celebrada el".
STRONG_CUE = re.compile(
    rf"(?<![\w])(?:{alternatives('DATE_CUES')})\W+(?:(?:{alternatives('ON_DATE')})\W+)?"
    rf"(?:(?:{alternatives('LAST_WEEKDAY')})\W+)?$",
    re.I,
)


# A date in the possessive right before a meeting word: "Thursday's EGM".
OWN_MEETING = re.compile(
    rf"['’]s?\s+(?:\w+\s+){{0,3}}?(?:{alternatives('MEETING_NOUNS')})\b",
    re.I,
)


# A form's or a minutes table's date field: "Date: 12/10/2023", "Date | 12/10/2023", "Datum:".
DATE_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:{alternatives('DATE_LABELS')})[ \t]*[:|\t][ \t]*$",
    re.I,
)
# The same field of a table read out of HTML, its label and value on one line with only a
# blank between them: "Date 18/06/2019", "Fecha 23/10/2019" (the date then ends the line).
_TABLE_DATE_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:{alternatives('DATE_LABELS')})[ \t]+$",
    re.I,
)


def date_labelled(text: str, before: str, end: int) -> bool:
    """Whether the date is the value of a form's or a table's date field."""
    if DATE_LABEL.search(before):
        return True
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return _TABLE_DATE_LABEL.search(before) is not None and not rest.strip(" \t.")


def meeting_after(text: str, end: int, reach: int, sentence_end: int) -> bool:
    """A meeting word starting within reach after the date, read whole ("letzten Freitag an
    der Mitgliederversammlung": the word may run past the reach)."""
    if cues(MEETING, elided=True).search(text[end:reach]):
        return True
    found = cues(MEETING, elided=True).search(text, end, max(reach, sentence_end))
    return found is not None and found.start() < reach


# A letter's greeting on the next line that is not blank: "Dear Sir or Madam,".
_SALUTATION = re.compile(rf"\s*(?:{alternatives('SALUTATIONS')})\b", re.I)


def date_heading(text: str, mention: DateMention) -> bool:
    """A line that is the date alone, under a heading naming the meeting: "ANNUAL CONFERENCE
    2020" over "TUESDAY 5TH AND WEDNESDAY 6TH MAY"."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : mention.start].strip(" \t,.-–") or text[mention.end : line_end].strip(
        " \t,.-–"
    ):
        return False
    if _SALUTATION.match(text, line_end):
        return False  # the letter's own date, over its greeting
    above = text[max(0, text.rfind("\n", 0, max(0, line_start - 1)) - 160) : line_start]
    lines = [line for line in above.splitlines() if line.strip()][-2:]
    return any(cues(MEETING, elided=True).search(line) for line in lines)


def rhetorical_today(mention: DateMention, base: datetime | None, sentence: str) -> bool:
    """ "Today" with no meeting, vote or defeat in its own sentence, even on the line the
    model keeps for date and place: the day the message was written, not the meeting's."""
    if mention.kind != "relative" or base is None or mention.readings[0] != base.date().isoformat():
        return False
    return not any(
        cues(table, elided=True).search(sentence) for table in (MEETING, PASSED, DEFEATED)
    )


# The motion's first verb, after the words that introduce the meeting in the model's opening.
_MOTION_VERB = re.compile(rf"^[^.;]{{0,80}}?,\s*(?:{alternatives('MOTION_OPENING')})", re.I)


def describes_the_meeting(before: str, after: str) -> bool:
    """A date inside the resolution's own opening, between a meeting word and the motion's
    verb: the sender wrote the meeting into the model's slot sentence."""
    return (
        cues(MEETING, elided=True).search(before) is not None
        and _MOTION_VERB.match(after) is not None
    )


# How far a date's sentence reaches on either side: a text with no full stop is not one
# sentence of 100 KB, and each date's window stays this size, so the work grows with the text.
SENTENCE_REACH = 400


def date_sentence(text: str, start: int, end: int) -> tuple[int, int]:
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


def date_context(text: str, mention: DateMention) -> str:
    start, end = date_sentence(text, mention.start, mention.end)
    return " ".join(text[start:end].split())[:200]


def other_event(window: str, text: str, sentence: tuple[int, int]) -> bool:
    """Whether the words beside a date name another event than the meeting (a hearing, a
    rally), not a public meeting that itself voted: "passed ... at a public meeting on 12
    April", "yesterday's public meeting ... The meeting unanimously adopted"."""
    found = [m.group(0) for m in cues(NOT_MEETING, elided=True).finditer(window)]
    if not found or not all(cues(MEETING, elided=True).search(word) for word in found):
        return bool(found)
    following = text.find(". ", sentence[1] + 1, sentence[1] + SENTENCE_REACH)
    end = min(len(text), sentence[1] + SENTENCE_REACH) if following < 0 else following
    return cues(PASSED, elided=True).search(text, sentence[0], end) is None
