"""The engine and session factory, made once, and the schema migrations (Alembic)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError, DatabaseError, SchemaBehindError
from intake.settings import mask_url

if TYPE_CHECKING:  # alembic is imported by `db upgrade` only: every other command starts faster
    from alembic.config import Config

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
        head = schema_head()
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


_HEADER = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def schema_head() -> str:
    """The newest migration's revision, read from the scripts' own lines (`revision = "0002"`,
    `down_revision = "0001"`) rather than by loading alembic and every script; alembic
    decides when they do not name exactly one head."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _HEADER.findall(path.read_text(encoding="utf-8")):
            (revisions if name == "revision" else parents).update(_QUOTED.findall(value))
    heads = revisions - parents
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(alembic_config("")).get_current_head())


def alembic_config(url: str) -> Config:
    from alembic.config import Config

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
