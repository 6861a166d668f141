"""Which schema the code needs, read from the migration scripts without loading alembic or
SQLAlchemy, and the check every command but `intake db upgrade` makes before it starts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from intake.errors import SchemaBehindError

if TYPE_CHECKING:  # alembic is imported by `db upgrade` only: every other command starts faster
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"

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


def require_revision(current: str | None, safe_url: str) -> None:
    """Refuse to run against a schema older than the code (`current`, from alembic's version
    table): say what to run."""
    if current is None:
        raise SchemaBehindError(
            f"the database at {safe_url} has no schema yet: run `intake db upgrade`"
        )
    head = schema_head()
    if current != head:
        raise SchemaBehindError(
            f"the database schema is at {current}, the code needs {head}: run `intake db upgrade`"
        )


def sqlite_file(url: str, *, create: bool) -> Path | None:
    """The file of a `sqlite:///PATH` URL (None for any other URL); with create=False a
    missing file is an error, not made."""
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return None
    path = Path(url.removeprefix("sqlite:///"))
    if not create and not path.exists():
        raise SchemaBehindError(f"no database file at {path}: run `intake db upgrade`")
    return path
