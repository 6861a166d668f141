"""The pure pipeline for one message: parse, read documents, classify, find the fields."""

from __future__ import annotations

from dataclasses import dataclass, replace

from parsers.campaign import Campaign
from parsers.documents import ReaderLimits
from parsers.documents.reading import read_message_documents
from parsers.errors import ParseError
from parsers.fields.align import Alignment, align
from parsers.fields.classify import automatic_reason, outcome_of
from parsers.fields.dates import find_meeting_date
from parsers.fields.organisation import find_organisation
from parsers.fields.places import find_place
from parsers.mime import parse_message
from parsers.types import Document, Extraction, ParsedMessage

RESOLUTION_SIMILARITY = 0.35  # share of the model's sentences that makes a text a resolution


@dataclass(frozen=True)
class ExtractConfig:
    """What the extractors need to know; built by `intake` from settings."""

    campaigns: tuple[Campaign, ...]
    limits: ReaderLimits = ReaderLimits()


@dataclass(frozen=True)
class MessageResult:
    """A parsed message (None when it could not be parsed) and what was extracted from it."""

    message: ParsedMessage | None
    extraction: Extraction


def extract_message(raw: bytes, config: ExtractConfig) -> MessageResult:
    """Everything the pipeline makes of one raw message. Never raises for bad input."""
    try:
        message = parse_message(raw)
    except ParseError as err:
        return MessageResult(None, Extraction(kind="failed", reason=str(err)))
    documents = read_documents(message, config.limits)
    return MessageResult(message, extract_fields(message, documents, config))


def read_documents(message: ParsedMessage, limits: ReaderLimits) -> tuple[Document, ...]:
    """New body text first, then attachments (each read in a sandbox), then quoted context."""
    return read_message_documents(message, limits)


def extract_fields(
    message: ParsedMessage, documents: tuple[Document, ...], config: ExtractConfig
) -> Extraction:
    automatic = automatic_reason(message)
    if automatic:
        return Extraction(kind="other", reason=automatic, documents=documents)
    texts = [d.text for d in documents]
    campaign, doc_index, alignment = _best_campaign(texts, config.campaigns)
    if campaign is None or alignment.similarity < RESOLUTION_SIMILARITY:
        return Extraction(
            kind="other",
            reason="no text resembles a campaign's model resolution",
            similarity=alignment.similarity if alignment else 0.0,
            documents=documents,
        )
    resolution = texts[doc_index][alignment.start : alignment.end]
    context = "\n".join([message.subject, *texts])
    date = find_meeting_date(texts, sent=message.date, languages=campaign.languages)
    hints = _place_hints(texts, date)
    return Extraction(
        kind="resolution",
        outcome=outcome_of(context),
        campaign=campaign.name,
        organisation=find_organisation(texts),
        meeting_date=date,
        place=find_place(texts, hints),
        resolution_text=resolution,
        similarity=alignment.similarity,
        amendments=alignment.amendments,
        documents=documents,
    )


def _best_campaign(
    texts: list[str], campaigns: tuple[Campaign, ...]
) -> tuple[Campaign | None, int, Alignment]:
    best: tuple[Campaign | None, int, Alignment] = (None, 0, Alignment(0.0, 0, 0, ()))
    for campaign in campaigns:
        for index, text in enumerate(texts):
            alignment = align(text, campaign)
            if alignment.similarity > best[2].similarity:
                best = (campaign, index, alignment)
    return best


def _place_hints(texts: list[str], date: object) -> list[tuple[int, int, int]]:
    """Line spans to look for a place in: the date's line first, then every line of each text."""
    hints: list[tuple[int, int, int]] = []
    evidence = getattr(date, "evidence", None)
    if evidence is not None:
        text = texts[evidence.document]
        start = text.rfind("\n", 0, evidence.start) + 1
        end = text.find("\n", evidence.end)
        hints.append((evidence.document, start, end if end >= 0 else len(text)))
    return hints


def with_campaign(extraction: Extraction, name: str | None) -> Extraction:
    return replace(extraction, campaign=name)
