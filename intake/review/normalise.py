"""The one place that borrows extraction's normalisers, so an edit is read the way mail is.

If the field extractors rename or improve a normaliser, only this module changes.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import pycountry

from intake.errors import ValidationError
from parsers.fields.dates import normalise_date
from parsers.fields.organisation import normalise_organisation
from parsers.fields.places import country_name, lookup_city

_NUMERIC = re.compile(r"^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\s*$")


@dataclass(frozen=True)
class PlaceEdit:
    place: str
    city: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None


def organisation(value: str) -> str:
    name = normalise_organisation(value)
    if not name:
        raise ValidationError(f"organisation {value!r} is empty once tidied: give a name")
    return name


def meeting_date(value: str, *, languages: tuple[str, ...] = ("en",)) -> str:
    """An ISO date, or a date range `start/end`; refused with the reason when unreadable."""
    parts = value.split("/") if _is_iso_range(value) else [value]
    return "/".join(_one_date(part, languages) for part in parts)


def _is_iso_range(value: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*/\s*\d{4}-\d{2}-\d{2}\s*", value))


def _one_date(value: str, languages: tuple[str, ...]) -> str:
    iso = normalise_date(value.strip(), languages=languages)
    if iso is not None:
        return iso
    raise ValidationError(f"date {value.strip()!r} refused: {_why_not_a_date(value.strip())}")


def _why_not_a_date(value: str) -> str:
    match = _NUMERIC.match(value)
    if match is None:
        return "not a date with day, month and year (write it as 2024-03-14 or 14 March 2024)"
    a, b, c = (int(g) for g in match.groups())
    if len(match.group(1)) == 4:  # year first: ISO order
        year, month, day = a, b, c
    elif a <= 12 and b <= 12:
        return "day and month could be either way round (write it as 2024-03-14)"
    else:
        day, month, year = (a, b, c) if a > 12 else (b, a, c)
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= last:
        return f"{calendar.month_name[month]} {year} has no day {day}"
    return "not a date with day, month and year (write it as 2024-03-14)"


def country_code(value: str) -> str:
    """A two-letter code from a code or a country's name."""
    try:
        return str(pycountry.countries.lookup(value.strip()).alpha_2)
    except LookupError as err:
        raise ValidationError(f"unknown country {value!r}: use a code like GB or a name") from err


def place(value: str, *, country: str | None = None) -> PlaceEdit:
    """A city from the gazetteer, as extraction names it; else the place as written."""
    written = " ".join(value.split()).strip(" ,")
    if not written:
        raise ValidationError("place is empty: give a town or city")
    code = country_code(country) if country else None
    city = lookup_city(written.split(",")[0])
    if city is not None and (code is None or city[1] == code):
        name, found_code, lat, lon = city
        return PlaceEdit(f"{name}, {country_name(found_code)}", name, found_code, lat, lon)
    label = f"{written}, {country_name(code)}" if code and "," not in written else written
    return PlaceEdit(label, written.split(",")[0].strip(), code, None, None)
