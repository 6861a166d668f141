"""The pure pipeline for one message: parse, read documents, classify, find the fields."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from parsers.campaign import Campaign
from parsers.documents import ReaderLimits
from parsers.documents.reading import read_message_documents
from parsers.errors import ParseError
from parsers.fields.context import header_date
from parsers.fields.organisation import (
    OrganisationEntry,
    OrganisationFinder,
    Registry,
    find_organisation,
)
from parsers.fields.resolve import find_fields
from parsers.mime import parse_message
from parsers.types import Document, Extraction, ParsedMessage

__all__ = [
    "ExtractConfig",
    "MessageResult",
    "OrganisationEntry",
    "extract_message",
    "extract_fields",
    "read_documents",
    "make_registry",
]


@dataclass(frozen=True)
class ExtractConfig:
    """What the extractors need to know; built by `intake` from settings."""

    campaigns: tuple[Campaign, ...]
    limits: ReaderLimits = ReaderLimits()
    organisations: Registry = ()  # approved organisations, to recognise other spellings
    languages: tuple[str, ...] = ("en", "de", "fr", "es", "it")


def make_registry(
    rows: Iterable[tuple[str, Iterable[str], str | None]],
) -> Registry:
    """The registry from (canonical name, aliases, country code) rows, as the store keeps them."""
    return tuple(
        OrganisationEntry(name, tuple(aliases), country) for name, aliases, country in rows
    )


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
    message: ParsedMessage,
    documents: tuple[Document, ...],
    config: ExtractConfig,
    *,
    organisation_finder: OrganisationFinder = find_organisation,
) -> Extraction:
    """Classify the message and find its fields; every field carries its evidence
    (`organisation_finder`: see `find_fields`)."""
    found = find_fields(
        message,
        [(d.text, d.origin) for d in documents],
        campaigns=config.campaigns,
        registry=config.organisations,
        languages=config.languages,
        document_dates=tuple(header_date(d.headers) for d in documents),
        organisation_finder=organisation_finder,
    )
    return replace(found, documents=documents)
