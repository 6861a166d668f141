"""The [queue] section: which backend runs the pipeline's work, and how the job queue behaves.
(The job queue of the pipeline, not the review queue of intake/queue/.)

`inline` (the default) needs no server: `intake poll` and `intake worker` do the work in their own
process, on SQLite or PostgreSQL. `procrastinate` turns polling, extraction, publishing and
acknowledgements into jobs on the operators' PostgreSQL, so any number of hosts can share them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.engine import make_url

from intake.errors import ConfigError
from intake.settings import Settings

BACKENDS = ("inline", "procrastinate")


@dataclass(frozen=True)
class QueueSettings:
    """The [queue] section, checked."""

    backend: str = "inline"
    poll_schedule: str = "*/5 * * * *"  # cron: when `schedule_polls` queues a poll per mailbox
    sweep_schedule: str = "* * * * *"  # cron: stalled jobs, forgotten messages, old jobs
    publish_schedule: str = ""  # cron; empty: publishing stays a command operators run
    heartbeat_seconds: float = 10.0  # how often a worker says it is alive
    stalled_after_seconds: float = 30.0  # a worker silent this long is dead: its job runs again
    requeue_after_minutes: float = 5.0  # a message still waiting this long is queued again
    keep_jobs_hours: int = 72  # finished jobs are deleted after this long
    extract_retries: int = 5  # attempts of a job that met a transient database error


QUEUE_KEYS = frozenset(f.name for f in fields(QueueSettings))


def queue_settings(settings: Settings) -> QueueSettings:
    """The [queue] section; the procrastinate backend is refused on anything but PostgreSQL."""
    section: dict[str, Any] = dict(settings.extra.get("queue", {}))
    values: dict[str, Any] = {}
    for f in fields(QueueSettings):
        if f.name in section:
            values[f.name] = _convert(f.name, section[f.name], type(getattr(QueueSettings, f.name)))
    queue = QueueSettings(**values)
    if queue.backend not in BACKENDS:
        raise ConfigError(
            f"[queue] backend must be one of {', '.join(BACKENDS)}, not {queue.backend!r}"
        )
    if queue.backend == "procrastinate" and not is_postgres_url(settings.database_url):
        raise ConfigError(
            '[queue] backend = "procrastinate" needs PostgreSQL (database_url = '
            '"postgresql+psycopg://USER@HOST/DB"); on SQLite use backend = "inline"'
        )
    return queue


def _convert(name: str, value: Any, kind: type) -> Any:
    try:
        return kind(value)
    except (TypeError, ValueError) as err:
        raise ConfigError(f"[queue] {name}: {value!r} is not a {kind.__name__}") from err


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql:", "postgresql+", "postgres:"))


def libpq_conninfo(url: str) -> str:
    """The database URL as libpq reads it (no SQLAlchemy driver name), options kept."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
