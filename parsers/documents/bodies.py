"""Message bodies as Documents: the new text first, then forwarded messages, then quoted context."""

from __future__ import annotations

from parsers.documents.html import html_to_text
from parsers.quoting import SplitText, split_text
from parsers.types import Body, Document


def read_body(body: Body, subject: str = "") -> tuple[tuple[Document, ...], tuple[Document, ...]]:
    """(new text and forwarded messages, quoted replies and signatures) of one body."""
    html = body.content_type == "text/html"
    text = html_to_text(body.text) if html else body.text
    doc_type = "body-html" if html else "body-text"
    return _documents(split_text(text, subject), body.origin, doc_type, body.headers, body.warnings)


def _documents(
    split: SplitText,
    origin: str,
    doc_type: str,
    headers: tuple[tuple[str, str], ...],
    warnings: tuple[str, ...] = (),
) -> tuple[tuple[Document, ...], tuple[Document, ...]]:
    new: list[Document] = []
    context: list[Document] = []
    if split.new.strip() or not split.forwarded:
        new.append(_document(origin, doc_type, split.new, headers, warnings))
    for number, forwarded in enumerate(split.forwarded, start=1):
        inner_new, inner_context = _documents(
            forwarded.body, f"{origin}/forwarded:{number}", doc_type, forwarded.headers
        )
        new.extend(inner_new)
        context.extend(inner_context)
    if split.quoted.strip():
        context.append(_document(f"{origin}/quoted", doc_type, split.quoted, headers))
    if split.signature.strip():
        context.append(_document(f"{origin}/signature", doc_type, split.signature, headers))
    return tuple(new), tuple(context)


def _document(
    origin: str,
    doc_type: str,
    text: str,
    headers: tuple[tuple[str, str], ...],
    warnings: tuple[str, ...] = (),
) -> Document:
    return Document(
        name="body",
        origin=origin,
        type=doc_type,
        method="text",
        text=text,
        headers=headers,
        warnings=warnings,
    )
