"""Text from e-mail made safe for what each output accepts, in one place, at the render border.

Every string of a public record passes `plain_text` once before anything is rendered: what no
target accepts (control characters, which XML 1.0 forbids and terminals and HTML misread; lone
surrogates; U+FFFE/U+FFFF) is dropped, and line ends become "\n". Each target then adds its own
escaping: HTML and SVG by Jinja2's autoescape and nh3, XML by lxml, JSON by json.dumps, and CSV by
`csv_cell` below, which keeps a spreadsheet from running a cell as a formula.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any, TypeVar

# XML 1.0 Char, less the C1 controls and DEL; tab and newline kept.
_NOT_TEXT = re.compile("[^\t\n\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
T = TypeVar("T")


def plain_text(value: str) -> str:
    """The text without characters no output accepts; CRLF and CR become LF."""
    return _NOT_TEXT.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def cleaned(record: T) -> T:
    """A copy of a frozen dataclass with every string in it (and in nested ones) cleaned;
    the record itself when it is clean already (one search over all its strings)."""
    if _NOT_TEXT.search("\n".join(_strings(record))) is None:
        return record
    changes = {
        field.name: _clean_value(getattr(record, field.name))
        for field in dataclasses.fields(record)  # type: ignore[arg-type]
    }
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for v in value for s in _strings(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for name in _field_names(type(value)) for s in _strings(getattr(value, name))]
    return []


@lru_cache(maxsize=32)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, tuple):
        return tuple(_clean_value(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return cleaned(value)
    return value


def csv_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: one that could start a formula gets a leading '."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return str(value)
    text = value if value.isprintable() else plain_text(value)
    if text.lstrip(" ").startswith(_FORMULA_START):
        return "'" + text
    return text
