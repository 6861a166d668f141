"""`intake queue list` and `intake queue show` read through the DB-API driver
(intake/store/queue_sql.py), not the ORM (intake/queue/listing.py, detail.py). Both paths run
here on the same store, SQLite and PostgreSQL, for every filter and sort the CLI offers and for
items with documents, evidence, duplicates, edits, merges and rejections, and must give the
same rows and views, so the two cannot drift; the CLI's output through either is the same to
the byte."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from intake.app import AppContext
from intake.errors import DatabaseError, SchemaBehindError
from intake.queue import actions, detail, listing
from intake.queue.filters import MESSAGE_STATUSES, REVIEW_STATUSES, SORTS, QueueFilter
from intake.queue.item_view import read_item
from intake.queue.rows import list_rows
from intake.store.db import Database
from intake.store.models import Message, Resolution, SuspectedDuplicate
from intake.store.queue_sql import PlainReader, _libpq_params, open_reader
from tests.mail import MODEL
from tests.review_queue import build_queue
from tests.test_cli import run

T = datetime(2024, 3, 10, 9, 30, tzinfo=UTC)

# id, status, organisation, as written, meeting date, confidence, country, campaign, received
ITEMS: list[tuple[Any, ...]] = [
    (1, "pending", "Fenmouth Dockers' Branch", None, "2024-03-14", 0.85, "GB", "alpha", T),
    (2, "pending", "unite north west 522 branch", None, "2024-03-14", 0.55, "GB", "alpha", T),
    (
        3,
        "approved",
        "Lindenfeld Trades Council",
        "Lindenfeld TC",
        "2024-02-28/2024-03-02",
        None,
        "DE",
        "beta",
        datetime(2024, 3, 1, 23, 59, 59, 500_000, tzinfo=UTC),
    ),
    (4, "rejected", None, "Northbridge Tenants", None, 0.2, None, None, None),
    (
        5,
        "published",
        "Northbridge Trades Council",
        None,
        "2024-01-05",
        0.95,
        "GB",
        "alpha",
        datetime(2024, 1, 6, tzinfo=UTC),
    ),
    (6, "merged", "Fenmouth Dockers' Branch", None, "2024-03-14", 0.7, "GB", "alpha", T),
    (
        7,
        "pending",
        "Ostmark Students' Union",
        None,
        "2024-03-01",
        0.6,
        "FR",
        "beta",
        datetime(2024, 3, 2, 0, 0, tzinfo=UTC),
    ),
    (
        8,
        "pending",
        "Ångström Branch",
        None,
        "2023-12-31",
        0.6,
        "SE",
        "alpha",
        datetime(2023, 12, 31, 23, 0, tzinfo=UTC),
    ),
]
PAIRS = [(1, 2), (2, 1), (1, 6), (6, 1), (3, 7), (7, 3)]  # 6 is merged: listed with neither

FILTERS = [
    pytest.param(QueueFilter(), id="none"),
    *(pytest.param(QueueFilter(status=s), id=s) for s in REVIEW_STATUSES + MESSAGE_STATUSES),
    pytest.param(QueueFilter(campaign="alpha"), id="campaign"),
    pytest.param(QueueFilter(below=0.6), id="below"),
    pytest.param(QueueFilter(organisation="UNITE"), id="organisation"),
    pytest.param(QueueFilter(organisation="lindenfeld tc"), id="organisation-as-written"),
    pytest.param(QueueFilter(country="gb"), id="country"),
    pytest.param(QueueFilter(met_from=date(2024, 3, 1)), id="met-from"),
    pytest.param(QueueFilter(met_to=date(2024, 2, 28)), id="met-to-range"),
    pytest.param(QueueFilter(received_from=date(2024, 3, 2)), id="received-from"),
    pytest.param(QueueFilter(received_to=date(2024, 3, 1)), id="received-to"),
    pytest.param(QueueFilter(text="northbridge"), id="search"),
    pytest.param(QueueFilter(text="QUARTERLY"), id="search-subject"),
    pytest.param(QueueFilter(status="failed", text="bounce"), id="failed-search"),
    pytest.param(QueueFilter(status="other", text="newsletter"), id="other-search"),
    pytest.param(
        QueueFilter(status="pending", campaign="alpha", below=0.9, country="GB", text="unite"),
        id="combined",
    ),
    pytest.param(QueueFilter(country="XX"), id="nothing"),
]


def _message(pk: int, received: datetime | None, **fields: Any) -> Message:
    return Message(
        id=pk,
        source_key=f"test:{pk}",
        source_name="test",
        sha256=f"{pk:064d}",
        raw=b"From: x@example.org\r\n\r\nx",
        size=30,
        status=fields.pop("status", "processed"),
        received_at=received,
        stored_at=datetime(2024, 3, 5, 12, 0, tzinfo=UTC),
        subject=fields.pop("subject", f"Resolution number {pk}"),
        sender=f"Secretary <sec{pk}@example.org>",
        **fields,
    )


def seed(db: Database) -> None:
    with db.transaction() as session:
        for pk, status, org, written, met, conf, country, campaign, received in ITEMS:
            subject = "Quarterly meeting" if pk == 7 else None
            session.add(_message(pk, received, kind="resolution", **_given(subject=subject)))
            session.add(
                Resolution(
                    id=pk,
                    message_pk=pk,
                    status=status,
                    outcome="passed" if pk != 4 else "proposed",
                    organisation=org,
                    organisation_as_written=written,
                    meeting_date=met,
                    place="Lindenfeld, Germany" if pk == 3 else None,
                    country_code=country,
                    campaign=campaign,
                    min_confidence=conf,
                    text=f"This meeting of {org or 'a branch'} resolves to support the campaign.",
                )
            )
        session.add(_message(20, T, status="failed", error="could not read: bounce"))
        session.add(_message(21, None, status="failed", error=None, reason="a bounce notice"))
        session.add(_message(22, T, kind="other", reason="not a resolution: newsletter"))
        session.add(_message(23, T, kind="other", reason="promoted later"))
        session.flush()
        session.add(Resolution(id=9, message_pk=23, status="pending", text=""))
        for a, b in PAIRS:
            session.add(SuspectedDuplicate(resolution_id=a, other_id=b, why="same meeting"))


def _given(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


@pytest.fixture
def seeded(db: Database) -> Iterator[tuple[Database, PlainReader]]:
    seed(db)
    reader = open_reader(db.url)
    assert reader is not None
    yield db, reader
    reader.close()


@pytest.mark.parametrize("wanted", FILTERS)
def test_both_paths_list_the_same_rows(seeded, wanted: QueueFilter) -> None:  # type: ignore[no-untyped-def]
    db, reader = seeded
    for sort in SORTS:
        for limit, page in [(50, 1), (2, 1), (2, 2), (3, 3)]:
            with db.transaction() as session:
                orm = listing.list_items(session, wanted=wanted, sort=sort, limit=limit, page=page)
                total = (
                    listing.count_matching(session, wanted)
                    if wanted.status not in MESSAGE_STATUSES
                    else len(orm)
                )
            plain = list_rows(reader, wanted, sort=sort, limit=limit, page=page)
            assert plain == (orm, total), f"sort={sort} limit={limit} page={page}"


def test_the_seed_exercises_what_the_rows_carry(seeded) -> None:  # type: ignore[no-untyped-def]
    """The comparison above would pass on empty pages: the seed lists duplicates, received
    times from both columns, missing confidences and messages."""
    _, reader = seeded
    rows, total = list_rows(reader, QueueFilter(), sort="oldest")
    assert total == len(rows) == 9
    by_id = {r.id: r for r in rows}
    assert by_id[1].duplicates == [2] and by_id[3].duplicates == [7]
    assert str(by_id[4].received_at).startswith("2024-03-05T12:00:00")  # stored_at: none received
    assert by_id[3].confidence is None
    failed, _ = list_rows(reader, QueueFilter(status="failed"))
    assert [(r.ref, r.outcome) for r in failed] == [
        ("m21", "a bounce notice"),
        ("m20", "could not read: bounce"),
    ]
    other, _ = list_rows(reader, QueueFilter(status="other"))
    assert [r.ref for r in other] == ["m22"]  # m23 was promoted: it is review item 9


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="piped"),
        pytest.param(["--table"], id="table"),
        pytest.param(["--json"], id="json"),
        pytest.param(["--sort", "unsure", "--limit", "3", "--page", "2", "--table"], id="page"),
        pytest.param(["--status", "failed"], id="failed"),
        pytest.param(["--status", "other", "--table"], id="other-table"),
        pytest.param(["--status", "failed", "--json"], id="failed-json"),
        pytest.param(["--country", "XX"], id="nothing"),
    ],
)
def test_the_output_is_the_same_through_either_path(
    sqlite_db: Database, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    seed(sqlite_db)
    env = {"INTAKE_DATABASE_URL": sqlite_db.url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}
    plain = run(["queue", "list", *args], env, capsys)
    with pytest.MonkeyPatch.context() as patch:  # the ORM path: as for a URL it alone reads
        patch.setattr(AppContext, "queue_reader", lambda self: None)
        orm = run(["queue", "list", *args], env, capsys)
    assert plain == orm
    assert plain[1] or plain[2]


def test_the_schema_is_checked_without_sqlalchemy(sqlite_db: Database) -> None:
    reader = open_reader(sqlite_db.url)
    assert reader is not None
    assert reader.require_current_schema()
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    with pytest.raises(SchemaBehindError, match="schema is at 0001, the code needs"):
        reader.require_current_schema()
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    with pytest.raises(SchemaBehindError, match="has no schema yet: run `intake db upgrade`"):
        reader.require_current_schema()
    reader.close()


def test_a_missing_sqlite_file_is_refused_not_made(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SchemaBehindError, match="no database file at"):
        open_reader(f"sqlite:///{tmp_path / 'none.sqlite'}")
    assert not (tmp_path / "none.sqlite").exists()


def test_other_urls_are_left_to_the_orm() -> None:
    assert open_reader("sqlite:///:memory:") is None
    assert open_reader("mysql+pymysql://u@h/db") is None


@pytest.mark.parametrize(
    ("url", "params"),
    [
        pytest.param(
            "postgresql+psycopg://postgres@127.0.0.1:5432/test",
            {"host": "127.0.0.1", "port": "5432", "dbname": "test", "user": "postgres"},
            id="plain",
        ),
        pytest.param(
            "postgresql://ana:p%40ss/w@rd@db.example.org/intake?sslmode=require",
            {
                "host": "db.example.org",
                "dbname": "intake",
                "user": "ana",
                "password": "p@ss/w@rd",
                "sslmode": "require",
            },
            id="password-with-at-and-slash",
        ),
        pytest.param(
            "postgresql+psycopg://u@[::1]:5433/db?options=-csearch_path%3Dt_1",
            {
                "host": "::1",
                "port": "5433",
                "dbname": "db",
                "user": "u",
                "options": "-csearch_path=t_1",
            },
            id="ipv6-and-options",
        ),
        pytest.param("postgresql+psycopg:///intake", {"dbname": "intake"}, id="socket"),
    ],
)
def test_postgres_urls_as_libpq_takes_them(url: str, params: dict[str, str]) -> None:
    assert _libpq_params(url) == params


@pytest.mark.postgres
def test_an_unreachable_postgres_is_one_line(postgres_url: str) -> None:
    with pytest.raises(DatabaseError, match="cannot reach the database at"):
        open_reader("postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2")


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_the_newest_are_found_by_index_not_by_reading_every_message(
    sqlite_db: Database, sort: str
) -> None:
    """A message row holds its raw bytes: ordering by when messages came in reads the index
    (migration 0005), and a sort or count that needs no message column reads no message.
    (SQLite's query plan; PostgreSQL's depends on its statistics.)"""
    seed(sqlite_db)
    reader = open_reader(sqlite_db.url)
    assert reader is not None
    run_sql: list[str] = []
    reader.connection.set_trace_callback(run_sql.append)
    list_rows(reader, QueueFilter(), sort=sort)
    list_rows(reader, QueueFilter(status="pending"), sort="unsure")
    reader.connection.set_trace_callback(None)
    ordered, _, _, count, by_confidence, _, _, count_pending = run_sql
    plan = " ".join(row[-1] for row in reader.rows(f"EXPLAIN QUERY PLAN {ordered}"))
    assert "USING INDEX ix_messages_received" in plan, plan
    assert "messages" not in count and "messages" not in count_pending
    assert "messages" not in by_confidence
    reader.close()


@pytest.fixture
def desk(db: Database, tmp_path: Path) -> Iterator[tuple[Database, dict[str, int]]]:
    """Items made by the pipeline from real mail (documents, evidence, duplicates), then
    edited, vouched for, merged and rejected by editors (history, merged items)."""
    ids = build_queue(db, tmp_path / "inbox")
    with db.transaction() as session:
        actions.edit(session, ids["lee"], {"meeting_date": "2024-03-01"}, editor="ana")
        actions.edit(session, ids["kim"], {"place": "Fenmouth, GB"}, editor="ana", vouch=True)
        actions.merge(session, ids["lee"], into=ids["kim"], editor="ana")
        actions.reject(session, [ids["al"]], reason="spam", note="ünïcode ✓", editor="bo")
    yield db, ids


def test_both_paths_show_the_same_item(desk: tuple[Database, dict[str, int]]) -> None:
    db, ids = desk
    reader = open_reader(db.url)
    assert reader is not None
    for name, item_id in ids.items():
        with db.transaction() as session:
            orm = detail.show_item(session, item_id, model=MODEL)
        plain = read_item(reader, item_id, model_for=lambda campaign: MODEL)
        assert plain.as_dict() == orm.as_dict(), name
    shown = {name: read_item(reader, item_id).as_dict() for name, item_id in ids.items()}
    reader.close()
    # what the comparison above covered
    assert shown["kim"]["merged_from"] and shown["jo"]["documents"] and shown["jo"]["duplicates"]
    assert shown["kim"]["place"]["vouched_by"] == "ana" and len(shown["lee"]["history"]) > 1
    assert shown["al"]["reject_note"] == "ünïcode ✓" and shown["al"]["message"]["sent_at"]
    assert any(shown[n]["organisation"]["evidence"] for n in shown)


@pytest.mark.parametrize("args", [[], ["--json"]], ids=["desk", "json"])
def test_show_prints_the_same_through_either_path(
    sqlite_db: Database, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    ids = build_queue(sqlite_db, tmp_path / "inbox")
    env = {"INTAKE_DATABASE_URL": sqlite_db.url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}
    for item_id in [ids["jo"], 999]:
        plain = run(["queue", "show", str(item_id), *args], env, capsys)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(AppContext, "queue_reader", lambda self: None)
            orm = run(["queue", "show", str(item_id), *args], env, capsys)
        assert plain == orm
    assert plain[0] != 0 and "no review item 999" in plain[2]
