"""Splits a text body into new text, quoted replies, the signature and inline forwarded messages.

The quoted text and the signature are kept as context (a signature may name the organisation),
never taken for the resolution. A forwarded message inside the text is a message of its own,
with the forwarded headers kept for its date and sender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.fields.languages import OTHER_WROTE, words
from parsers.signature import is_delimiter

MAX_FORWARD_DEPTH = 10


def _either(name: str, extra: tuple[str, ...] = ()) -> str:
    """One table's words in every language, as an alternation to place in a pattern."""
    return "|".join(words(name) + extra)


_FORWARD = re.compile(
    rf"^\s*(-{{2,}}\s*({_either('FORWARD_DASHED')})\s*-{{2,}}|{_either('FORWARD_LINES')})\s*$",
    re.IGNORECASE,
)
# Outlook writes this above a reply and a forward alike: the subject tells which.
_ORIGINAL = re.compile(
    rf"^\s*(-{{2,}}\s*({_either('ORIGINAL_MESSAGE')})\s*-{{2,}}|_{{20,}})\s*$", re.IGNORECASE
)
# The header block Outlook writes above the message it answers, with no "> " on the lines
# below: "From:" and then "Sent:"/"Date:" (or their translations) within the next lines.
_QUOTED_FROM = re.compile(rf"^\s*\*?({_either('HEADER_FROM')})\s*:\s*\*?\s*\S", re.IGNORECASE)
_QUOTED_SENT = re.compile(rf"^\s*\*?({_either('HEADER_SENT')})\s*:", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(rf"^\s*({_either('FORWARD_PREFIXES')})\s*:", re.IGNORECASE)
_ATTRIBUTION = re.compile(rf"({_either('WROTE', OTHER_WROTE)})\s*:\s*$", re.IGNORECASE)
# Dutch, German and others put the writer after the verb: "Op vr 18 okt. om 15:30 schreef
# X <x@example.org>:".
_ATTRIBUTION_NAME_AFTER = re.compile(
    rf"^\s*(?:{_either('ATTRIBUTION_ON')})\s[^\n]{{0,120}}?\b(?:{_either('WROTE', OTHER_WROTE)})"
    r"\s[^\n]{1,160}:\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(r"^\s*(\*?)([A-Za-zÀ-ÿ][\w .'-]{0,20}?)\s*:\s*\1\s*(.*)$")
# The first half of an "On <date>, X wrote:" line that a mail program wrapped.
_ATTRIBUTION_START = re.compile(rf"^\s*({_either('ATTRIBUTION_ON')})\s", re.IGNORECASE)


@dataclass(frozen=True)
class Forwarded:
    """A message forwarded inside a text body: its headers as written, and its own split text."""

    headers: tuple[tuple[str, str], ...]
    body: SplitText


@dataclass(frozen=True)
class SplitText:
    new: str
    quoted: str = ""
    signature: str = ""
    forwarded: tuple[Forwarded, ...] = ()


def split_text(text: str, subject: str = "", depth: int = 0) -> SplitText:
    """The parts of one plain-text body (HTML already turned to text)."""
    lines = text.replace("\r\n", "\n").split("\n")
    marker = _forward_marker(lines, subject)
    forwarded: tuple[Forwarded, ...] = ()
    if marker is not None and depth < MAX_FORWARD_DEPTH:
        forwarded = (_forwarded(lines[marker + 1 :], subject, depth),)
        lines = lines[:marker]
    new, quoted, signature = _split_own(lines)
    return SplitText(new=new, quoted=quoted, signature=signature, forwarded=forwarded)


def _forward_marker(lines: list[str], subject: str) -> int | None:
    for index, line in enumerate(lines):
        bare = line.lstrip("> ")
        if _FORWARD.match(bare):
            return index
        if _ORIGINAL.match(bare) and _FORWARD_SUBJECT.match(subject):
            return index
    return None


def _forwarded(lines: list[str], subject: str, depth: int) -> Forwarded:
    if lines and all(line.startswith(">") or not line.strip() for line in lines):
        lines = [re.sub(r"^> ?", "", line) for line in lines]  # Apple Mail quotes what it forwards
    headers, rest = _header_block(lines)
    inner_subject = dict((k.lower(), v) for k, v in headers).get("subject", subject)
    return Forwarded(headers=headers, body=split_text("\n".join(rest), inner_subject, depth + 1))


def _header_block(lines: list[str]) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """The "From: ... Date: ..." lines that open a forwarded message, and what follows them."""
    headers: list[tuple[str, str]] = []
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines):
        match = _HEADER_LINE.match(lines[index])
        if not lines[index].strip() or match is None:
            break
        headers.append((match.group(2).strip(), match.group(3).strip()))
        index += 1
    if not headers:
        return (), lines
    return tuple(headers), lines[index:]


def _split_own(lines: list[str]) -> tuple[str, str, str]:
    """Own text, quoted text (with its attribution line), and the signature."""
    new: list[str] = []
    quoted: list[str] = []
    signature: list[str] = []
    in_signature = False
    for index, line in enumerate(lines):
        if _opens_quoted_message(lines, index):
            quoted.extend(lines[index:])  # all that follows is the message answered
            break
        if line.startswith(">") or _ORIGINAL.match(line) or (quoted and not line.strip()):
            quoted.append(line)
        elif _is_attribution(lines, index):
            _move_attribution(new if not in_signature else signature, quoted, line)
        elif in_signature or is_delimiter(line):
            in_signature = True
            signature.append(line)
        else:
            if quoted and quoted[-1].startswith(">"):
                new.append("")  # new text after a quote (interleaved reply)
            new.append(line)
    return _join(new), _join(quoted), _join(signature)


def _opens_quoted_message(lines: list[str], index: int) -> bool:
    """An Outlook reply's header block ("From:", then "Sent:" or "Date:") over the message it
    answers, quoted whole without "> " (a forward's block is found before, by its subject)."""
    if not _QUOTED_FROM.match(lines[index]) or index == 0:
        return False
    following = [line for line in lines[index + 1 : index + 4] if line.strip()]
    return any(_QUOTED_SENT.match(line) for line in following)


def _is_attribution(lines: list[str], index: int) -> bool:
    line = lines[index]
    if not (_ATTRIBUTION.search(line) or _ATTRIBUTION_NAME_AFTER.match(line)):
        return False
    following = [candidate for candidate in lines[index + 1 : index + 4] if candidate.strip()]
    return bool(following) and following[0].startswith(">")


def _move_attribution(own: list[str], quoted: list[str], line: str) -> None:
    """Gmail wraps "On <date>, <name> wrote:" over two lines: take the first half too."""
    if own and own[-1].strip() and _ATTRIBUTION_START.match(own[-1]):
        quoted.append(own.pop())
    quoted.append(line)


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip()
