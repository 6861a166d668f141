"""Where else a message names its organisation: the subject line, the signature block after a
sign-off, and the letterhead of an attached document."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.fields.context import Source
from parsers.fields.gazetteer import cities_named
from parsers.fields.lexicon import SIGN_OFFS, alternation
from parsers.fields.orgname import ORG_WORD, capitalised, make_candidate, normalise_organisation
from parsers.fields.orgrules import _N
from parsers.text import fold as _folded
from parsers.types import FieldValue

_SIGN_OFF = alternation(SIGN_OFFS)
_ROLE = re.compile(
    r"^(?:(?:branch |general |assistant |press |minutes |joint )?(?:secretary|chair(?:person)?|"
    r"president|convenor|treasurer|rep(?:resentative)?|officer|delegate|Vorsitzende[rn]?|"
    r"Sekretär(?:in)?|secrétaire|présidente?|secretari[oa]|president[ea]|segretari[oa]|"
    r"coordinat\w+|Sprecher(?:in)?|Schriftführer(?:in)?|portavoce|porte-parole|portavoz))\b"
    r"(?:\s+[a-zà-ÿ]+)?[\s,:-]*(?:of |de la |du |de |del |della |des |der )?",
    re.I,
)
# "..., Tues 27 Feb", "..., 3 March": a date after the name in a subject is not part of it.
_COMMA_DATE = r",\s*(?:[A-Za-zÀ-ÿ]{2,9}\.?\s+)?\d"
_SUBJECT_ORG = re.compile(
    rf"(?:resolution|motion|Resolution|résolution|moción|resolución|mozione|risoluzione)\w*"
    rf"(?:\s+(?:passed|adopted|agreed|carried|aprobada|adoptada|adoptée|approvata|beschlossen|"
    rf"angenommen|verabschiedet))?\s*(?:from|by|of|-|–|:|von|vom|de la|du|de|del|della|dal|"
    rf"dalla|dall['’]|par|por)"
    rf"\s+(?:the\s+)?{_N}\s*(?:$|[-–|(]|\s+(?:on|re|about)\b|{_COMMA_DATE})",
    re.I,
)


def from_subject(source: Source) -> list[FieldValue]:
    match = _SUBJECT_ORG.search(source.text)
    if match is None or not ORG_WORD.search(match.group("org")):
        return []
    return make_candidate(source, match.group("org"), match.start("org"), "subject", 0.7)


def from_signature(source: Source, subject: str = "") -> list[FieldValue]:
    """An organisation line in the signature block: after a sign-off, near the end; or, with
    no sign-off, the last line of a body under a person's name."""
    lines = source.text.splitlines()
    sign_off = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if _SIGN_OFF.match(lines[i].strip()) and len(lines[i].strip()) < 40
        ),
        None,
    )
    if sign_off is None or len(lines) - sign_off > 15:
        return _closing_line(source, lines)
    offset = sum(len(line) + 1 for line in lines[: sign_off + 1])
    found: list[FieldValue] = []
    for line in lines[sign_off + 1 :]:
        name = _signature_name(line.strip())
        if name and _names_body(name):
            found.extend(_signed(source, name, offset + line.find(name), 0.68))
        offset += len(line) + 1
    return found[:1]


def _signature_name(text: str) -> str:
    """The organisation part of a signature line: after a role ("Secretary, X", "Secrétaire
    départementale, X"), before another role or a second affiliation ("X | Delegate to Y")."""
    text = re.split(r"\s+[|·•]\s+", text)[0]
    role = _ROLE.match(text)
    if role is not None:
        return text[role.end() :].strip()
    return re.split(r",\s*(?=[A-Za-z ]*(?:secretary|chair|Vorsitz|secrétaire))", text, flags=re.I)[
        0
    ]


def _names_body(name: str) -> bool:
    return (
        bool(ORG_WORD.search(name))
        and len(name) < 90
        and "@" not in name
        and not re.search(r"\d{5,}|tel|phone|mobile", name, re.I)
    )


def _signed(source: Source, name: str, start: int, confidence: float) -> list[FieldValue]:
    """A signature's organisation; a town after the last comma ("Stonehouse Community
    Association, Plymouth") is where it is, not part of its name (the evidence keeps it)."""
    made = make_candidate(source, name, start, "signature", confidence)
    head, _, town = name.rpartition(",")
    if made and head and ORG_WORD.search(head) and cities_named(town.strip(" ."))[:1]:
        return [replace(made[0], value=normalise_organisation(head))]
    return made


def _closing_line(source: Source, lines: list[str]) -> list[FieldValue]:
    """ "Elena Gallo / Comitato Inquilini San Salvario Torino" at the very end of a body."""
    kept = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    if len(kept) < 3 or source.origin != "body":
        return []
    (_, above), (index, last) = kept[-2], kept[-1]
    if last.endswith((".", "!", "?", ":")) or len(above.split()) > 4 or len(last) > 80:
        return []
    if not (_names_body(last) and capitalised(last)):
        return []
    start = sum(len(line) + 1 for line in lines[:index]) + lines[index].find(last)
    return _signed(source, last, start, 0.6)


_LEGAL_SUFFIX = re.compile(r"\b(?:e\.\s?V|Ltd|Inc|asbl|a\.s\.b\.l|Onlus|Co)\.$", re.I)


def from_letterhead(source: Source, subject: str = "") -> list[FieldValue]:
    """The first short line of an attached document that names a body, or that the subject
    repeats ("Centrale Générale FGTB Bruxelles")."""
    offset = 0
    for line in source.text.splitlines()[:4]:
        text = line.strip()
        plain = not text.endswith(".") or _LEGAL_SUFFIX.search(text) is not None
        if (
            text
            and len(text) < 80
            and plain
            and "@" not in text
            and (ORG_WORD.search(text) or _folded(text) in _folded(subject))
        ):
            return make_candidate(source, text, offset + line.find(text), "letterhead", 0.62)
        offset += len(line) + 1
    return []
