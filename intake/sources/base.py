"""The interface every mail source fits: yield raw messages, then hear what became of each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

Outcome = Literal["stored", "duplicate", "failed"]


@dataclass(frozen=True)
class FetchedMessage:
    """One message as a source hands it over: the bytes, verbatim, and where they came from."""

    source_key: str  # stable and unique within the source, e.g. "maildir:/srv/inbox:<key>"
    data: bytes
    received_at: datetime | None = None
    too_large: bool = False  # the source kept only the headers: an editor must fetch the rest
    error: str | None = None  # the source could not read this one (data is empty): record, go on
    # The last message of a batch the source fetched: the poll commits what it holds and settles
    # it before asking for more, so the source never counts as done what is not yet stored.
    batch_end: bool = False


class Source(Protocol):
    """A place messages come from. `fetch` yields; `settle` runs after the store has committed."""

    name: str  # stable identifier, e.g. "maildir:/srv/inbox" or "imaps://user@host:993/INBOX"

    def fetch(self) -> Iterator[FetchedMessage]:
        """Yield new messages. Must not change anything on the server."""
        ...

    def settle(self, message: FetchedMessage, outcome: Outcome) -> None:
        """Apply the server-side action for a message whose row is committed (or a duplicate)."""
        ...

    def close(self) -> None:
        """Release connections. Safe to call twice."""
        ...


@dataclass(frozen=True)
class FolderState:
    """Where polling of one folder got to: every UID up to `highest_uid` is stored and settled."""

    uidvalidity: int
    highest_uid: int


class FolderStates(Protocol):
    """Remembers, per source and folder, the UIDVALIDITY and highest settled UID (the store)."""

    def load(self, source_name: str, folder: str) -> FolderState | None: ...

    def save(self, source_name: str, folder: str, state: FolderState) -> None: ...

    def record_success(self, source_name: str, folder: str) -> None: ...

    def record_error(self, source_name: str, folder: str, error: str) -> None: ...
