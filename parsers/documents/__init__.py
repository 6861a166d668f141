"""Turns bodies and attachments into Documents, choosing a reader by the file's content.

Readers are looked up in a small table keyed by file signature (then by declared type), never
by a chain of ifs. Each reader module imports its own library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parsers.documents import docx, pdf, text
from parsers.types import Attachment, Body, Document


@dataclass(frozen=True)
class ReaderLimits:
    """Bounds for reading one untrusted document."""

    max_bytes: int = 25 * 1024 * 1024
    max_pages: int = 200
    max_chars: int = 1_000_000
    seconds: float = 60.0
    memory_bytes: int = 1024 * 1024 * 1024
    languages: tuple[str, ...] = ("en",)


Reader = Callable[[str, str, bytes, ReaderLimits], Document]

# (signature prefix, type name, reader)
SIGNATURES: tuple[tuple[bytes, str, Reader], ...] = (
    (b"%PDF-", "pdf", pdf.read_pdf),
    (b"PK\x03\x04", "docx", docx.read_docx),
)
DECLARED_TYPES: dict[str, tuple[str, Reader]] = {
    "text/plain": ("text", text.read_text_file),
    "text/html": ("html", text.read_html_file),
}


def detect_type(attachment: Attachment) -> tuple[str, Reader] | None:
    """The reader for this attachment, by signature first, then by declared type."""
    for signature, type_name, reader in SIGNATURES:
        if attachment.data.startswith(signature):
            return type_name, reader
    return DECLARED_TYPES.get(attachment.content_type.lower())


def read_attachment(attachment: Attachment, limits: ReaderLimits) -> Document:
    """Read one attachment into a Document; never raises for bad input, marks it failed."""
    if len(attachment.data) > limits.max_bytes:
        return _failed(attachment, "unknown", f"too large: {len(attachment.data)} bytes")
    found = detect_type(attachment)
    if found is None:
        return _failed(attachment, "unknown", f"unsupported type {attachment.content_type}")
    type_name, reader = found
    try:
        return reader(attachment.name, attachment.origin, attachment.data, limits)
    except Exception as err:  # untrusted input: any library error is a failed document
        return _failed(attachment, type_name, f"could not read {type_name}: {err}")


def read_body(body: Body) -> Document:
    """A text or HTML body as a Document."""
    if body.content_type == "text/html":
        return Document(
            name="body",
            origin=body.origin,
            type="body-html",
            method="text",
            text=text.html_to_text(body.text),
        )
    return Document(
        name="body", origin=body.origin, type="body-text", method="text", text=body.text
    )


def _failed(attachment: Attachment, type_name: str, reason: str) -> Document:
    return Document(
        name=attachment.name,
        origin=attachment.origin,
        type=type_name,
        method="none",
        text="",
        failed=reason,
    )
