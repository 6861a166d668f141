"""Finds date expressions in text and reads them: explicit, numeric, ranges and relative days.

Month and weekday names of every supported language are read at once (a French date in an
English email is still a date). Day-month order of a numeric date is never guessed here: an
ambiguous one carries both readings and the caller decides with evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from parsers.fields.languages import (
    DATE_JOINERS,
    DAY_BEFORE_YESTERDAY,
    TODAY,
    YESTERDAY,
    alternation,
    alternatives,
    month_table,
    weekday_table,
    words,
)

MONTHS = month_table()
WEEKDAYS = weekday_table()


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, read as far as the text allows."""

    start: int
    end: int
    as_written: str
    kind: str  # "explicit", "numeric", "iso", "range", "relative"
    readings: tuple[str, ...]  # ISO values ("2020-03-12" or "2022-10-22/2022-10-25")
    has_year: bool = True
    order: str | None = None  # for numeric: "DMY" or "MDY" when only one reading is valid
    pinned: bool = False  # no year written, but a weekday settled it ("Saturday 25 June")


def _names(table: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(n) for n in table), key=len, reverse=True))


_ORD = r"(?:st|nd|rd|th|er|e|º|°|\.)?"
_MONTH = rf"(?P<month>{_names(MONTHS)})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "the 5th", "le 5"; "5 of May", "5 de mayo de 2024", "5 d'abril" (no blank after an apostrophe)
_ARTICLE = rf"(?:(?:{alternatives('DAY_ARTICLES')})\s+)?"
_OF = rf"(?:(?:{alternatives('DATE_OF')})(?:\s+|(?<=['’])))?"
_WEEKDAY_WORD = rf"(?:{_names(WEEKDAYS)}),?\s+{_ARTICLE}"
_WEEKDAY_PREFIX = rf"(?:(?P<on>{_names(WEEKDAYS)}),?\s+{_ARTICLE})?"
_DAY_FIRST = re.compile(
    rf"(?<![\w/.-]){_WEEKDAY_PREFIX}(?P<day>[0-3]?\d){_ORD}\s*{_OF}{_MONTH}"
    rf"(?:,?\s*{_OF}{_YEAR})?(?![\w])",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    rf"(?<![\w]){_WEEKDAY_PREFIX}(?P<month>{_names(MONTHS)})\.?\s+{_ARTICLE}(?P<day>[0-3]?\d){_ORD}"
    rf"(?:,?\s*{_YEAR})?(?![\w/])",
    re.IGNORECASE,
)
_JOINER = "|".join(["-", "–", "—", *sorted(DATE_JOINERS, key=len, reverse=True)])
# "4-6 May", "4 to 6 May", "4, 5 e 6 de agosto", "Tuesday 4th and Wednesday 5th May, 2021"
_RANGE = re.compile(
    rf"(?<![\w/.-])(?:{_WEEKDAY_WORD})?(?P<d1>[0-3]?\d){_ORD}(?:\s*,\s*[0-3]?\d{_ORD})*"
    rf"\s*(?:{_JOINER})\s*(?:{_WEEKDAY_WORD})?"
    rf"(?P<d2>[0-3]?\d){_ORD}\s*{_OF}{_MONTH}(?:,?\s*{_OF}{_YEAR})?"
    r"(?![\w])",
    re.IGNORECASE,
)
_RANGE_MONTH_FIRST = re.compile(
    rf"(?<![\w])(?P<month>{_names(MONTHS)})\.?\s+(?P<d1>[0-3]?\d){_ORD}\s*(?:{_JOINER})\s*"
    rf"(?P<d2>[0-3]?\d){_ORD}(?:,?\s*{_YEAR})?(?![\w/])",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\w/-]|\.\d)")
_WEEKDAY = rf"(?P<weekday>{_names(WEEKDAYS)})"
# "last Friday", "on Saturday", "vendredi dernier", "Friday night", "afgelopen vrijdag"
_RELATIVE_DAY = re.compile(
    rf"(?<![\w])(?:(?:{alternatives('ON_DATE', 'LAST_WEEKDAY', 'NEXT_WEEKDAY')})\s+)?{_WEEKDAY}"
    rf"(?:\s+(?:{alternatives('LAST_WEEKDAY', 'NEXT_WEEKDAY', 'PART_OF_DAY')}))?(?![\w])",
    re.IGNORECASE,
)
_FUTURE_WORD = alternation(words("NEXT_WEEKDAY"))
_PAST_WORD = alternation(words("LAST_WEEKDAY"))
# Month abbreviations that are also words ("may 5" is too often not a date).
_MONTH_WORDS = frozenset(word.lower() for word in words("MONTH_WORDS"))


@lru_cache(maxsize=1)
def _yesterday() -> re.Pattern[str]:
    return alternation(_wrappable(YESTERDAY))


@lru_cache(maxsize=1)
def _two_days_ago() -> re.Pattern[str]:
    return alternation(_wrappable(DAY_BEFORE_YESTERDAY))


@lru_cache(maxsize=1)
def _today() -> re.Pattern[str]:
    return alternation(_wrappable(TODAY))


def _wrappable(words: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase hard-wrapped at its space ("last\\nnight") is the same phrase."""
    return tuple(w.replace(" ?", r"\s*").replace(" ", r"\s+") for w in words)


def find_dates(text: str, *, base: datetime | date | None = None) -> list[DateMention]:
    """Every date expression in the text, longest first where they overlap, in text order."""
    return list(_dates_in(text, base.date() if isinstance(base, datetime) else base))


@lru_cache(maxsize=64)
def _dates_in(text: str, base_day: date | None) -> tuple[DateMention, ...]:
    """The finders read each text once per base date: several fields ask for its dates."""
    found: list[DateMention] = []
    for finder in (_ranges, _explicit, _numeric):
        found.extend(finder(text, base_day))
    if base_day is not None:
        found.extend(_relative(text, base_day))
    return tuple(_days_joined(text, _without_overlaps(found)))


_BETWEEN_DAYS = re.compile(rf"\s*(?:{_JOINER})\s*", re.I)
_MAX_RANGE_DAYS = 6  # a conference's days; two dates further apart are two events


def _days_joined(text: str, kept: list[DateMention]) -> list[DateMention]:
    """Two full dates joined as a meeting's days, one range: "Friday July 23 through Sunday
    July 25", "FRIDAY 31 MAY AND SATURDAY 1 JUNE" (each written with its month)."""
    out: list[DateMention] = []
    for mention in kept:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == mention.kind == "explicit"
            and _BETWEEN_DAYS.fullmatch(text, last.end, mention.start)
            and 0 < _days_between(last, mention) <= _MAX_RANGE_DAYS
        ):
            out[-1] = DateMention(
                last.start,
                mention.end,
                text[last.start : mention.end],
                "range",
                (f"{last.readings[0]}/{mention.readings[0]}",),
                has_year=last.has_year or mention.has_year,
                pinned=last.pinned or mention.pinned,
            )
            continue
        out.append(mention)
    return out


def _days_between(first: DateMention, second: DateMention) -> int:
    return (date.fromisoformat(second.readings[0]) - date.fromisoformat(first.readings[0])).days


def _without_overlaps(found: list[DateMention]) -> list[DateMention]:
    """Where two expressions overlap, keep the one that says more (a range, then a full date).
    The kept spans never overlap, so each new one is checked against its two neighbours only."""
    rank = {"range": 0, "explicit": 1, "iso": 1, "numeric": 2, "relative": 3}
    starts: list[int] = []
    kept: list[DateMention] = []
    for mention in sorted(found, key=lambda m: (rank[m.kind], -(m.end - m.start), m.start)):
        at = bisect.bisect_left(starts, mention.start)
        neighbours = kept[max(0, at - 1) : at + 1]
        if any(mention.start < k.end and k.start < mention.end for k in neighbours):
            continue
        starts.insert(at, mention.start)
        kept.insert(at, mention)
    return kept


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A day and month without a year falling this few days after the message is the coming one
# ("we will take it to the council on April 20"), not last year's.
_COMING_DAYS = 45


def _year_for(month: int, day: int, base: date | None) -> int | None:
    """The year of a day-and-month with no year: the latest one not after the base date,
    unless it falls in the weeks just after it (then it is still to come)."""
    if base is None:
        return None
    candidate = _safe_date(base.year, month, day)
    if candidate is not None and (candidate - base).days <= _COMING_DAYS:
        return base.year
    ahead = _safe_date(base.year + 1, month, day)
    if ahead is not None and (ahead - base).days <= _COMING_DAYS:
        return base.year + 1  # "on 10 January", written on 20 December
    return base.year - 1


def _year_of_weekday(month: int, day: int, weekday: int, base: date) -> int:
    """The year of "Saturday 25 June" written without one: of the years around the base
    date, the one where that day is that weekday, nearest the base; else the usual year."""
    fitting = [
        (abs((found - base).days), year)
        for year in (base.year - 1, base.year, base.year + 1)
        if (found := _safe_date(year, month, day)) is not None and found.weekday() == weekday
    ]
    return min(fitting)[1] if fitting else (_year_for(month, day, base) or base.year)


def _explicit(text: str, base: date | None) -> list[DateMention]:
    out: list[DateMention] = []
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        for match in pattern.finditer(text):
            month_word = match.group("month").lower()
            month = MONTHS[month_word]
            if (
                month_word in _MONTH_WORDS
                and match.group("year") is None
                and match.start("month") < match.start("day")
            ):
                continue  # "may 5" is too often not a date ("Friday 31 May" is one)
            day = int(match.group("day"))
            has_year = match.group("year") is not None
            year = int(match.group("year")) if has_year else _year_for(month, day, base)
            if not has_year and match.group("on") and base is not None:
                year = _year_of_weekday(month, day, WEEKDAYS[match.group("on").lower()], base)
            if year is None:
                continue
            value = _safe_date(year, month, day)
            if value is None:
                continue
            out.append(
                DateMention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    "explicit",
                    (value.isoformat(),),
                    has_year=has_year,
                    pinned=not has_year and match.group("on") is not None and base is not None,
                )
            )
    return out


def _ranges(text: str, base: date | None) -> list[DateMention]:
    out: list[DateMention] = []
    for pattern in (_RANGE, _RANGE_MONTH_FIRST):
        for match in pattern.finditer(text):
            month = MONTHS[match.group("month").lower()]
            d1, d2 = int(match.group("d1")), int(match.group("d2"))
            has_year = match.group("year") is not None
            year = int(match.group("year")) if has_year else _year_for(month, d1, base)
            if year is None or d2 <= d1 or d2 - d1 > 14:
                continue
            first, last = _safe_date(year, month, d1), _safe_date(year, month, d2)
            if first is None or last is None:
                continue
            value = f"{first.isoformat()}/{last.isoformat()}"
            out.append(
                DateMention(
                    match.start(), match.end(), match.group(0), "range", (value,), has_year=has_year
                )
            )
    return out


def _numeric(text: str, base: date | None) -> list[DateMention]:
    out: list[DateMention] = []
    for match in _NUMERIC.finditer(text):
        a, sep, b, c = match.group(1), match.group(2), int(match.group(3)), match.group(4)
        if len(a) == 4:  # ISO 8601: year-month-day, never ambiguous
            value = _safe_date(int(a), b, int(c)) if len(c) <= 2 else None
            if value is not None:
                out.append(
                    DateMention(
                        match.start(), match.end(), match.group(0), "iso", (value.isoformat(),)
                    )
                )
            continue
        if len(a) > 2 or (sep == "." and len(c) == 2 and base is None):
            continue
        year = int(c) + (2000 if len(c) == 2 else 0)
        if not 1990 <= year <= 2100:
            continue
        dmy, mdy = _safe_date(year, b, int(a)), _safe_date(year, int(a), b)
        readings = tuple(dict.fromkeys(d.isoformat() for d in (dmy, mdy) if d is not None))
        if not readings:
            continue
        order = None if len(readings) == 2 else ("DMY" if dmy is not None else "MDY")
        out.append(
            DateMention(
                match.start(), match.end(), match.group(0), "numeric", readings, order=order
            )
        )
    return out


def _days_back(match: re.Match[str], base: date, days: int) -> DateMention:
    """A mention of "yesterday", "today" or "the day before yesterday", read against base."""
    as_written = " ".join(match.group(0).split())
    value = (base - timedelta(days=days)).isoformat()
    return DateMention(match.start(), match.end(), as_written, "relative", (value,))


def _relative(text: str, base: date) -> list[DateMention]:
    earlier = list(_two_days_ago().finditer(text))
    out = [_days_back(match, base, 2) for match in earlier]
    out += [
        _days_back(match, base, 1)
        for match in _yesterday().finditer(text)
        # "avant-hier", "l'altro ieri" contain "hier" and "ieri": not yesterday
        if not any(e.start() <= match.start() < e.end() for e in earlier)
    ]
    out += [_days_back(match, base, 0) for match in _today().finditer(text)]
    for match in _RELATIVE_DAY.finditer(text):
        weekday = WEEKDAYS[match.group("weekday").lower()]
        if len(match.group("weekday")) <= 3:
            continue  # "sun", "sat", "wed" alone are words, not days
        if _FUTURE_WORD.search(match.group(0)):
            ahead = (weekday - base.weekday()) % 7 or 7
            value = base + timedelta(days=ahead)
        else:
            back = (base.weekday() - weekday) % 7
            if back == 0 and _PAST_WORD.search(match.group(0)):
                back = 7  # "last Thursday", said on a Thursday, is a week ago
            value = base - timedelta(days=back)
        out.append(
            DateMention(
                match.start(),
                match.end(),
                match.group(0),
                "relative",
                (value.isoformat(),),
                has_year=False,
            )
        )
    return out


def read_order(mention: DateMention, order: str) -> str | None:
    """The reading of a numeric date under a day-month order ("DMY" or "MDY")."""
    if mention.kind != "numeric" or len(mention.readings) == 1:
        return mention.readings[0]
    return mention.readings[0] if order == "DMY" else mention.readings[1]
