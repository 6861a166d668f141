"""Where else a message names its organisation: the subject line, the signature block after a
sign-off, and the letterhead of an attached document."""

from __future__ import annotations

import re

from parsers.fields.context import Source
from parsers.fields.lexicon import SIGN_OFFS, alternation
from parsers.fields.orgname import ORG_WORD, make_candidate
from parsers.fields.orgrules import _N
from parsers.types import FieldValue

_SIGN_OFF = alternation(SIGN_OFFS)
_ROLE = re.compile(
    r"^(?:(?:branch |general |assistant |press |minutes |joint )?(?:secretary|chair(?:person)?|"
    r"president|convenor|treasurer|rep(?:resentative)?|officer|delegate|Vorsitzende[rn]?|"
    r"Sekretär(?:in)?|secrétaire|présidente?|secretari[oa]|president[ea]|segretari[oa]|"
    r"coordinat\w+))\b[\s,:-]*(?:of |de la |du |de |del |della |des |der )?",
    re.I,
)
_SUBJECT_ORG = re.compile(
    rf"(?:resolution|motion|Resolution|résolution|moción|resolución|mozione|risoluzione)\w*"
    rf"(?:\s+(?:passed|adopted|agreed|carried))?\s*(?:from|by|of|-|–|:|von|de la|du|de|del|della)"
    rf"\s+(?:the\s+)?{_N}\s*(?:$|[-–|(]|\s+(?:on|re|about)\b)",
    re.I,
)


def from_subject(source: Source) -> list[FieldValue]:
    match = _SUBJECT_ORG.search(source.text)
    if match is None or not ORG_WORD.search(match.group("org")):
        return []
    return make_candidate(source, match.group("org"), match.start("org"), "subject", 0.7)


def from_signature(source: Source) -> list[FieldValue]:
    """An organisation line in the signature block: after a sign-off, near the end."""
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
        return []
    offset = sum(len(line) + 1 for line in lines[: sign_off + 1])
    found: list[FieldValue] = []
    for line in lines[sign_off + 1 :]:
        text = line.strip()
        role = _ROLE.match(text)
        name = text[role.end() :] if role else text
        if role is None:
            name = re.split(
                r",\s*(?=[A-Za-z ]*(?:secretary|chair|Vorsitz|secrétaire))", name, flags=re.I
            )[0]
        if (
            name
            and ORG_WORD.search(name)
            and len(name) < 90
            and "@" not in name
            and not re.search(r"\d{5,}|tel|phone|mobile", name, re.I)
        ):
            start = offset + line.find(name)
            found.extend(make_candidate(source, name, start, "signature", 0.68))
        offset += len(line) + 1
    return found[:1]


def from_letterhead(source: Source) -> list[FieldValue]:
    """The first short line of an attached document that names a body."""
    offset = 0
    for line in source.text.splitlines()[:4]:
        text = line.strip()
        if text and len(text) < 80 and ORG_WORD.search(text) and not text.endswith("."):
            return make_candidate(source, text, offset + line.find(text), "letterhead", 0.62)
        offset += len(line) + 1
    return []
