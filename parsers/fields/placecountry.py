"""Places beyond the gazetteer's towns, and towns that are not the meeting's. A town it does
not list, named by the body that bears its name ("Comune di Borgo Lasco", "Fernvale City
Council"); the seat of a country's parliament; the country alone of a national body: used by
`places` when no listed town is found. The sender's address under a signature and the town of
another body (the mover's) are set aside."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from parsers.fields.context import SUBJECT, MessageView, Source
from parsers.fields.gazetteer import (
    LANGUAGE_COUNTRIES,
    City,
    capital,
    cities_named,
    country_code,
    country_name,
    fits_offset,
    subdivision_country,
)
from parsers.fields.languages import REGISTERED, alternation, language, words
from parsers.fields.placenames import BODY_NOUNS, JOINERS, LEADING_WORDS, NOT_PLACES
from parsers.types import Evidence, FieldValue, PlaceValue

# A town only its body names, not in the gazetteer: a suggestion an editor checks.
UNLISTED_TOWN = 0.5
# The country alone of a national body: such bodies meet anywhere, so only a suggestion.
COUNTRY_ONLY = 0.45
# The capital where a country's parliament sits, inferred from the body: a suggestion.
PARLIAMENT_SEAT = 0.45

_TOWN_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_TOWN = rf"{_TOWN_WORD}(?:[ \t]+(?:(?:{JOINERS})[ \t]+)?{_TOWN_WORD}){{0,2}}"
_LOWER_PARTICLES = set(words("PLACE_JOINERS"))


@lru_cache(maxsize=8)
def _town_bodies(code: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The patterns of one language: the body's words then the town ("Comune di X"), and the
    town then the body's words ("X City Council")."""
    tables = language(code)
    of = "|".join(w.replace(" ", r"\s+") for w in tables.TOWN_BODY_OF)
    before = re.compile(rf"(?<![\w'])(?i:{of})\s*(?P<town>{_TOWN})")
    after = None
    if tables.TOWN_BODY_AFTER:
        words_after = "|".join(w.replace(" ", r"\s+") for w in tables.TOWN_BODY_AFTER)
        after = re.compile(rf"(?P<town>{_TOWN})\s+(?i:{words_after})(?!\w)")
    return before, after


def unlisted_town(view: MessageView) -> PlaceValue | None:
    """A town the gazetteer does not list, named with its council or commune, in the
    country the message points to: as written, no coordinates, below trust, inferred."""
    # a council named in another language than the message's is quoted from its own text
    codes = sorted(REGISTERED, key=lambda code: code == view.language)
    for source in _searched(view):
        for code in codes:
            for pattern in filter(None, _town_bodies(code)):
                for match in pattern.finditer(source.text):
                    town = _town_name(match.group("town"))
                    if town is None:
                        continue
                    country = message_country(view, code)
                    if country is None:
                        continue
                    start = match.start("town")
                    return _place(source, start, match.group("town"), town, country)
    return None


def _searched(view: MessageView) -> list[Source]:
    """The documents, then the subject; never quoted text (another message's words)."""
    own = [s for s in view.sources if s.index != SUBJECT and not s.origin.endswith("quoted")]
    return own + [s for s in view.sources if s.index == SUBJECT]


def _town_name(written: str) -> str | None:
    """The town as written, in capitals only for a heading (COMUNE DI BORGO LASCO is Borgo
    Lasco); None when the words are no unlisted town: a listed city, a country, a region, a
    word of a body's name."""
    written = " ".join(written.split()).strip("'’-")
    parts = written.lower().split()
    if not parts or parts[0] in NOT_PLACES | LEADING_WORDS | BODY_NOUNS:
        return None
    if any(p in BODY_NOUNS or p in NOT_PLACES - _LOWER_PARTICLES for p in parts):
        return None
    if cities_named(written) or country_code(written) or subdivision_country(written):
        return None
    if written.isupper():
        written = " ".join(
            w.lower() if w.lower() in _LOWER_PARTICLES else w.capitalize() for w in written.split()
        )
    return written


def message_country(view: MessageView, code: str | None) -> str | None:
    """The country the message points to: the countries it is tied to (a country domain, the
    organisation's registry entry), else the likeliest of the language's countries whose
    capital fits the sender's clock (the first, or the only one that fits)."""
    strong = view.country_hints()
    if strong:
        return strong[0]
    countries = LANGUAGE_COUNTRIES.get(code or "", ())
    if not countries:
        return None
    if view.utc_offset is None:
        return countries[0] if _one_region(countries) else None
    fitting = [c for c in countries if _fits(c, view.utc_offset)]
    if countries[0] in fitting:
        return countries[0]
    return fitting[0] if len(fitting) == 1 else None


def _one_region(countries: tuple[str, ...]) -> bool:
    """Whether a language's countries keep one clock (German; not English or Spanish, which
    are written on several continents): only then is its likeliest country a fair guess."""
    seats = [capital(c) for c in countries]
    first = seats[0]
    return first is not None and all(s is not None and _hours(s, first) <= 3 for s in seats)


def _hours(a: City, b: City) -> float:
    return abs(a.longitude - b.longitude) / 15


def _fits(code: str, offset: float) -> bool:
    seat = capital(code)
    return seat is not None and fits_offset(seat, offset)


def _place(source: Source, start: int, written: str, town: str, country: str) -> PlaceValue:
    written = written.strip()
    evidence = Evidence(
        source.index,
        start,
        start + len(written),
        "unlisted-town",
        written,
        source="subject" if source.index == SUBJECT else "document",
    )
    return PlaceValue(
        value=f"{town}, {country_name(country)}",
        as_written=written,
        confidence=UNLISTED_TOWN,
        evidence=evidence,
        inferred=True,
        city=town,
        country_code=country,
        in_gazetteer=False,
    )


def body_country(view: MessageView, organisation: FieldValue | None) -> PlaceValue | None:
    """Where a body that is the whole country's meets, when no town is named: a country's
    parliament sits in its capital (inferred); another national body ("National Executive",
    "... of Fernlandia") gives its country alone, a suggestion below trust, as such
    bodies meet anywhere."""
    if organisation is None or organisation.evidence is None:
        return None
    names = (organisation.value, *_spelled_out(view, organisation.value))
    named = next(filter(None, map(_country_in_name, names)), None)
    parliament = _PARLIAMENT.fullmatch(organisation.value.strip()) is not None
    if named is None and not (parliament or any(_NATIONAL.search(n) for n in names)):
        return None
    country = named or message_country(view, view.language)
    if country is None:
        return None
    seat = capital(country) if parliament else None
    evidence = replace(organisation.evidence, rule="parliament-seat" if seat else "body-country")
    return PlaceValue(
        value=f"{seat.name}, {country_name(country)}" if seat else country_name(country),
        as_written=organisation.as_written,
        confidence=PARLIAMENT_SEAT if seat else COUNTRY_ONLY,
        evidence=evidence,
        inferred=True,
        city=seat.name if seat else None,
        country_code=country,
        latitude=seat.latitude if seat else None,
        longitude=seat.longitude if seat else None,
    )


_LINKS = "|".join(sorted({re.escape(w) for w in words("NAME_LINKS")}, key=len, reverse=True))
_PARLIAMENT = re.compile(
    r"(?:the\s+)?(?:[A-ZÀ-Ý][\w-]+\s+)?(?i:"
    + "|".join(w.replace(" ", r"\s+") for w in words("PARLIAMENTS"))
    + rf")(?:(?:\s+(?:{_LINKS}))+\s+[A-ZÀ-Ý][\w\s-]*)?"
)
_NATIONAL = alternation(words("NATIONAL"))


def _country_in_name(name: str) -> str | None:
    """A country a body's name holds as a run of words (a region's body is no country's)."""
    for run in re.finditer(rf"{_TOWN_WORD}(?:\s+{_TOWN_WORD})*", name):
        tokens = run.group(0).split()
        for first in range(len(tokens)):
            for last in range(len(tokens), first, -1):
                part = " ".join(tokens[first:last])
                if part.isupper():
                    continue  # initials ("NUF", "CA") are no country's name
                found = country_code(part)
                if found:
                    return found
    return None


def _spelled_out(view: MessageView, name: str) -> list[str]:
    """The full name of a body named by its initials: "National Union of Fernvale (NUF)"."""
    if not re.fullmatch(r"[A-Z][A-Z&-]{1,7}", name):
        return []
    pattern = re.compile(
        rf"(?<![\w&])((?:{_TOWN_WORD}|{_LINKS})(?:[ \t]+(?:{_TOWN_WORD}|{_LINKS})){{1,10}})"
        rf"\s*\(\s*{re.escape(name)}\s*\)"
    )
    return [m.group(1) for s in view.sources for m in pattern.finditer(s.text)]


_SIGNER = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý]\.?)?(?: [A-ZÀ-Ý][\w'’-]+){1,2}")


def under_signer(text: str, start: int) -> bool:
    """Whether a line is only the sender's address: the last line of the text, in the
    closing block under a line that is a person's name alone ("Jo Bloggs" / "Fernvale,
    Borsetshire"), its town named nowhere before that block (where it is, it may well be the
    meeting's)."""
    if text[start:].strip().count("\n") > 0:
        return False  # not the last line of the text
    head = text[:start].rstrip("\n")
    block_start = head.rfind("\n\n") + 1
    block = head[block_start:].splitlines()[-3:]
    if not any(_SIGNER.fullmatch(line.strip()) and not _names_body(line) for line in block):
        return False
    town = text[start:].split(",")[0].strip()
    return re.search(rf"(?<!\w){re.escape(town)}(?!\w)", text[:block_start]) is None


def _names_body(line: str) -> bool:
    return any(w.lower() in BODY_NOUNS for w in re.findall(r"[\w'’-]+", line))


def another_body(text: str, start: int, written: str, organisation: FieldValue | None) -> bool:
    """Whether the town at `start` names a body other than the one that voted: the mover's
    own body ("Fernvale trades council motion"), named by its town, when the organisation is
    another."""
    if organisation is None:
        return False
    after = text[start + len(written) :].split()[:2]
    before = text[max(0, start - 30) : start].split()[-2:]
    names_body = any(w.lower().strip(".,:;'’s") in BODY_NOUNS for w in (*after, *before))
    return names_body and written.lower() not in organisation.value.lower()
