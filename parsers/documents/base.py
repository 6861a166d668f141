"""What every reader takes and returns: the limits for untrusted input, and a Reading."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parsers.types import Attachment, Document


@dataclass(frozen=True)
class ReaderLimits:
    """Bounds for reading one untrusted document, and what OCR should expect."""

    max_bytes: int = 25 * 1024 * 1024
    max_pages: int = 200
    max_chars: int = 1_000_000
    seconds: float = 60.0
    memory_bytes: int = 1024 * 1024 * 1024
    languages: tuple[str, ...] = ("en",)
    max_unpacked_bytes: int = 100 * 1024 * 1024  # inside a ZIP, DOCX or ODT
    max_depth: int = 5  # archives and messages inside each other
    max_parts: int = 100  # documents read from one message
    max_pixels: int = 40_000_000  # an image or a rendered page, before OCR
    ocr_dpi: int = 200


@dataclass(frozen=True)
class Reading:
    """What one reader made of one file: its documents, and files found inside it to read next."""

    documents: tuple[Document, ...]
    children: tuple[Attachment, ...] = ()


Reader = Callable[[str, str, bytes, ReaderLimits], Reading]


def single(document: Document) -> Reading:
    return Reading((document,))
