"""Scans are read in the campaign's languages, not as English: the configuration `intake`
builds passes them to the OCR reader."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from intake.pipeline.extraction import extract_config
from intake.settings import Settings
from parsers.documents import ReaderLimits
from parsers.sandbox import read_sandboxed
from parsers.types import Attachment

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
# Invented body and place; words whose letters English OCR does not hold (ß, ö, ü, ä).
LINES = (
    "Die Mitgliederversammlung des Kleingartenvereins",
    "Grünhöfe an der Mühlenstraße fordert die sofortige",
    "Freilassung von Julian Assange. Beschlossen am",
    "Dienstag, 5. März 2024 in Süßenbrück.",
)


def german_scan(lines: tuple[str, ...] = LINES) -> bytes:
    """A page of print (German unless told), rendered here at about 300 dpi."""
    page = Image.new("L", (2000, 700), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 56)
    for row, line in enumerate(lines):
        draw.text((80, 80 + row * 130), line, font=font, fill=0)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG")
    return buffer.getvalue()


def portuguese_scan() -> bytes:
    """Invented Portuguese print: ç and ã that English OCR does not hold."""
    return german_scan(
        (
            "A Assembleia de Freguesia de Vilarejo aprovou",
            "por unanimidade a moção de solidariedade com",
            "Julian Assange na sessão de 5 de março de 2024.",
        )
    )


def read(limits: ReaderLimits, scan: bytes | None = None) -> str:
    (document,) = read_sandboxed(
        Attachment("scan.png", "image/png", scan or german_scan()), limits
    ).documents
    assert document.method == "ocr", document.failed
    return " ".join(document.text.split())


def test_intake_reads_scans_in_the_campaigns_languages() -> None:
    limits = extract_config(Settings()).limits
    assert limits.languages == ("en", "de", "fr", "es", "it")


@pytest.mark.slow
def test_a_german_scan_keeps_its_letters() -> None:
    text = read(extract_config(Settings()).limits)
    for word in ("Mühlenstraße", "Grünhöfe", "Süßenbrück", "März"):
        assert word in text, text
    english_only = read(ReaderLimits(languages=("en",)))
    assert not all(w in english_only for w in ("Mühlenstraße", "Süßenbrück")), english_only


@pytest.mark.slow
def test_a_portuguese_scan_is_read_with_the_portuguese_pack() -> None:
    text = read(ReaderLimits(languages=("pt", "en")), portuguese_scan())
    for word in ("moção", "março", "solidariedade"):
        assert word in text, text


@pytest.mark.parametrize(
    ("cover", "languages"),
    [
        pytest.param(
            "Anbei der Beschluss unserer Mitgliederversammlung vom Dienstag als Foto.",
            ("de", "en"),
            id="german-cover-german-and-english",
        ),
        pytest.param("Scan attached.", ("en", "de", "fr", "es", "it"), id="too-short-to-tell"),
        # languages no campaign lists, read in their own Tesseract pack
        pytest.param(
            "Segue em anexo a fotografia da moção aprovada ontem pela nossa assembleia.",
            ("pt", "en"),
            id="portuguese-cover",
        ),
        pytest.param(
            "Us adjuntem la fotografia de la moció que el ple va aprovar ahir al vespre.",
            ("ca", "en"),
            id="catalan-cover",
        ),
        pytest.param(
            "Hierbij de foto van de motie die de gemeenteraad gisteren heeft aangenomen.",
            ("nl", "en"),
            id="dutch-cover",
        ),
    ],
)
def test_scans_are_read_in_the_message_s_language(cover: str, languages: tuple[str, ...]) -> None:
    from parsers.documents.reading import scan_languages
    from parsers.types import Document

    limits = extract_config(Settings()).limits
    body = Document(name="body", origin="body", type="text/plain", method="text", text=cover)
    assert scan_languages(limits, [body]).languages == languages
