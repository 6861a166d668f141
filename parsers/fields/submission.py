"""Whether a message carrying the campaign's text is a body's own submission, and if not what
it is instead: a reply, a newsletter, a question, an open letter, news of other bodies' votes."""

from __future__ import annotations

import re

from parsers.campaign import Campaign
from parsers.fields.align import Alignment
from parsers.fields.classify import NEWSLETTER_FOOTER as _NEWSLETTER_FOOTER
from parsers.fields.classify import (
    Automatic,
    asks_question,
    find_outcome,
    kind_cue,
    other_category,
)
from parsers.fields.languages import OTHER_REPLY_PREFIXES, cues, words
from parsers.fields.recognise import (
    MODEL_SHARE,
    Recognition,
    carries_motion_on_subject,
    votes_of_others,
)

_NEWSLETTER = cues("NEWSLETTER")
_SPEAKER = cues("SPEAKER")


_REPLY_SUBJECT = re.compile(
    r"^\s*(?:" + "|".join(words("REPLY_PREFIXES") + OTHER_REPLY_PREFIXES) + r")\s*:", re.I
)


def not_a_new_submission(
    subject: str,
    documents: list[tuple[str, str]],
    index: int,
    alignment: Alignment,
    automatic: Automatic | None,
    campaign: Campaign | None = None,
) -> tuple[str, str] | None:
    """Why a message carrying the text is still not a resolution sent to us: (category, reason).

    The text only in the quoted part of a reply, with no new word of a vote: a reply chasing
    or confirming an earlier submission, or a question about the model. A list or newsletter
    post (list headers, an unsubscribe footer) that does not carry most of the model and
    report its vote: news about resolutions, not one. A body's own mailing with only an
    unsubscribe footer, carrying the text of its motion on the subject and its vote, is the
    body's submission.
    """
    if not documents:
        return None
    origin = documents[index][1]
    new_text = "\n".join(t for t, o in documents if not o.endswith(("quoted", "signature")))
    reports_vote = find_outcome(new_text).outcome in {"passed", "defeated"}
    if origin.endswith("quoted") and not reports_vote:
        if _REPLY_SUBJECT.match(subject):
            return "reply", "a reply quoting an earlier message; nothing new about a vote"
        return other_category(new_text)
    listed = automatic is not None or _NEWSLETTER_FOOTER.search(new_text) is not None
    carries_model = alignment.similarity >= MODEL_SHARE
    own_mailing = (
        automatic is None
        and reports_vote
        and campaign is not None
        and len(_newsletter_marks(new_text)) == 1  # the unsubscribe line alone
        and carries_motion_on_subject([new_text], campaign)
    )
    if listed and not (carries_model and reports_vote) and not own_mailing:
        why = automatic.reason if automatic else "an unsubscribe footer"
        return "newsletter", f"a list or newsletter post ({why}) reporting on resolutions"
    return None


def _newsletter_marks(text: str) -> set[str]:
    """The distinct marks of a newsletter in a text: an unsubscribe line, "view it in your
    browser", the word newsletter."""
    found = [*_NEWSLETTER.finditer(text), *_NEWSLETTER_FOOTER.finditer(text)]
    return {" ".join(m.group(0).lower().split()[:2]) for m in found}


def why_not(subject: str, texts: list[str], recognition: Recognition | None) -> tuple[str, str]:
    """The category of a message that is no resolution of this campaign, and why."""
    category, reason = other_category("\n".join([subject, *texts]))
    if (
        recognition is not None
        and recognition.on_another_subject
        and category
        in {
            "unrelated",
            "question",
        }
    ):
        if recognition.negated:
            said = "says it is on another subject than the campaign's people"
        elif recognition.named_beside:
            said = "names the campaign's people only outside its own text"
        else:
            said = "names none of the campaign's people"
        return "unrelated", f"a motion or vote that {said}"
    return category, reason


def not_a_resolution_after_all(
    subject: str, documents: list[tuple[str, str]], recognition: Recognition, outcome: str
) -> tuple[str, str] | None:
    """On the subject, shaped like a motion, yet nothing a body adopted or will vote on: an
    open letter, an event, a question about a draft, the model with its blanks left; or a
    message that reports only other bodies' votes ("trades councils that have passed
    resolutions") and carries no motion of its own."""
    new = [t for t, origin in documents if not origin.endswith(("quoted", "signature"))]
    if (
        recognition.model_share < MODEL_SHARE
        and not recognition.motion_text
        and votes_of_others([subject, *new])
    ):
        category, reason = other_category("\n".join([subject, *new]))
        if category in {"question", "unrelated"}:
            return "unrelated", "reports other bodies' votes, carries no motion of its own"
        return category, f"{reason}; reports other bodies' votes, no motion of its own"
    cover = documents[0][0] if documents else ""
    request = _asks_for_a_speaker(f"{subject}\n{cover}", recognition)
    if request:
        return "speaker-request", f"asks for a speaker ({request!r}), carries no motion"
    if outcome in {"passed", "defeated"}:
        return None
    moved = outcome == "proposed" and recognition.motion_text and not recognition.template
    if (
        asks_question(cover)
        and not moved  # "I'm moving the following next week: could you look at it?"
        and (recognition.template or recognition.model_share < MODEL_SHARE)
    ):
        category, reason = other_category(f"{subject}\n{cover}")
        if category in {"speaker-request", "newsletter", "spam"}:
            return category, reason
        return "question", "asks about a text before any vote"
    titled = cues("MOTION_TITLES").search(f"{subject}\n{cover}")
    if recognition.model_share >= MODEL_SHARE or titled:
        return None
    for category in ("open-letter", "event"):
        found = kind_cue(category, "\n".join(t for t, _ in documents))
        if found:
            return category, f"{category.replace('-', ' ')} ({found!r}), no vote reported"
    return None


def _asks_for_a_speaker(cover: str, recognition: Recognition) -> str:
    """A speaker asked for, no motion's text carried: a vote the cover mentions ("we passed a
    motion in the summer; could someone speak at our meeting?") is not what it sends."""
    if recognition.motion_text or recognition.model_share >= MODEL_SHARE:
        return ""
    found = _SPEAKER.search(cover)
    return found.group(0) if found and asks_question(cover) else ""
