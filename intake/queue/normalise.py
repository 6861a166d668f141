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
from parsers.fields.gazetteer import City, cities_named, country_name, fold
from parsers.fields.gazetteer import country_code as _country_code


@dataclass(frozen=True)
class PlaceEdit:
    place: str
    city: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    vouched: bool = False  # not in the gazetteer: kept as the editor wrote it, no coordinates


class UnknownPlaceError(ValidationError):
    """A town the gazetteer lacks, in a known country: the editor may vouch for it."""


def organisation(value: str) -> str:
    from parsers.fields import normalise as fields  # the extraction's readers: only for this

    try:
        return fields.normalise_organisation_name(value)
    except ValueError as err:
        raise ValidationError(f"organisation refused: {err}") from err


def meeting_date(value: str) -> str:
    """An ISO date, or a range `start/end`; refused with the reason when unreadable."""
    from parsers.fields import normalise as fields  # the extraction's readers: only for this

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


def place(
    value: str, *, country: str | None = None, near: str | None = None, vouch: bool = False
) -> PlaceEdit:
    """A town or city of the gazetteer, named as extraction names it ("City, Country"), by
    its own name or another (München is Munich).

    The country is the one given (`--country`, or after a comma), else `near` (the item's
    country) when the town is there, else, for an item with no country yet, the country of
    the clearly biggest town of that name (ten times any namesake abroad, as extraction
    judges). Anything else would be a guess: refused, saying why, as an edit is given
    confidence 1.0. A town the gazetteer lacks is taken only when the editor vouches for it
    (`vouch`): kept as written, in its country, with no coordinates, marked vouched.
    """
    name, _, written_country = (" ".join(part.split()) for part in value.partition(","))
    if not name:
        raise ValidationError("place refused: no town given (type one, with its country)")
    given = country or written_country
    code = country_code(given) if given else None
    known = _known(name)
    if code is None and near is not None and any(c.country_code == near for c in known):
        code = near
    if code is None and near is None and known:
        code = _clearly_biggest(known)
    local = [c for c in known if c.country_code == code]
    if local:
        city = max(local, key=lambda c: c.population)
        place_name = f"{city.name}, {country_name(city.country_code)}"
        return PlaceEdit(place_name, city.name, city.country_code, city.latitude, city.longitude)
    where = code or (near if not given else None)
    if vouch and where:
        return PlaceEdit(f"{name}, {country_name(where)}", name, where, None, None, vouched=True)
    raise _refusal(name, known, code=code, near=near, given=bool(given))


def _known(name: str) -> list[City]:
    """The gazetteer's towns of that name; or of that other name, when none has it as its
    own or the gazetteer puts the other first (Cologne is Köln, not the Italian village)."""
    found = list(cities_named(name))
    same = [c for c in found if _same_name(c.name, name)]
    return found if not same or found[0] not in same else same


def _clearly_biggest(namesakes: list[City]) -> str | None:
    top = max(namesakes, key=lambda c: c.population)
    abroad = [c for c in namesakes if c.country_code != top.country_code]
    return top.country_code if all(top.population >= 10 * c.population for c in abroad) else None


def _same_name(a: str, b: str) -> bool:
    return _folded(a) == _folded(b)


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()


def _refusal(
    name: str, known: list[City], *, code: str | None, near: str | None, given: bool
) -> ValidationError:
    """Why the place was not taken, said for what the editor typed: a town elsewhere, one of
    several namesakes, or a town the gazetteer lacks."""
    listed = _listed(known)
    if code is None and near is None and known:
        return ValidationError(
            f"place refused: there is a {name} in more than one country ({listed}): "
            f'give its country ("{name}, GB" or --country GB)'
        )
    where = code or near
    country = country_name(where) if where else ""
    if known:  # only elsewhere
        whose = "" if given else ", the item's country"
        return (
            UnknownPlaceError(
                f"place refused: no {name} in {country}{whose}; the gazetteer has {listed}: "
                f'give its country ("{name}, {known[0].country_code}") if the meeting was there, '
                f"or vouch for {name}, {country} (--vouch) if it is right"
            )
            if where
            else ValidationError(f"place refused: {name}: the gazetteer has {listed}")
        )
    if where is None:
        return ValidationError(
            f"place refused: {name} is not in the gazetteer: give its country too "
            f'("{name}, GB" or --country GB) and vouch for it (--vouch)'
        )
    return UnknownPlaceError(
        f"place refused: {name} is not in the gazetteer: if {name}, {country} is right, "
        "vouch for it (--vouch): it is kept as written, with no position on the map"
    )


def _listed(cities: list[City]) -> str:
    known = list(dict.fromkeys(f"{c.name}, {country_name(c.country_code)}" for c in cities))
    return "; ".join(known[:4]) + ("; …" if len(known) > 4 else "")
