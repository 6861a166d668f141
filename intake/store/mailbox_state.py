"""Per source and folder: UIDVALIDITY, the highest settled UID, the last good poll (heartbeat)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.sources.base import FolderState
from intake.store.db import Database
from intake.store.models import MailboxState


class DatabaseFolderStates:
    """The store's side of `FolderStates`: each call is its own short transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, source_name: str, folder: str) -> FolderState | None:
        with self.db.transaction() as session:
            row = _row(session, source_name, folder)
            if row is None or row.uidvalidity is None:
                return None
            return FolderState(int(row.uidvalidity), int(row.highest_uid or 0))

    def save(self, source_name: str, folder: str, state: FolderState) -> None:
        with self.db.transaction() as session:
            row = _row(session, source_name, folder, create=True)
            if row.uidvalidity != state.uidvalidity:
                row.uidvalidity, row.highest_uid = state.uidvalidity, state.highest_uid
            else:
                # Two runs never overlap (the poll lock), but never move backwards anyway.
                row.highest_uid = max(int(row.highest_uid or 0), state.highest_uid)

    def record_success(self, source_name: str, folder: str) -> None:
        with self.db.transaction() as session:
            row = _row(session, source_name, folder, create=True)
            row.last_success_at = datetime.now(UTC)
            row.last_error = None

    def record_error(self, source_name: str, folder: str, error: str) -> None:
        with self.db.transaction() as session:
            _row(session, source_name, folder, create=True).last_error = error[:2000]


def _row(session: Session, source_name: str, folder: str, *, create: bool = False) -> MailboxState:
    query = select(MailboxState).where(
        MailboxState.source_name == source_name, MailboxState.folder == folder
    )
    row = session.scalars(query).first()
    if row is None and create:
        row = MailboxState(source_name=source_name, folder=folder)
        session.add(row)
    return row  # type: ignore[return-value]


@dataclass(frozen=True)
class FolderHealth:
    """One line of `intake status`: when a folder was last polled successfully."""

    source_name: str
    folder: str
    last_success_at: datetime | None
    highest_uid: int | None
    last_error: str | None
    stale: bool


def folder_health(
    session: Session, *, stale_after: timedelta, now: datetime | None = None
) -> list[FolderHealth]:
    """Every known folder, flagged stale when its last good poll is older than `stale_after`."""
    now = now or datetime.now(UTC)
    rows = session.scalars(
        select(MailboxState).order_by(MailboxState.source_name, MailboxState.folder)
    )
    out = []
    for row in rows:
        last = _aware(row.last_success_at)
        stale = last is None or now - last > stale_after
        out.append(
            FolderHealth(row.source_name, row.folder, last, row.highest_uid, row.last_error, stale)
        )
    return out


def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands timezone-aware columns back naive: they were written in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value
