"""The public record of a resolution: what may be published, and how its fields read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

from parsers.fields.languages import language

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

NBSP = "\u00a0"  # between day, month and year, so a headline never breaks inside a date
MONTHS = tuple(names[0].capitalize() for names in language("en").MONTHS)  # as published


@dataclass(frozen=True)
class Amendment:
    """A difference from the model resolution, for pages that show amendments."""

    change: str  # added | removed | changed
    model: str = ""
    submitted: str = ""


@dataclass(frozen=True)
class PublicResolution:
    """What may be published: no sender, no address, no phone number."""

    id: int
    campaign: str | None
    organisation: str | None
    meeting_date: str | None
    place: str | None
    city: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    outcome: str
    text: str
    approved_at: str | None
    country: str | None = None
    organisation_type: str = "other"
    updated_at: str | None = None
    published_at: str | None = None
    amendments: tuple[Amendment, ...] = field(default=())  # empty unless an editor shows them
    language: str | None = None  # BCP 47 code of the text ("en", "de"); None when not known

    def as_dict(self) -> dict[str, Any]:
        """The record as plain data (amendments as dicts); as dataclasses.asdict, much faster."""
        data = {name: getattr(self, name) for name in _FIELDS}
        data["amendments"] = tuple(dict(vars(a)) for a in self.amendments)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PublicResolution:
        """The record back from `as_dict` (or from resolutions.json, whose extra keys are left)."""
        values = {name: data[name] for name in _FIELDS if name in data}
        values["amendments"] = tuple(Amendment(**a) for a in data.get("amendments", ()))
        if len(values) < len(_FIELDS) or cls is not PublicResolution:
            return cls(**values)  # defaults filled in
        record = object.__new__(cls)  # every field given: a frozen __init__ sets each slowly
        record.__dict__.update(values)
        return record

    @cached_property  # asked by both index pages, the page, the post and the feed
    def title(self) -> str:
        """'Resolution passed by ORG, PLACE, 14 March 2024' for people: headlines, index, posts."""
        return self._title(self.meeting_date_label)

    @property
    def plain_title(self) -> str:
        """The title with the ISO date, for the data files and the feed."""
        return self._title(self.meeting_date.replace("/", " to ") if self.meeting_date else None)

    def _title(self, when: str | None) -> str:
        parts = [self.organisation or "a meeting", self.place, when]
        return "Resolution passed by " + ", ".join(p for p in parts if p)

    @property
    def meeting_date_label(self) -> str | None:
        """The meeting date for people: '14 March 2024', '14 to 15 March 2024' (no-break spaces)."""
        return readable_date(self.meeting_date) if self.meeting_date else None

    @property
    def place_label(self) -> str | None:
        """The place with its country, named once: 'Manchester, United Kingdom'."""
        if not self.place or not self.country or self.country.casefold() in self.place.casefold():
            return self.place or self.country
        return f"{self.place}, {self.country}"

    def page_language(self, default: str = "en") -> str:
        """The language for <html lang>: the record's own when it is a plain code."""
        if self.language and _LANGUAGE_TAG.fullmatch(self.language):
            return self.language
        return default

    @property
    def sort_date(self) -> str:
        """The meeting's (first) day, else the approval day: what 'newest first' orders by."""
        return (self.meeting_date or self.approved_at or "").split("/")[0][:10]


_FIELDS = tuple(f.name for f in fields(PublicResolution))


@lru_cache(maxsize=4096)  # a page, an index line and a post each ask; many meetings share a day
def readable_date(value: str, *, space: str = NBSP) -> str:
    """'2024-03-14' as '14 March 2024'; a range 'A/B' as 'A to B' without repeating month or year.

    Anything that is not an ISO date is returned as it is.
    """
    try:
        days = [date.fromisoformat(part) for part in value.split("/")]
    except ValueError:
        return value
    first, last = days[0], days[-1]
    if first == last:
        return _day_month_year(first, space)
    if (first.year, first.month) == (last.year, last.month):
        start = str(first.day)
    elif first.year == last.year:
        start = f"{first.day}{space}{MONTHS[first.month - 1]}"
    else:
        start = _day_month_year(first, space)
    return f"{start} to {_day_month_year(last, space)}"


def _day_month_year(day: date, space: str) -> str:
    return space.join((str(day.day), MONTHS[day.month - 1], str(day.year)))


# Kinds of organisation for the index, most specific first; matched on whole words.
ORGANISATION_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "student",
        ("student", "students", "university", "college", "school", "campus", "iysse", "su"),
    ),
    (
        "trade union",
        (
            "union",
            "branch",
            "unite",
            "unison",
            "gmb",
            "rmt",
            "neu",
            "nea",
            "cwu",
            "pcs",
            "ucu",
            "aslef",
            "local",
            "lodge",
            "chapel",
            "trades council",
            "gewerkschaft",
            "ver.di",
            "verdi",
            "syndicat",
            "cgt",
            "sindicato",
            "sindacato",
        ),
    ),
    (
        "workplace",
        ("workers", "staff", "depot", "hospital", "plant", "factory", "rank-and-file", "committee"),
    ),
    ("political", ("party", "socialist", "labour", "greens", "partei", "parti", "partido")),
    (
        "community",
        ("community", "residents", "association", "society", "club", "church", "group", "network"),
    ),
)


def organisation_type(name: str | None) -> str:
    """A coarse kind of organisation from its name, for the index; 'other' when unsure."""
    if not name:
        return "other"
    words = " " + re.sub(r"[^\w.&-]+", " ", name.lower()) + " "
    for kind, markers in ORGANISATION_TYPES:
        if any(f" {marker} " in words for marker in markers):
            return kind
    return "other"
