"""Hostile files made at test time: each must end as a failed document with a plain reason."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

DOCS = Path(__file__).parents[2] / "fixtures" / "docs"


def zip_bomb_docx() -> bytes:
    """A real DOCX plus one member that unpacks to 150 MB of zeros (about 150 KB packed)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO((DOCS / "table-and-text-box.docx").read_bytes())) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for member in source.infolist():
            bomb.writestr(member, source.read(member))
        with bomb.open("word/media/image1.bin", "w") as handle:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(150):
                handle.write(chunk)
    return buffer.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def many_pages_pdf(pages: int = 10_000) -> bytes:
    kids = b" ".join([b"3 0 R"] * pages)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
    )


def reference_loop_pdf() -> bytes:
    """A page tree whose node lists itself as its own child."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
        ]
    )


def encrypted_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt="secret")
    pdf.drawString(100, 700, "This meeting condemns the arrest of Julian Assange.")
    pdf.save()
    return buffer.getvalue()


def decompression_bomb_png(side: int = 100_000) -> bytes:
    """A PNG header that claims 100,000 x 100,000 pixels (10 gigapixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1024))
        + chunk(b"IEND", b"")
    )


def nested_mime(levels: int = 1000) -> bytes:
    """A message whose second part is nested `levels` deep, between a body and a text file."""
    parts = [
        b"From: a@example.org\r\nSubject: nested\r\nDate: Mon, 3 Jun 2024 10:00:00 +0200\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=top\r\n\r\n--top\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nOur resolution is attached.\r\n--top\r\n"
    ]
    for level in range(levels):
        parts.append(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        )
    parts.append(b"Content-Type: text/plain\r\n\r\ndeep\r\n")
    parts.extend(b"--b%d--\r\n" % level for level in reversed(range(levels)))
    parts.append(
        b"--top\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename=resolution.txt\r\n\r\n"
        b"This meeting condemns the arrest of Julian Assange.\r\n--top--\r\n"
    )
    return b"".join(parts)
