"""Builds a parsed message from plain text, so field tests read like the mail they stand for."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from parsers.campaign import Campaign, parse_campaign
from parsers.fields.organisation import Registry
from parsers.fields.resolve import find_fields
from parsers.types import Extraction, ParsedMessage

CAMPAIGN_FILE = Path(__file__).parents[2] / "intake" / "campaigns" / "assange-manning.toml"


def campaign() -> Campaign:
    return parse_campaign(CAMPAIGN_FILE.read_text(encoding="utf-8"))


def message(
    subject: str = "",
    *,
    sent: str = "2024-03-15T09:00:00",
    headers: tuple[tuple[str, str], ...] = (),
    sender: str = "a@example.org",
) -> ParsedMessage:
    date = datetime.fromisoformat(sent).replace(tzinfo=UTC)
    return ParsedMessage(
        message_id="<x@example.org>",
        subject=subject,
        sender=sender,
        sender_address=sender,
        date=date,
        headers=headers,
        bodies=(),
        attachments=(),
    )


def extract(
    body: str,
    subject: str = "",
    *,
    sent: str = "2024-03-15T09:00:00",
    registry: Registry = (),
    headers: tuple[tuple[str, str], ...] = (),
    sender: str = "a@example.org",
) -> Extraction:
    return find_fields(
        message(subject, sent=sent, headers=headers, sender=sender),
        [(body, "body")],
        campaigns=(campaign(),),
        registry=registry,
    )


def model_filled(
    org: str = "[name of organisation / group]",
    trailer: str = "[Date, and place where meeting was held]",
) -> str:
    return (
        campaign()
        .model.replace("[name of organisation / group]", org)
        .replace("[Date, and place where meeting was held]", trailer)
    )


def extract_documents(
    documents: list[tuple[str, str]],
    subject: str = "",
    *,
    sent: str = "2024-03-15T09:00:00",
    headers: tuple[tuple[str, str], ...] = (),
    document_dates: tuple[datetime | None, ...] = (),
) -> Extraction:
    """Like `extract`, for a message of several texts: (text, origin) as the reader gives them,
    with the Date of the forwarded message each came from."""
    return find_fields(
        message(subject, sent=sent, headers=headers),
        documents,
        campaigns=(campaign(),),
        document_dates=document_dates,
    )
