"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, settings, the campaign."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from intake.settings import Settings
from intake.store.db import Database, open_database

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
POSTGRES_URL = os.environ.get(
    "INTAKE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("INTAKE_TEST_REQUIRE_POSTGRES") == "1"


def _postgres_reason() -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
    except (OperationalError, ImportError) as err:
        return f"PostgreSQL at {POSTGRES_URL} unreachable ({type(err).__name__})"
    return None


_PG_UNREACHABLE = _postgres_reason()


def pytest_configure(config: pytest.Config) -> None:
    """pytest-xdist's worker processes carry COLUMNS=80 and LINES=24: without them, a terminal a
    test opens (pexpect) shows its own size to the commands in it, as in a run in one process."""
    for name in ("COLUMNS", "LINES"):
        os.environ.pop(name, None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first (their order kept): in `make test`'s two processes they then run
    beside the many short ones, instead of one of them starting last and ending the run alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_report_header(config: pytest.Config) -> str:
    if _PG_UNREACHABLE is None:
        return f"postgres: {POSTGRES_URL}"
    action = "FAILING (INTAKE_TEST_REQUIRE_POSTGRES=1)" if REQUIRE_POSTGRES else "SKIPPED"
    return f"postgres: {_PG_UNREACHABLE}; PostgreSQL tests {action}"


def require_postgres() -> None:
    if _PG_UNREACHABLE is None:
        return
    if REQUIRE_POSTGRES:
        pytest.fail(f"{_PG_UNREACHABLE} and INTAKE_TEST_REQUIRE_POSTGRES=1", pytrace=False)
    pytest.skip(f"{_PG_UNREACHABLE}: PostgreSQL tests skipped")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose connections use a fresh schema of their own, dropped afterwards."""
    require_postgres()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'intake.sqlite'}"
    return str(request.getfixturevalue("postgres_url"))


def _migrated(url: str) -> Iterator[Database]:
    database = open_database(url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """A migrated database, on SQLite and on PostgreSQL."""
    yield from _migrated(database_url)


@pytest.fixture
def postgres_db(postgres_url: str) -> Iterator[Database]:
    """A migrated PostgreSQL database only, for what only PostgreSQL does (row locks skipped,
    a statement waiting on another's uncommitted insert)."""
    yield from _migrated(postgres_url)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'intake.sqlite'}")
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'intake.sqlite'}")
