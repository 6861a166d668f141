"""Does a message carry a resolution on the campaign's subject? Recognised by what a resolution
is, not by likeness to the model alone.

Evidence, each kind named in the reason: (a) the subject, the campaign's people by their names
(and other names beside them), in a sentence that reports or moves a text, or in a document
shaped like a motion; (b) the form of a motion: clause verbs, "be it resolved", numbered
clauses, a council's deliberation; (c) a vote, an adoption or an official record; and the
model's own sentences, one strong signal among these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.campaign import Campaign
from parsers.fields.align import Alignment, model_anchors
from parsers.fields.language import unregistered_language
from parsers.fields.languages import alternation, cues, words
from parsers.text import sentence_spans

MODEL_SHARE = 0.35  # share of the model's sentences that alone makes a text the resolution
# A numbered or lettered clause, a bullet, or a numbered row of a table.
_NUMBERED = re.compile(
    r"(?m)^[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-h]\)|[-–•][ \t]|\d{1,2}[ \t]*\|)[ \t]*\S"
)
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{3,80}\]")


@dataclass(frozen=True)
class Recognition:
    """What the message's texts show, and whether that makes it a resolution."""

    subject: tuple[str, ...] = ()  # the subject's names found where a text is reported or moved
    negated: bool = False  # a sentence says the text is not about the subject
    form: tuple[str, ...] = ()  # motion-form cues of the most motion-like document
    vote: str = ""  # the vote or adoption cue
    record: str = ""  # an official record's cue
    model_share: float = 0.0
    template: bool = False  # the model's slot for the body left unfilled
    foreign: str | None = None  # a language we hold no words for: names and shape alone
    # the text of a motion is there and names none of the subject, named only around it (a
    # signature, a footer, a list of other motions): the motion is on another subject
    named_beside: bool = False
    motion_text: bool = False  # a motion's own text in the message names the subject

    @property
    def is_resolution(self) -> bool:
        if self.model_share >= MODEL_SHARE:
            return True
        # the subject counts only where a text is reported, moved or shaped like a motion
        return bool(self.subject) and not self.negated and not self.named_beside

    @property
    def on_another_subject(self) -> bool:
        """A motion or a vote, but not on the campaign's subject."""
        return (
            not self.is_resolution
            and (len(self.form) >= 2 or bool(self.vote))
            and (self.negated or self.named_beside or not self.subject)
        )

    def describe(self) -> str:
        """The evidence, for the reason an editor reads."""
        parts = []
        if self.foreign:
            parts.append(f"language {self.foreign} (no word tables: names and shape only)")
        if self.model_share:
            parts.append(f"model {self.model_share:.0%}")
        if self.subject:
            parts.append("subject " + ", ".join(self.subject[:4]))
        if self.form:
            parts.append("motion form " + ", ".join(repr(f) for f in self.form[:4]))
        if self.record:
            parts.append(f"record {self.record!r}")
        if self.named_beside:
            parts.append("the motion's own text names none of the subject")
        return "; ".join(parts)


def recognise(
    subject_line: str,
    texts: list[str],
    campaign: Campaign,
    alignment: Alignment,
    *,
    vote: str = "",
    languages: tuple[str, ...] | None = None,
) -> Recognition:
    """The evidence of the message's texts (new texts, not quoted ones) for one campaign;
    `vote` is the outcome the framing reports ("passed", "defeated", "proposed" or "")."""
    names = _names(campaign)
    form = max((_form(text, languages) for text in texts), key=len, default=())
    negated = any(_negated(s, names, languages) for s in _all_sentences(subject_line, texts))
    found = _subject_in_motion(subject_line, texts, names, languages)
    if not found and vote and _MOTION_NOUN(languages).search(subject_line):
        found = [m.group(0) for m in names.finditer(subject_line)]  # "the Assange resolution"
    foreign = unregistered_language("\n".join(texts))
    if foreign is not None and not found:
        found = _subject_in_shape(subject_line, texts, names)
    if found and campaign.descriptions:
        found = found + _descriptions(texts, campaign)
    record = cues("OFFICIAL_RECORD", languages).search("\n".join(texts))
    bodies = [b for t in texts for b in motion_bodies(t, languages)]
    motion_text = _names_subject(bodies, campaign)
    named_beside = bool(found and bodies) and not motion_text
    return Recognition(
        subject=tuple(dict.fromkeys(found)),
        negated=negated and not _reported_beside_negation(texts, names, languages),
        form=form,
        vote=vote,
        record=record.group(0) if record else "",
        model_share=alignment.similarity,
        template=any(_PLACEHOLDER.search(t) and _has_model_slot(t, campaign) for t in texts),
        foreign=foreign,
        named_beside=named_beside and alignment.similarity < MODEL_SHARE,
        motion_text=motion_text,
    )


@lru_cache(maxsize=16)
def _names(campaign: Campaign) -> re.Pattern[str]:
    """The subject's names: the campaign's list, else the model's proper names."""
    listed = campaign.subject or tuple(
        a for a in model_anchors(campaign) if a not in campaign.distractors
    )
    escaped = (re.escape(n).replace(r"\ ", " ") for n in listed if n.strip())
    return alternation(tuple(escaped))


def carries_motion_on_subject(
    texts: list[str], campaign: Campaign, languages: tuple[str, ...] | None = None
) -> bool:
    """Whether a motion's own text among these texts names the campaign's subject."""
    return _names_subject([b for t in texts for b in motion_bodies(t, languages)], campaign)


def names_the_subject(text: str, campaign: Campaign) -> bool:
    """Whether the text names the campaign's subject by one of its names."""
    return _names(campaign).search(text) is not None


def _names_subject(bodies: list[str], campaign: Campaign) -> bool:
    names = _names(campaign)
    return any(names.search(b) or _descriptions([b], campaign) for b in bodies)


def _descriptions(texts: list[str], campaign: Campaign) -> list[str]:
    escaped = tuple(re.escape(n).replace(r"\ ", " ") for n in campaign.descriptions)
    pattern = alternation(escaped)
    return [m.group(0) for t in texts for m in pattern.finditer(t)][:2]


def _all_sentences(subject_line: str, texts: list[str]) -> list[str]:
    return [subject_line] + [t[a:b] for t in texts for a, b in sentence_spans(t)]


def _moves_or_reports(sentence: str, languages: tuple[str, ...] | None) -> bool:
    """A sentence that reports a vote, or moves or names a motion."""
    tables = ("PASSED", "DEFEATED", "PROPOSED", "MOTION_FORM", "MOTION_TITLES", "OFFICIAL_RECORD")
    return any(cues(t, languages).search(sentence) for t in tables)


def _subject_in_motion(
    subject_line: str, texts: list[str], names: re.Pattern[str], languages: tuple[str, ...] | None
) -> list[str]:
    """The names found in a sentence that reports or moves a text, or anywhere in a document
    shaped like a motion; none in a sentence saying the text is not about them."""
    found: list[str] = []
    for text in [subject_line, *texts]:
        shaped = len(_form(text, languages)) >= 2
        for a, b in sentence_spans(text):
            sentence = text[a:b]
            hits = [m.group(0) for m in names.finditer(sentence)]
            if not hits or _negated(sentence, names, languages):
                continue
            if shaped or _moves_or_reports(sentence, languages):
                found.extend(hits)
    if not found and texts and _moves_or_reports(f"{subject_line}\n{texts[0]}", languages):
        found = _named_in_attachments(texts[1:], names, languages)
    return found


def _named_in_attachments(
    texts: list[str], names: re.Pattern[str], languages: tuple[str, ...] | None
) -> list[str]:
    """The cover presents a motion or statement: an other document naming the subject twice
    (and never saying it is on another subject) is that text."""
    for text in texts:
        hits = [m.group(0) for m in names.finditer(text)]
        if len(hits) >= 2 and not any(
            _negated(text[a:b], names, languages) for a, b in sentence_spans(text)
        ):
            return hits
    return []


# A text quoted whole after the line that presents it: 'adopted the following statement:
# "We demand ..."'.
_QUOTED_TEXT = re.compile(r':[ \t]*\n\s*["“„«]')
_HEADING = re.compile(r"(?m)^[ \t]*[^\W\d_][^\n]{6,80}$")


def _subject_in_shape(subject_line: str, texts: list[str], names: re.Pattern[str]) -> list[str]:
    """In a language we hold no words for: the names, when named at least twice and the text
    is shaped like a motion (the subject line names them, numbered clauses, a heading in
    capitals, a text quoted whole after a colon)."""
    hits = [m.group(0) for t in texts for m in names.finditer(t)]
    headed = any(line.group(0).strip().isupper() for t in texts for line in _HEADING.finditer(t))
    numbered = any(len(_NUMBERED.findall(t)) >= 2 for t in texts)
    quoted = any(_QUOTED_TEXT.search(t) for t in texts)
    shaped = names.search(subject_line) is not None or headed or numbered or quoted
    return hits if len(hits) >= 2 and shaped else []


def _negated(sentence: str, names: re.Pattern[str], languages: tuple[str, ...] | None) -> bool:
    """ "Not Assange, I know", "No trata de Assange": the sentence says the text is on another
    subject."""
    for hit in names.finditer(sentence):
        before = sentence[max(0, hit.start() - 40) : hit.start()]
        if _NOT_ABOUT(languages).search(before):
            return True
    return False


@lru_cache(maxsize=32)
def _MOTION_NOUN(languages: tuple[str, ...] | None) -> re.Pattern[str]:  # noqa: N802
    """A motion's noun ("resolution", "Antrag"), not the table's pronouns ("it", "this")."""
    return alternation(tuple(w for w in words("MOTION_NOUNS", languages) if len(w) > 4))


@lru_cache(maxsize=32)
def _NOT_ABOUT(languages: tuple[str, ...] | None) -> re.Pattern[str]:  # noqa: N802
    cues = "|".join(w.replace(" ", r"\s+") for w in words("NOT_ABOUT", languages))
    return re.compile(rf"(?<![\w'])(?:{cues})\s+(?:the\s+|el\s+|le\s+|il\s+)?$", re.I)


def _reported_beside_negation(
    texts: list[str], names: re.Pattern[str], languages: tuple[str, ...] | None
) -> bool:
    """A negation is outweighed when a document shaped like a motion names the subject."""
    for text in texts:
        if len(_form(text, languages)) >= 2 and any(
            not _negated(text[a:b], names, languages) and names.search(text[a:b])
            for a, b in sentence_spans(text)
        ):
            return True
    return False


@lru_cache(maxsize=64)
def _form(text: str, languages: tuple[str, ...] | None) -> tuple[str, ...]:
    """The distinct motion-form cues of a text, numbered clauses counted as one."""
    found = {m.group(0).lower() for m in cues("MOTION_FORM", languages).finditer(text)}
    if len(_NUMBERED.findall(text)) >= 2:
        found.add("numbered clauses")
    return tuple(sorted(found))


def votes_of_others(texts: list[str], languages: tuple[str, ...] | None = None) -> bool:
    """Every sentence that reports a vote speaks of motions in the plural ("branches that
    have passed resolutions"): other bodies' votes, not one text this message carries."""
    votes = [cues(t, languages) for t in ("PASSED", "DEFEATED")]
    plural = cues("MOTIONS_PLURAL", languages)
    reports = [
        text[a:b]
        for text in texts
        for a, b in sentence_spans(text)
        if any(v.search(text[a:b]) for v in votes)
    ]
    return bool(reports) and all(plural.search(r) for r in reports)


_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")


def motion_bodies(text: str, languages: tuple[str, ...] | None) -> list[str]:
    """The motions' own texts in a text: runs of paragraphs whose clauses move something (a
    motion verb in a sentence that reports no vote, or numbered clauses) with at least two
    distinct motion cues. A sentence reporting a vote ("we also passed motions on ...") frames
    a motion and is not part of it."""
    bodies: list[str] = []
    run: list[str] = []
    for paragraph in [m.group(0) for m in _PARAGRAPH.finditer(text)] + [""]:
        if paragraph and _moves(paragraph, languages):
            run.append(paragraph)
            continue
        joined = "\n\n".join(run)
        if run and len(_form(joined, languages)) >= 2:
            bodies.append(joined)
        run = []
    return bodies


def _moves(paragraph: str, languages: tuple[str, ...] | None) -> bool:
    if len(_NUMBERED.findall(paragraph)) >= 1 and _NUMBERED.match(paragraph):
        return True
    form = cues("MOTION_FORM", languages)
    votes = [cues(t, languages) for t in ("PASSED", "DEFEATED")]
    return any(
        form.search(paragraph[a:b]) and not any(v.search(paragraph[a:b]) for v in votes)
        for a, b in sentence_spans(paragraph)
    )


# The model's slot for the body that adopts it: left blank, no body has adopted the text.
_BODY_SLOT = re.compile(r"organi[sz]ation|group|body|branch|union|name", re.I)


def _has_model_slot(text: str, campaign: Campaign) -> bool:
    return any(f"[{slot}]" in text for slot in campaign.slots if _BODY_SLOT.search(slot))
