"""PDF attachments: the text layer, read with pdfplumber (the only module that imports it)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pdfplumber

from parsers.types import Document

if TYPE_CHECKING:
    from parsers.documents import ReaderLimits


def read_pdf(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Document:
    warnings: list[str] = []
    pages_text: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page_count = len(pdf.pages)
        if page_count > limits.max_pages:
            warnings.append(f"read the first {limits.max_pages} of {page_count} pages")
        for page in pdf.pages[: limits.max_pages]:
            pages_text.append(page.extract_text() or "")
    text = "\n\n".join(pages_text)[: limits.max_chars]
    if not text.strip():
        warnings.append("no text layer: the PDF may be a scan")
    return Document(
        name=name,
        origin=origin,
        type="pdf",
        method="text",
        text=text,
        pages=page_count,
        warnings=tuple(warnings),
    )
