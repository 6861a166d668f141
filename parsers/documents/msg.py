"""Outlook .msg files: the one module that imports extract-msg."""

from __future__ import annotations

import io
from typing import Any

import extract_msg

from parsers.documents.base import ReaderLimits, Reading
from parsers.documents.bodies import read_body
from parsers.errors import DocumentError
from parsers.types import Attachment, Body


def read_msg(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    try:
        message = extract_msg.openMsg(io.BytesIO(data))
    except Exception as err:  # the library raises its own and olefile's errors
        raise DocumentError(f"could not read msg: {err}") from err
    try:
        here = f"{origin}/message:{name}"
        headers = _headers(message)
        body = _body(message, here, headers)
        new, context = read_body(body, str(getattr(message, "subject", "") or ""))
        children = tuple(_attachments(message, here))
    finally:
        message.close()
    return Reading(new + context, children)


def _headers(message: Any) -> tuple[tuple[str, str], ...]:
    pairs = (
        ("From", message.sender),
        ("Date", message.date),
        ("Subject", message.subject),
        ("To", message.to),
    )
    return tuple((key, str(value)) for key, value in pairs if value)


def _body(message: Any, origin: str, headers: tuple[tuple[str, str], ...]) -> Body:
    plain = message.body
    if plain and str(plain).strip():
        return Body("text/plain", str(plain), origin=origin, headers=headers)
    html = message.htmlBody or b""
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
    return Body("text/html", text, origin=origin, headers=headers)


def _attachments(message: Any, origin: str) -> list[Attachment]:
    found = []
    for attachment in message.attachments:
        data = attachment.data
        if not isinstance(data, bytes):  # an embedded message: skipped, named in the text
            continue
        name = attachment.longFilename or attachment.shortFilename or "attachment"
        found.append(Attachment(str(name), "application/octet-stream", data, origin=origin))
    return found
