"""The live build's data files cut into one piece per resolution, without decoding them.

A publish writes the piece of a resolution whose render key is unchanged as the live build has
it, instead of encoding it again: after one edit, the 16 MB of JSON and the CSV are copied, not
made. The JSON files hold one list item per line (publisher.data.json_document; JSON escapes
every line break inside a string), and a CSV row ends in CRLF, which no cleaned value holds
(publisher.clean turns CR into LF), so both are cut by their line ends. A file that does not
cut cleanly (an id twice, a line of another shape, another header) gives no pieces, and what is
cut is checked against a fresh encoding of one item before it is used (`checked`): a piece
written by another version of the publisher is never reused.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_JSON_ID = re.compile(rb'\{(?:"type": "Feature", )?"id": (\d+),')
_CSV_ID = re.compile(rb"(\d+),")
LIMIT = 1 << 30  # bytes: a data file larger than this is made afresh, never read whole


def json_items(path: Path, key: str) -> dict[int, bytes]:
    """The encoded items of the list `key` of a data file, by their "id"; {} when unsure.

    Cut once per version of the file (inode, size, time): the live build's resolutions.json
    gives both the records read back (publisher.reuse) and the pieces written again. Read only.
    """
    try:
        found = os.stat(path, follow_symlinks=False)
    except OSError:
        return {}
    version = (os.fspath(path), key, found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)
    if version not in _CUT:
        if len(_CUT) >= 4:
            _CUT.clear()
        _CUT[version] = _json_items(_read(path), key)
    return _CUT[version]


_CUT: dict[tuple[str, str, int, int, int, int], dict[int, bytes]] = {}


def _json_items(content: bytes, key: str) -> dict[int, bytes]:
    marker = b'\n"' + key.encode("utf-8") + b'": [\n'
    start = content.find(marker)
    if start < 0:
        return {}
    start += len(marker)
    end = content.find(b"\n]", start)
    if end < 0:
        return {}
    pieces: dict[int, bytes] = {}
    for line in content[start:end].split(b"\n"):
        piece = line[2:-1] if line.endswith(b",") else line[2:]
        found = _JSON_ID.match(piece)
        if not line.startswith(b"  ") or found is None or int(found[1]) in pieces:
            return {}
        pieces[int(found[1])] = piece
    return pieces


def csv_rows(path: Path, header: bytes) -> dict[int, bytes]:
    """The rows of a CSV file whose first row is `header`, by the id in their first cell."""
    rows = _read(path).split(b"\r\n")
    if len(rows) < 2 or rows[0] != header or rows[-1] != b"":
        return {}
    pieces: dict[int, bytes] = {}
    for row in rows[1:-1]:
        found = _CSV_ID.match(row)
        if found is None or int(found[1]) in pieces:
            return {}
        pieces[int(found[1])] = row
    return pieces


def checked(
    pieces: Mapping[int, bytes],
    items: Sequence[T],
    key: Callable[[T], int],
    encode: Callable[[T], bytes | None],
) -> Mapping[int, bytes]:
    """The pieces, if the first item that has one is encoded today as it was; else none."""
    for item in items:
        piece = pieces.get(key(item))
        if piece is not None:
            return pieces if encode(item) == piece else {}
    return pieces


def _read(path: Path) -> bytes:
    """A regular file's bytes (no link followed); b"" when missing, odd or too large."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return b""
    try:
        with os.fdopen(fd, "rb") as file:
            found = os.fstat(file.fileno())
            ok = stat.S_ISREG(found.st_mode) and found.st_size <= LIMIT
            return file.read() if ok else b""
    except OSError:
        return b""
