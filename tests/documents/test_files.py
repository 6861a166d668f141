"""Each committed document fixture, read through the sandbox, gives its expected text."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from parsers.documents import ReaderLimits
from parsers.sandbox import read_sandboxed
from parsers.types import Attachment, Document

DOCS = Path(__file__).parents[2] / "fixtures" / "docs"
LIMITS = ReaderLimits(languages=("en",))


def normalised(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def read(name: str, content_type: str = "application/octet-stream") -> Document:
    data = (DOCS / name).read_bytes()
    documents = read_sandboxed(Attachment(name, content_type, data), LIMITS).documents
    assert len(documents) == 1
    return documents[0]


def expected(name: str) -> str:
    return (DOCS / f"{Path(name).stem}.expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "doc_type"),
    [
        pytest.param("two-column.pdf", "pdf", id="pdf-two-columns-in-reading-order"),
        pytest.param("header-footer.pdf", "pdf", id="pdf-repeated-header-footer-dropped"),
        pytest.param("table-and-text-box.docx", "docx", id="docx-table-text-box-content-control"),
        pytest.param("french-with-table.odt", "odt", id="odt-with-table"),
        pytest.param("german-cp1252.rtf", "rtf", id="rtf-cp1252"),
        pytest.param("word-97.doc", "doc", id="legacy-doc"),
    ],
)
def test_text_documents_read_exactly(name: str, doc_type: str) -> None:
    document = read(name)
    assert document.failed is None
    assert (document.type, document.method) == (doc_type, "text")
    assert normalised(document.text) == normalised(expected(name))


def test_header_and_footer_are_named_in_warnings() -> None:
    document = read("header-footer.pdf")
    assert document.pages == 3
    assert any("Unite the Union - Leeds Branch - Minutes" in w for w in document.warnings)
    assert "Page 1 of 3" not in document.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "doc_type"),
    [
        pytest.param("scanned-rotated.pdf", "pdf", id="scanned-pdf-without-text-layer"),
        pytest.param("photo-of-printed-page.jpg", "image/jpeg", id="jpeg-photo"),
    ],
)
def test_scans_and_photos_are_read_by_ocr(name: str, doc_type: str) -> None:
    document = read(name)
    assert (document.type, document.method, document.failed) == (doc_type, "ocr", None)
    similarity = difflib.SequenceMatcher(
        None, normalised(document.text), normalised(expected(name))
    ).ratio()
    assert similarity > 0.95, document.text
    assert document.ocr_confidence is not None and document.ocr_confidence > 70


def test_scanned_pdf_says_which_pages_were_ocred() -> None:
    document = read("scanned-rotated.pdf")
    assert "no text layer on page(s) 1: read by OCR" in document.warnings


@pytest.mark.parametrize(
    ("name", "declared"),
    [
        pytest.param("header-footer.pdf", "text/plain", id="pdf-declared-as-text"),
        pytest.param(
            "table-and-text-box.docx", "application/octet-stream", id="docx-as-octet-stream"
        ),
        pytest.param("german-cp1252.rtf", "application/msword", id="rtf-declared-as-word"),
    ],
)
def test_type_comes_from_content_not_declaration(name: str, declared: str) -> None:
    document = read(name, declared)
    assert document.failed is None
    assert normalised(document.text) == normalised(expected(name))


def test_zip_of_documents_is_unpacked() -> None:
    import io
    import zipfile

    from parsers.documents.reading import read_attachments

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.write(DOCS / "french-with-table.odt", "minutes/french-with-table.odt")
        archive.write(DOCS / "german-cp1252.rtf", "german-cp1252.rtf")
    documents = read_attachments(
        (Attachment("all.zip", "application/zip", buffer.getvalue()),), LIMITS, read_sandboxed
    )
    assert [(d.name, d.origin, d.type) for d in documents] == [
        ("french-with-table.odt", "attachment/zip:all.zip", "odt"),
        ("german-cp1252.rtf", "attachment/zip:all.zip", "rtf"),
    ]
    assert normalised(documents[1].text) == normalised(expected("german-cp1252.rtf"))


def test_short_windows_1252_text_file() -> None:
    data = "Moved by Siân Roberts, seconded by Dafydd Owen.".encode("cp1252")
    documents = read_sandboxed(Attachment("motion.txt", "text/plain", data), LIMITS).documents
    assert documents[0].text == "Moved by Siân Roberts, seconded by Dafydd Owen."
