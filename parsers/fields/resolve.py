"""Puts the finders together for one message: is it a resolution, which text, and its fields."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from parsers.campaign import Campaign
from parsers.fields.align import Alignment, align, model_anchors
from parsers.fields.classify import (
    OutcomeFinding,
    automatic_message,
    find_outcome,
)
from parsers.fields.confidence import (
    DECLARED_OUTCOME,
    FOREIGN_OUTCOME_CAP,
    KIND_AGREED,
    KIND_MIXED,
    SHAPED_OUTCOME,
    UNSURE_BELOW,
    UNTRUSTED_CAP,
)
from parsers.fields.context import MessageView, Resolution, build_view
from parsers.fields.dates import find_meeting_date
from parsers.fields.kindevidence import (
    SOME_OF_THE_MODEL,
    doubt,
    other_kind,
    quotes_a_voted_motion,
    without_motions,
)
from parsers.fields.languages import cues
from parsers.fields.organisation import (
    OrganisationFinder,
    Registry,
    find_organisation,
    registry_country,
)
from parsers.fields.orgrules import campaign_slot
from parsers.fields.places import find_place
from parsers.fields.recognise import (
    MODEL_SHARE,
    Recognition,
    names_the_subject,
    recognise,
)
from parsers.fields.submission import (
    not_a_new_submission,
    not_a_resolution_after_all,
    why_not,
)
from parsers.types import Extraction, FieldValue, ParsedMessage, PlaceValue

_MOTION = cues("MOTION_WORDS")


def find_fields(
    message: ParsedMessage,
    documents: list[tuple[str, str]],
    *,
    campaigns: tuple[Campaign, ...],
    registry: Registry = (),
    languages: tuple[str, ...] = ("en", "de", "fr", "es", "it"),
    document_dates: tuple[datetime | None, ...] = (),
    organisation_finder: OrganisationFinder = find_organisation,
) -> Extraction:
    """Everything the fields stage makes of a parsed message and its documents' texts;
    `document_dates` are the Date headers of forwarded messages the texts came from;
    `organisation_finder` is `find_organisation` but for a measure that records its
    candidates (bench/fit_org_weights)."""
    automatic = automatic_message(message)
    if automatic is not None and automatic.category != "mailing-list":
        return Extraction(
            kind="other",
            reason=f"{automatic.category}: {automatic.reason}",
            kind_confidence=KIND_AGREED,
        )
    texts = [text for text, _ in documents]
    campaign, index, alignment = _best_campaign(texts, campaigns)
    if campaign is None:  # no text holds the model's names: the subject line may
        campaign = next((c for c in campaigns if names_the_subject(message.subject, c)), None)
    not_new = not_a_new_submission(
        message.subject, documents, index, alignment, automatic, campaign
    )
    if not_new is not None:
        category, reason = not_new
        return other_kind(category, reason, alignment, quotes_a_voted_motion(documents, campaign))
    view = build_view(
        message.subject,
        message.date,
        message.sender_address,
        documents,
        campaign.languages if campaign else languages,
        document_dates,
    )
    framing = _framing(message.subject, texts, index, alignment)
    outcome = find_outcome(framing, _outcome_languages(view.language))
    recognition = _recognition(message.subject, documents, campaign, alignment, outcome.outcome)
    old_rule = (
        campaign is not None
        and recognition is not None
        and not recognition.named_beside
        and _is_resolution(alignment, texts[index] if texts else "", framing)
    )
    if campaign is None or recognition is None or not (recognition.is_resolution or old_rule):
        category, reason = why_not(message.subject, texts, recognition)
        mixed = ""
        if recognition is not None and recognition.model_share >= SOME_OF_THE_MODEL:
            mixed = f"{recognition.model_share:.0%} of the model's sentences"
        return other_kind(category, reason, alignment, mixed)
    blocked = not_a_resolution_after_all(message.subject, documents, recognition, outcome.outcome)
    if blocked is not None:
        mixed = ""
        if outcome.outcome in {"passed", "defeated"}:
            mixed = f"it reports a vote ({outcome.phrase!r})"
        elif recognition.model_share >= MODEL_SHARE:
            mixed = f"it carries {recognition.model_share:.0%} of the model's sentences"
        return other_kind(blocked[0], blocked[1], alignment, mixed)
    view = _with_resolution(view, index, alignment, campaign.distractors)
    if outcome.outcome == "unknown":
        outcome = _vote_beside_the_model(message.subject, texts, view.language, outcome)
    if outcome.outcome == "unknown":
        model_like = _model_like(alignment, campaign)
        outcome = _declared(message.subject, documents, recognition, model_like=model_like)
    organisation = organisation_finder(view, registry, campaign_slot(campaign))
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
        outcome=outcome.outcome,
    )
    if (
        place is not None
        and place.country_code
        and (date is None or date.confidence < UNSURE_BELOW)
    ):
        date = (
            find_meeting_date(
                view, country=place.country_code, outcome=outcome.outcome, slot_line=slot_line
            )
            or date
        )
    reason = _reason(alignment, outcome.phrase, recognition)
    if recognition.foreign is not None:
        organisation, date, place = _unsure(organisation), _unsure(date), _unsure(place)
        outcome = replace(outcome, confidence=min(outcome.confidence, FOREIGN_OUTCOME_CAP))
    unsure_kind = doubt(
        message.subject, documents, recognition, is_resolution=recognition.is_resolution
    )
    if unsure_kind:
        reason = f"{reason}; unsure it is a resolution: {unsure_kind}"
    return Extraction(
        kind="resolution",
        outcome=outcome.outcome,
        outcome_confidence=outcome.confidence,
        kind_confidence=KIND_MIXED if unsure_kind else KIND_AGREED,
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
    if alignment.similarity >= MODEL_SHARE:
        return True
    names = len(alignment.anchors)
    motion = len(set(m.group(0).lower() for m in _MOTION.finditer(text)))
    meeting = cues("MEETING").search(framing) or cues("PASSED").search(framing)
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


def _with_resolution(
    view: MessageView, index: int, alignment: Alignment, distractors: tuple[str, ...]
) -> MessageView:
    return replace(
        view,
        resolution=Resolution(index, alignment.start, alignment.end, alignment.matched),
        distractors=distractors,
    )


def _with_country(view: MessageView, country: str | None) -> MessageView:
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


def _reason(alignment: Alignment, phrase: str, recognition: Recognition) -> str:
    if recognition.foreign is not None and alignment.similarity < MODEL_SHARE:
        share = f"a text in {recognition.foreign}"
    elif alignment.translated is not None:
        share = f"a translation ({alignment.translated}) of the model"
    elif alignment.similarity >= MODEL_SHARE:
        share = f"{alignment.similarity:.0%} of the model's sentences"
    else:
        share = "a motion of its own"
    names = ", ".join(alignment.anchors[:4] or recognition.subject[:4])
    said = f"; outcome from {phrase!r}" if phrase else ""
    evidence = recognition.describe()
    return f"resolution: {share}, names {names}{said}" + (f" [{evidence}]" if evidence else "")


_V = TypeVar("_V", FieldValue, PlaceValue)


def _unsure(value: _V | None) -> _V | None:
    """A field read in a language we hold no words for: shown, never trusted."""
    if value is None:
        return None
    return replace(value, confidence=min(value.confidence, UNTRUSTED_CAP))


def _vote_beside_the_model(
    subject: str, texts: list[str], language: str | None, outcome: OutcomeFinding
) -> OutcomeFinding:
    """No vote in the words around the model's sentences: one on a line the model's match took
    in (a minutes table's "Resolution on X | Carried: 17 for, 3 against"), held under trust."""
    whole = find_outcome("\n".join([subject, *texts]), _outcome_languages(language))
    if whole.outcome == "unknown":
        return outcome
    return replace(whole, confidence=min(whole.confidence, UNTRUSTED_CAP))


def _model_like(alignment: Alignment, campaign: Campaign) -> bool:
    """The model's own text, or a translation of it carrying most of its proper names."""
    if alignment.similarity >= MODEL_SHARE:
        return True
    names = len(model_anchors(campaign))
    return alignment.translated is not None and 2 * len(alignment.anchors) > names


def _declared(
    subject: str, documents: list[tuple[str, str]], recognition: Recognition, *, model_like: bool
) -> OutcomeFinding:
    """No vote reported: a body's statement or decision counts as passed, unsure of it; a text
    in the form of a motion that the message presents as the body's is a suggestion of passed
    (below 0.5: "here is our branch's resolution" says nothing of a vote)."""
    new = [t for t, o in documents if not o.endswith(("quoted", "signature"))]
    narration = "\n".join([subject, *(_narration(t) for t in new)])
    found = cues("ADOPTED_TEXT").search(narration)  # not the motion's "take a position"
    own_form = recognition.form if not model_like else ()  # the model's verbs say nothing
    if found is None and not own_form:
        return OutcomeFinding("unknown")
    if found is not None:
        return OutcomeFinding("passed", found.group(0), confidence=DECLARED_OUTCOME)
    told = _MOTION_FORM.search(narration)
    if told is not None:  # the message tells what the body did: "our council has called for"
        return OutcomeFinding("passed", told.group(0), confidence=DECLARED_OUTCOME)
    # the motion's own verbs alone ("here is our branch's resolution: ... demands"): nothing
    # is said of a vote, so a suggestion only
    return OutcomeFinding("passed", recognition.form[0], confidence=SHAPED_OUTCOME)


_MOTION_FORM = cues("MOTION_FORM")
_QUOTED_PASSAGE = re.compile(r'["“„«][^"“”„«»]{40,}["”“»]')


def _narration(text: str) -> str:
    """The text around the motion: its own texts (runs of motion clauses, a passage quoted
    whole) taken out."""
    return _QUOTED_PASSAGE.sub(" ", without_motions(text))


def _recognition(
    subject: str,
    documents: list[tuple[str, str]],
    campaign: Campaign | None,
    alignment: Alignment,
    outcome: str,
) -> Recognition | None:
    """The evidence of the new texts (not quoted ones, when there are others)."""
    if campaign is None:
        return None
    new = [t for t, origin in documents if not origin.endswith(("quoted", "signature"))]
    texts = new or [t for t, _ in documents]
    vote = outcome if outcome != "unknown" else ""
    return recognise(subject, texts, campaign, alignment, vote=vote)
