"""Reads raw message bytes into a ParsedMessage: the one module that imports mail-parser."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from email.utils import getaddresses
from typing import Any

import mailparser

from parsers.errors import ParseError
from parsers.types import Attachment, Body, ParsedMessage


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse the bytes of one RFC 5322 message; raise ParseError when they are not one."""
    _reject_non_message(raw)
    try:
        mail = mailparser.parse_from_bytes(raw)
    except Exception as err:  # mail-parser raises many kinds; all mean "unreadable"
        raise ParseError(f"could not parse the message: {err}") from err
    headers = _headers(mail.message.items())
    if not any(key.lower() in {"from", "subject", "date", "message-id"} for key, _ in headers):
        raise ParseError("not an e-mail message: no From, Subject, Date or Message-ID header")
    sender, address = _sender(mail.message.get("From", ""))
    return ParsedMessage(
        message_id=(mail.message_id or None),
        subject=mail.subject or "",
        sender=sender,
        sender_address=address,
        date=_local_date(mail),
        headers=headers,
        bodies=_bodies(mail),
        attachments=tuple(_attachment(part) for part in mail.attachments),
        defects=tuple(str(d) for d in (mail.defects_categories or [])),
    )


def _reject_non_message(raw: bytes) -> None:
    head = raw[:4096]
    if not raw.strip():
        raise ParseError("empty message")
    if b"\x00" in head:
        raise ParseError("not an e-mail message: binary data (NUL bytes) in the headers")


def _headers(items: list[tuple[str, Any]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(key), str(value)) for key, value in items)


def _sender(from_header: str) -> tuple[str, str | None]:
    pairs = getaddresses([str(from_header)])
    if not pairs:
        return str(from_header), None
    name, address = pairs[0]
    return (f"{name} <{address}>" if name else address), (address or None)


def _local_date(mail: Any) -> datetime | None:
    """The Date header in the sender's own time zone, so "yesterday" means their yesterday."""
    date = mail.date
    if not isinstance(date, datetime):
        return None
    if date.tzinfo is None:
        date = date.replace(tzinfo=UTC)
    try:
        offset = timedelta(hours=float(mail.timezone or 0))
    except (TypeError, ValueError):
        offset = timedelta(0)
    return date.astimezone(timezone(offset))


def _bodies(mail: Any) -> tuple[Body, ...]:
    plain = [Body("text/plain", text) for text in mail.text_plain if text.strip()]
    html = [Body("text/html", text) for text in mail.text_html if text.strip()]
    return tuple(plain + html)


def _attachment(part: dict[str, Any]) -> Attachment:
    payload = part.get("payload") or ""
    if part.get("binary"):
        data = base64.b64decode(payload)
    else:
        data = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    disposition = str(part.get("content-disposition") or "")
    return Attachment(
        name=str(part.get("filename") or "attachment"),
        content_type=str(part.get("mail_content_type") or "application/octet-stream"),
        data=data,
        origin="inline" if disposition.lower().startswith("inline") else "attachment",
    )
