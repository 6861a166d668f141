"""The town of a body's postal address, in a letterhead or a signature block ("1 Brattle
Square, Lindenfeld, MA 02138", "Harbour Road, Fernvale PA2 8TE", "London, ON N6A 3K7"): where
a body meets when nothing else names the place, inferred and below trust. The postcode's shape
says the country, so a town with a namesake abroad is read in the right one."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.fields.context import SUBJECT, MessageView
from parsers.fields.placecountry import under_signer
from parsers.fields.placenames import BODY_NOUNS, Hints, city_place, lookup
from parsers.types import Evidence, PlaceValue

# A body's address says where it is, not where it met: a suggestion an editor checks.
ADDRESS_TOWN = 0.5

_TOWN = r"(?P<town>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2})"
# Postcode shapes, each with the country it belongs to: the town before the postcode.
_POSTCODES: tuple[tuple[str, str], ...] = (
    ("GB", r"[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}"),
    (
        "US",
        r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]"
        r"|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])[ \t]+\d{5}(?:-\d{4})?",
    ),
    ("CA", r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"),
    ("AU", r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4}"),
)
_ADDRESS = tuple(
    (country, re.compile(rf"(?m)(?:^|,[ \t]*){_TOWN},?[ \t]+{postcode}[ \t]*$"))
    for country, postcode in _POSTCODES
)


def address_town(view: MessageView, blocked: set[str], hints: Hints) -> PlaceValue | None:
    """The town of the first postal address in the message's own texts (not quoted ones, not
    a person's address under their name), in the country its postcode belongs to."""
    for source in view.sources:
        if source.index == SUBJECT or source.origin.endswith("quoted"):
            continue
        for country, pattern in _ADDRESS:
            for match in pattern.finditer(source.text):
                at = match.start("town")
                if under_signer(source.text, at) and not _under_body(source.text, at):
                    continue  # a person's own address
                here = replace(hints, strong=(country, *hints.strong))
                found = lookup(match.group("town"), blocked, here, stated=True)
                if found is None or found[0].country_code != country:
                    continue
                start = match.start("town") + match.group("town").find(found[2])
                written = found[2]
                evidence = Evidence(source.index, start, start + len(written), "address", written)
                return city_place(found[0], written, evidence, ADDRESS_TOWN, inferred=True)
    return None


def _under_body(text: str, start: int) -> bool:
    """Whether one of the three lines above the address names a body ("Fernvale Transit
    Workers, Local 14"): the body's address in its signature block."""
    above = text[:start].rstrip("\n").splitlines()[-3:]
    return any(w.lower() in BODY_NOUNS for line in above for w in re.findall(r"[\w'’-]+", line))
