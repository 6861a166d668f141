"""How sure the kind is: what says a message read as a resolution may not be one, and what
says one read as other mail may be a resolution after all. Mixed evidence gives the kind
`KIND_MIXED` (under trust), with the reason said so an editor sees why to look."""

from __future__ import annotations

from parsers.campaign import Campaign
from parsers.fields.align import Alignment
from parsers.fields.classify import asks_question, find_outcome, other_category
from parsers.fields.confidence import KIND_AGREED, KIND_MIXED
from parsers.fields.languages import cues
from parsers.fields.recognise import (
    MODEL_SHARE,
    Recognition,
    carries_motion_on_subject,
    motion_bodies,
)
from parsers.types import Extraction

# Some of the model's sentences (under the share that alone makes a text the resolution): an
# "other" read of such a message is unsure.
SOME_OF_THE_MODEL = 0.2


def other_kind(category: str, reason: str, alignment: Alignment | None, mixed: str) -> Extraction:
    """A message that is no resolution: sure of it unless some evidence says it is one
    (`mixed`, said in the reason so an editor listing "other" messages sees why to look)."""
    if mixed:
        reason = f"{reason}; unsure, as {mixed}"
    return Extraction(
        kind="other",
        reason=f"{category}: {reason}",
        similarity=alignment.similarity if alignment else 0.0,
        kind_confidence=KIND_MIXED if mixed else KIND_AGREED,
    )


def quotes_a_voted_motion(documents: list[tuple[str, str]], campaign: Campaign | None) -> str:
    """A reply or list post that quotes a motion on the subject with its vote, and asks
    nothing: perhaps the body's own submission sent again, or its answer to our question."""
    if campaign is None:
        return ""
    new = "\n".join(t for t, o in documents if not o.endswith(("quoted", "signature")))
    texts = [t for t, _ in documents]
    if asks_question(new) or not carries_motion_on_subject(texts, campaign):
        return ""
    vote = find_outcome("\n".join(texts))
    if vote.outcome not in {"passed", "defeated"}:
        return ""
    return f"it quotes a motion on the subject and its vote ({vote.phrase!r})"


_CONTRARY = ("speaker-request", "event", "open-letter", "newsletter")


def doubt(
    subject: str,
    documents: list[tuple[str, str]],
    recognition: Recognition,
    *,
    is_resolution: bool,
) -> str:
    """What says a message read as a resolution may not be one: read in a language we hold
    no words for (names and shape alone), recognised by the older rule only, or words of
    another kind of mail (a speaker, an event, an open letter, a newsletter) outside the
    motion's own text."""
    if recognition.foreign is not None:
        return f"read in {recognition.foreign} from names and shape alone"
    if not is_resolution:
        return "the model's names and motion words, no subject named where a text is reported"
    new = [t for t, o in documents if not o.endswith(("quoted", "signature"))]
    cover = "\n".join([subject, *(without_motions(t) for t in new)])
    category, reason = other_category(cover)
    if category in _CONTRARY:
        return reason
    news = _NEWS_ITEMS.search(cover)
    if news is not None:
        return f"reads like a bulletin ({news.group(0)!r})"
    carried = recognition.motion_text or recognition.model_share >= MODEL_SHARE
    if not carried and category != "unrelated":
        # a vote on the subject mentioned, no text sent, and the note is for something else
        return f"no motion's text, and {reason}"
    return ""


_NEWS_ITEMS = cues("NEWS_ITEMS")


def without_motions(text: str) -> str:
    """The text with the motions' own texts taken out: the cover around them."""
    for body in motion_bodies(text, None):
        text = text.replace(body, " ")
    return text
