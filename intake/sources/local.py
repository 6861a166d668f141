"""Local sources: a Maildir and a folder of .eml files. Reading them changes nothing on disk."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from intake.errors import MailboxError
from intake.sources.base import FetchedMessage, Outcome


class MaildirSource:
    """Every message in a Maildir's new/ and cur/, keyed by its Maildir key."""

    def __init__(self, path: Path) -> None:
        if not (path / "cur").is_dir() or not (path / "new").is_dir():
            raise MailboxError(f"{path} is not a Maildir (it needs cur/ and new/ folders)")
        self.path = path
        self.name = f"maildir:{path.resolve()}"

    def fetch(self) -> Iterator[FetchedMessage]:
        box = mailbox.Maildir(self.path, factory=None, create=False)
        for key in sorted(box.keys()):
            file = self.path / box._lookup(key)  # type: ignore[attr-defined]  # the only way to the file
            yield FetchedMessage(
                source_key=f"{self.name}:{key}",
                data=file.read_bytes(),
                received_at=datetime.fromtimestamp(file.stat().st_mtime, UTC),
            )

    def settle(self, message: FetchedMessage, outcome: Outcome) -> None:
        """A Maildir is left as it is: the store remembers what it has."""

    def close(self) -> None:
        pass


class EmlDirSource:
    """Every *.eml file below a folder, keyed by its path relative to the folder."""

    def __init__(self, path: Path) -> None:
        if not path.is_dir():
            raise MailboxError(f"{path} is not a folder of .eml files")
        self.path = path
        self.name = f"eml-dir:{path.resolve()}"

    def fetch(self) -> Iterator[FetchedMessage]:
        for file in sorted(self.path.rglob("*.eml")):
            yield FetchedMessage(
                source_key=f"{self.name}:{file.relative_to(self.path).as_posix()}",
                data=file.read_bytes(),
                received_at=datetime.fromtimestamp(file.stat().st_mtime, UTC),
            )

    def settle(self, message: FetchedMessage, outcome: Outcome) -> None:
        pass

    def close(self) -> None:
        pass
