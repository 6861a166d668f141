"""Reads a numeric date's day and month in the right order: by the message's other dates, the
country, the language, or the way it is written."""

from __future__ import annotations

from parsers.fields.context import MessageView
from parsers.fields.datetext import DateMention, find_dates, read_order
from parsers.fields.language import detect_language
from parsers.fields.languages import day_first_languages

# Countries writing day before month; the United States and a few others write month first.
MDY_COUNTRIES = {"US", "PH", "FM", "MH", "PW"}


# ... and Canada writes both, so its country settles nothing.
BOTH_ORDERS = {"CA"}


# Numeric dates put the day first in these languages.
_DAY_FIRST = day_first_languages()


def local_order(mention: DateMention, sentence: str) -> str | None:
    """Day first when written with dots (12.03.2024) or in a sentence in a day-first language."""
    if mention.kind != "numeric":
        return None
    if "." in mention.as_written:
        return "DMY"
    language, probability = detect_language(sentence)
    return "DMY" if language in _DAY_FIRST and probability >= 0.9 else None


def reading_of(mention: DateMention, order: str | None) -> tuple[str, bool]:
    if mention.kind != "numeric" or len(mention.readings) == 1:
        return mention.readings[0], False
    if order is None:
        return mention.readings[0], True
    return read_order(mention, order) or mention.readings[0], False


def date_order(view: MessageView, country: str | None) -> str | None:
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
