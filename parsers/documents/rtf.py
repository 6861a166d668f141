"""RTF attachments: the one module that imports striprtf."""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from parsers.documents.base import ReaderLimits, Reading, single
from parsers.types import Document

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")


def read_rtf(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    match = _CODEPAGE.search(data[:4096])
    encoding = f"cp{match.group(1).decode()}" if match else "cp1252"
    text = str(rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace"))  # type: ignore[no-untyped-call]
    return single(
        Document(
            name=name,
            origin=origin,
            type="rtf",
            method="text",
            text=text.strip()[: limits.max_chars],
        )
    )
