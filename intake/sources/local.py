"""Local sources: a Maildir and a folder of .eml files. Reading them changes nothing on disk.

A file over `max_bytes` is stored as its headers only, marked too large, as the IMAP source does.
"""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from intake.errors import MailboxError
from intake.sources.base import FetchedMessage, Outcome

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
HEADER_BYTES = 256 * 1024  # of a too-large message, at most this much of its head is kept


class MaildirSource:
    """Every message in a Maildir's new/ and cur/, keyed by its Maildir key."""

    def __init__(self, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if not (path / "cur").is_dir() or not (path / "new").is_dir():
            raise MailboxError(f"{path} is not a Maildir (it needs cur/ and new/ folders)")
        self.path = path
        self.max_bytes = max_bytes
        self.name = f"maildir:{path.resolve()}"

    def fetch(self) -> Iterator[FetchedMessage]:
        box = mailbox.Maildir(self.path, factory=None, create=False)
        for key in sorted(box.keys(), key=delivery_order):
            file = self.path / box._lookup(key)  # type: ignore[attr-defined]  # the only way to the file
            yield read_file(file, f"{self.name}:{key}", self.max_bytes)

    def settle(self, message: FetchedMessage, outcome: Outcome) -> None:
        """A Maildir is left as it is: the store remembers what it has."""

    def close(self) -> None:
        pass


_MAILDIR_KEY = re.compile(r"(\d+)\.M(\d+)P")  # seconds.M<microseconds, not zero-padded>P<pid>...


def delivery_order(key: str) -> tuple[int, int, str]:
    """Oldest delivery first. A key's microseconds are not zero-padded, so sorting keys as text
    puts M999999 after M1000000 within one second; a key in another writer's format sorts last,
    by its text."""
    found = _MAILDIR_KEY.match(key)
    if found is None:
        return (2**63, 0, key)
    return (int(found[1]), int(found[2]), key)


class EmlDirSource:
    """Every *.eml file below a folder, keyed by its path relative to the folder."""

    def __init__(self, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if not path.is_dir():
            raise MailboxError(f"{path} is not a folder of .eml files")
        self.path = path
        self.max_bytes = max_bytes
        self.name = f"eml-dir:{path.resolve()}"

    def fetch(self) -> Iterator[FetchedMessage]:
        for file in sorted(self.path.rglob("*.eml")):
            key = f"{self.name}:{file.relative_to(self.path).as_posix()}"
            yield read_file(file, key, self.max_bytes)

    def settle(self, message: FetchedMessage, outcome: Outcome) -> None:
        pass

    def close(self) -> None:
        pass


def read_file(file: Path, source_key: str, max_bytes: int) -> FetchedMessage:
    """One message file, or only its head when it is larger than `max_bytes`."""
    stat = file.stat()
    received = datetime.fromtimestamp(stat.st_mtime, UTC)
    if stat.st_size <= max_bytes:
        return FetchedMessage(source_key, file.read_bytes(), received)
    with file.open("rb") as handle:
        head = handle.read(min(HEADER_BYTES, max_bytes))
    end = _header_end(head)
    return FetchedMessage(source_key, head[:end], received, too_large=True)


def _header_end(head: bytes) -> int:
    ends = [i + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (i := head.find(sep)) >= 0]
    return min(ends) if ends else len(head)
