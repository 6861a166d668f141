"""`intake poll`, `intake worker` and `intake reprocess`: mail in, stored and processed."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING

import click

from intake.app import AppContext, pass_app
from intake.errors import ConfigError, IntakeError, PartialFailureError
from intake.logs import LOG_FORMATS, error_line

if TYPE_CHECKING:
    from intake.sources.base import Source


_SOURCE_HELP = (
    "maildir:PATH, eml-dir:PATH, imap:ACCOUNT (from the config), imaps://USER@HOST:PORT/FOLDER "
    "or imap://USER@HOST:PORT/FOLDER (STARTTLS; password in $INTAKE_IMAP_PASSWORD). "
    "Default: `source` and every [imap.accounts] in the config."
)


_JOBS_HELP = "Extraction processes (default: `jobs` in the config, 0 = one per core)."


@click.command()
@click.option("--source", "source_spec", metavar="SPEC", help=_SOURCE_HELP)
@click.option("--max-messages", type=click.IntRange(min=1), help="Stop after this many messages.")
@click.option("--max-seconds", type=click.FloatRange(min=0), help="Stop after this long.")
@click.option("--no-process", is_flag=True, help="Only store raw messages; extract later.")
@click.option("--jobs", type=click.IntRange(min=0), help=_JOBS_HELP)
@click.option(
    "--allow-plaintext", is_flag=True, help="imap:// without TLS (only to a loopback host)."
)
@click.option(
    "--log-format", type=click.Choice(LOG_FORMATS), help="Logs as text or JSON lines (stderr)."
)
@pass_app
def poll(
    app: AppContext,
    source_spec: str | None,
    max_messages: int | None,
    max_seconds: float | None,
    no_process: bool,
    jobs: int | None,
    allow_plaintext: bool,
    log_format: str | None,
) -> None:
    """Read each source once, store new messages, extract and queue them; for cron.

    Prints one summary line per source. Exit codes: 0 done, 3 configuration, 5 mailbox
    unreachable or login refused, 6 another run holds the lock, 7 some messages failed.

    \b
    Example:
      intake poll --source maildir:/srv/mail/campaign
      INTAKE_IMAP_PASSWORD=... intake poll --source imaps://me@imap.example.org:993/INBOX
    """
    from intake.pipeline.poll import run_poll
    from intake.sources.registry import configured_sources, open_source

    settings = app.settings
    _configure_logs(app, log_format)
    specs = [source_spec] if source_spec else configured_sources(settings) or [""]
    db = app.database()
    errors: list[IntakeError] = []
    failed = 0
    for spec in specs:
        try:
            source = open_source(spec, settings, db=db, allow_plaintext=allow_plaintext)
            summary = run_poll(
                db,
                settings,
                source,
                max_messages=max_messages,
                max_seconds=max_seconds,
                process=not no_process,
                jobs=jobs,
            )
        except IntakeError as err:
            errors.append(err)
            continue
        failed += summary.failed
        click.echo(
            json.dumps(asdict(summary))
            if _log_format(app, log_format) == "json"
            else summary.line()
        )
    _raise_first(errors, failed, _log_format(app, log_format))


def _raise_first(errors: list[IntakeError], failed: int, log_format: str = "text") -> None:
    """Several sources: report every failure, exit with the first one's code."""
    for err in errors[1:]:
        click.echo(error_line(str(err), log_format=log_format, exit_code=err.exit_code), err=True)
    if errors:
        raise errors[0]
    if failed:
        raise PartialFailureError(
            f"{failed} message(s) could not be stored; they are still on the server (see the log)"
        )


@click.command()
@click.option("--source", "source_specs", metavar="SPEC", multiple=True, help=_SOURCE_HELP)
@click.option(
    "--interval",
    type=click.FloatRange(min=1),
    default=300,
    show_default=True,
    help="Seconds between polls when the server has no IDLE (and the longest wait with it).",
)
@click.option("--allow-plaintext", is_flag=True, help="imap:// without TLS (loopback only).")
@click.option(
    "--log-format", type=click.Choice(LOG_FORMATS), help="Logs as text or JSON lines (stderr)."
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    help="Job queue only: worker processes on this host (default: the number of cores).",
)
@click.option("--drain", is_flag=True, help="Job queue only: run what is waiting, then exit.")
@pass_app
def worker(
    app: AppContext,
    source_specs: tuple[str, ...],
    interval: float,
    allow_plaintext: bool,
    log_format: str | None,
    processes: int | None,
    drain: bool,
) -> None:
    """Keep polling: wait with IMAP IDLE, reconnect after drops; stop cleanly on SIGTERM.

    Stores raw messages only; run `intake reprocess` (or a cron `intake poll`) to extract.
    With `[queue] backend = "procrastinate"` it runs job queue workers instead: polls,
    extraction, acknowledgements and publishing as jobs shared by every host.

    \b
    Example:
      intake worker --source imap:campaign
      intake worker --processes 4          (job queue)
      intake worker --processes 2 --drain  (job queue: catch up, then exit)
    """
    settings = app.settings
    _configure_logs(app, log_format, level=logging.INFO)
    if _run_queue_workers(app, source_specs, processes, drain=drain):
        return
    from intake.pipeline.worker import StopFlag, run_worker, run_workers
    from intake.sources.registry import configured_sources, open_source

    specs = list(source_specs) or configured_sources(settings) or [""]
    db = app.database()
    for spec in specs:  # configuration errors now, not in a thread later
        open_source(spec, settings, db=db, allow_plaintext=allow_plaintext)

    def factory(spec: str) -> Callable[[], Source]:
        return lambda: open_source(spec, settings, db=db, allow_plaintext=allow_plaintext)

    stop = StopFlag()
    stop.install()
    if len(specs) == 1:
        run_worker(db, settings, factory(specs[0]), stop=stop, interval=interval)
    else:
        run_workers(db, settings, [factory(s) for s in specs], stop=stop, interval=interval)


def _run_queue_workers(
    app: AppContext, source_specs: tuple[str, ...], processes: int | None, *, drain: bool
) -> bool:
    """On the procrastinate backend, run its workers and say so; False on the inline one."""
    import os

    from intake.pipeline.job_queue import queue_settings

    if queue_settings(app.settings).backend == "inline":
        if processes is not None or drain:
            raise click.UsageError('--processes and --drain need [queue] backend = "procrastinate"')
        return False
    if source_specs:
        raise click.UsageError("with the job queue, mailboxes come from the config, not --source")
    from intake.pipeline.job_workers import WorkerPlan, run_job_workers

    app.database().dispose()  # the schema is current; the workers open their own connections
    run_job_workers(app.settings, WorkerPlan(processes or len(os.sched_getaffinity(0)), drain))
    return True


def _log_format(app: AppContext, option: str | None) -> str:
    return option or app.settings.log_format


def _configure_logs(app: AppContext, option: str | None, *, level: int = logging.WARNING) -> None:
    from intake.logs import configure_logging

    log_format = _log_format(app, option)
    if log_format not in LOG_FORMATS:
        raise ConfigError(f"log_format must be text or json, not {log_format!r}")
    configure_logging(log_format, level=logging.DEBUG if app.debug else level)


@click.command()
@click.argument("message", metavar="MESSAGE_ID", required=False)
@click.option("--all", "everything", is_flag=True, help="Every stored message.")
@click.option("--jobs", type=click.IntRange(min=0), help=_JOBS_HELP)
@pass_app
def reprocess(app: AppContext, message: str | None, everything: bool, jobs: int | None) -> None:
    """Run parsing and extraction again from the stored bytes.

    MESSAGE_ID is a message's number, as `intake queue list --status failed` shows it (m10 or
    10), not a review item's. Editors' edits are kept.

    \b
    Example:
      intake reprocess m10
      intake reprocess --all
    """
    from intake.pipeline.reprocess import reprocess_messages

    if (message is None) == (not everything):
        raise click.UsageError("give one MESSAGE_ID or --all")
    pks = None if everything else [_message_number(message or "")]
    done = reprocess_messages(app.database(), app.settings, pks, jobs=jobs)
    click.echo(f"reprocessed {done} message(s)")


def _message_number(text: str) -> int:
    number = text.removeprefix("m")
    if not number.isdigit():
        raise click.UsageError(f"{text!r} is not a message id: use the number shown as m10")
    return int(number)
