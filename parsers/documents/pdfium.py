"""PDF page counts, plain text layers and page images: the one module that imports pypdfium2.

Fast (about 1 ms a page) but without layout analysis; pdfplumber reads the pages where columns,
headers and footers matter. pypdfium2 is not thread-safe: each sandboxed child has its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
from PIL import Image

from parsers.errors import DocumentError


@contextmanager
def open_pdf(data: bytes) -> Iterator[pdfium.PdfDocument]:
    """Open a PDF or raise DocumentError with the plain reason ("encrypted PDF", "damaged PDF")."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise DocumentError("encrypted PDF (password-protected)") from err
        raise DocumentError(f"damaged PDF: {err}") from err
    try:
        yield document
    finally:
        document.close()


def page_count(data: bytes) -> int:
    with open_pdf(data) as document:
        return len(document)


def page_texts(data: bytes, max_pages: int) -> list[str]:
    """The text layer of each page, in the order pdfium stores it."""
    with open_pdf(data) as document:
        texts = []
        for index in range(min(len(document), max_pages)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts


def render_page(data: bytes, index: int, dpi: int, max_pixels: int) -> Image.Image:
    """One page as a greyscale image for OCR, scaled down if it would pass max_pixels."""
    with open_pdf(data) as document:
        page = document[index]
        width, height = page.get_size()  # points, 72 to the inch
        scale = dpi / 72
        if width * height * scale * scale > max_pixels:
            scale = (max_pixels / (width * height)) ** 0.5
        image: Image.Image = page.render(scale=scale, grayscale=True).to_pil()
        page.close()
        return image
