"""Kept only so modules not yet moved keep importing: every word now lives in
`parsers.fields.languages.<code>`; import from `parsers.fields.languages` instead."""

from __future__ import annotations

from parsers.fields.languages import (
    DAY_BEFORE_YESTERDAY,
    DEFEATED,
    FUTURE,
    MEETING,
    MONTHS,
    NOT_MEETING,
    ORG_WORDS,
    PASSED,
    PROPOSED,
    REGISTERED,
    SIGN_OFFS,
    TODAY,
    WEAK_PASSED,
    WEEKDAYS,
    YESTERDAY,
    alternation,
    cues,
    month_table,
    weekday_table,
)

LANGUAGES = REGISTERED

__all__ = [
    "DAY_BEFORE_YESTERDAY",
    "DEFEATED",
    "FUTURE",
    "LANGUAGES",
    "MEETING",
    "MONTHS",
    "NOT_MEETING",
    "ORG_WORDS",
    "PASSED",
    "PROPOSED",
    "SIGN_OFFS",
    "TODAY",
    "WEAK_PASSED",
    "WEEKDAYS",
    "YESTERDAY",
    "alternation",
    "cues",
    "month_table",
    "weekday_table",
]
