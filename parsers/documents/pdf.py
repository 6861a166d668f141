"""PDF attachments: the text layer read with pdfplumber (the only module that imports it).

Pages are read in reading order (two columns: the left, then the right), headers and footers
that repeat on every page are dropped, and pages without a usable text layer go to OCR.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pdfplumber

from parsers.documents import pdfium
from parsers.documents.base import ReaderLimits, Reading, single
from parsers.documents.image import ocr_page
from parsers.errors import DocumentError
from parsers.types import Document

MIN_PAGE_CHARS = 20  # a text layer shorter than this is treated as missing: the page is OCRed
MIN_GUTTER = 8.0  # points of empty width that separate two columns (word gaps are ~3)


def read_pdf(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    pages = pdfium.page_count(data)
    if pages == 0:
        raise DocumentError("damaged PDF: no readable pages")
    if pages > limits.max_pages:
        raise DocumentError(f"too large: {pages} pages (limit {limits.max_pages})")
    texts = layout_texts(data)
    if len(texts) != pages:
        raise DocumentError("damaged PDF: its page tree is broken (a reference loop?)")
    texts, dropped = drop_repeated_margins(texts)
    warnings = [f"dropped repeated header/footer: {line!r}" for line in dropped]
    ocr_pages = [index for index, text in enumerate(texts) if len(text.strip()) < MIN_PAGE_CHARS]
    confidences: list[float] = []
    for index in ocr_pages:
        page = ocr_page(pdfium.render_page(data, index, limits.ocr_dpi, limits.max_pixels), limits)
        texts[index] = page.text
        confidences.append(page.confidence)
        warnings.extend(f"page {index + 1}: {note}" for note in page.notes)
    if ocr_pages:
        warnings.append(
            "no text layer on page(s) " + ", ".join(str(i + 1) for i in ocr_pages) + ": read by OCR"
        )
    text = "\n\n".join(t.strip() for t in texts if t.strip())[: limits.max_chars]
    return single(
        Document(
            name=name,
            origin=origin,
            type="pdf",
            method="ocr" if ocr_pages else "text",
            text=text,
            pages=pages,
            warnings=tuple(warnings),
            ocr_confidence=round(sum(confidences) / len(confidences), 1) if confidences else None,
        )
    )


def layout_texts(data: bytes) -> list[str]:
    """Each page's text in reading order."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [_page_text(page) for page in pdf.pages]
    except RecursionError as err:
        raise DocumentError("damaged PDF: its objects refer to each other in a loop") from err


def _page_text(page: Any) -> str:
    words = page.extract_words()
    lines = _lines(words)
    gutter = _gutter(words, lines, float(page.width))
    if gutter is None:
        return str(page.extract_text() or "")
    parts = []
    for top, bottom, spanning in _bands(lines, gutter, float(page.height)):
        if spanning:
            parts.append(page.crop((0, top, page.width, bottom)).extract_text() or "")
        else:
            parts.append(page.crop((0, top, gutter, bottom)).extract_text() or "")
            parts.append(page.crop((gutter, top, page.width, bottom)).extract_text() or "")
    return "\n".join(part for part in parts if part.strip())


Word = dict[str, Any]


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual lines by their top edge."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _crosses(line: list[Word], gutter: float) -> bool:
    """True when a line runs across the gutter: a title, not two column lines side by side."""
    left = [w["x1"] for w in line if w["x1"] <= gutter]
    right = [w["x0"] for w in line if w["x0"] >= gutter]
    if any(w["x0"] < gutter < w["x1"] for w in line):
        return True
    return bool(left and right) and min(right) - max(left) < MIN_GUTTER * 1.5


def _gutter(words: list[Word], lines: list[list[Word]], width: float) -> float | None:
    """The x of an empty vertical strip near the middle with column lines on both sides."""
    if len(lines) < 3:
        return None
    covered = [0] * (int(width) + 2)
    for word in words:
        for x in range(int(word["x0"]), min(int(word["x1"]) + 1, len(covered))):
            covered[x] += 1
    allowed = max(1, len(lines) // 10)  # a title may cross the gutter
    run_start = None
    for x in range(int(width * 0.3), int(width * 0.7) + 1):
        if covered[x] > allowed:
            run_start = None
            continue
        run_start = x if run_start is None else run_start
        middle = float(run_start + x) / 2
        if x - run_start >= MIN_GUTTER and _two_sided(lines, middle) >= 3:
            return middle
    return None


def _two_sided(lines: list[list[Word]], gutter: float) -> int:
    return sum(
        1
        for line in lines
        if not _crosses(line, gutter)
        and any(w["x1"] <= gutter for w in line)
        and any(w["x0"] >= gutter for w in line)
    )


def _bands(
    lines: list[list[Word]], gutter: float, height: float
) -> list[tuple[float, float, bool]]:
    """Horizontal bands, top to bottom: full-width lines (titles) and two-column stretches."""
    bands: list[tuple[float, float, bool]] = []
    for line in lines:
        spanning = _crosses(line, gutter)
        top = min(w["top"] for w in line) - 1
        bottom = max(w["bottom"] for w in line) + 1
        if bands and bands[-1][2] == spanning:
            bands[-1] = (bands[-1][0], bottom, spanning)
        else:
            bands.append((max(top, bands[-1][1]) if bands else 0.0, bottom, spanning))
    if bands:
        bands[-1] = (bands[-1][0], height, bands[-1][2])
    return bands


def drop_repeated_margins(texts: list[str]) -> tuple[list[str], list[str]]:
    """Remove first and last lines that repeat (page numbers aside) on most pages."""
    if len(texts) < 2:
        return texts, []
    counts: dict[str, int] = {}
    for text in texts:
        for key in {_margin_key(line) for line in _margin_lines(text)}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, n in counts.items() if key and n >= max(2, len(texts) * 0.6)}
    dropped: dict[str, str] = {}
    cleaned = []
    for text in texts:
        lines = text.split("\n")
        margins = set(range(2)) | {len(lines) - 1, len(lines) - 2}
        kept = []
        for index, line in enumerate(lines):
            if index in margins and _margin_key(line) in repeated:
                dropped.setdefault(_margin_key(line), line.strip())
            else:
                kept.append(line)
        cleaned.append("\n".join(kept))
    return cleaned, list(dropped.values())


def _margin_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return lines[:2] + lines[-2:]


def _margin_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())
