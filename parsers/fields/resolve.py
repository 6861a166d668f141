"""Puts the finders together for one message: is it a resolution, which text, and its fields."""

from __future__ import annotations

import re
from datetime import datetime

from parsers.campaign import Campaign
from parsers.fields.align import Alignment, align
from parsers.fields.classify import (
    NEWSLETTER_FOOTER as _NEWSLETTER_FOOTER,
)
from parsers.fields.classify import (
    Automatic,
    automatic_message,
    find_outcome,
    other_category,
)
from parsers.fields.context import MessageView, Resolution, build_view
from parsers.fields.dates import find_meeting_date
from parsers.fields.languages import MEETING, OTHER_REPLY_PREFIXES, PASSED, alternation, cues, words
from parsers.fields.organisation import Registry, find_organisation, registry_country
from parsers.fields.orgrules import campaign_slot
from parsers.fields.places import find_place
from parsers.types import Extraction, ParsedMessage

RESOLUTION_SIMILARITY = 0.35  # share of the model's sentences that makes a text a resolution
_MOTION = alternation(words("MOTION_WORDS"))


def find_fields(
    message: ParsedMessage,
    documents: list[tuple[str, str]],
    *,
    campaigns: tuple[Campaign, ...],
    registry: Registry = (),
    languages: tuple[str, ...] = ("en", "de", "fr", "es", "it"),
    document_dates: tuple[datetime | None, ...] = (),
) -> Extraction:
    """Everything the fields stage makes of a parsed message and its documents' texts;
    `document_dates` are the Date headers of forwarded messages the texts came from."""
    automatic = automatic_message(message)
    if automatic is not None and automatic.category != "mailing-list":
        return Extraction(kind="other", reason=f"{automatic.category}: {automatic.reason}")
    texts = [text for text, _ in documents]
    campaign, index, alignment = _best_campaign(texts, campaigns)
    not_new = _not_a_new_submission(message.subject, documents, index, alignment, automatic)
    if not_new is not None:
        category, reason = not_new
        return Extraction(
            kind="other", reason=f"{category}: {reason}", similarity=alignment.similarity
        )
    view = build_view(
        message.subject,
        message.date,
        message.sender_address,
        documents,
        campaign.languages if campaign else languages,
        document_dates,
    )
    framing = _framing(message.subject, texts, index, alignment)
    if campaign is None or not _is_resolution(alignment, texts[index] if texts else "", framing):
        category, reason = other_category("\n".join([message.subject, *texts]))
        return Extraction(
            kind="other",
            reason=f"{category}: {reason}",
            similarity=alignment.similarity if alignment else 0.0,
        )
    view = _with_resolution(view, index, alignment)
    outcome = find_outcome(framing, _outcome_languages(view.language))
    organisation = find_organisation(view, registry, campaign_slot(campaign))
    if organisation is not None:
        view = _with_country(view, registry_country(organisation.value, registry))
    slot_line = _slot_line(texts[index], index, alignment)
    date = find_meeting_date(view, outcome=outcome.outcome, slot_line=slot_line)
    place = find_place(
        view,
        date_evidence=date.evidence if date else None,
        organisation=organisation,
        anchors=alignment.anchors,
        slot_line=slot_line,
        date_confidence=date.confidence if date else None,
    )
    if place is not None and place.country_code and (date is None or date.confidence < 0.5):
        date = (
            find_meeting_date(
                view, country=place.country_code, outcome=outcome.outcome, slot_line=slot_line
            )
            or date
        )
    reason = _reason(alignment, outcome.phrase)
    return Extraction(
        kind="resolution",
        outcome=outcome.outcome,
        outcome_confidence=outcome.confidence,
        reason=reason,
        campaign=campaign.name,
        organisation=organisation,
        meeting_date=date,
        place=place,
        resolution_text=texts[index][alignment.start : alignment.end],
        similarity=alignment.similarity,
        slot_fills=alignment.slot_fills,
        amendments=alignment.amendments,
        comparison=_comparison(alignment),
    )


_REPLY_SUBJECT = re.compile(
    r"^\s*(?:" + "|".join(words("REPLY_PREFIXES") + OTHER_REPLY_PREFIXES) + r")\s*:", re.I
)


def _not_a_new_submission(
    subject: str,
    documents: list[tuple[str, str]],
    index: int,
    alignment: Alignment,
    automatic: Automatic | None,
) -> tuple[str, str] | None:
    """Why a message carrying the text is still not a resolution sent to us: (category, reason).

    The text only in the quoted part of a reply, with no new word of a vote: a reply chasing
    or confirming an earlier submission, or a question about the model. A list or newsletter
    post (list headers, an unsubscribe footer) that does not carry most of the model and
    report its vote: news about resolutions, not one.
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
    carries_model = alignment.similarity >= RESOLUTION_SIMILARITY
    if listed and not (carries_model and reports_vote):
        why = automatic.reason if automatic else "an unsubscribe footer"
        return "newsletter", f"a list or newsletter post ({why}) reporting on resolutions"
    return None


def _outcome_languages(language: str | None) -> tuple[str, ...] | None:
    """The message's language, and English (often mixed in); all languages when unknown."""
    if language is None:
        return None
    return (language,) if language == "en" else (language, "en")


def _best_campaign(
    texts: list[str], campaigns: tuple[Campaign, ...]
) -> tuple[Campaign | None, int, Alignment]:
    best: tuple[Campaign | None, int, Alignment] = (None, 0, Alignment(0.0, 0, 0, ()))
    for campaign in campaigns:
        for index, text in enumerate(texts):
            alignment = align(text, campaign)
            if _strength(alignment) > _strength(best[2]):
                best = (campaign, index, alignment)
    return best


def _strength(alignment: Alignment) -> tuple[float, int]:
    return (round(alignment.similarity, 2), len(alignment.anchors))


def _is_resolution(alignment: Alignment, text: str, framing: str) -> bool:
    """Much of the model's wording; or, reworded or translated, a motion for the same people
    that a meeting dealt with."""
    if alignment.similarity >= RESOLUTION_SIMILARITY:
        return True
    names = len(alignment.anchors)
    motion = len(set(m.group(0).lower() for m in _MOTION.finditer(text)))
    meeting = cues(MEETING).search(framing) or cues(PASSED).search(framing)
    return names >= 2 and motion >= 2 and meeting is not None


def _framing(subject: str, texts: list[str], index: int, alignment: Alignment) -> str:
    """The words around the resolution: subject, other documents, and this one minus the
    sentences that are the model's own."""
    if not texts:
        return subject
    text = texts[index]
    parts = [subject]
    cut = 0
    for start, end in alignment.matched:
        parts.append(text[cut:start])
        cut = max(cut, end)
    parts.append(text[cut:])
    parts.extend(t for i, t in enumerate(texts) if i != index)
    return "\n".join(parts)


def _with_resolution(view: MessageView, index: int, alignment: Alignment) -> MessageView:
    from dataclasses import replace

    return replace(
        view, resolution=Resolution(index, alignment.start, alignment.end, alignment.matched)
    )


def _with_country(view: MessageView, country: str | None) -> MessageView:
    from dataclasses import replace

    return replace(view, org_country=country) if country else view


def _slot_line(text: str, index: int, alignment: Alignment) -> tuple[int, int, int] | None:
    """The span of the short line after the resolution, where the model puts date and place."""
    if alignment.end <= 0:
        return None
    match = re.compile(r"\s*\n\s*([^\n]{4,160})").match(text, alignment.end)
    if match is None:
        return None
    return index, match.start(1), match.end(1)


def _comparison(alignment: Alignment) -> str:
    if alignment.translated is None:
        return ""
    return (
        f"translation ({alignment.translated}): not compared with the model sentence by "
        "sentence, so no amendments are listed; recognised by the model's names"
    )


def _reason(alignment: Alignment, phrase: str) -> str:
    if alignment.translated is not None:
        share = f"a translation ({alignment.translated}) of the model"
    else:
        share = f"{alignment.similarity:.0%} of the model's sentences"
    names = ", ".join(alignment.anchors[:4])
    said = f"; outcome from {phrase!r}" if phrase else ""
    return f"resolution: {share}, names {names}{said}"
