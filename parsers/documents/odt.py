"""OpenDocument text (ODT) attachments: the one module that imports odfpy."""

from __future__ import annotations

import io
from typing import Any

from odf import opendocument, teletype
from odf.namespaces import TABLENS, TEXTNS

from parsers.documents.archive import check_zip
from parsers.documents.base import ReaderLimits, Reading, single
from parsers.types import Document

_PARAGRAPHS = {(TEXTNS, "p"), (TEXTNS, "h")}
_ROW = (TABLENS, "table-row")
_CELL = (TABLENS, "table-cell")


def read_odt(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    check_zip(data, limits)
    document = opendocument.load(io.BytesIO(data))
    lines: list[str] = []
    _walk(document.text, lines)
    return single(
        Document(
            name=name,
            origin=origin,
            type="odt",
            method="text",
            text="\n".join(lines)[: limits.max_chars],
        )
    )


def _walk(node: Any, lines: list[str]) -> None:
    """Paragraphs and headings in order (text boxes inside them included); rows as one line."""
    for child in node.childNodes:
        qname = getattr(child, "qname", None)
        if qname in _PARAGRAPHS:
            lines.append(teletype.extractText(child))
        elif qname == _ROW:
            cells = [c for c in child.childNodes if getattr(c, "qname", None) == _CELL]
            lines.append(" | ".join(" ".join(_cell_lines(c)) for c in cells))
        elif getattr(child, "childNodes", None):
            _walk(child, lines)


def _cell_lines(cell: Any) -> list[str]:
    lines: list[str] = []
    _walk(cell, lines)
    return lines
