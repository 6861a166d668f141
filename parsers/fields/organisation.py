"""Finds the organisation that passed the resolution, and normalises its name."""

from __future__ import annotations

import re

from parsers.types import Evidence, FieldValue

_NAME = r"(?P<org>[^\n.;:\[\]]{3,120}?)"
# (rule name, pattern, confidence): most specific first.
PATTERNS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    (
        "slot",
        re.compile(rf"\bThis meeting of (?:the )?{_NAME},?\s+(?:condemns|notes|calls)", re.I),
        0.9,
    ),
    (
        "that-this",
        re.compile(
            rf"\bThat this (?:meeting|branch) of (?:the )?{_NAME},?\s+(?:condemns|notes|calls)",
            re.I,
        ),
        0.85,
    ),
    ("members-of", re.compile(rf"\bWe,? the members of (?:the )?{_NAME}[,.]", re.I), 0.85),
    (
        "de-slot",
        re.compile(
            rf"\b(?:Die )?(?:Mitgliederversammlung|Versammlung|Sitzung) "
            rf"(?:des |der |von )?{_NAME}\s+verurteilt",
            re.I,
        ),
        0.85,
    ),
    (
        "fr-slot",
        re.compile(
            rf"\b(?:La )?(?:présente )?(?:réunion|assemblée(?: générale)?) "
            rf"(?:de la |du |des |de l'|de )?{_NAME}\s+condamne",
            re.I,
        ),
        0.85,
    ),
    (
        "es-slot",
        re.compile(
            rf"\b(?:Esta )?(?:reunión|asamblea) (?:de la |del |de los |de )?{_NAME}\s+condena", re.I
        ),
        0.85,
    ),
    (
        "it-slot",
        re.compile(
            rf"\b(?:Questa )?(?:riunione|assemblea) (?:della |del |dei |di )?{_NAME}\s+condanna",
            re.I,
        ),
        0.85,
    ),
)
GENERIC = {
    "this meeting",
    "this forum",
    "this conference",
    "the meeting",
    "our meeting",
    "this branch",
}


def normalise_organisation(name: str) -> str:
    """Whitespace tidied, a leading "the" and trailing punctuation dropped; case kept as written."""
    cleaned = " ".join(name.split()).strip(" ,.;:-\"'“”")
    cleaned = re.sub(r"^(the|die|der|la|le|el|il|l')\s+", "", cleaned, flags=re.I)
    return cleaned


def find_organisation(texts: list[str]) -> FieldValue | None:
    """The first organisation found by the most specific rule, searching documents in order."""
    for rule, pattern, confidence in PATTERNS:
        for index, text in enumerate(texts):
            match = pattern.search(text)
            if match is None:
                continue
            as_written = match.group("org")
            value = normalise_organisation(as_written)
            if not value or value.lower() in GENERIC or "name of organisation" in value.lower():
                continue
            evidence = Evidence(index, match.start("org"), match.end("org"), rule, as_written)
            return FieldValue(
                value=value, as_written=as_written, confidence=confidence, evidence=evidence
            )
    return None
