"""Finds the meeting date near cue phrases and normalises it to ISO 8601 (dateparser)."""

from __future__ import annotations

import re
from datetime import datetime

import dateparser
from dateparser.search import search_dates

from parsers.types import Evidence, FieldValue

_CUE = re.compile(
    r"(meeting|passed|carried|adopted|agreed|held on|voted|AGM|"
    r"beschlossen|verabschiedet|Versammlung|adopt[ée]e|réunion|assemblée|"
    r"aprobad[ao]|asamblea|reunión|approvat[ao]|riunione|assemblea)",
    re.I,
)
_AMBIGUOUS_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")


def find_meeting_date(
    texts: list[str], *, sent: datetime | None, languages: tuple[str, ...]
) -> FieldValue | None:
    """The date on a line with a meeting cue, not after the message was sent."""
    for index, text in enumerate(texts):
        for line_start, line in _lines(text):
            if not _CUE.search(line):
                continue
            found = _date_in_line(line, sent=sent, languages=languages)
            if found is None:
                continue
            as_written, value, confidence = found
            start = line_start + max(0, line.find(as_written))
            evidence = Evidence(index, start, start + len(as_written), "cue-line", line.strip())
            return FieldValue(
                value=value, as_written=as_written, confidence=confidence, evidence=evidence
            )
    return None


def normalise_date(
    text: str, *, languages: tuple[str, ...] = ("en",), date_order: str | None = None
) -> str | None:
    """An ISO date for a date as written, or None when it cannot be read unambiguously."""
    settings: dict[str, object] = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    if date_order:
        settings["DATE_ORDER"] = date_order
    elif _is_ambiguous_numeric(text):
        return None
    parsed = dateparser.parse(text, languages=list(languages), settings=settings)
    return parsed.date().isoformat() if parsed else None


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        out.append((offset, line))
        offset += len(line)
    return out


def _date_in_line(
    line: str, *, sent: datetime | None, languages: tuple[str, ...]
) -> tuple[str, str, float] | None:
    settings: dict[str, object] = {"REQUIRE_PARTS": ["day", "month", "year"]}
    if sent is not None:
        settings["RELATIVE_BASE"] = sent.replace(tzinfo=None)
    try:
        hits = search_dates(line, languages=list(languages), settings=settings)
    except Exception:  # dateparser fails on some odd input: no date rather than a crash
        return None
    for as_written, parsed in hits or []:
        if sent is not None and parsed.date() > sent.date():
            continue
        if _is_ambiguous_numeric(as_written):
            continue
        # A cue line is weak evidence on its own (a draft names its future meeting, a note
        # mentions yesterday's committee): the deeper rules of the extraction issue raise this.
        return as_written.strip(), parsed.date().isoformat(), 0.7
    return None


def _is_ambiguous_numeric(text: str) -> bool:
    match = _AMBIGUOUS_NUMERIC.search(text)
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return first <= 12 and second <= 12 and first != second
