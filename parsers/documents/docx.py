"""DOCX attachments: paragraphs and tables, read with python-docx (its only importer)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import docx

from parsers.types import Document

if TYPE_CHECKING:
    from parsers.documents import ReaderLimits


def read_docx(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Document:
    document = docx.Document(io.BytesIO(data))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    text = "\n".join(lines)[: limits.max_chars]
    return Document(name=name, origin=origin, type="docx", method="text", text=text)
