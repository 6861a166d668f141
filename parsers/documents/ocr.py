"""Text from page images with Tesseract, run as a program: the one module that calls it.

Tesseract's own threading made one page take 16-19 s instead of 2.5 s on two cores, so every
call runs with OMP_THREAD_LIMIT=1.
"""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
from dataclasses import dataclass

from PIL import Image

from parsers.errors import DocumentError

TESSERACT = "tesseract"
_ISO_TO_TESSERACT = {
    "en": "eng",
    "de": "deu",
    "fr": "fra",
    "es": "spa",
    "it": "ita",
    "pt": "por",
    "ca": "cat",
    "nl": "nld",
    "sv": "swe",
    "da": "dan",
    "no": "nor",
    "fi": "fin",
    "pl": "pol",
    "cs": "ces",
    "ru": "rus",
    "uk": "ukr",
    "el": "ell",
    "tr": "tur",
    "ja": "jpn",
    "zh": "chi_sim",
    "ar": "ara",
}


# Tesseract's page segmentation: its own layout analysis, or the page as one block of text.
AUTOMATIC = 3
SINGLE_BLOCK = 6
GOOD_WORD = 60.0  # a word read with at least this confidence (0-100) counts as read


@dataclass(frozen=True)
class OcrText:
    text: str
    confidence: float  # mean word confidence, 0-100
    rotation: int = 0  # degrees the page was turned before reading
    good_words: int = 0  # words read with a confidence of GOOD_WORD or more
    unread_share: float = 0.0  # share of the page in blocks where layout analysis read no word


def recognise(
    image: Image.Image,
    languages: tuple[str, ...],
    seconds: float,
    *,
    segmentation: int = AUTOMATIC,
) -> OcrText:
    """Read one page image; raise DocumentError if Tesseract is missing or fails."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    command = [TESSERACT, "stdin", "stdout", "-l", tesseract_languages(languages)]
    output = _run([*command, "--psm", str(segmentation), "tsv"], buffer.getvalue(), seconds)
    return _from_tsv(output)


def orientation(image: Image.Image, seconds: float) -> int:
    """Degrees to turn the page clockwise so its text is upright (0 when unsure)."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    try:
        output = _run([TESSERACT, "stdin", "stdout", "--psm", "0"], buffer.getvalue(), seconds)
    except DocumentError:
        return 0  # too little text to tell: read it as it is
    match = re.search(r"Rotate: (\d+)", output)
    return int(match.group(1)) if match else 0


def tesseract_languages(languages: tuple[str, ...]) -> str:
    """Tesseract's codes for the campaign's languages that are installed, English otherwise."""
    installed = installed_languages()
    codes = [_ISO_TO_TESSERACT.get(code, code) for code in languages]
    chosen = [code for code in codes if code in installed]
    return "+".join(dict.fromkeys(chosen)) or "eng"


@functools.cache
def installed_languages() -> frozenset[str]:
    try:
        output = _run([TESSERACT, "--list-langs"], b"", 10)
    except DocumentError:
        return frozenset()
    return frozenset(line.strip() for line in output.splitlines()[1:] if line.strip())


def _run(command: list[str], stdin: bytes, seconds: float) -> str:
    program = shutil.which(command[0])
    if program is None:
        raise DocumentError("OCR unavailable: tesseract is not installed")
    env = {"OMP_THREAD_LIMIT": "1", "LC_ALL": "C.UTF-8"}  # no settings leak in from outside
    try:
        done = subprocess.run(
            [program, *command[1:]],
            input=stdin,
            capture_output=True,
            timeout=seconds,
            env=env,
            check=False,
        )
    except FileNotFoundError as err:
        raise DocumentError("OCR unavailable: tesseract is not installed") from err
    except subprocess.TimeoutExpired as err:
        raise DocumentError(f"timed out after {seconds:.0f} s (OCR)") from err
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DocumentError(f"OCR failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def _from_tsv(output: str) -> OcrText:
    """Rebuild lines and paragraphs from Tesseract's word table, and average its confidences."""
    lines: list[str] = []
    confidences: list[float] = []
    current: tuple[str, str, str] | None = None
    paragraph: tuple[str, str] | None = None
    areas: dict[str, int] = {"page": 0}  # block number -> its area in pixels
    read_blocks: set[str] = set()
    for row in output.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) >= 10 and cells[0] in {"1", "2"}:
            area = _int(cells[8]) * _int(cells[9])
            areas["page" if cells[0] == "1" else cells[2]] = area
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        read_blocks.add(cells[2])
        block, par, line = cells[2], cells[3], cells[4]
        if (block, par, line) != current:
            if paragraph is not None and (block, par) != paragraph:
                lines.append("")
            lines.append(cells[11])
            current, paragraph = (block, par, line), (block, par)
        else:
            lines[-1] += " " + cells[11]
        confidences.append(float(cells[10]))
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    good = sum(1 for value in confidences if value >= GOOD_WORD)
    unread = sum(a for block, a in areas.items() if block != "page" and block not in read_blocks)
    share = min(1.0, unread / areas["page"]) if areas["page"] else 0.0
    return OcrText("\n".join(lines).strip(), confidence, good_words=good, unread_share=share)


def _int(cell: str) -> int:
    return int(cell) if cell.strip().isdigit() else 0
