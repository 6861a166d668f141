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

from parsers.fields.confidence import TRUSTED
from parsers.fields.confidence import UNTRUSTED_CAP as _UNTRUSTED_CAP
from parsers.fields.context import SUBJECT, MessageView
from parsers.fields.orgblocks import from_letterhead, from_signature, from_subject
from parsers.fields.orgname import (
    GENERIC,
    ORG_WORD,
    assembly_of,
    is_generic,
    make_candidate,
    normalise_organisation,
)
from parsers.fields.orgrules import PATTERNS
from parsers.types import FieldValue

__all__ = [
    "GENERIC",
    "OrganisationEntry",
    "Registry",
    "find_organisation",
    "is_generic",
    "normalise_organisation",
    "registry_country",
]


@dataclass(frozen=True)
class OrganisationEntry:
    """An approved organisation: its canonical name, other spellings, and country code."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


Registry = tuple[OrganisationEntry, ...]


def find_organisation(
    view: MessageView, registry: Registry = (), slot: re.Pattern[str] | None = None
) -> FieldValue | None:
    """The body that passed the resolution, with the other bodies named kept as candidates.
    `slot` is the campaign's own organisation slot (`orgrules.campaign_slot`)."""
    found = _candidates(view, slot)
    if not found:
        return None
    matched = [(_registry_match(c.value, registry), c) for c in found]
    best_match, best = max(matched, key=lambda pair: _rank(pair[1], pair[0]))
    others = tuple(dict.fromkeys(c.value for c in found if c.value.lower() != best.value.lower()))
    agree = len({_rule(c) for c in found if _same(c.value, best.value)}) > 1
    confidence = min(0.95, best.confidence + (0.04 if agree else 0.0))
    value = best.value
    if best_match is not None:
        value, confidence = best_match.name, min(0.95, confidence + 0.05)
    confidence = _calibrated(confidence, best, found, corroborated=agree or bool(best_match))
    return FieldValue(
        value=value,
        as_written=best.as_written,
        confidence=confidence,
        evidence=best.evidence,
        candidates=others[:5],
    )


# The model's own slot ("This meeting of X condemns") names the body in the resolution itself.
SLOT_RULES = frozenset(
    {"slot-en", "slot-campaign", "that-this-en", "slot-de", "slot-fr", "slot-es", "slot-it"}
)


def _calibrated(
    confidence: float, best: FieldValue, found: list[FieldValue], *, corroborated: bool
) -> float:
    """>= 0.8 needs the campaign's slot or a second rule (or the registry) naming the same
    body, and no other body named by a framing rule as strongly."""
    if confidence < TRUSTED:
        return confidence
    if _rule(best) not in SLOT_RULES and not corroborated:
        return _UNTRUSTED_CAP
    rivals = [
        c
        for c in found
        if c.confidence >= 0.78 and not _same(c.value, best.value) and not _within(c, best)
    ]
    return _UNTRUSTED_CAP if rivals else confidence


def _rule(candidate: FieldValue) -> str:
    return candidate.evidence.rule if candidate.evidence else ""


def _within(a: FieldValue, b: FieldValue) -> bool:
    """One name inside the other ("Unite" and "Unite NW522 Branch"): the same body."""
    x, y = _key(a.value), _key(b.value)
    return x in y or y in x


def registry_country(value: str, registry: Registry) -> str | None:
    entry = _registry_match(value, registry)
    return entry.country if entry else None


def _rank(candidate: FieldValue, entry: OrganisationEntry | None) -> tuple[float, int]:
    return (candidate.confidence + (0.03 if entry else 0.0), -_position(candidate))


def _position(candidate: FieldValue) -> int:
    return candidate.evidence.start if candidate.evidence else 0


def _same(a: str, b: str) -> bool:
    return fuzz.token_sort_ratio(a.lower(), b.lower()) >= 90


def _candidates(view: MessageView, slot: re.Pattern[str] | None) -> list[FieldValue]:
    rules = PATTERNS + ((("slot-campaign", slot, 0.88),) if slot is not None else ())
    found: list[FieldValue] = []
    for source in view.sources:
        if source.index == SUBJECT:
            found.extend(from_subject(source))
            continue
        for rule, pattern, confidence in rules:
            for match in pattern.finditer(source.text):
                made = make_candidate(
                    source,
                    match.group("org"),
                    match.start("org"),
                    rule,
                    confidence,
                    need_org_word=rule.startswith(("passed", "body", "named")),
                )
                found.extend(assembly_of(match, made))
        found.extend(from_signature(source))
        if source.origin != "body":
            found.extend(from_letterhead(source, view.subject))
    unique: dict[tuple[str, int], FieldValue] = {}
    for candidate in found:
        key = (candidate.value.lower(), _position(candidate))
        if key not in unique or candidate.confidence > unique[key].confidence:
            unique[key] = candidate
    return [_fuller(c, view) for c in unique.values()]


def _fuller(candidate: FieldValue, view: MessageView) -> FieldValue:
    """ "Questa assemblea del Collettivo condanna": a slot filled with one organisation word
    refers back to the full name the framing gives ("il Collettivo Studenti di Lettere ...")."""
    word = candidate.value
    if " " in word or not ORG_WORD.fullmatch(word):
        return candidate
    longest = ""
    for source in view.sources:
        pattern = rf"(?:\b[\w.]+-)?\b{re.escape(word)}(?:\s+{_NAME_WORD})+"
        for match in re.finditer(pattern, source.text):
            name = re.sub(rf"(?:\s+{_CONNECTOR})+$", "", match.group(0))
            longest = max(longest, name, key=len)
    if len(longest.split()) < 2:
        return replace(candidate, confidence=min(candidate.confidence, 0.45))
    return replace(candidate, value=normalise_organisation(longest))


_CONNECTOR = r"(?:of|for|and|&|de|du|des|di|del|della|dell['’]|dello|degli|y|e|et|und|der)"
_NAME_WORD = rf"(?:{_CONNECTOR}\s+)*(?:[A-ZÀ-Ý][\w'’.·-]*|dell['’][A-ZÀ-Ý][\w'’.·-]*)"


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
