"""The confidence policy every field follows: what a confidence means to editors and to the
measure, and the caps a finder applies when a strong score lacks what trust needs."""

from __future__ import annotations

# At or above: editors may take the value without checking; wrong there is "confidently wrong".
TRUSTED = 0.8
# A value that scored high without the anchor trust needs (a rival, no corroboration).
UNTRUSTED_CAP = 0.75
# A place in another country than the organisation's.
OTHER_COUNTRY_CAP = 0.6
# A value whose evidence is quoted from an earlier message (a "> " line, a reply's quote).
QUOTED_CAP = 0.6
# The outcome read in a language we hold no words for (its negations unknown).
FOREIGN_OUTCOME_CAP = 0.6
# The outcome when another reading of the vote stands elsewhere in the text.
CONTESTED_OUTCOME_CAP = 0.7
# The outcome when no vote is reported but the body issued the text as its own (a statement).
DECLARED_OUTCOME = 0.55
# The kind (resolution or other) when every piece of evidence agrees, and when some of it says
# the other kind (a reply quoting a voted motion, a speaker request reporting a vote, a
# resolution read from names and shape alone): under trust, so an editor sees it as unsure.
KIND_AGREED = 0.9
KIND_MIXED = 0.65
# The outcome when nothing is said of a vote and the text only has a motion's form: a suggestion.
SHAPED_OUTCOME = 0.45
# Below: the value is a suggestion, shown as unsure.
UNSURE_BELOW = 0.5


def capped(confidence: float, *, trusted: bool) -> float:
    """The confidence kept when it is below trust or earned it; else held under trust."""
    return confidence if confidence < TRUSTED or trusted else min(confidence, UNTRUSTED_CAP)
