"""Plain-text and HTML files: bytes decoded by their declared or detected charset."""

from __future__ import annotations

from parsers.charsets import decode_text
from parsers.documents.base import ReaderLimits, Reading, single
from parsers.documents.html import html_to_text
from parsers.types import Document


def read_text_file(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    text, _, warnings = decode_text(data)
    return single(
        Document(
            name=name,
            origin=origin,
            type="text",
            method="text",
            text=text[: limits.max_chars],
            warnings=warnings,
        )
    )


def read_html_file(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    text, _, warnings = decode_text(data)
    return single(
        Document(
            name=name,
            origin=origin,
            type="html",
            method="text",
            text=html_to_text(text)[: limits.max_chars],
            warnings=warnings,
        )
    )
