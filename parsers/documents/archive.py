"""ZIP archives, and the bounds every ZIP-based format (DOCX, ODT) is checked against first."""

from __future__ import annotations

import io
import zipfile

from parsers.documents.base import ReaderLimits, Reading
from parsers.errors import DocumentError
from parsers.types import Attachment

MAX_MEMBERS = 2000
MAX_RATIO = 200  # uncompressed / compressed; text-heavy XML rarely passes 30


def check_zip(data: bytes, limits: ReaderLimits) -> None:
    """Raise DocumentError for a ZIP that would unpack too far (a zip bomb) or is encrypted."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise DocumentError(f"damaged ZIP container: {err}") from err
    if len(members) > MAX_MEMBERS:
        raise DocumentError(f"too large: {len(members)} files in the archive")
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_unpacked_bytes:
        raise DocumentError(f"too large: unpacks to {unpacked} bytes (zip bomb?)")
    for member in members:
        ratio = member.file_size / member.compress_size if member.compress_size else 0
        if ratio > MAX_RATIO and member.file_size > 1024 * 1024:
            raise DocumentError(
                f"too large: {member.filename} compressed {int(ratio)}:1 (zip bomb?)"
            )
        if member.flag_bits & 0x1:
            raise DocumentError("encrypted archive (password-protected)")


def read_zip(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    """No text of its own: each member becomes an attachment to read next."""
    check_zip(data, limits)
    children: list[Attachment] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.infolist():
            if member.is_dir() or member.filename.startswith("__MACOSX/"):
                continue
            member_name = member.filename.rsplit("/", 1)[-1]
            children.append(
                Attachment(
                    name=member_name,
                    content_type="application/octet-stream",
                    data=archive.read(member),
                    origin=f"{origin}/zip:{name}",
                )
            )
    return Reading((), tuple(children))
