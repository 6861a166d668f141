"""Storing fetched mail in groups: one transaction per batch (or per 200 ms), then settling.

The source hears what became of a message only after the commit that holds it, so nothing is
acted on at the server before it is stored. A group that fails to commit is stored again one
message at a time, so one bad message is that message's failure, not its neighbours'.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from intake.errors import DatabaseError
from intake.sources.base import FetchedMessage, Outcome, Source
from intake.store.db import Database
from intake.store.messages import store_many
from intake.store.text import error_place

log = logging.getLogger("intake.poll")

GROUP_SIZE = 100
GROUP_SECONDS = 0.2
_COUNTED = {"stored": "stored", "duplicate": "duplicates", "failed": "failed"}


def store_fetched(db: Database, source: Source, reached: Callable[[int], bool]) -> dict[str, int]:
    """Fetch, store and settle until the source is done or `reached(fetched so far)`."""
    counts = {"fetched": 0, "stored": 0, "duplicates": 0, "failed": 0}
    group: list[FetchedMessage] = []
    opened = time.monotonic()
    for fetched in source.fetch():
        counts["fetched"] += 1
        if not group:
            opened = time.monotonic()  # a group's age counts from its first message
        group.append(fetched)
        stop = reached(counts["fetched"])
        full = len(group) >= GROUP_SIZE or time.monotonic() - opened >= GROUP_SECONDS
        if stop or full or fetched.batch_end:
            _flush(db, source, group, counts)
        if stop:
            break
    _flush(db, source, group, counts)
    return counts


def _flush(
    db: Database, source: Source, group: list[FetchedMessage], counts: dict[str, int]
) -> None:
    outcomes = _store_group(db, source.name, group)
    held = list(group)
    group.clear()
    for fetched, outcome in zip(held, outcomes, strict=True):
        counts[_COUNTED[outcome]] += 1
        source.settle(fetched, outcome)  # in fetch order: the source's checkpoint only rises


def _store_group(db: Database, source_name: str, group: list[FetchedMessage]) -> list[Outcome]:
    if not group:
        return []
    try:
        with db.transaction() as session:
            return _store(session, group, source_name)
    except DatabaseError:
        raise  # the database is gone: the run cannot go on
    except Exception as err:  # one bad message must not stop the run
        if len(group) > 1:
            return [out for one in group for out in _store_group(db, source_name, [one])]
        log.error("could not store %s (%s)", group[0].source_key, error_place(err))
        return ["failed"]


def _store(session: Session, group: list[FetchedMessage], source_name: str) -> list[Outcome]:
    readable = [f for f in group if f.error is None]
    results = iter(store_many(session, readable, source_name))
    outcomes: list[Outcome] = []
    for fetched in group:
        if fetched.error is not None:  # the source could not read it: nothing to store, say so
            log.error("could not read %s: %s", fetched.source_key, fetched.error)
            outcomes.append("failed")
        else:
            outcomes.append("duplicate" if next(results).duplicate else "stored")
    return outcomes
