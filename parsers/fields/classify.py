"""Is a message a resolution, and was it passed? Headers first (RFC 3834), then the words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from parsers.fields.confidence import CONTESTED_OUTCOME_CAP
from parsers.fields.languages import (
    WEAK_PASSED,
    alternation,
    cues,
    words,
)
from parsers.text import sentence_spans
from parsers.types import Outcome, ParsedMessage

_AUTO_HEADERS: dict[str, Callable[[str], bool]] = {
    "auto-submitted": lambda v: v.strip().lower() not in {"", "no"},
    "x-autoreply": lambda v: v.strip().lower() not in {"", "no", "false"},
    "x-autorespond": lambda v: True,
    "x-auto-response": lambda v: True,
    "precedence": lambda v: v.strip().lower() in {"bulk", "list", "junk", "auto_reply"},
    "list-id": lambda v: True,
    "list-unsubscribe": lambda v: True,
    "x-failed-recipients": lambda v: True,
}
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster|mail delivery (sub)?system)", re.I)
_AUTO_SUBJECT = re.compile(r"^(?:" + "|".join(words("AUTO_REPLY_SUBJECTS")) + ")", re.I)
_BOUNCE_SUBJECT = re.compile("|".join(words("BOUNCE_SUBJECT_WORDS")), re.I)
_REASONS: dict[str, str] = {
    "auto-submitted": "auto-reply",
    "x-autoreply": "auto-reply",
    "x-autorespond": "auto-reply",
    "x-auto-response": "auto-reply",
    "precedence": "mailing-list",
    "list-id": "mailing-list",
    "list-unsubscribe": "mailing-list",
    "x-failed-recipients": "bounce",
}


@dataclass(frozen=True)
class Automatic:
    """A message sent by a machine: what kind ("auto-reply", "bounce", "mailing-list") and why."""

    category: str
    reason: str


def automatic_message(message: ParsedMessage) -> Automatic | None:
    """Why this message was sent by a machine or a list, from its headers and structure."""
    content_type = (message.header("content-type") or "").lower()
    if "multipart/report" in content_type or any(
        a.content_type.lower() in {"message/delivery-status", "message/disposition-notification"}
        for a in message.attachments
    ):
        return Automatic("bounce", "delivery report (multipart/report)")
    if _BOUNCE_SENDER.match(message.sender_address or message.sender or ""):
        return Automatic("bounce", f"sent by {message.sender_address or message.sender}")
    for name, test in _AUTO_HEADERS.items():
        value = message.header(name)
        if value is not None and test(value):
            return Automatic(_REASONS[name], f"{name}: {value.strip()[:80]}")
    if _AUTO_SUBJECT.match(message.subject.strip()):
        category = "bounce" if _BOUNCE_SUBJECT.search(message.subject) else "auto-reply"
        return Automatic(category, f"subject: {message.subject.strip()[:80]}")
    return None


_NEGATED = re.compile(r"\b(?:" + "|".join(words("NEGATION")) + r")\b", re.I)
_ABOUT_MOTION = re.compile(r"\b(?:" + "|".join(words("MOTION_NOUNS")) + r")\b", re.I)
_AMENDMENT = re.compile(r"\b(?:" + "|".join(words("AMENDMENT")) + r")\b", re.I)
_CLAUSE_END = re.compile(r"[:;,–—]|\s-\s")


@dataclass(frozen=True)
class OutcomeFinding:
    outcome: Outcome
    phrase: str = ""
    start: int = -1
    end: int = -1
    confidence: float = 0.0  # 0 for "unknown": nothing said it


def find_outcome(text: str, languages: tuple[str, ...] | None = None) -> OutcomeFinding:
    """Passed, proposed or defeated, from the sentences around (not inside) the resolution.

    A defeat of the motion outranks anything; a plain "passed" outranks a draft; a "passed"
    that is negated or conditional ("if passed", "not yet passed") counts as proposed.
    The confidence reaches 0.8 only when the cue is tied to the vote (see `outcome_confidence`).
    """
    passed, defeated = cues("PASSED", languages), cues("DEFEATED", languages)
    proposed = _proposed_or_deferred(languages)
    found: dict[str, tuple[str, int, str]] = {}  # reading -> (phrase, offset, sentence)
    for first, last in sentence_spans(text):
        body = text[first:last]
        for name, pattern in (("defeated", defeated), ("passed", passed), ("proposed", proposed)):
            for match in pattern.finditer(body):
                reading = _reading(name, body, match)
                if reading is not None:
                    found.setdefault(reading, (match.group(0), first + match.start(), body))
                if reading is not None and reading != "weakly-passed":
                    break  # a weak "Agreed" on one row does not hide "Carried" on the next
    for reading, outcome in _PRECEDENCE:
        if reading in found:
            phrase, start, body = found[reading]
            rivals = {o for r, o in _PRECEDENCE if r in found and o != outcome}
            rest = body.replace(phrase, " ", 1)  # the cue itself is no tie
            confidence = outcome_confidence(reading, rest, contested=bool(rivals))
            return OutcomeFinding(outcome, phrase, start, start + len(phrase), confidence)
    return OutcomeFinding("unknown")


_PRECEDENCE: tuple[tuple[str, Outcome], ...] = (
    ("defeated", "defeated"),
    ("passed", "passed"),
    ("proposed", "proposed"),
    ("weakly-passed", "passed"),
)
# A vote verb is tied to the vote when its sentence names the motion, the meeting or the count.
_TIED_TO_VOTE = re.compile(
    r"\b(?:"
    + "|".join(words("VOTE_TIES"))
    + r"|\d+\s*(?:-|:|"
    + "|".join(words("COUNT_JOINERS"))
    + r")\s*\d+)\b",
    re.I,
)
_BASE_CONFIDENCE = {
    # reading: (tied to the motion or the meeting in its sentence, not tied)
    "defeated": (0.9, 0.7),
    "passed": (0.9, 0.7),
    "proposed": (0.85, 0.65),
    "weakly-passed": (0.75, 0.6),
}


def outcome_confidence(reading: str, sentence: str, *, contested: bool = False) -> float:
    """0.8 and over only for a vote verb whose sentence (the verb left out) names the motion,
    the meeting or the count, with no other reading elsewhere; a lone "agreed" or a bare
    "passed" stays below."""
    tied = (
        _TIED_TO_VOTE.search(sentence) is not None or cues("MEETING").search(sentence) is not None
    )
    strong, weak = _BASE_CONFIDENCE[reading]
    confidence = strong if tied else weak
    return min(confidence, CONTESTED_OUTCOME_CAP) if contested else confidence


@lru_cache(maxsize=32)
def _proposed_or_deferred(languages: tuple[str, ...] | None) -> re.Pattern[str]:
    """A draft, a motion still to be moved, or one the meeting put off: all proposed."""
    return alternation(words("PROPOSED", languages) + words("DEFERRED", languages))


_DEFERRED = cues("DEFERRED")


def _reading(name: str, body: str, match: re.Match[str]) -> str | None:
    """What one cue says in its sentence: a defeat of the motion, a (weak) pass, a draft;
    "not adopted" beside "deferred" or "tabled" is a motion put off, still proposed."""
    if name == "defeated":
        if _AMENDMENT.search(body) or not _ABOUT_MOTION.search(body):
            return None
        return "proposed" if _DEFERRED.search(body) else "defeated"
    if name == "proposed":
        return "proposed"
    if _NEGATED.search(_clause_before(body, match.start())):
        return "proposed"
    following = body[match.end() : match.end() + 60]
    weak = WEAK_PASSED.match(match.group(0)) is not None
    if weak and _AGREED_ELSE.match(following) and not _AGREED_TEXT.match(following):
        return None  # "agreed to put it on the agenda" is not the vote
    return "weakly-passed" if weak else "passed"


def _after_the_verb(name: str) -> re.Pattern[str]:
    """A table's phrases as they follow a vote word: "agreed| to put it on the agenda"."""
    phrases = [w.replace(" ", r"\s+") for w in words(name)] or [r"(?!)"]
    return re.compile(r"\s+(?:" + "|".join(phrases) + ")", re.I)


# "agreed to put it on the agenda": something else than the vote; "agreed to send the
# following statement": the vote on the text itself.
_AGREED_ELSE = _after_the_verb("AGREED_ELSE")
_AGREED_TEXT = _after_the_verb("AGREED_TEXT")


def _clause_before(body: str, start: int) -> str:
    """The words before a cue in its own clause: "Better late than never: our branch passed"
    is not negated."""
    window = body[max(0, start - 40) : start]
    cuts = list(_CLAUSE_END.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


_QUESTION = cues("QUESTION")
_SPEAKER = cues("SPEAKER")
_THANKS = cues("THANKS")
_NEWSLETTER = cues("NEWSLETTER")
# The footer of a newsletter or list post.
NEWSLETTER_FOOTER = cues("NEWSLETTER_FOOTER")
_SPAM = cues("SPAM")


_KIND_CUES = {"open-letter": "OPEN_LETTER", "event": "EVENT"}


def kind_cue(category: str, text: str) -> str:
    """The words of the text that say it is of this kind ("open-letter", "event"), or ""."""
    match = cues(_KIND_CUES[category]).search(text)
    return match.group(0) if match else ""


def asks_question(text: str) -> bool:
    return "?" in text or _QUESTION.search(text) is not None


def other_category(text: str) -> tuple[str, str]:
    """What a message that is not a resolution is: its category and a one-line reason."""
    checks = (
        ("newsletter", _NEWSLETTER, "reads like a newsletter or list post"),
        ("spam", _SPAM, "reads like spam"),
        ("speaker-request", _SPEAKER, "asks about a speaker"),
        ("open-letter", cues("OPEN_LETTER"), "an open letter"),
        ("event", cues("EVENT"), "announces an event"),
        ("question", _QUESTION, "asks a question"),
        ("thank-you", _THANKS, "a thank-you note"),
    )
    for category, pattern, reason in checks:
        if category == "spam" and len(pattern.findall(text)) < 2:
            continue
        match = pattern.search(text)
        if match:
            return category, f"{reason} ({match.group(0)!r})"
    if "?" in text:
        return "question", "asks a question"
    return "unrelated", "no text resembles the campaign's model resolution"
