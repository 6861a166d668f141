"""`intake config check`: every part of the configuration read as a run would, nothing created.

Each part gets one line, a problem included, so one run shows everything to fix; the first
problem then decides the exit code (3 for the configuration, 4 for the database).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from intake.errors import ConfigError, IntakeError, MailboxError
from intake.outbox.smtp import smtp_config
from intake.settings import Settings, load_campaigns, mask_url, secret
from intake.sources.registry import configured_sources, imap_account, open_source
from intake.store.db import Database, engine_is_file

Check = Callable[[], str]


def check_configuration(settings: Settings) -> Iterator[str]:
    """One line per part checked; then the first problem, raised, if there was any."""
    problems: list[IntakeError] = []
    for part, check in _parts(settings):
        try:
            yield f"{part}: {check()}"
        except IntakeError as err:
            problems.append(err)
            yield f"{part}: PROBLEM: {err}"
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more above)" if len(problems) > 1 else ""
        raise type(first)(f"configuration check failed: {first}{more}") from first


def _parts(settings: Settings) -> Iterator[tuple[str, Check]]:
    yield "campaigns", lambda: ", ".join(c.name for c in load_campaigns(settings))
    sources = configured_sources(settings)
    for spec in sources:
        yield f"source {spec}", _source_check(spec, settings)
    if not sources:
        yield "source", lambda: "none configured (pass --source to `intake poll`)"
    yield "queue", lambda: _queue_line(settings)
    yield "publish", lambda: _publish_line(settings)
    yield "acknowledgements", lambda: _acknowledgements(settings)
    yield "database", lambda: database_state(settings.database_url)


def _source_check(spec: str, settings: Settings) -> Check:
    if spec.startswith("imap:"):
        return lambda: _imap(spec, settings)
    return lambda: _local(spec, settings)


def _imap(spec: str, settings: Settings) -> str:
    account = imap_account(spec, settings, os.environ, allow_plaintext=False)
    if not account.credential():  # runs password_command / token_command as a poll would
        raise ConfigError(f"{spec}: the password command printed nothing")
    folders = ", ".join(account.folders)
    return f"{account.host}:{account.port} ({account.security}), folders {folders}, password set"


def _local(spec: str, settings: Settings) -> str:
    """Opened as a poll opens it; a folder that is not there is the configuration's fault."""
    try:
        source = open_source(spec, settings)
    except MailboxError as err:
        raise ConfigError(f"`source = {spec!r}`: {err}") from err
    source.close()
    return "found"


def _queue_line(settings: Settings) -> str:
    """Every [queue] value a worker would use, INTAKE_QUEUE_* variables applied."""
    from dataclasses import asdict

    from intake.pipeline.job_queue import queue_settings

    return ", ".join(f"{key} {value!r}" for key, value in asdict(queue_settings(settings)).items())


def _publish_line(settings: Settings) -> str:
    section = settings.publish
    out = section.out_dir or settings.export_dir or "not set (pass --out)"
    return f"out_dir {out}, base_url {section.base_url or 'not set'}, processes {section.processes}"


def _acknowledgements(settings: Settings) -> str:
    acks = settings.acknowledge
    if not acks.enabled:
        return "off"
    if not acks.from_address:
        raise ConfigError("[acknowledge] is enabled but from_address is not set")
    smtp = smtp_config(settings)
    if smtp.username and not secret(settings, "smtp", "password"):
        raise ConfigError("[smtp] password_command printed nothing")
    receipts = (
        f"receipts at once for senders {acks.trusted_authserv_id} authenticates"
        if acks.trusted_authserv_id
        else "receipts only after an editor approves (no trusted_authserv_id)"
    )
    return f"on, via {smtp.host}:{smtp.port} ({smtp.security}); {receipts}"


def database_state(url: str) -> str:
    """Where the database is and its schema revision, without creating a SQLite file."""
    if engine_is_file(url) and not Path(url.removeprefix("sqlite:///")).exists():
        return f"{mask_url(url)} (does not exist yet: `intake db upgrade` creates it)"
    db = Database(url)
    try:
        revision = db.current_revision()  # unreachable: a DatabaseError (exit 4), as for a run
    finally:
        db.dispose()
    return f"{db.safe_url} (schema {revision or 'empty: run `intake db upgrade`'})"
