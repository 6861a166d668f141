"""DOCX attachments with python-docx (its only importer), plus the XML it does not reach.

python-docx's paragraphs miss text boxes, content controls, tracked insertions and headers; the
body XML is walked in document order instead, so all of them are read in place.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import docx
from docx.oxml.ns import qn

from parsers.documents.archive import check_zip
from parsers.documents.base import ReaderLimits, Reading, single
from parsers.types import Document

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {qn("w:del"), qn("w:delText"), _FALLBACK}  # deleted text; VML copies of text boxes


def read_docx(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    check_zip(data, limits)
    document = docx.Document(io.BytesIO(data))
    headers, footers = _margins(document)
    body = "\n".join(blocks(document.element.body))
    text = "\n".join(part for part in (headers, body, footers) if part.strip())
    return single(
        Document(
            name=name, origin=origin, type="docx", method="text", text=text[: limits.max_chars]
        )
    )


def blocks(element: Any) -> Iterator[str]:
    """Lines of text in document order: paragraphs, table rows (cells joined by " | "), boxes."""
    for child in element:
        if child.tag in _SKIPPED:
            continue
        if child.tag == _P:
            yield from _paragraph(child)
        elif child.tag == _TBL:
            for row in child.iter(_TR):
                cells = ["\n".join(blocks(cell)).strip() for cell in row.findall(_TC)]
                yield " | ".join(cell.replace("\n", " ") for cell in cells)
        else:  # content controls (w:sdt), tracked insertions (w:ins), custom XML ...
            yield from blocks(child)


def _paragraph(paragraph: Any) -> Iterator[str]:
    pieces: list[str] = []
    boxes: list[Any] = []
    _collect(paragraph, pieces, boxes)
    yield "".join(pieces)
    for box in boxes:
        yield from blocks(box)


def _collect(element: Any, pieces: list[str], boxes: list[Any]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == _TXBX:
            boxes.append(child)
        elif tag == _T:
            pieces.append(child.text or "")
        elif tag == _TAB:
            pieces.append("\t")
        elif tag in (_BR, _CR):
            pieces.append("\n")
        else:
            _collect(child, pieces, boxes)


def _margins(document: Any) -> tuple[str, str]:
    """Text of the headers and footers, each distinct one once (a letterhead names the branch)."""
    headers: dict[str, None] = {}
    footers: dict[str, None] = {}
    for section in document.sections:
        for part, seen in ((section.header, headers), (section.footer, footers)):
            if part.is_linked_to_previous:
                continue
            text = "\n".join(blocks(part._element)).strip()
            if text:
                seen[text] = None
    return "\n".join(headers), "\n".join(footers)
