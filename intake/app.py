"""The context every command is handed: the settings and the database, each made once, on
first use, and who is acting. Commands receive it through `pass_app`."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # imported where used: `intake --help` starts without them
    from intake.settings import Settings
    from intake.store.db import Database
    from intake.store.queue_sql import PlainReader


@dataclass
class AppContext:
    config_path: str | None
    debug: bool
    editor_option: str | None
    _settings: Settings | None = None
    _db: Database | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from intake.settings import load_settings

            self._settings = load_settings(self.config_path)
        return self._settings

    def database(self, *, check_schema: bool = True, create: bool = False) -> Database:
        """The database; only `db upgrade` creates a SQLite file that does not exist yet."""
        if self._db is None:
            from intake.store.db import open_database

            self._db = open_database(self.settings.database_url, create=create)
            if check_schema:
                self._db.require_current_schema()
        return self._db

    def queue_reader(self) -> PlainReader | None:
        """A DB-API connection for listing the queue without SQLAlchemy, the schema checked;
        None for a database URL only the ORM reads. The caller closes it."""
        from intake.store.queue_sql import open_reader

        reader = open_reader(self.settings.database_url)
        try:
            if reader is not None and not reader.require_current_schema():
                self.database()  # a version table with branches: alembic decides
        except BaseException:
            reader.close()  # type: ignore[union-attr]
            raise
        return reader

    @property
    def editor(self) -> str:
        return self.editor_option or self.settings.editor or getpass.getuser()


pass_app = click.make_pass_decorator(AppContext)
