"""Attached e-mail files (.eml, whatever their declared type): bodies read, attachments on."""

from __future__ import annotations

from dataclasses import replace

from parsers.documents.base import ReaderLimits, Reading
from parsers.documents.bodies import read_body
from parsers.errors import DocumentError, ParseError
from parsers.mime import parse_message
from parsers.types import Document

_KEPT = ("from", "date", "subject", "to", "cc", "message-id")


def read_eml(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    try:
        message = parse_message(data)
    except ParseError as err:
        raise DocumentError(str(err)) from err
    here = f"{origin}/message:{name}"
    headers = tuple((k, v) for k, v in message.headers if k.lower() in _KEPT)
    new: list[Document] = []
    context: list[Document] = []
    for body in message.bodies:
        located = replace(body, origin=f"{here}/{body.origin}", headers=body.headers or headers)
        body_new, body_context = read_body(located, message.subject)
        new.extend(body_new)
        context.extend(body_context)
    children = tuple(replace(a, origin=f"{here}/{a.origin}") for a in message.attachments)
    return Reading(tuple(new + context), children)
