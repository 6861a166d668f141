"""`intake config check`: every part of the configuration read as a run would, nothing created."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from intake.acknowledge import ack_settings
from intake.errors import ConfigError, DatabaseError
from intake.process import load_campaigns
from intake.settings import Settings
from intake.smtp import smtp_config
from intake.sources.registry import configured_sources, imap_account
from intake.store.db import Database, engine_is_file


def check_configuration(settings: Settings) -> Iterator[str]:
    """One line per part checked; a ConfigError for the first part that is wrong."""
    campaigns = load_campaigns(settings)
    yield f"campaigns: {', '.join(c.name for c in campaigns)}"
    sources = configured_sources(settings)
    for spec in sources:
        if spec.startswith("imap:"):
            account = imap_account(spec, settings, os.environ, allow_plaintext=False)
            folders = ", ".join(account.folders)
            yield f"source: {spec} ({account.host}:{account.port}, folders {folders})"
        else:
            yield f"source: {spec}"
    if not sources:
        yield "source: none configured (pass --source to `intake poll`)"
    acks = ack_settings(settings)
    if acks.enabled:
        if not acks.from_address:
            raise ConfigError("[acknowledge] is enabled but from_address is not set")
        smtp = smtp_config(settings)
        yield f"acknowledgements: on, via {smtp.host}:{smtp.port} ({smtp.security})"
    else:
        yield "acknowledgements: off"
    yield f"database: {database_state(settings.database_url)}"


def database_state(url: str) -> str:
    """Where the database is and its schema revision, without creating a SQLite file."""
    if engine_is_file(url) and not Path(url.removeprefix("sqlite:///")).exists():
        return f"{url} (does not exist yet: `intake db upgrade` creates it)"
    db = Database(url)
    try:
        revision = db.current_revision()
    except DatabaseError as err:
        raise ConfigError(str(err)) from err
    finally:
        db.dispose()
    return f"{db.safe_url} (schema {revision or 'empty: run `intake db upgrade`'})"
