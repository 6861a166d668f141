"""Finds the body whose meeting passed the resolution, normalises its name, and matches it
against the registry of organisations already approved (rapidfuzz).

Rules, most specific first: the model's slot ("This meeting of X condemns") in each language,
"That this meeting of X", "We, the members of X", the framing ("X passed the following"),
the subject, the signature block and an attachment's letterhead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from parsers.fields.context import SUBJECT, MessageView, Source
from parsers.fields.lexicon import ORG_WORDS, SIGN_OFFS, alternation
from parsers.types import Evidence, FieldValue


@dataclass(frozen=True)
class OrganisationEntry:
    """An approved organisation: its canonical name, other spellings, and country code."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


Registry = tuple[OrganisationEntry, ...]

_N = r"(?P<org>(?:[^\n.;:\[\]()]|\.(?=\w)){3,120}?)"
_MEETING = (
    r"(?:meeting|general meeting|branch meeting|AGM|EGM|annual general meeting|"
    r"conference|committee|council|forum|assembly|congress|executive)"
)
_VERBS_EN = (
    r"(?:condemns?|notes?|calls?|demands?|deplores?|expresses|supports?|opposes?|resolves?|"
    r"stands?|protests?|declares?|reaffirms?|affirms?|welcomes?|agrees?|believes?)"
)
# (rule, pattern, confidence): most specific first.
PATTERNS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    (
        "slot-en",
        re.compile(rf"(?<!that )\bThis {_MEETING} of (?:the )?{_N},?\s+{_VERBS_EN}\b", re.I),
        0.9,
    ),
    (
        "that-this-en",
        re.compile(rf"\bThat this {_MEETING} of (?:the )?{_N},?\s+\w+s\b", re.I),
        0.88,
    ),
    (
        "members-of-en",
        re.compile(
            rf"\bWe,? (?:the )?(?:undersigned )?members of (?:the )?{_N}"
            r"(?:,|\s+(?:condemn|call|demand|resolve|note|have|are))",
            re.I,
        ),
        0.85,
    ),
    (
        "slot-de",
        re.compile(
            rf"\b(?:Diese|Die) (?:Mitglieder|Jahreshaupt|Delegierten)?(?:versammlung|"
            rf"Sitzung|Konferenz|Vorstand) (?:des|der|von) {_N}\s+"
            r"(?:verurteilt|fordert|protestiert|erklärt|verlangt)",
            re.I,
        ),
        0.88,
    ),
    (
        "members-of-de",
        re.compile(rf"\bWir,? (?:die )?Mitglieder (?:des|der|von) {_N},", re.I),
        0.85,
    ),
    (
        "slot-fr",
        re.compile(
            rf"\b(?:Cette|La présente|La|L') ?(?P<noun>réunion|assemblée générale|assemblée|"
            rf"conférence|congrès) (?P<prep>de la |du |des |de l'|d'|de ){_N}\s+"
            r"(?:condamne|exige|dénonce|demande|proteste)",
            re.I,
        ),
        0.88,
    ),
    (
        "members-of-fr",
        re.compile(
            rf"\bNous,? (?:les )?(?:membres|adhérents) (?:de la |du |des |de l'|de ){_N},", re.I
        ),
        0.85,
    ),
    (
        "slot-es",
        re.compile(
            rf"\b(?:Esta|La) (?P<noun>reunión|asamblea|conferencia) "
            rf"(?P<prep>de la |del |de los |de las |de ){_N}"
            r"\s+(?:condena|exige|denuncia|reclama|exige)",
            re.I,
        ),
        0.88,
    ),
    (
        "slot-it",
        re.compile(
            rf"\b(?:Questa|La) (?P<noun>riunione|assemblea|conferenza) (?P<prep>della |del |dei |"
            rf"degli |delle |dell'|di ){_N}\s+(?:condanna|chiede|denuncia|esige)",
            re.I,
        ),
        0.88,
    ),
    (
        "passed-by",
        re.compile(
            rf"\b(?:passed|adopted|carried|agreed|approved|endorsed) "
            rf"(?:unanimously )?(?:by|at) (?:the |a |our )?(?:meeting of (?:the )?)?{_N}"
            r"(?=\s+(?:on|at|in|last|yesterday|this)\b|[,.\n])",
            re.I,
        ),
        0.78,
    ),
    (
        "body-passed",
        re.compile(
            rf"(?:^|[.!?]\s+|,\s+)(?:the )?{_N}\s+(?:has |have )?(?:unanimously )?"
            r"(?:passed|adopted|carried|agreed|endorsed|voted for) (?:the|this|a|our) "
            r"(?:following |attached )?(?:resolution|motion)",
            re.I | re.M,
        ),
        0.78,
    ),
    (
        "passed-by-de",
        re.compile(
            rf"\b(?:von|vom) (?:der |dem |den )?{_N}\s+(?:einstimmig )?"
            r"(?:beschlossen|verabschiedet|angenommen)",
            re.I,
        ),
        0.78,
    ),
    (
        "passed-by-fr",
        re.compile(
            rf"\badopt[ée]e? (?:à l'unanimité )?par (?:la |le |l'|les )?{_N}"
            r"(?=\s+(?:le|lors|à|en)\b|[,.\n])",
            re.I,
        ),
        0.78,
    ),
    (
        "passed-by-es",
        re.compile(
            rf"\baprobad[ao] (?:por unanimidad )?por (?:la |el |los )?{_N}"
            r"(?=\s+(?:el|en|durante)\b|[,.\n])",
            re.I,
        ),
        0.78,
    ),
    (
        "passed-by-it",
        re.compile(
            rf"\bapprovat[ao] (?:all'unanimità )?(?:dalla|dal|dall'|dai) {_N}"
            r"(?=\s+(?:il|nel|nella|a|in)\b|[,.\n])",
            re.I,
        ),
        0.78,
    ),
)
GENERIC = {
    "this meeting",
    "this forum",
    "this conference",
    "the meeting",
    "our meeting",
    "this branch",
    "our branch",
    "the branch",
    "branch",
    "members",
    "the members",
    "meeting",
    "conference",
    "assembly",
    "union",
    "our union",
    "the union",
    "we",
    "us",
    "this body",
    "this committee",
    "our section",
    "notre section",
    "unser ortsverein",
    "name of organisation / group",
    "name of organisation",
    "organisation",
    "group",
}
_ORG_WORD = alternation(ORG_WORDS)
_SIGN_OFF = alternation(SIGN_OFFS)
_ROLE = re.compile(
    r"^(?:(?:branch |general |assistant |press |minutes |joint )?(?:secretary|chair(?:person)?|"
    r"president|convenor|treasurer|rep(?:resentative)?|officer|delegate|Vorsitzende[rn]?|"
    r"Sekretär(?:in)?|secrétaire|présidente?|secretari[oa]|president[ea]|segretari[oa]|"
    r"coordinat\w+))\b[\s,:-]*(?:of |de la |du |de |del |della |des |der )?",
    re.I,
)
_TRAILING = re.compile(
    r"\s+(?:on|at|in|held|last|yesterday|meeting|am|le|el|il)\b.*$|"
    r"\s+(?:has|have|had|was|were)$",
    re.I,
)
_GENITIVE = {
    "ortsvereins": "Ortsverein",
    "verbands": "Verband",
    "vereins": "Verein",
    "bezirks": "Bezirk",
    "kreisverbands": "Kreisverband",
    "betriebsrats": "Betriebsrat",
    "landesverbands": "Landesverband",
    "bundes": "Bund",
    "fachbereichs": "Fachbereich",
}


def normalise_organisation(name: str) -> str:
    """Whitespace tidied, a leading article or possessive and trailing punctuation dropped,
    German genitive endings undone; case and abbreviations kept as the organisation wrote them."""
    cleaned = " ".join(name.split()).strip(" ,.;:-–\"'“”«»")
    previous = None
    while previous != cleaned:
        previous = cleaned
        cleaned = re.sub(
            r"^(?:the|our|die|der|des|dem|la|le|les|el|il|lo|l'|unser(?:e[rsm]?)?|"
            r"notre|nuestra|nuestro|nostra|nostro)\s+",
            "",
            cleaned,
            flags=re.I,
        )
        cleaned = re.sub(r"^l'(?=\w)", "", cleaned, flags=re.I)
    words = [_GENITIVE.get(w.lower(), w) if w[:1].isupper() else w for w in cleaned.split(" ")]
    return " ".join(words).strip(" ,.;:-–\"'“”«»")


def is_generic(value: str) -> bool:
    folded = value.lower().strip()
    return not folded or folded in GENERIC or "name of organisation" in folded or len(folded) < 3


def find_organisation(view: MessageView, registry: Registry = ()) -> FieldValue | None:
    """The body that passed the resolution, with the other bodies named kept as candidates."""
    found = _candidates(view)
    if not found:
        return None
    matched = [(_registry_match(c.value, registry), c) for c in found]
    best_match, best = max(matched, key=lambda pair: _rank(pair[1], pair[0]))
    others = tuple(dict.fromkeys(c.value for c in found if c.value.lower() != best.value.lower()))
    agree = sum(1 for c in found if _same(c.value, best.value)) > 1
    confidence = min(0.95, best.confidence + (0.04 if agree else 0.0))
    value = best.value
    if best_match is not None:
        value, confidence = best_match.name, min(0.95, confidence + 0.05)
    return FieldValue(
        value=value,
        as_written=best.as_written,
        confidence=confidence,
        evidence=best.evidence,
        candidates=others[:5],
    )


def registry_country(value: str, registry: Registry) -> str | None:
    entry = _registry_match(value, registry)
    return entry.country if entry else None


def _rank(candidate: FieldValue, entry: OrganisationEntry | None) -> tuple[float, int]:
    return (candidate.confidence + (0.03 if entry else 0.0), -_position(candidate))


def _position(candidate: FieldValue) -> int:
    return candidate.evidence.start if candidate.evidence else 0


def _same(a: str, b: str) -> bool:
    return fuzz.token_sort_ratio(a.lower(), b.lower()) >= 90


def _candidates(view: MessageView) -> list[FieldValue]:
    found: list[FieldValue] = []
    for source in view.sources:
        if source.index == SUBJECT:
            found.extend(_from_subject(source))
            continue
        for rule, pattern, confidence in PATTERNS:
            for match in pattern.finditer(source.text):
                made = _make(
                    source,
                    match.group("org"),
                    match.start("org"),
                    rule,
                    confidence,
                    need_org_word=rule.startswith(("passed", "body")),
                )
                found.extend(_assembly_of(match, made))
        found.extend(_from_signature(source))
        if source.origin != "body":
            found.extend(_from_letterhead(source))
    return found


def _make(
    source: Source,
    raw: str,
    start: int,
    rule: str,
    confidence: float,
    *,
    need_org_word: bool = False,
) -> list[FieldValue]:
    trimmed = _TRAILING.sub("", raw) if not rule.startswith("slot") else raw
    value = normalise_organisation(trimmed)
    if is_generic(value) or len(value.split()) > 12:
        return []
    if need_org_word and not (_ORG_WORD.search(value) or _capitalised(value)):
        return []
    offset = start + max(0, raw.find(trimmed.strip()[:10]))
    evidence = Evidence(
        source.index,
        offset,
        offset + len(trimmed.strip()),
        rule,
        trimmed.strip(),
        source="subject" if source.index == SUBJECT else "document",
    )
    return [
        FieldValue(
            value=value, as_written=trimmed.strip(), confidence=confidence, evidence=evidence
        )
    ]


def _assembly_of(match: re.Match[str], made: list[FieldValue]) -> list[FieldValue]:
    """ "Esta asamblea de trabajadores del Metro": an assembly of people, not of a body, is
    itself the body ("Asamblea de trabajadores del Metro")."""
    groups = match.groupdict()
    if not made or not groups.get("noun") or not made[0].value[:1].islower():
        return made
    first = made[0]
    value = f"{groups['noun'].capitalize()} {groups['prep']}{first.value}"
    return [replace(first, value=value)]


def _capitalised(value: str) -> bool:
    words = [w for w in value.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= max(1, len(words) - 1)


_SUBJECT_ORG = re.compile(
    rf"(?:resolution|motion|Resolution|résolution|moción|resolución|mozione|risoluzione)\w*"
    rf"(?:\s+(?:passed|adopted|agreed|carried))?\s*(?:from|by|of|-|–|:|von|de la|du|de|del|della)"
    rf"\s+(?:the\s+)?{_N}\s*(?:$|[-–|(]|\s+(?:on|re|about)\b)",
    re.I,
)


def _from_subject(source: Source) -> list[FieldValue]:
    match = _SUBJECT_ORG.search(source.text)
    if match is None or not _ORG_WORD.search(match.group("org")):
        return []
    return _make(source, match.group("org"), match.start("org"), "subject", 0.7)


def _from_signature(source: Source) -> list[FieldValue]:
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
            and _ORG_WORD.search(name)
            and len(name) < 90
            and "@" not in name
            and not re.search(r"\d{5,}|tel|phone|mobile", name, re.I)
        ):
            start = offset + line.find(name)
            found.extend(_make(source, name, start, "signature", 0.68))
        offset += len(line) + 1
    return found[:1]


def _from_letterhead(source: Source) -> list[FieldValue]:
    """The first short line of an attached document that names a body."""
    offset = 0
    for line in source.text.splitlines()[:4]:
        text = line.strip()
        if text and len(text) < 80 and _ORG_WORD.search(text) and not text.endswith("."):
            return _make(source, text, offset + line.find(text), "letterhead", 0.62)
        offset += len(line) + 1
    return []


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w&/]+", " ", name.lower().replace("’", "'")).split())


def _registry_match(value: str, registry: Registry) -> OrganisationEntry | None:
    """The approved organisation this name is a spelling of: same numbers, close wording."""
    if not registry:
        return None
    choices: dict[str, OrganisationEntry] = {}
    for entry in registry:
        for name in (entry.name, *entry.aliases):
            choices[_key(name)] = entry
    key = _key(value)
    hit = process.extractOne(key, list(choices), scorer=fuzz.token_sort_ratio, score_cutoff=88)
    if hit is None:
        return None
    if re.findall(r"\d+", key) != re.findall(r"\d+", hit[0]):
        return None  # "Branch 522" and "Branch 523" are two branches
    return choices[hit[0]]
