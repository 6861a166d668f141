"""Reads raw message bytes into a ParsedMessage with the standard library's `email` package.

Every part is walked: alternatives are chosen by which holds the text faithfully, forwarded
messages (`message/rfc822`) are read recursively with their own headers, and every other part,
whatever its declared type or disposition, becomes an attachment for the document readers.
Each header and each text body is bounded, so no stage downstream sees more than it can read
in time: a megabyte-long header or a million addresses in From cannot hold the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from typing import Any, Literal

from parsers.charsets import decode_text
from parsers.documents.html import html_to_text
from parsers.errors import ParseError
from parsers.mime_nesting import flatten_deep_nesting
from parsers.types import Attachment, Body, ParsedMessage

MAX_DEPTH = 30  # MIME nesting; deeper parts are reported, not read
MAX_PARTS = 500
MAX_HEADER_CHARS = 8192  # of one header's value; RFC 5322 lines are at most 998 characters
MAX_TEXT_CHARS = 200_000  # of one text body (some sixty pages); the rest is not read
_FORWARD_HEADERS = ("from", "date", "subject", "to", "cc", "message-id")


@dataclass
class _Walk:
    bodies: list[Body] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    forwarded: int = 0
    parts: int = 0


class _BoundedPolicy(EmailPolicy):
    """The default policy, reading at most MAX_HEADER_CHARS of any header.

    The standard library's header parser is slow on long values (seconds per hundred kilobytes
    of words): every header of every part is fetched through here, so each is cut first. It
    parses a header again on every fetch (Content-Type some six times a part, through
    get_content_type, get_filename, get_param ...): a parsed header, which cannot be changed,
    is kept for the next fetch of the same name and value.
    """

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if isinstance(value, str) and len(value) > MAX_HEADER_CHARS:
            value = value[:MAX_HEADER_CHARS]
        if isinstance(value, str):
            return _parsed_header(self, name, value)
        return super().header_fetch_parse(name, value)


@lru_cache(maxsize=256)
def _parsed_header(policy: _BoundedPolicy, name: str, value: str) -> Any:
    return super(_BoundedPolicy, policy).header_fetch_parse(name, value)


BOUNDED_POLICY = _BoundedPolicy()


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse the bytes of one RFC 5322 message; raise ParseError when they are not one."""
    _reject_non_message(raw)
    raw, flattened = flatten_deep_nesting(raw, MAX_DEPTH)
    try:
        message = BytesParser(policy=BOUNDED_POLICY).parsebytes(raw)
    except (RecursionError, MemoryError) as err:
        raise ParseError(f"could not parse the message: {type(err).__name__}") from err
    except Exception as err:  # the parser is lenient; anything it raises means "unreadable"
        raise ParseError(f"could not parse the message: {err}") from err
    headers = message_headers(message)
    if not any(key.lower() in {"from", "subject", "date", "message-id"} for key, _ in headers):
        raise ParseError("not an e-mail message: no From, Subject, Date or Message-ID header")
    walk = _Walk()
    if flattened:
        walk.defects.append(f"MIME parts nested deeper than {MAX_DEPTH} levels were not read")
    _walk_part(message, "body", 0, walk, headers=())
    first = dict((key.lower(), value) for key, value in reversed(headers))
    sender, address = _sender(first.get("from", ""))
    return ParsedMessage(
        message_id=first.get("message-id") or None,
        subject=first.get("subject", ""),
        sender=sender,
        sender_address=address,
        date=parse_date(first.get("date")),
        headers=headers,
        bodies=tuple(walk.bodies),
        attachments=tuple(walk.attachments),
        defects=tuple(_defects(message) + walk.defects),
    )


def _reject_non_message(raw: bytes) -> None:
    if not raw.strip():
        raise ParseError("empty message")
    if b"\x00" in raw[:4096]:
        raise ParseError("not an e-mail message: binary data (NUL bytes) in the headers")


def message_headers(message: Message) -> tuple[tuple[str, str], ...]:
    """Every header, RFC 2047 decoded; raw 8-bit headers decoded by detection."""
    out: list[tuple[str, str]] = []
    for key, raw_value in message.raw_items():
        try:
            value = str(message.policy.header_fetch_parse(key, raw_value))
        except Exception:  # a malformed header is kept as written rather than dropped
            value = str(raw_value)
        out.append((str(key), _repair_8bit(value)))
    return tuple(out)


def _repair_8bit(value: str) -> str:
    if not re.search("[\udc80-\udcff]", value):
        return " ".join(value.split())
    raw = value.encode("utf-8", errors="surrogateescape")
    return " ".join(decode_text(raw)[0].split())


def _sender(from_header: str) -> tuple[str, str | None]:
    pairs = getaddresses([from_header])
    if not pairs or not any(pairs[0]):
        return from_header, None
    name, address = pairs[0]
    return (f"{name} <{address}>" if name else address), (address or None)


def parse_date(value: str | None) -> datetime | None:
    """A Date header in the sender's own time zone, so "yesterday" means their yesterday."""
    if not value:
        return None
    try:
        date = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return date if date.tzinfo is not None else date.replace(tzinfo=UTC)


def _defects(message: Message) -> list[str]:
    return [type(defect).__name__ for defect in message.defects]


def _walk_part(
    part: Message, origin: str, depth: int, walk: _Walk, headers: tuple[tuple[str, str], ...]
) -> None:
    walk.parts += 1
    if depth > MAX_DEPTH or walk.parts > MAX_PARTS:
        if depth > MAX_DEPTH and not any("nested deeper" in d for d in walk.defects):
            walk.defects.append(f"MIME parts nested deeper than {MAX_DEPTH} levels were not read")
        elif walk.parts == MAX_PARTS + 1:
            walk.defects.append(f"more than {MAX_PARTS} MIME parts: the rest were not read")
        return
    content_type = part.get_content_type()
    if content_type == "multipart/alternative":
        _walk_part(_best_alternative(part), origin, depth + 1, walk, headers)
    elif part.is_multipart() and content_type != "message/rfc822":
        for child in part.get_payload():
            if isinstance(child, Message):
                _walk_part(child, origin, depth + 1, walk, headers)
    elif content_type == "message/rfc822" and _attached_message(part) is not None:
        _walk_forwarded(part, origin, depth, walk)
    elif content_type in ("text/plain", "text/html") and not _is_file(part):
        _add_body(part, origin, walk, headers)
    else:
        _add_attachment(part, origin, walk)


def _walk_forwarded(part: Message, origin: str, depth: int, walk: _Walk) -> None:
    inner = _attached_message(part)
    assert inner is not None
    walk.forwarded += 1
    prefix = "" if origin == "body" else origin.rsplit("/", 1)[0] + "/"
    inner_origin = f"{prefix}forwarded:{walk.forwarded}"
    kept = tuple((k, v) for k, v in message_headers(inner) if k.lower() in _FORWARD_HEADERS)
    _walk_part(inner, inner_origin, depth + 1, walk, kept)


def _attached_message(part: Message) -> Message | None:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return payload[0]
    return None


def _is_file(part: Message) -> bool:
    return part.get_content_disposition() == "attachment" or bool(part.get_filename())


def _best_alternative(part: Message) -> Message:
    """The alternative that holds the text faithfully: plain text unless HTML says much more."""
    children = [c for c in part.get_payload() if isinstance(c, Message)]
    if not children:
        return part
    plain = next((c for c in children if c.get_content_type() == "text/plain"), None)
    richer = [c for c in children if c is not plain]
    if plain is None or not richer:
        return richer[-1] if richer else children[0]
    plain_words = len(_part_text(plain).split())
    rich_words = len(_rich_text(richer[-1]).split())
    return richer[-1] if plain_words < 0.8 * rich_words else plain


def _rich_text(part: Message) -> str:
    if part.get_content_type() == "text/html":
        return html_to_text(_part_text(part))
    if part.is_multipart():
        return " ".join(_rich_text(c) for c in part.get_payload() if isinstance(c, Message))
    return ""


def _part_text(part: Message) -> str:
    return _decoded(part)[0]


def _decoded(part: Message) -> tuple[str, tuple[str, ...]]:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    text, _, warnings = decode_text(data, part.get_content_charset())
    if len(text) > MAX_TEXT_CHARS:  # every later stage, HTML to text included, reads the cut
        text = text[:MAX_TEXT_CHARS]
        warnings = (*warnings, f"text cut at {MAX_TEXT_CHARS:,} characters: the rest was not read")
    return text, warnings


def _add_body(
    part: Message, origin: str, walk: _Walk, headers: tuple[tuple[str, str], ...]
) -> None:
    text, warnings = _decoded(part)
    if not text.strip():
        return
    kind: Literal["text/plain", "text/html"] = (
        "text/html" if part.get_content_type() == "text/html" else "text/plain"
    )
    walk.bodies.append(Body(kind, text, origin=origin, headers=headers, warnings=warnings))


def _add_attachment(part: Message, origin: str, walk: _Walk) -> None:
    payload = part.get_payload(decode=True)
    if isinstance(payload, (Message, list)):
        return
    data = payload if isinstance(payload, bytes) else b""
    if not data.strip() or part.get_content_type() == "application/x-mime-nested-too-deep":
        return
    where = "inline" if part.get_content_disposition() == "inline" else "attachment"
    name = _file_name(part) or f"part-{walk.parts}"
    full_origin = where if origin == "body" else f"{origin}/{where}"
    walk.attachments.append(Attachment(name, part.get_content_type(), data, origin=full_origin))


def _file_name(part: Message) -> str | None:
    """The file name (RFC 2231 and RFC 2047 decoded), reduced to its last path component."""
    try:
        name = part.get_filename()
    except Exception:  # a malformed parameter is a missing name, not a lost attachment
        return None
    if not name:
        return None
    name = _repair_8bit(str(name))
    return re.split(r"[\\/]", name)[-1] or None
