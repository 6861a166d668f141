"""Finds the body whose meeting passed the resolution, normalises its name, and matches it
against the registry of organisations already approved (rapidfuzz).

Finders propose candidates from every place a body names itself: the model's slot ("This
meeting of X condemns") in each language, "We, the members of X", the framing ("X passed the
following"), the subject, the signature block and an attachment's letterhead; `orgscore`
weighs their features and chooses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from parsers.fields.confidence import TRUSTED
from parsers.fields.confidence import UNTRUSTED_CAP as _UNTRUSTED_CAP
from parsers.fields.context import SUBJECT, MessageView
from parsers.fields.languages import alternation
from parsers.fields.orgblocks import from_letterhead, from_signature, from_subject
from parsers.fields.orgdescribed import described_meetings
from parsers.fields.orgforms import from_forms
from parsers.fields.orgmentions import RULE as MENTION
from parsers.fields.orgmentions import (
    as_mention,
    from_mentions,
    head_noun,
    kind_only,
    without_role,
)
from parsers.fields.orgname import (
    GENERIC,
    is_generic,
    moved_by,
    names_an_event,
    normalise_organisation,
)
from parsers.fields.orgrefer import (
    addressed,
    bare,
    council_of_town,
    full_name_in_text,
    longer_name,
)
from parsers.fields.orgrules import from_patterns
from parsers.fields.orgscore import RIVAL, WEIGHTS, Scored, decided, rule_of, score_all
from parsers.fields.orgwords import MEMBERSHIP
from parsers.types import FieldValue

__all__ = [
    "GENERIC",
    "OrganisationEntry",
    "OrganisationFinder",
    "Registry",
    "Weighed",
    "choose_organisation",
    "find_organisation",
    "is_generic",
    "normalise_organisation",
    "registry_country",
    "weigh_organisation",
]


@dataclass(frozen=True)
class OrganisationEntry:
    """An approved organisation: its canonical name, other spellings, and country code."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


Registry = tuple[OrganisationEntry, ...]
# find_organisation's signature, for a caller that records the candidates it weighs.
OrganisationFinder = Callable[
    [MessageView, Registry, "re.Pattern[str] | None"], "FieldValue | None"
]


def find_organisation(
    view: MessageView, registry: Registry = (), slot: re.Pattern[str] | None = None
) -> FieldValue | None:
    """The body that passed the resolution, with the other bodies named kept as candidates.
    `slot` is the campaign's own organisation slot (`orgrules.campaign_slot`)."""
    weighed = weigh_organisation(view, registry, slot)
    return choose_organisation(weighed) if weighed is not None else None


@dataclass(frozen=True)
class Weighed:
    """Every candidate of one message with the features seen of it, and the approved
    organisation each names (None when none): what the choice is made from."""

    scored: tuple[Scored, ...]
    entries: tuple[OrganisationEntry | None, ...]


def weigh_organisation(
    view: MessageView, registry: Registry = (), slot: re.Pattern[str] | None = None
) -> Weighed | None:
    """The candidates every finder proposed, each with its cue and features (None: no body
    named anywhere)."""
    found = _candidates(view, slot)
    # a finder that fired keeps winning: the names found by their shape alone only fill a gap
    if not any(WEIGHTS[rule_of(c)] + sum(WEIGHTS[m] for m in extra) >= 0.5 for c, extra in found):
        found += [m for source in view.sources for m in from_mentions(source)]
    if not found:
        return None
    entries = {id(c): _registry_match(c.value, registry) for c, _ in found}
    candidates = [c for c, _ in found]
    marks = {id(c): extra for c, extra in found}
    # the text naming its own body by a bare noun ("Questa assemblea condanna") and no full
    # name: it may well be the body the signature names, so it is no rival of it
    named = [
        c
        for c in candidates
        if not (rule_of(c) == "this-body-acts" and "no-fuller-name" in marks[id(c)])
    ]
    scored = score_all(
        candidates,
        lambda c: marks[id(c)] + _features(c, candidates, view, entries[id(c)], named),
    )
    return Weighed(tuple(scored), tuple(entries[id(c)] for c in candidates))


def choose_organisation(weighed: Weighed, weights: Mapping[str, float] = WEIGHTS) -> FieldValue:
    """The best scored candidate under `weights`, at its calibrated confidence, with the
    other bodies named kept as candidates."""
    scored = weighed.scored
    at = max(
        range(len(scored)),
        key=lambda i: (scored[i].total(weights), -_position(scored[i].candidate)),
    )
    best = scored[at]
    value = best.candidate.value
    others = tuple(
        dict.fromkeys(
            s.candidate.value for s in scored if s.candidate.value.lower() != value.lower()
        )
    )
    entry = weighed.entries[at]
    if entry is not None:
        value = entry.name
    corroborated = bool({"named-twice", "in-registry"} & set(best.features))
    total = best.total(weights)
    confidence = _calibrated(min(0.95, total), best, scored, weights, corroborated=corroborated)
    chosen = decided(best, confidence, weights)
    return replace(chosen, value=value, candidates=others[:5])


def _features(
    candidate: FieldValue,
    found: list[FieldValue],
    view: MessageView,
    entry: OrganisationEntry | None,
    named: list[FieldValue],
) -> tuple[str, ...]:
    """What else is seen of a candidate: another cue naming the same body, the registry, a
    mover's or forwarder's cue before it, the quoted part of a reply; `named` are the
    candidates that name a body other than the text's own unnamed one."""
    features: list[str] = []
    # a finder's name is corroborated by another finder, not by its own words read by shape
    pool = found if rule_of(candidate) == MENTION else [c for c in found if rule_of(c) != MENTION]
    if _places_apart([c for c in pool if _same(c.value, candidate.value)]) > 1:
        features.append("named-twice")
    if entry is not None:
        features.append("in-registry")
    evidence = candidate.evidence
    if evidence is not None and evidence.source != "subject":
        source = view.source(evidence.document)
        if moved_by(source.text, evidence.start):
            features.append("mover")
        if source.origin.endswith("quoted"):
            features.append("quoted")
    if any(_inside(candidate, c) for c in found if rule_of(c) == "described-meeting"):
        features.append("part-of-a-meeting")
    if names_an_event(candidate.as_written):
        features.append("names-an-event")
    if addressed(candidate.value, view):
        features.append("addressee")
    if rule_of(candidate) in _SIGNED and any(
        rule_of(c) not in _NOT_FRAMING and not _same(c.value, candidate.value) for c in named
    ):
        features.append("signed-beside-framing")
    if rule_of(candidate) in _SIGNED and _MEMBERSHIP.search(candidate.as_written):
        features.append("membership")
    if rule_of(candidate) in SLOT_RULES and not _name_shaped(candidate.value):
        features.append("not-a-name")
    return tuple(features)


def _name_shaped(value: str) -> bool:
    """A body's name has a capital or a noun heading a body's name: "workers and young people
    in Newcastle" describes who met, it names no body."""
    first = value.split()[0] if value.split() else ""
    return any(ch.isupper() or ch == "." for ch in first) or head_noun(value)


def _places_apart(same: list[FieldValue]) -> int:
    """How many places name the body: readings of the same words (a rule's and the shape's)
    are one place."""
    spans: list[tuple[int, int, int]] = []
    for c in same:
        e = c.evidence
        span = (e.document, e.start, e.end) if e else (0, 0, 0)
        if not any(d == span[0] and s < span[2] and span[1] < t for d, s, t in spans):
            spans.append(span)
    return len(spans)


_SIGNED = frozenset({"signature", "closing-line"})
# "X member", "X sub-branch rep": the signer's membership, not a body acting.
_MEMBERSHIP = re.compile(alternation(MEMBERSHIP).pattern + "$", re.I)
_NOT_FRAMING = _SIGNED | {"letterhead", "subject", "subject-names-body", "council-named", MENTION}
# The model's own slot ("This meeting of X condemns") names the body in the resolution itself.
# A name found by its shape alone, no other finder naming it: at most this sure.
MENTION_CAP = 0.72
SLOT_RULES = frozenset(
    {"slot-en", "slot-campaign", "that-this-en", "slot-de", "slot-fr", "slot-es", "slot-it"}
)


def _calibrated(
    confidence: float,
    best: Scored,
    scored: tuple[Scored, ...],
    weights: Mapping[str, float],
    *,
    corroborated: bool,
) -> float:
    """>= 0.8 needs the campaign's slot or a second rule (or the registry) naming the same
    body, and no other body named by a framing rule as strongly."""
    if best.cue == MENTION and not any(
        s.cue != MENTION and _same(s.candidate.value, best.candidate.value) for s in scored
    ):
        confidence = min(confidence, MENTION_CAP)  # the shape alone: shown, never trusted
    if kind_only(best.candidate.value):
        confidence = min(confidence, MENTION_CAP)  # "CONSIGLIO COMUNALE": whose, not told
    if confidence < TRUSTED:
        return confidence
    if best.cue not in SLOT_RULES and not corroborated:
        return _UNTRUSTED_CAP
    value = best.candidate.value
    rivals = [
        s
        for s in scored
        if s.total(weights) >= RIVAL
        and not _same(s.candidate.value, value)
        and not _within(s.candidate, best.candidate)
    ]
    return _UNTRUSTED_CAP if rivals else confidence


def _inside(a: FieldValue, b: FieldValue) -> bool:
    """The words of `a` are part of the words of `b` ("NUX Eastvale regional" of "our NUX
    Eastvale regional meeting"), `b` being another reading."""
    x, y = a.evidence, b.evidence
    return (
        x is not None
        and y is not None
        and a is not b
        and x.document == y.document
        and y.start <= x.start
        and x.end <= y.end
    )


def _within(a: FieldValue, b: FieldValue) -> bool:
    """One name inside the other ("Unite" and "Unite NW522 Branch"): the same body."""
    x, y = _key(a.value), _key(b.value)
    return x in y or y in x


def registry_country(value: str, registry: Registry) -> str | None:
    entry = _registry_match(value, registry)
    return entry.country if entry else None


def _place(candidate: FieldValue) -> tuple[int, int]:
    """Where a candidate stands: its document (the subject is -1) and offset."""
    evidence = candidate.evidence
    return (evidence.document, evidence.start) if evidence else (0, 0)


def _position(candidate: FieldValue) -> int:
    return candidate.evidence.start if candidate.evidence else 0


def _same(a: str, b: str) -> bool:
    return fuzz.token_sort_ratio(a.lower(), b.lower()) >= 90


def _candidates(
    view: MessageView, slot: re.Pattern[str] | None
) -> list[tuple[FieldValue, tuple[str, ...]]]:
    """Every body any finder proposes, once per name and place, with the features the finding
    itself showed (a short mention read as the full name given elsewhere)."""
    found: list[FieldValue] = []
    for source in view.sources:
        if source.index == SUBJECT:
            found.extend(from_subject(source))
            continue
        found.extend(from_patterns(source, slot))
        found.extend(from_forms(source))
        found.extend(described_meetings(source, view))
        found.extend(from_signature(source))
        if source.origin != "body":
            found.extend(from_letterhead(source, view.subject))
    found = [as_mention(c, view) for c in found if without_role(c) is not None]
    found = [c for c in (without_role(c) for c in found) if c is not None]
    unique: dict[tuple[str, int, str], FieldValue] = {}
    for candidate in found:
        key = (candidate.value.lower(), _position(candidate), rule_of(candidate))
        if key not in unique or candidate.confidence > unique[key].confidence:
            unique[key] = candidate
    kept = list(unique.values())
    read = [(without_role(c), marks) for c, marks in (_fuller(c, kept, view) for c in kept)]
    return [(c, marks) for c, marks in read if c is not None]


def _fuller(
    candidate: FieldValue, found: list[FieldValue], view: MessageView
) -> tuple[FieldValue, tuple[str, ...]]:
    """A short mention is read as the full name given elsewhere: the start of a longer
    candidate ("Junta de Delegados" of "Junta de Delegados del Sindicato de X"), the
    writer's own body named short ("our County Central Committee"), or a bare organisation
    word ("Questa assemblea del Collettivo", "the Executive Board") completed from the text."""
    longer = longer_name(candidate, found, view)
    if longer is not None:
        return replace(candidate, value=longer), ("fuller-name",)
    if not bare(candidate.value):
        return candidate, ()
    name = full_name_in_text(candidate.value, view) or council_of_town(candidate.value, view)
    if name is None:
        return candidate, ("no-fuller-name",)
    return replace(candidate, value=name), ("fuller-name",)


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
