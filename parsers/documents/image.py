"""Photos and scans (JPEG, PNG, TIFF, HEIC ...): the Pillow adapter; page images made ready for OCR.

Images are checked for size before they are decoded (decompression bombs), turned upright by
their EXIF tag, scaled to a size Tesseract reads well, deskewed, and turned by Tesseract's
orientation check when the first reading is poor.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, ImageSequence

from parsers.documents import ocr
from parsers.documents.base import ReaderLimits, Reading, single
from parsers.errors import DocumentError
from parsers.types import Document

try:  # HEIC photos from phones, where the plugin is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - optional
    pass

POOR_CONFIDENCE = 60.0  # below this the page may be sideways: check its orientation
# Tesseract's layout analysis can take a photographed page's paragraph for a picture and skip
# it. A page whose reading left this share of it in blocks with no word, or read fewer words
# than this, is read again as one block of text; the reading with more good words is kept.
UNREAD_SHARE = 0.2
FEW_WORDS = 10
_SKEW_ANGLES = [a / 2 for a in range(-10, 11)]  # -5 to +5 degrees


@dataclass(frozen=True)
class PageReading:
    text: str
    confidence: float
    notes: tuple[str, ...] = ()


def read_image(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    image = open_image(data, limits)
    pages: list[PageReading] = []
    frames = list(ImageSequence.Iterator(image))
    if len(frames) > limits.max_pages:
        raise DocumentError(f"too large: {len(frames)} pages (limit {limits.max_pages})")
    for frame in frames:
        pages.append(ocr_page(ImageOps.exif_transpose(frame) or frame, limits))
    text = "\n\n".join(page.text for page in pages)[: limits.max_chars]
    confidence = sum(page.confidence for page in pages) / len(pages)
    notes = tuple(note for page in pages for note in page.notes)
    if not text.strip():
        notes += ("OCR found no text",)
    return single(
        Document(
            name=name,
            origin=origin,
            type=f"image/{(image.format or 'unknown').lower()}",
            method="ocr",
            text=text,
            pages=len(pages),
            warnings=notes,
            ocr_confidence=round(confidence, 1),
        )
    )


def open_image(data: bytes, limits: ReaderLimits) -> Image.Image:
    """Open without decoding, refusing images whose pixel count would exhaust memory."""
    Image.MAX_IMAGE_PIXELS = limits.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise DocumentError(f"too large: {err}".split(" could be")[0]) from err
    except (OSError, ValueError, SyntaxError) as err:
        raise DocumentError(f"unreadable image: {err}") from err
    if width * height > limits.max_pixels:
        raise DocumentError(f"too large: image of {width}x{height} pixels")
    return image


def ocr_page(image: Image.Image, limits: ReaderLimits) -> PageReading:
    """OCR one page image: greyscale, scaled, deskewed; turned round if the reading is poor."""
    page = _scaled(image.convert("L"))
    angle = _skew_angle(page)
    notes: list[str] = []
    if angle:
        page = page.rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
        notes.append(f"deskewed by {angle:g} degrees")
    result = ocr.recognise(page, limits.languages, limits.seconds)
    if result.confidence < POOR_CONFIDENCE:
        turn = ocr.orientation(page, limits.seconds)
        if turn:
            turned_page = page.rotate(-turn, expand=True)
            turned = ocr.recognise(turned_page, limits.languages, limits.seconds)
            if turned.confidence > result.confidence:
                page, result = turned_page, turned
                notes.append(f"turned by {turn} degrees")
    whole = _read_as_one_block(page, result, limits)
    if whole is not None:
        result = whole
        notes.append("read as one block: layout analysis left text unread")
    if result.confidence < POOR_CONFIDENCE and result.text:
        notes.append(f"low OCR confidence ({result.confidence:.0f})")
    return PageReading(result.text, result.confidence, tuple(notes))


def _read_as_one_block(
    page: Image.Image, result: ocr.OcrText, limits: ReaderLimits
) -> ocr.OcrText | None:
    """The page read again as one block of text, when the first reading left a large region
    unread or read little and the second reads more words well; None to keep the first."""
    if result.unread_share < UNREAD_SHARE and result.good_words >= FEW_WORDS:
        return None
    try:
        again = ocr.recognise(page, limits.languages, limits.seconds, segmentation=ocr.SINGLE_BLOCK)
    except DocumentError:
        return None  # out of time on the second reading: the first one stands
    return again if again.good_words > result.good_words else None


def _scaled(page: Image.Image) -> Image.Image:
    """Long side between 1500 and 3500 pixels: small photos grow, huge scans shrink."""
    longest = max(page.size)
    if 1500 <= longest <= 3500:
        return page
    factor = (1500 if longest < 1500 else 3500) / longest
    size = (max(1, int(page.width * factor)), max(1, int(page.height * factor)))
    return page.resize(size, Image.Resampling.LANCZOS)


def _skew_angle(page: Image.Image) -> float:
    """The small rotation that makes text lines straight: the one whose rows differ most.

    On a page scanned sideways the lines run down the page, and its rows barely differ at any
    angle: measured on them, noise picked an angle and skewed the page. Its columns are measured
    instead (a quarter turn commutes with the small one, so the angle is the page's own).
    """
    small = page.copy()
    small.thumbnail((800, 800))
    small = small.point(lambda value: 255 if value < 128 else 0)  # ink white on black
    turned = small.transpose(Image.Transpose.ROTATE_90)
    if _row_variance(turned) > _row_variance(small):
        small = turned
    best_angle, best_score = 0.0, _row_variance(small)
    for angle in _SKEW_ANGLES:
        if angle:
            score = _row_variance(small.rotate(angle, expand=False, fillcolor=0))
            if score > best_score * 1.02:
                best_angle, best_score = angle, score
    return best_angle


def _row_variance(image: Image.Image) -> float:
    rows: list[float] = list(image.resize((1, image.height), Image.Resampling.BOX).getdata())
    mean = sum(rows) / len(rows)
    return sum((value - mean) ** 2 for value in rows) / len(rows)
