"""Scanned pages that are not upright: turned a quarter, or a few degrees crooked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from parsers.documents import ReaderLimits
from parsers.sandbox import read_sandboxed
from parsers.types import Attachment, Document

DOCS = Path(__file__).parents[2] / "fixtures" / "docs"
LIMITS = ReaderLimits(languages=("en",))
SENTENCE = (
    "This meeting of Swansea Unite Community condemns the arrest and imprisonment of "
    "Julian Assange."
)


def one_line(text: str) -> str:
    return " ".join(text.split())


def read(name: str, data: bytes) -> Document:
    (document,) = read_sandboxed(Attachment(name, "image/png", data), LIMITS).documents
    assert (document.method, document.failed) == ("ocr", None)
    return document


def turned(name: str, angle: int) -> bytes:
    """A committed scan given a further quarter turn, here and now."""
    buffer = io.BytesIO()
    Image.open(DOCS / name).rotate(angle, expand=True).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "notes"),
    [
        pytest.param("scanned-sideways.png", ("turned by 90 degrees",), id="sideways-90"),
        pytest.param(
            "scanned-skewed-4-degrees.png", ("deskewed by -4 degrees",), id="crooked-4-degrees"
        ),
    ],
)
def test_committed_scans_read_upright(name: str, notes: tuple[str, ...]) -> None:
    document = read(name, (DOCS / name).read_bytes())
    expected = (DOCS / f"{Path(name).stem}.expected.txt").read_text(encoding="utf-8")
    assert SENTENCE in one_line(document.text)
    assert one_line(document.text) == one_line(expected)
    assert document.warnings == notes  # a sideways page is not "deskewed" by noise
    assert document.ocr_confidence is not None and document.ocr_confidence > 90


@pytest.mark.slow
@pytest.mark.parametrize(
    ("angle", "deskew"),
    [
        pytest.param(90, "deskewed by -4 degrees", id="sideways-and-crooked"),
        pytest.param(-90, "deskewed by -4 degrees", id="sideways-other-way-and-crooked"),
    ],
)
def test_sideways_and_crooked_scan(angle: int, deskew: str) -> None:
    document = read("scan.png", turned("scanned-skewed-4-degrees.png", angle))
    assert SENTENCE in one_line(document.text)
    assert deskew in document.warnings


def words_of(text: str) -> set[str]:
    return {word.strip(".,").lower() for word in text.split()}


@pytest.mark.slow
def test_layout_analysis_alone_skips_the_photographed_page() -> None:
    """The fixture reproduces the fault: Tesseract's own layout analysis (--psm 3) takes the
    page on a striped desk for a picture and reads next to nothing of it."""
    from parsers.documents import ocr

    photo = Image.open(DOCS / "photo-on-striped-desk.jpg").convert("L")
    first = ocr.recognise(photo, ("en",), 60)
    assert "resolves" not in first.text
    assert first.unread_share > 0.2


@pytest.mark.slow
def test_a_page_layout_analysis_skips_is_read_as_one_block() -> None:
    name = "photo-on-striped-desk.jpg"
    document = read(name, (DOCS / name).read_bytes())
    expected = (DOCS / "photo-on-striped-desk.expected.txt").read_text(encoding="utf-8")
    assert "read as one block: layout analysis left text unread" in document.warnings
    assert "Fernvale Trades Council resolves to campaign" in one_line(document.text)
    assert "Julian Assange" in document.text
    found = words_of(document.text) & words_of(expected)
    assert len(found) >= 0.8 * len(words_of(expected))


@pytest.mark.slow
def test_a_page_layout_analysis_reads_whole_is_read_once() -> None:
    document = read("scan.png", (DOCS / "scanned-skewed-4-degrees.png").read_bytes())
    assert not any(note.startswith("read as one block") for note in document.warnings)
