"""Chooses the body that voted among the candidates every finder proposed: each candidate
carries named features, one table holds their weights, the sum is the confidence (then the
trust policy caps it), and the evidence says which features decided.

The weights are set by hand: the cue a finder read is the base ("slot-en" 0.90: the model's own
slot; "signature" 0.68: a sign-off's organisation line), and the other features move it.
`python -m bench.fit_org_weights` fits them on the development folders (coordinate search on a
grid, right answers less five for each confidently wrong one) and scores each folder under the
weights fitted on the others. On 2026-12-07 (418 messages, six folders) the fit gained in sample
(370 -> 375 right, 3 -> 0 confidently wrong) but lost with each folder left out (366 right, 3
confidently wrong), so the hand weights stay: docs/extraction.md, "Fitting the weights".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from parsers.types import Evidence, FieldValue

# One table: the cue each finder read (the base), then what else was seen of the candidate.
WEIGHTS: dict[str, float] = {
    # the model's own slot ("This meeting of X condemns") in each language
    "slot-en": 0.90,
    "slot-campaign": 0.88,
    "that-this-en": 0.88,
    "slot-de": 0.88,
    "slot-fr": 0.88,
    "slot-es": 0.88,
    "slot-it": 0.88,
    # "We, the members of X"
    "members-of-en": 0.85,
    "members-of-de": 0.85,
    "members-of-fr": 0.85,
    "members-act-de": 0.72,  # "Die Mitglieder des X fordern": the members, maybe of a larger body
    # the framing: who passed it, whose meeting it was
    "named-meeting-of": 0.80,
    "named-our-body": 0.80,
    "passed-by": 0.78,
    "passed-by-de": 0.78,
    "passed-by-fr": 0.78,
    "passed-by-es": 0.78,
    "passed-by-it": 0.78,
    "body-passed": 0.78,
    "body-met": 0.78,
    "named-body-acts": 0.78,
    "named-body-passed-de": 0.78,
    "resolved-that": 0.78,
    "text-body-passed": 0.78,
    "this-body-acts": 0.78,
    "our-body-acts": 0.74,
    "met-as": 0.78,
    "acronym-acts": 0.72,
    "acronym-meeting": 0.6,  # "our NUX meeting": the body holding the meeting, not acting
    "described-meeting": 0.62,  # "our NUX Eastvale regional meeting voted": described, not named
    "named-meeting-called-by": 0.62,  # "a public meeting called by X": X framed the meeting
    "named-body-meeting": 0.62,  # "the X delegate meeting on Thursday": X held a meeting
    "council-acts": 0.78,
    "council-heads-text": 0.74,
    "statement-of": 0.72,
    "table-cell": 0.72,
    "subject": 0.70,
    "subject-names-body": 0.62,
    "subject-name-acts": 0.55,  # "X Y fordert ...": a name with no organisation word, acting
    "council-named": 0.45,
    # where supporters name themselves
    "signature": 0.68,
    "closing-line": 0.60,
    "letterhead": 0.62,
    # a body named by its shape alone (orgmentions): a run of name words holding a noun that
    # heads a body's name, weighed by what its sentence says of it
    "mention": 0.40,
    "mention-vote": 0.18,  # a vote, a defeat or a motion to be moved in its sentence
    "mention-meeting": 0.10,  # a meeting in its sentence
    "mention-acts": 0.15,  # its body's verb right after it: "La Unión de X exige"
    "mention-letterhead": 0.20,  # a line of its own among the first lines: a letterhead
    "mention-own-line": 0.12,  # a line of its own: "X branch, Y Union"
    "mention-against": -0.25,  # a venue, an addressee ("calls on the X"), one of a list
    # what else was seen
    "named-twice": 0.04,  # another cue names the same body
    "in-registry": 0.05,  # an organisation editors approved before
    "fuller-name": 0.0,  # a short mention ("the Council") read as the full name given elsewhere
    "no-fuller-name": -0.43,  # a bare organisation word with no full name anywhere
    "mover": -0.40,  # moved, proposed, submitted, sponsored or forwarded by: not the voter
    "quoted": -0.10,  # in the quoted part of a reply
    "names-an-event": -0.20,  # a month and year inside: "X July 2019 Convention"
    "addressee": -0.20,  # named where the motion was sent: "submitted to the X"
    "signed-beside-framing": -0.15,  # the sender's own group, when the framing names a body
    "membership": -0.20,  # a signature saying the signer is a member or rep of X
    "part-of-a-meeting": -0.20,  # words of a described meeting: "X regional (meeting)"
    "not-a-name": -0.35,  # the slot holds people described ("workers in X"), not a body's name
}

# A rival: another body scored at least this (a framing cue's weight) keeps the choice under
# trust (organisation._calibrated).
RIVAL = 0.78


@dataclass(frozen=True)
class Scored:
    """A candidate, the features seen of it, and their sum."""

    candidate: FieldValue
    cue: str
    features: tuple[str, ...]

    @property
    def score(self) -> float:
        return self.total(WEIGHTS)

    def total(self, weights: Mapping[str, float]) -> float:
        """The sum under `weights` (WEIGHTS, or a table being fitted: bench/fit_org_weights)."""
        return weights[self.cue] + sum(weights[f] for f in self.features)


def cue_weight(cue: str) -> float:
    return WEIGHTS[cue]


def score_all(
    found: Iterable[FieldValue], features: Callable[[FieldValue], tuple[str, ...]]
) -> list[Scored]:
    """Each candidate with its features (`features` sees the candidate among all of them)."""
    return [Scored(c, rule_of(c), features(c)) for c in found]


def rule_of(candidate: FieldValue) -> str:
    return candidate.evidence.rule if candidate.evidence else ""


def decided(
    scored: Scored, confidence: float, weights: Mapping[str, float] = WEIGHTS
) -> FieldValue:
    """The chosen candidate at `confidence`, its evidence naming the cue and the features that
    moved it: "subject [named twice +0.04]"."""
    candidate = scored.candidate
    moved = [f for f in scored.features if weights[f]]
    rule = scored.cue
    if moved:
        rule += " [" + ", ".join(f"{f.replace('-', ' ')} {weights[f]:+.2f}" for f in moved) + "]"
    evidence = replace(candidate.evidence, rule=rule) if candidate.evidence else None
    return replace(candidate, confidence=round(confidence, 2), evidence=evidence)


def cue_of(evidence: Evidence | None) -> str:
    """The finder's cue of a chosen value's evidence, without the features."""
    return evidence.rule.split(" [", 1)[0] if evidence else ""
