"""Normalisers for a value an editor types: the same readings extraction uses, as one small API.

Each returns the normalised value or raises ValueError with a reason an editor can act on.
Places are read by the review desk itself (intake/review/normalise.py), with the item's country.
"""

from __future__ import annotations

import re

from parsers.fields.datetext import find_dates, read_order
from parsers.fields.organisation import is_generic, normalise_organisation

_NUMERIC = re.compile(r"^\s*(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\s*$")


def normalise_date(text: str) -> str:
    """An ISO date (or start/end range) for a date as an editor writes it."""
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("empty date")
    mentions = [m for m in find_dates(cleaned) if m.end - m.start >= len(cleaned) - 2]
    if not mentions:
        return _impossible_or_unreadable(cleaned)
    mention = mentions[0]
    if len(set(mention.readings)) > 1 and "." in mention.as_written:
        dotted = read_order(mention, "DMY")  # 12.04.2024 is day-first wherever dots are used
        if dotted:
            return dotted
    if len(set(mention.readings)) > 1:
        raise ValueError(
            f"{cleaned!r} is ambiguous ({' or '.join(mention.readings)}): "
            "write it as YYYY-MM-DD or with the month's name"
        )
    if not mention.has_year:
        raise ValueError(f"{cleaned!r} has no year")
    return mention.readings[0]


def _impossible_or_unreadable(text: str) -> str:
    match = _NUMERIC.match(text)
    if match:
        raise ValueError(f"{text!r} is not a date of the calendar")
    raise ValueError(f"{text!r} is not a date this tool can read: write it as YYYY-MM-DD")


def normalise_organisation_name(text: str) -> str:
    value = normalise_organisation(text)
    if not value:
        raise ValueError("empty organisation name")
    if is_generic(value):
        raise ValueError(f"{value!r} is generic, not the name of an organisation")
    return value
