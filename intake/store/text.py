"""Text at the store's border: what every database we support accepts, cleaned in one place.

PostgreSQL refuses NUL in text (and in JSON's text), and neither it nor SQLite can encode a lone
surrogate, which Python's decoders leave for undecodable bytes. Mail, and text read from its
documents, carry both. Every text and JSON column goes through `storable_text` on its way in, so
no message, edit or reason can stop a run at commit time.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_REFUSED = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def storable_text(value: str) -> str:
    """`value` without what a database refuses: NULs dropped, lone surrogates made U+FFFD."""
    if not _REFUSED.search(value):
        return value
    return _REFUSED.sub(lambda m: "" if m.group() == "\x00" else REPLACEMENT, value)


def storable(value: Any) -> Any:
    """Every string inside `value` (a str, or JSON-like dicts and lists) made storable."""
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [storable(v) for v in value]
    return value


class CleanString(TypeDecorator[str]):
    """A VARCHAR whose values are made storable on the way in."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return storable(value)


class CleanText(TypeDecorator[str]):
    """A TEXT whose values are made storable on the way in."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return storable(value)


class CleanJSON(TypeDecorator[Any]):
    """JSON whose strings are made storable on the way in."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return storable(value)


def error_place(err: BaseException) -> str:
    """`TypeName at module.py:123`: where an error came from, without its message.

    What a log line may say about a failure on one message: a database error's text carries
    the statement's parameters, and with them the mail's sender and text.
    """
    frames = traceback.extract_tb(err.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(err).__name__}{where}"
