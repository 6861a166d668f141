"""Which type a file is, by its content (file signature), never by its declared type or name."""

from __future__ import annotations

import io
import re
import zipfile

from parsers.documents.ole import ole_kind

# (offset, magic bytes, type); first match wins, ZIP and OLE are refined by what they hold
SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "pdf"),
    (0, b"PK\x03\x04", "zip"),
    (0, b"{\\rtf", "rtf"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (0, b"\x78\x9f\x3e\x22", "tnef"),
    (0, b"\xff\xd8\xff", "image"),
    (0, b"\x89PNG\r\n\x1a\n", "image"),
    (0, b"II*\x00", "image"),
    (0, b"MM\x00*", "image"),
    (0, b"GIF8", "image"),
    (0, b"BM", "image"),
    (4, b"ftypheic", "image"),
    (4, b"ftypheix", "image"),
    (4, b"ftypmif1", "image"),
    (8, b"WEBP", "image"),
)
_PDF_LATE = re.compile(rb"%PDF-\d")  # some writers put junk before the signature
_HTML = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<div|<p[\s>]|<table|<meta)", re.I)
_MAIL_HEADER = re.compile(rb"^(?:(?:[!-9;-~]+:[^\n]*\r?\n)(?:[ \t][^\n]*\r?\n)*){2,}", re.MULTILINE)
_MAIL_KEYS = re.compile(rb"^(from|date|subject|message-id|received|mime-version):", re.I | re.M)
_ODF_TEXT = b"application/vnd.oasis.opendocument.text"


def sniff_type(data: bytes) -> str:
    """The type by signature alone: cheap, safe to run outside the sandbox."""
    for offset, magic, type_name in SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return type_name
    head = data[:8192].lstrip(b"\xef\xbb\xbf")
    if _PDF_LATE.search(data[:1024]):
        return "pdf"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unknown"
    if _MAIL_HEADER.match(head) and len(_MAIL_KEYS.findall(head[:4096])) >= 2:
        return "eml"
    if _HTML.match(head):
        return "html"
    return "text"


def detect_type(data: bytes) -> str:
    """The type by signature, with ZIP and OLE containers refined by what they hold."""
    type_name = sniff_type(data)
    if type_name == "zip":
        return _zip_kind(data)
    if type_name == "ole":
        return ole_kind(data)
    return type_name


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype").startswith(_ODF_TEXT):
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return "zip"  # the archive reader reports what is wrong with it
    return "zip"
