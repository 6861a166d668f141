"""Suspected duplicates are found when an item is written and stored; listing only reads
them. What is stored is what comparing every item with every other finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from intake.queue import actions, listing
from intake.queue.duplicates import (
    Candidate,
    duplicate_map,
    duplicates_of,
    load_candidates,
    pairs_among,
    rebuild_duplicates,
)
from intake.store.db import open_database
from intake.store.models import Resolution, SuspectedDuplicate
from intake.store.schema import alembic_config, schema_head
from tests.review_queue import build_queue

MODEL = "This meeting of {0} resolves to support the campaign and to write to the minister. " * 5


def _every_pair(db) -> dict[int, list[tuple[int, str, bool]]]:  # type: ignore[no-untyped-def]
    """Each item's duplicates found by comparing it with every other, as the list once did."""
    with db.transaction() as session:
        items = load_candidates(session, Resolution.status != "merged")
    return {i.id: [(d.id, d.why, d.other_sender) for d in duplicates_of(i, items)] for i in items}


def _stored(db) -> dict[int, list[tuple[int, str, bool]]]:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        ids = list(session.scalars(select(Resolution.id).where(Resolution.status != "merged")))
        found = duplicate_map(session, ids)
    return {i: [(d.id, d.why, d.other_sender) for d in found[i]] for i in ids}


@pytest.fixture
def queued(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    return db, build_queue(db, tmp_path / "inbox")


def test_what_extraction_stored_is_what_comparing_all_finds(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    stored = _stored(db)
    assert stored == _every_pair(db)
    assert stored[ids["jo"]] == [(ids["sam"], "same organisation and meeting", True)]


def test_an_edit_finds_them_again_and_keeps_one_version_step(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        before = actions.get_item(session, ids["kim"]).version
        actions.edit(
            session, ids["kim"], {"organisation": "Sheffield Trades Union Council"}, editor="a"
        )
        actions.edit(session, ids["kim"], {"meeting_date": "2024-02-02"}, editor="a")
        assert actions.get_item(session, ids["kim"]).version == before + 2
    with db.transaction() as session:
        rows = {r.id: r.duplicates for r in listing.list_items(session)}
    assert rows[ids["al"]] == [ids["kim"]] and rows[ids["kim"]] == [ids["al"]]
    with db.transaction() as session:
        actions.edit(session, ids["kim"], {"meeting_date": "2024-02-05"}, editor="a")
    with db.transaction() as session:
        rows = {r.id: r.duplicates for r in listing.list_items(session)}
    assert rows[ids["al"]] == [] and _stored(db) == _every_pair(db)


def test_a_merged_item_is_no_ones_duplicate_and_reopening_brings_it_back(queued) -> None:  # type: ignore[no-untyped-def]
    db, ids = queued
    with db.transaction() as session:
        actions.merge(session, ids["sam"], into=ids["jo"], editor="ana")
    with db.transaction() as session:
        assert duplicate_map(session, [ids["jo"], ids["sam"]]) == {ids["jo"]: [], ids["sam"]: []}
        actions.reopen(session, ids["sam"], editor="ana")
    with db.transaction() as session:
        assert [d.id for d in duplicate_map(session, [ids["jo"]])[ids["jo"]]] == [ids["sam"]]


def _item(pk: int, org: str, day: str, body: str, sender: str = "s") -> Candidate:
    return Candidate(pk, pk, "pending", org.casefold(), day, body.casefold(), sender)


def test_pairs_among_many_alike_texts_are_those_of_comparing_every_two() -> None:
    items = [
        _item(n, f"Branch {n % 7}", f"2024-01-{n % 5 + 1:02d}", MODEL.format(f"Branch {n % 7}"))
        for n in range(1, 60)
    ] + [_item(60, "Other", "", MODEL.format("Branch 3") + " Also!", "t")]
    brute = {
        (a.id, d.id): d.why
        for a in items
        for d in duplicates_of(a, [b for b in items if b.id > a.id])
    }
    assert {(low, d.id): d.why for low, d in pairs_among(items)} == brute
    assert any("near-identical" in why for why in brute.values())


def test_the_migration_compares_the_items_already_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    db = open_database(url)
    with db.engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        for pk, org in ((1, "Riverside Branch"), (2, "Riverside Branch"), (3, "Hill Branch")):
            connection.execute(
                text(
                    "INSERT INTO messages (id, source_key, source_name, sha256, raw, size,"
                    " too_large, stored_at, status, sender) VALUES (:pk, :key, 'x', 'h', :raw,"
                    " 1, false, '2024-01-01', 'processed', :who)"
                ),
                {"pk": pk, "key": f"k{pk}", "raw": b"x", "who": f"<s{pk}@example.org>"},
            )
            connection.execute(
                text(
                    "INSERT INTO resolutions (id, message_pk, status, outcome, organisation,"
                    " meeting_date, similarity, text, extraction, public_lines, version,"
                    " created_at, updated_at) VALUES (:pk, :pk, 'pending', 'passed', :org,"
                    " '2024-05-01', 0, :body, '{}', '[]', 1, '2024-01-01', '2024-01-01')"
                ),
                {"pk": pk, "org": org, "body": MODEL.format(f"{org} {pk * 1111}")},
            )
    assert db.upgrade() == schema_head()
    with db.transaction() as session:
        pairs = session.execute(
            select(SuspectedDuplicate.resolution_id, SuspectedDuplicate.other_id)
        ).all()
        lengths = session.scalars(select(Resolution.folded_length)).all()
    assert sorted(pairs) == [(1, 2), (2, 1)]
    assert all(lengths)
    with db.engine.begin() as connection:
        assert rebuild_duplicates(connection) == 1
    db.dispose()


def test_the_schema_head_read_from_the_scripts_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    assert schema_head() == ScriptDirectory.from_config(alembic_config("")).get_current_head()


def test_current_revision_is_read_as_alembic_reads_it(db) -> None:  # type: ignore[no-untyped-def]
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        expected = MigrationContext.configure(connection).get_current_revision()
    assert db.current_revision() == expected == schema_head()
    db.require_current_schema()
