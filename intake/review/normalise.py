"""The one place that borrows extraction's normalisers (parsers/fields/normalise.py) and
gazetteer, so an edit is read the way mail is. If they are renamed or improved, only this
changes. pycountry checks that a typed country code exists.

Their ValueError (with a reason an editor can act on) becomes our ValidationError here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pycountry

from intake.errors import ValidationError
from parsers.fields import normalise as fields
from parsers.fields.gazetteer import City, cities_named, country_name, fold
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
    """An ISO 3166 two-letter code from a code or a country's name; refused when neither."""
    text = value.strip()
    if len(text) == 2 and pycountry.countries.get(alpha_2=text.upper()) is not None:
        return text.upper()
    code = _country_code(text)  # a name, or a usual short form such as UK
    if code is None:
        raise ValidationError(
            f"unknown country {value!r}: not an ISO 3166 code or a country's name "
            "(use a code like GB, or a name)"
        )
    return code


def place(value: str, *, country: str | None = None, near: str | None = None) -> PlaceEdit:
    """A town or city of the gazetteer, named as extraction names it ("City, Country").

    The country is the one given (`--country`, or after a comma), else `near` (the item's
    country) when the town is there, else, for an item with no country yet, the country of
    the clearly biggest town of that name (ten times any namesake abroad, as extraction
    judges). Anything else would be a guess among namesakes, or a town of another name:
    refused with the candidates, as an edit is given confidence 1.0.
    """
    name, _, written_country = (part.strip() for part in value.partition(","))
    given = country or written_country
    code = country_code(given) if given else None
    namesakes = [c for c in cities_named(name) if _same_name(c.name, name)]
    if code is None:
        code = near if any(c.country_code == near for c in namesakes) else None
    if code is None and near is None and namesakes:
        code = _clearly_biggest(namesakes)
    local = [c for c in namesakes if c.country_code == code]
    if not local:
        raise ValidationError(_unsure(name, code))
    city = max(local, key=lambda c: c.population)
    return PlaceEdit(
        f"{city.name}, {country_name(city.country_code)}",
        city.name,
        city.country_code,
        city.latitude,
        city.longitude,
    )


def _clearly_biggest(namesakes: list[City]) -> str | None:
    top = max(namesakes, key=lambda c: c.population)
    abroad = [c for c in namesakes if c.country_code != top.country_code]
    return top.country_code if all(top.population >= 10 * c.population for c in abroad) else None


def _same_name(a: str, b: str) -> bool:
    return _folded(a) == _folded(b)


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()


def _unsure(name: str, code: str | None) -> str:
    where = f" in {country_name(code)}" if code else ""
    found = cities_named(name)
    same = [c for c in found if _same_name(c.name, name)] or found  # else: other names of it
    known = list(dict.fromkeys(f"{c.name}, {country_name(c.country_code)}" for c in same))
    listed = "; ".join(known[:4]) + ("; …" if len(known) > 4 else "")
    said = f" (the gazetteer has {listed})" if known else " (no town of that name)"
    return f"place refused: {name}{where} is ambiguous or unknown: give City, Country{said}"
