"""The queue's filters and sorts give the same items on SQLite and PostgreSQL, through the ORM
listing and the plain-SQL one alike: items with no meeting date or organisation sort last,
text is matched case aside for every letter (SQLite's own lower() folds ASCII only), and an
editor's % or _ is a character to find, not a wildcard. Each test runs on both databases
(PostgreSQL at 127.0.0.1:5432; skipped, saying so, when it does not answer)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime

import pytest

from intake.queue import listing
from intake.queue.filters import QueueFilter
from intake.queue.rows import list_rows
from intake.store.db import Database
from intake.store.models import Resolution
from intake.store.queue_sql import PlainReader, open_reader
from tests.test_queue_plain_listing import _message

# id, organisation, meeting date, subject, text
ITEMS = [
    (1, "Zellbrück Students' Union", "2024-03-14", "Motion passed", "We back the call."),
    (2, None, None, "Resolution", "We back the call, 100% of members."),
    (3, "ÉCOLE NORMALE BRANCH", "2024-01-05", "Résolution de l'ÉCOLE", "Nous soutenons."),
    (4, "Ångström Tenants", None, "Motion 1000", "Carried by 1000 votes to none."),
    (5, None, "2023-11-02", "Motion_final", "We back the call."),
    (6, "Birkenau_x Trades Council", "2024-02-20", "Motion xfinal", "Back the call in full."),
]


FAILED = [(11, "Bounce: ÜBER_ALL 50%"), (12, "Bounce: über all 500")]


def _seed(db: Database) -> None:
    received = datetime(2024, 3, 20, 9, 0, tzinfo=UTC)
    with db.transaction() as session:
        for pk, organisation, met, subject, body in ITEMS:
            session.add(_message(pk, received, kind="resolution", subject=subject))
            session.add(
                Resolution(
                    id=pk,
                    message_pk=pk,
                    status="pending",
                    outcome="passed",
                    organisation=organisation,
                    meeting_date=met,
                    text=body,
                    min_confidence=0.5,
                )
            )
        for pk, subject in FAILED:
            session.add(_message(pk, None, status="failed", error="unreadable", subject=subject))


@pytest.fixture
def store(db: Database) -> Iterator[tuple[Database, PlainReader]]:
    _seed(db)
    with closing(open_reader(db.url)) as reader:  # type: ignore[type-var]
        assert reader is not None
        yield db, reader


Store = tuple[Database, PlainReader]


def _listed(store: Store, wanted: QueueFilter, sort: str) -> list[int]:
    """The ids listed, the same through both paths (else the test fails here)."""
    db, reader = store
    with db.transaction() as session:
        orm = [row.id for row in listing.list_items(session, wanted=wanted, sort=sort)]
        every = listing.matching_ids(session, wanted, sort=sort)
    plain = [row.id for row in list_rows(reader, wanted, sort=sort)[0]]
    assert orm == plain == every, f"orm {orm}, plain {plain}, matching_ids {every}"
    return plain


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        pytest.param("meeting", [5, 3, 6, 1, 2, 4], id="meeting"),
        pytest.param("organisation", [6, 1, 4, 3, 2, 5], id="organisation"),
    ],
)
def test_items_missing_the_sorted_field_come_last(
    store: Store, sort: str, expected: list[int]
) -> None:
    """SQLite puts NULL first in an ascending order and PostgreSQL last: said in the SQL."""
    assert _listed(store, QueueFilter(), sort) == expected


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        pytest.param(QueueFilter(organisation="ångström"), [4], id="organisation-lower"),
        pytest.param(QueueFilter(organisation="École"), [3], id="organisation-mixed"),
        pytest.param(QueueFilter(text="RÉSOLUTION DE L'école"), [3], id="search-subject"),
        pytest.param(QueueFilter(status="pending", text="zellbrück"), [1], id="search-umlaut"),
    ],
)
def test_text_is_matched_case_aside_for_every_letter(
    store: Store, wanted: QueueFilter, expected: list[int]
) -> None:
    assert _listed(store, wanted, "oldest") == expected


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        pytest.param(QueueFilter(text="100%"), [2], id="percent"),
        pytest.param(QueueFilter(text="motion_"), [5], id="underscore"),
        pytest.param(QueueFilter(organisation="birkenau_x"), [6], id="organisation-underscore"),
        pytest.param(QueueFilter(text="%"), [2], id="percent-alone"),
        pytest.param(QueueFilter(text="\\"), [], id="backslash"),
    ],
)
def test_percent_and_underscore_are_characters_to_find(
    store: Store, wanted: QueueFilter, expected: list[int]
) -> None:
    """Without escaping, "100%" also finds "1000" and "motion_" finds "Motion xfinal"."""
    assert _listed(store, wanted, "oldest") == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("über_all", [11]), ("50%", [11]), ("ÜBER", [12, 11])]
)
def test_failed_messages_are_searched_the_same_way(
    store: Store, text: str, expected: list[int]
) -> None:
    db, reader = store
    wanted = QueueFilter(status="failed", text=text)
    with db.transaction() as session:
        orm = [row.id for row in listing.list_items(session, wanted=wanted)]
    assert orm == [row.id for row in list_rows(reader, wanted)[0]] == expected
