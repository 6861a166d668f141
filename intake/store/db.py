"""The engine and session factory, made once, and the schema migrations (Alembic)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError, DatabaseError
from intake.settings import mask_url
from intake.store.queue_sql import sqlite_functions
from intake.store.schema import alembic_config, require_revision, sqlite_file

SUPPORTED_URLS = "sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"


def conflict_insert(dialect: str) -> Callable[..., postgresql.Insert | sqlite.Insert]:
    """The dialect's INSERT, the one with ON CONFLICT (PostgreSQL's, else SQLite's)."""
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


class Database:
    """One engine and one session factory for the life of a process."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = create_engine(url, future=True, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError, ValueError) as err:
            raise ConfigError(
                f"database_url {mask_url(url)!r} is not usable ({type(err).__name__}): "
                f"use {SUPPORTED_URLS}"
            ) from err
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as err:
            raise DatabaseError(f"database error: {err.orig}") from err

    def upgrade(self) -> str:
        """Bring the schema to the newest migration; returns the revision now current."""
        from alembic import command

        try:
            with self.engine.begin() as connection:
                config = alembic_config(self.url)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except OperationalError as err:
            raise DatabaseError(
                f"cannot reach the database at {self.safe_url}: {err.orig}"
            ) from err
        return self.current_revision() or ""

    def current_revision(self) -> str | None:
        """The revision in alembic's version table, read as alembic reads it (no alembic)."""
        try:
            with self.engine.connect() as connection:
                if not inspect(connection).has_table("alembic_version"):
                    return None
                versions = list(connection.scalars(text("SELECT version_num FROM alembic_version")))
        except OperationalError as err:
            raise DatabaseError(
                f"cannot reach the database at {self.safe_url}: {err.orig}"
            ) from err
        if len(versions) > 1:  # branches: alembic says which head is meant, or refuses
            from alembic.runtime.migration import MigrationContext

            with self.engine.connect() as connection:
                return MigrationContext.configure(connection).get_current_revision()
        return versions[0] if versions else None

    def require_current_schema(self) -> None:
        """Refuse to run against a schema older than the code: say what to run."""
        require_revision(self.current_revision(), self.safe_url)

    @property
    def safe_url(self) -> str:
        return mask_url(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
    sqlite_functions(dbapi_connection)  # lower() as PostgreSQL's: every letter, not ASCII only


def open_database(url: str, *, create: bool = True) -> Database:
    """The database at `url`. With create=False a missing SQLite file is an error, not made."""
    path = sqlite_file(url, create=create)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return Database(url)


def engine_is_file(url: str) -> bool:
    return url.startswith("sqlite:///") and url != "sqlite:///:memory:"


__all__ = ["Database", "Engine", "open_database"]
