"""Place names in running text: runs of capitalised words, the city a run names (or the
venue, street or organisation it only belongs to), and the country hints that decide among
namesakes. Used by `places`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.fields.gazetteer import (
    City,
    ascii_name,
    best_city,
    country_code,
    country_name,
    enclosing_city,
    fold,
    subdivision_country,
)
from parsers.fields.languages import MONTHS, ORG_WORDS, WEEKDAYS, alternation, words
from parsers.types import Evidence, PlaceValue

_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
# Small words inside a town's name ("upon", "sur", "di"), longest first.
JOINERS = "|".join(sorted(set(words("PLACE_JOINERS")), key=len, reverse=True))
_NAME = re.compile(rf"{_WORD}(?:(?:\s+|-)(?:{JOINERS})?(?:\s+|-)?{_WORD}){{0,3}}")
_ORG_WORD = alternation(ORG_WORDS)
# Words before a name that make it a street: "viale Monza", "rue de Lyon", "Calle Toledo".
STREET = re.compile(
    r"\b(?:" + "|".join(words("STREET_WORDS")) + r")\s+(?:de\s+|di\s+|del\s+)?$", re.I
)
_IN = {w.lower() for w in words("VENUE_IN")}
# Capitalised words that may come before a city without making it part of another name.
LEADING_WORDS = frozenset(w.lower() for w in words("PLACE_LEADING"))
# Portuguese words, kept here until a Portuguese module holds NOT_TOWNS.
_UNREGISTERED_NOT_TOWNS = {"uma"}  # the article ("Uma delas é esta"), not a town's other name
NOT_PLACES = (
    {m for names in MONTHS.values() for group in names for m in group}
    | {d for names in WEEKDAYS.values() for group in names for d in group}
    | {w.lower() for w in words("NOT_TOWNS")}
    | _UNREGISTERED_NOT_TOWNS
)


# The nouns bodies are named by ("Peace Alliance", "Shadow Cabinet"): in an organisation's
# name such a word is the body's kind, never its town.
BODY_NOUNS = frozenset(
    w.lower() for w in words("ORG_NOUNS") + ORG_WORDS if re.fullmatch(r"[^\W\d_]+", w)
)

# A town named like a state or province is the state, unless it is a real town of that
# state's own country ("California", "Virginia"; not "Galway").
_STATE_TOWN_MIN = 15_000
_STATE_TOWN_ABROAD_MIN = 500_000


def state_not_town(written: str, city: City, pointed_to: tuple[str, ...] = ()) -> bool:
    """Whether a one-word name is a state's or province's name the gazetteer also gives to a
    small town: a small namesake in the state's country, or, abroad, any but a big one in a
    country nothing in the message points to ("Canterbury" is a town when Britain is named)."""
    if " " in written.strip() or written.isupper():
        return False
    state = subdivision_country(written)
    if state is None:
        return False
    if city.country_code == state:
        return city.population < _STATE_TOWN_MIN
    return city.country_code not in pointed_to and city.population < _STATE_TOWN_ABROAD_MIN


@dataclass(frozen=True)
class Hints:
    """Countries the message points to: `strong` decide, `weak` (its language) only order."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    offset: float | None = None  # hours east of UTC of the sender's clock, when known

    @property
    def all(self) -> tuple[str, ...]:
        return self.strong + self.weak


def lookup(
    name: str, blocked: set[str], hints: Hints, *, stated: bool = True, place_slot: bool = False
) -> tuple[City, bool, str] | None:
    """The longest run of words in `name` that is a city (its first words first), unless the
    city is only part of a longer proper name: "Queen Alexandra Hospital", "Brunswick Town
    Hall", "Free Press Reading Circle" name a hospital, a hall and a group, not a town.
    In the line the model keeps for the place (`place_slot`), a small town no hint points to
    is still a town, though not a clear one."""
    words = re.split(r"(\s+|-)", name)
    tokens = [w for w in words if w and not w.isspace() and w != "-"]
    if not stated:
        return _biggest_in_name(name, tokens, blocked, hints)
    return _longest_in_run(name, tokens, blocked, hints, stated=stated, place_slot=place_slot)


def _biggest_in_name(
    name: str, tokens: list[str], blocked: set[str], hints: Hints
) -> tuple[City, bool, str] | None:
    """In an organisation's name, the biggest of the places it names: a district comes before
    its city ("Tenants San Salvario Torino" is in Turin)."""
    found: list[tuple[City, bool, str]] = []
    rest = tokens
    while rest:
        hit = _longest_in_run(name, rest, blocked, hints, stated=False, place_slot=False)
        if hit is None:
            break
        found.append(hit)
        parts = re.split(r"\s+|-", hit[2])
        index = next((i for i in range(len(rest)) if rest[i : i + len(parts)] == parts), len(rest))
        rest = rest[index + len(parts) :]
    return max(found, key=lambda f: f[0].population) if found else None


def _longest_in_run(
    name: str,
    tokens: list[str],
    blocked: set[str],
    hints: Hints,
    *,
    stated: bool,
    place_slot: bool,
    venue: bool = False,
) -> tuple[City, bool, str] | None:
    for length in range(len(tokens), 0, -1):
        for first in range(0, len(tokens) - length + 1):
            parts = tokens[first : first + length]
            written = _rejoin(name, parts)
            if written is None or written.lower().strip(".'’") in blocked:
                continue
            if parts[0].lower() in blocked and length > 1 and first == 0:
                continue
            after = tokens[first + length :]
            state = _state_code(after)  # "Newcastle NSW", "Fremantle WA": the state's town
            here = Hints((state, *hints.strong), hints.weak, hints.offset) if state else hints
            found = best_city(written.strip(".'’"), here.strong, here.weak, here.offset)
            if found is None or (written.isupper() and not _own_name(found[0], written)):
                continue  # "PLENO", "LAMA": a heading or initials, unless the town's own name
            if state and found[0].country_code != state:
                continue
            if state_not_town(written.strip(".'’"), found[0], here.all):
                continue  # "Green Party of California": the state, not its small namesake
            if found[0].country_code not in here.all and found[0].population < 100_000:
                if not place_slot:
                    continue  # a small town abroad is more often a word ("Rail", "Best")
                found = (found[0], False)
            around = _own_words(tokens[:first], [] if state else after)
            if venue and _venue_of_town(*around, own=_own_name(found[0], written)):
                return enclosing_city(found[0]), False, written
            if _part_of_longer_name(*around, stated=stated, hyphened=_hyphened(name, written)):
                continue  # and look on in the run: "Town Hall in Melbourne"
            return enclosing_city(found[0]), found[1], written
    return None


def _state_code(after: list[str]) -> str | None:
    """The country of a state's, province's or country's code standing alone after a town
    ("NSW", "MA", "ON", "UK"), the town's last word in its run."""
    if len(after) != 1 or not after[0].isupper() or not 2 <= len(after[0].strip(".,")) <= 3:
        return None
    code = after[0].strip(".,")
    return subdivision_country(code) or country_code(code)


def _own_name(city: City, written: str) -> bool:
    """Whether a name written in capitals is the town's own name, not one of its other names."""
    return fold(ascii_name(city.name)) == fold(ascii_name(written.strip(".'’")))


def venue_town(name: str, blocked: set[str], hints: Hints) -> tuple[City, bool, str] | None:
    """The town a venue is named after, when nothing else names the place: "Harrogate
    Convention Centre", "Universitätsklinikum Frankfurt". Never clear."""
    for part in (name, *name.split("\n")):  # a run may go on over a line's end, or not
        words = re.split(r"(\s+|-)", part)
        tokens = [w for w in words if w and not w.isspace() and w != "-"]
        found = _longest_in_run(
            part, tokens, blocked, hints, stated=True, place_slot=False, venue=True
        )
        if found is not None:
            return found
    return None


# Words that name a building or an institution, before or after the town it is named for.
_VENUE_WORDS = {fold(w) for w in words("VENUE_WORDS")}


def _venue_of_town(before: list[str], after: list[str], *, own: bool) -> bool:
    """ "Universitätsklinikum Frankfurt", "Harrogate Convention Centre"; or a name that opens
    with the town's own name (not another name of it: "Len Halloway Centre" is no Rennes) and
    ends with a building's word ("Fernvale Socialist Club", "Fernvale City Hall")."""
    words = [fold(w.strip(".,'’")) for w in (*before, *after)]
    if words and all(w in _VENUE_WORDS for w in words):
        return True
    opens = not before and len(after) >= 2
    return own and opens and fold(after[-1].strip(".,'’")) in _VENUE_WORDS


_REGION = re.compile(r"\s*,\s*([A-Z][\w.]+(?: (?:and |& )?[A-Z][\w]+)?)")


def region_after(segment: str, end: int) -> str | None:
    """The country of a state, province or country named right after a place: "Halifax,
    Nova Scotia", "Ann Arbor, MI", "Lyon, France"."""
    match = _REGION.match(segment, end)
    if match is None:
        return None
    return country_code(match.group(1)) or region_country(match.group(1))


def region_country(name: str) -> str | None:
    """The country of a region named after a comma or "County": a two-word name with "and"
    is tried whole, then by its first word ("Perth and Kinross"; "Kerry and Cork")."""
    found = subdivision_country(name)
    if found is None and " " in name:
        found = subdivision_country(name.split()[0])
    return found


def region_name(name: str) -> bool:
    """A run that is a region's whole name and no town's ("West Yorkshire", "Nova Scotia"):
    the words after a town, not another town in them ("Yorkshire")."""
    return (
        (" " in name.strip() or name.isupper())
        and subdivision_country(name) is not None
        and not best_city(name, (), ())
    )


# The full stop after a word's small letters, closing a sentence ("Aires."), not initials
# ("D.C.") or an abbreviation of one letter.
_CLOSING_STOP = re.compile(r"(?<=[a-zà-ÿ]{2})\.$")


def runs(segment: str) -> list[re.Match[str]]:
    """Runs of capitalised words, cut where a sentence ends ("in London. Sorry"), without the
    full stop closing the sentence ("in Buenos Aires.")."""
    out: list[re.Match[str]] = []
    for found in _NAME.finditer(segment):
        match = found
        if _CLOSING_STOP.search(found.group(0)):
            match = _NAME.match(segment, found.start(), found.end() - 1) or found
        cut = re.search(r"(?<=[a-zà-ÿ]{2})\.\s", match.group(0))
        if cut is None:
            out.append(match)
        else:
            head = _NAME.match(segment, match.start(), match.start() + cut.start() + 1)
            tail = _NAME.match(segment, match.start() + cut.end(), match.end())
            out.extend(m for m in (head, tail) if m is not None)
    return out


def _own_words(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The words of the same name as the city: "Irish Centre in Camden" is a venue *in* it."""
    cuts = [i for i, w in enumerate(before) if w in _IN]
    before = before[cuts[-1] + 1 :] if cuts else before
    ends = [i for i, w in enumerate(after) if w in _IN]
    return before, after[: ends[0]] if ends else after


def _part_of_longer_name(
    before: list[str], after: list[str], *, stated: bool, hyphened: bool
) -> bool:
    """Whether the capitalised words around a city make it part of another name. Where the
    meeting place is stated, any such word does (a date or a postcode after it does not);
    in an organisation's name, only words on both sides with an ordinary word before it do
    ("Free Press Reading Circle"); not a union's initials or an organisation word before it
    ("Unite Hull Docks Branch"), nor a city at either end of the name."""
    before = [w for w in before if w.lower().strip(".,") not in LEADING_WORDS | NOT_PLACES]
    after = [w for w in after if not any(ch.isdigit() for ch in w)]
    after = [w for w in after if w.lower().strip(".,") not in NOT_PLACES]
    if hyphened:
        after = after[1:]  # "Leipzig-Süd", "Hamburg-Nord": the city and its district
    if stated:
        return bool(before or after)
    return bool(before and after) and not _ORG_WORD.search(before[-1]) and not before[-1].isupper()


def _hyphened(name: str, written: str) -> bool:
    at = name.find(written) + len(written)
    return name[at : at + 1] == "-"


def chained(
    segment: str, end: int, found: tuple[City, bool, str], blocked: set[str], hints: Hints
) -> tuple[City, bool, str]:
    """ "Tottenham, London", "Camden, London", "viale Monza, Milano": a place followed by a
    comma and a bigger city is a district or a venue in that city."""
    start = end + len(segment[end:]) - len(segment[end:].lstrip(" ,"))
    following = next(iter(runs(segment[start : start + 80])), None)
    if following is None or following.start() != 0 or "," not in segment[end:start]:
        return found
    if region_after(segment, end) is not None:
        return found  # "Perth, Perth and Kinross": the town, then its region's name
    if region_name(following.group(0)):
        return found  # "Bolton, Greater Manchester": a town in a region, not a district
    bigger = lookup(following.group(0), blocked, hints)
    if bigger is None or bigger[0].population <= found[0].population:
        return found
    return bigger


def _rejoin(name: str, parts: list[str]) -> str | None:
    match = _joined(tuple(parts)).search(name)
    return match.group(0) if match else None


@lru_cache(maxsize=2048)
def _joined(parts: tuple[str, ...]) -> re.Pattern[str]:
    """The words as written with blanks or hyphens between them; compiled once per run of
    words (every sub-run of a run is tried, and the module's cache is shared by all)."""
    return re.compile(r"[\s-]+".join(re.escape(p) for p in parts))


def city_place(
    city: City, written: str, evidence: Evidence, confidence: float, *, inferred: bool
) -> PlaceValue:
    """The place value of a gazetteer's city, as written in the message."""
    return PlaceValue(
        value=f"{city.name}, {country_name(city.country_code)}",
        as_written=written,
        confidence=confidence,
        evidence=evidence,
        inferred=inferred,
        city=city.name,
        country_code=city.country_code,
        latitude=city.latitude,
        longitude=city.longitude,
    )
