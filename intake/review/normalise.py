"""The one place that borrows extraction's normalisers (parsers/fields/normalise.py), so an
edit is read the way mail is. If the field extractors rename or improve them, only this changes.

Their ValueError (with a reason an editor can act on) becomes our ValidationError here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.errors import ValidationError
from parsers.fields import normalise as fields
from parsers.fields.gazetteer import country_code as _country_code


@dataclass(frozen=True)
class PlaceEdit:
    place: str
    city: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None


def organisation(value: str) -> str:
    try:
        return fields.normalise_organisation_name(value)
    except ValueError as err:
        raise ValidationError(f"organisation refused: {err}") from err


def meeting_date(value: str) -> str:
    """An ISO date, or a range `start/end`; refused with the reason when unreadable."""
    parts = value.split("/") if _ISO_RANGE.match(value) else [value]
    try:
        return "/".join(fields.normalise_date(part) for part in parts)
    except ValueError as err:
        raise ValidationError(f"date refused: {err}") from err


_ISO_RANGE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*/\s*\d{4}-\d{2}-\d{2}\s*$")


def country_code(value: str) -> str:
    """A two-letter code from a code or a country's name."""
    text = value.strip()
    code = text.upper() if len(text) == 2 else _country_code(text)
    if code is None:
        raise ValidationError(f"unknown country {value!r}: use a code like GB or a name")
    return code


def place(value: str, *, country: str | None = None) -> PlaceEdit:
    """A town or city from the gazetteer, as extraction names it ("City" or "City, Country")."""
    written = f"{value.split(',')[0].strip()}, {country}" if country else value
    try:
        found = fields.normalise_place(written)
    except ValueError as err:
        raise ValidationError(f"place refused: {err}") from err
    return PlaceEdit(found.value, found.city, found.country_code, found.latitude, found.longitude)
