"""Bytes to text when the declared charset may be missing or wrong (charset-normalizer adapter)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

# A declared decoding this messy (charset-normalizer's chaos measure) is taken for a lie.
_MESSY = 0.15
_SINGLE_BYTE = {"iso8859-1", "cp1252", "ascii", "iso8859-15", "latin-1"}
# Among detections about as clean as the best, mail is more often in the earlier of these.
_COMMON = (
    "utf_8",
    "cp1252",
    "cp932",
    "shift_jis",
    "euc_jp",
    "koi8_r",
    "cp1251",
    "gb18030",
    "big5",
    "cp1250",
    "iso8859_2",
    "cp949",
)
_C1_CONTROLS = re.compile("[\x80-\x9f]")
# A lone high byte between ASCII bytes: an accented letter of a Western text, not half of a
# CJK pair (Shift-JIS and GBK trail bytes include ASCII letters, so "Si\xe2n" fits them too).
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_SPARSE = 8  # at most one high byte in this many
_WESTERN_MARKS = set("’‘“”–—…€£°«»·")


def _sparse_western(data: bytes) -> bool:
    """Mostly ASCII with a few isolated high bytes that are letters or typographic marks in
    Windows-1252: read as that, whatever CJK decoding the bytes would also fit."""
    runs = _HIGH_RUN.findall(data)
    if not runs or any(len(run) > 1 for run in runs) or len(runs) * _SPARSE > len(data):
        return False
    text = _try_decode(b"".join(runs), "cp1252")
    return text is not None and all(ch.isalpha() or ch in _WESTERN_MARKS for ch in text)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes as (text, charset used, warnings): the declared charset unless it lies."""
    if not data:
        return "", declared or "ascii", ()
    declared_codec = _codec(declared)
    if data.isascii():
        return data.decode("ascii"), declared_codec or "ascii", ()
    if declared_codec == "iso8859-1" and _C1_CONTROLS.search(data.decode("latin-1")):
        declared_codec = "cp1252"  # as browsers do: Latin-1 labels mean Windows-1252
    if declared_codec is not None:
        text = _try_decode(data, declared_codec)
        if text is not None and not _lies(data, declared_codec, text):
            return text, declared_codec, ()
    detected, name = _detect(data)
    if declared_codec is None:
        return detected, name, ()
    return detected, name, (f"declared charset {declared} did not fit the text; read as {name}",)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip('"').lower()).name
    except LookupError:
        return None


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _lies(data: bytes, codec: str, text: str) -> bool:
    """True when the declared single-byte charset hides UTF-8 or reads as gibberish."""
    if codec == "utf-8":
        return False
    if codec in _SINGLE_BYTE and _try_decode(data, "utf-8") is not None:
        return True
    return mess_ratio(text, maximum_threshold=1.0) > _MESSY


def _detect(data: bytes) -> tuple[str, str]:
    if _try_decode(data, "utf-8") is not None:
        return data.decode("utf-8"), "utf-8"
    if _sparse_western(data):
        return data.decode("cp1252"), "cp1252"
    results = list(from_bytes(data))
    if not results:
        return data.decode("utf-8", errors="replace"), "utf-8"
    lowest = min(r.chaos for r in results)
    near = [r for r in results if r.chaos <= lowest + 0.1]
    best = min(near, key=lambda r: _COMMON.index(r.encoding) if r.encoding in _COMMON else 99)
    return str(best), _codec(best.encoding) or best.encoding
