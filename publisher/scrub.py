"""Keeps personal data out of what is published: the signature block, e-mail addresses, phones.

Text is matched in a normalised form (NFKC, so a fullwidth ＠ or digit is the ASCII one; one
kind of dash and of space; a line break allowed wherever an address or number may wrap), and
what matched is removed from the text as written. What still looks like an address or a long
number afterwards is shown to the editor at approval (`leftovers`), never published silently.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from parsers.signature import signature_start

REDACTED = "[removed]"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

_LOCAL = r"[\w+-]+(?:\.[\w+-]+)*"
_LABEL = r"[\w-]+"
_BRACKET_AT = r"[\(\[\{<]\s*(?i:at)\s*[\)\]\}>]"
_BRACKET_DOT = r"[\(\[\{<]\s*(?i:dot)\s*[\)\]\}>]"
_WORD_AT, _WORD_DOT = rf"\s*{_BRACKET_AT}\s*", rf"\s*{_BRACKET_DOT}\s*"
_BARE_AT, _BARE_DOT = r"\s+(?i:at)\s+", r"\s+(?i:dot)\s+"
_EMAIL = re.compile(
    rf"(?<![\w.+-]){_LOCAL}(?:[ \t]*\n?[ \t]*@[ \t]*\n?[ \t]*|{_WORD_AT})"
    rf"{_LABEL}(?:(?:\.|{_WORD_DOT}|{_BARE_DOT}){_LABEL})+"
)
_WORDS_EMAIL = re.compile(
    rf"(?<![\w.+-]){_LOCAL}{_BARE_AT}{_LABEL}(?:(?:{_BARE_DOT}|{_WORD_DOT}){_LABEL})+"
)
# Cheap tests first: most texts hold no address at all, and the patterns above are slow to fail.
_MAY_HOLD_EMAIL = re.compile(rf"@|{_BRACKET_AT}")
_MAY_HOLD_WORDS_EMAIL = re.compile(r"\s(?i:dot)\s")
_MAY_HOLD_PHONE = re.compile(r"\d{3}")
_PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d(?:[\d ()./-]|\n){7,}\d(?![\w/])")
_MIN_PHONE_DIGITS = 9
# For the editor: what may still be personal data after the scrub.
_LONG_NUMBER = re.compile(r"\d(?:[^\w\n]{0,3}\d|\n\d)*")
_AT_OR_DOT = re.compile(
    rf"@|{_BRACKET_AT}|{_BRACKET_DOT}|"
    r"\b\w+\s+(?i:at)\s+\w+\s+(?i:dot)\s+\w+"
)


def scrub_personal_data(text: str, *, public_lines: Iterable[str | int] = ()) -> str:
    """Remove the signature block, e-mail addresses and phone numbers from text to publish.

    `public_lines` are lines an editor marked public (by their text, or by their index): they
    are kept verbatim, even inside a signature block.
    """
    lines = text.split("\n")
    keep_text = {str(p).strip() for p in public_lines if isinstance(p, str) and p.strip()}
    keep_index = {p for p in public_lines if isinstance(p, int)}
    cut = signature_start(lines)
    kept = [
        (line, index in keep_index or line.strip() in keep_text)
        for index, line in enumerate(lines)
        if index < cut or index in keep_index or line.strip() in keep_text
    ]
    out: list[str] = []
    block: list[str] = []  # consecutive lines scrubbed together: an address may wrap
    for line, public in kept:
        if public:
            out.extend([scrub_line("\n".join(block))] if block else [])
            out.append(line)
            block = []
        else:
            block.append(line)
    if block:
        out.append(scrub_line("\n".join(block)))
    return "\n".join(out).rstrip()


def scrub_line(text: str) -> str:
    """Remove e-mail addresses and phone numbers (dates are kept); lines may be joined."""
    folded, position = _fold(text)
    spans = []
    for sieve, pattern, wanted in (
        (_MAY_HOLD_EMAIL, _EMAIL, _always),
        (_MAY_HOLD_WORDS_EMAIL, _WORDS_EMAIL, _always),
        (_MAY_HOLD_PHONE, _PHONE, _is_phone),
    ):
        if sieve.search(folded):
            spans += [m.span() for m in pattern.finditer(folded) if wanted(m.group(0))]
    spans = _merged(spans)
    for start, end in reversed(spans):
        text = text[: position(start)] + REDACTED + text[position(end - 1) + 1 :]
    return text


def leftovers(text: str) -> list[str]:
    """Digit runs of nine or more and at/dot forms still in text: for the editor to look at."""
    folded, _ = _fold(text)
    numbers = [
        m.group(0)
        for m in _LONG_NUMBER.finditer(folded)
        if sum(c.isdigit() for c in m.group(0)) >= _MIN_PHONE_DIGITS
    ]
    return [" ".join(found.split()) for found in numbers + _AT_OR_DOT.findall(folded)]


def _always(candidate: str) -> bool:
    return True


def _is_phone(candidate: str) -> bool:
    """A run of digits with enough of them, and not a date."""
    digits = sum(c.isdigit() for c in candidate)
    return digits >= _MIN_PHONE_DIGITS and not _looks_like_date(candidate)


def _looks_like_date(candidate: str) -> bool:
    return bool(re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", candidate.strip()))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _DASHES:
        return "-"
    if char in _INVISIBLE:
        return ""
    folded = unicodedata.normalize("NFKC", char)
    return " " if folded.isspace() and folded != "\n" else folded


def _fold(text: str) -> tuple[str, _Position]:
    """The normalised text, and how to find the original index of a normalised one."""
    if text.isascii():
        return text, _identity
    pieces: list[str] = []
    position = _Position()
    at = 0
    for match in _NON_ASCII.finditer(text):
        if match.start() > at:
            position.add(at, len(text[at : match.start()]), copied=True)
            pieces.append(text[at : match.start()])
        pieces.append(_fold_char(match.group(0)))
        position.add(match.start(), len(pieces[-1]), copied=False)
        at = match.end()
    pieces.append(text[at:])
    position.add(at, len(pieces[-1]), copied=True)
    return "".join(pieces), position


class _Position:
    """Maps an index of the normalised text to the original: runs copied as they were, and
    characters folded one by one (each to zero or more characters)."""

    def __init__(self) -> None:
        self.starts: list[int] = []  # normalised index where each piece starts
        self.origins: list[int] = []  # original index where it starts
        self.copied: list[bool] = []
        self.length = 0

    def add(self, origin: int, length: int, *, copied: bool) -> None:
        self.starts.append(self.length)
        self.origins.append(origin)
        self.copied.append(copied)
        self.length += length

    def __call__(self, index: int) -> int:
        piece = bisect_right(self.starts, index) - 1
        if self.copied[piece]:
            return self.origins[piece] + index - self.starts[piece]
        return self.origins[piece]


class _Identity(_Position):
    def __call__(self, index: int) -> int:
        return index


_identity = _Identity()
