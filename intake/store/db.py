"""The engine and session factory, made once, and the schema migrations (Alembic)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError, DatabaseError, SchemaBehindError
from intake.settings import mask_url

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
SUPPORTED_URLS = "sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"


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
        try:
            with self.engine.connect() as connection:
                return MigrationContext.configure(connection).get_current_revision()
        except OperationalError as err:
            raise DatabaseError(
                f"cannot reach the database at {self.safe_url}: {err.orig}"
            ) from err

    def require_current_schema(self) -> None:
        """Refuse to run against a schema older than the code: say what to run."""
        head = ScriptDirectory.from_config(alembic_config(self.url)).get_current_head()
        current = self.current_revision()
        if current is None:
            raise SchemaBehindError(
                f"the database at {self.safe_url} has no schema yet: run `intake db upgrade`"
            )
        if current != head:
            raise SchemaBehindError(
                f"the database schema is at {current}, the code needs {head}: "
                "run `intake db upgrade`"
            )

    @property
    def safe_url(self) -> str:
        return mask_url(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def open_database(url: str, *, create: bool = True) -> Database:
    """The database at `url`. With create=False a missing SQLite file is an error, not made."""
    if engine_is_file(url):
        path = Path(url.removeprefix("sqlite:///"))
        if not create and not path.exists():
            raise SchemaBehindError(f"no database file at {path}: run `intake db upgrade`")
        path.parent.mkdir(parents=True, exist_ok=True)
    return Database(url)


def engine_is_file(url: str) -> bool:
    return url.startswith("sqlite:///") and url != "sqlite:///:memory:"


__all__ = ["Database", "Engine", "open_database"]
