"""The `intake` command line. Each command loads settings, calls one core function, prints.

Errors of the IntakeError family become one line and a documented exit code (see errors.py);
a traceback only with --debug.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.errors import ConfigError, ExitCode, IntakeError, PartialFailureError
from intake.lazy_commands import LazyCommand, LazyGroup
from intake.logs import LOG_FORMATS, error_line, requested_format

if TYPE_CHECKING:  # imported where used: `intake --help` starts without them
    from intake.settings import Settings
    from intake.sources.base import Source
    from intake.store.db import Database


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

    @property
    def editor(self) -> str:
        return self.editor_option or self.settings.editor or getpass.getuser()


pass_app = click.make_pass_decorator(AppContext)

# The review desk and the output commands, imported only when one of them runs. Their lines
# in `intake --help` are their docstrings' first paragraphs (a test holds them equal).
LAZY_COMMANDS = {
    "queue": LazyCommand(
        "intake.review.commands:queue",
        "Review the queue: list, show, edit, approve, reject, reopen, merge, open, history,"
        " promote.",
    ),
    "review": LazyCommand(
        "intake.review.loop:review",
        "Work through the pending queue one item at a time, the unsure first.",
    ),
    "export": LazyCommand(
        "intake.output_commands:export_cmd",
        "Write approved resolutions (only approved ones) as JSON and Markdown.",
    ),
    "publish": LazyCommand(
        "intake.output_commands:publish",
        "Publish approved resolutions: pages, index, JSON, CSV, feed, map, charts, posts.",
    ),
    "acknowledge": LazyCommand(
        "intake.output_commands:acknowledge",
        "Send the acknowledgements owed to senders (received / published), if enabled.",
    ),
}


@click.group(
    cls=LazyGroup, lazy=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Config file (default: $INTAKE_CONFIG, else ./intake.toml).",
)
@click.option("--editor", metavar="NAME", help="Who is acting (default: config, else login name).")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.version_option(package_name="resolution-intake")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, editor: str | None, debug: bool) -> None:
    """Turn a campaign inbox into reviewed, published resolutions.

    \b
    Example:
      intake poll --source maildir:fixtures/sample-inbox
      intake queue list
    """
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    ctx.obj = AppContext(config_path, debug, editor)


# --- configuration and database -------------------------------------------------------------


@cli.group()
def config() -> None:
    """Inspect the configuration.

    \b
    Example:
      intake config check
    """


@config.command("check")
@pass_app
def config_check(app: AppContext) -> None:
    """Print the effective configuration (secrets masked) and check it.

    \b
    Example:
      intake --config /etc/intake.toml config check
    """
    from intake.configcheck import check_configuration
    from intake.settings import describe

    settings = app.settings
    click.echo(json.dumps(describe(settings), indent=2, default=str))
    for line in check_configuration(settings):
        click.echo(line)
    click.echo("configuration OK")


@cli.group()
def db() -> None:
    """Manage the database schema.

    \b
    Example:
      intake db upgrade
    """


@db.command("upgrade")
@pass_app
def db_upgrade(app: AppContext) -> None:
    """Create or migrate the database schema to the newest version.

    \b
    Example:
      intake db upgrade
    """
    revision = app.database(check_schema=False, create=True).upgrade()
    click.echo(f"database schema at {revision}")


# --- intake ---------------------------------------------------------------------------------


_SOURCE_HELP = (
    "maildir:PATH, eml-dir:PATH, imap:ACCOUNT (from the config), imaps://USER@HOST:PORT/FOLDER "
    "or imap://USER@HOST:PORT/FOLDER (STARTTLS; password in $INTAKE_IMAP_PASSWORD). "
    "Default: `source` and every [imap.accounts] in the config."
)


_JOBS_HELP = "Extraction processes (default: `jobs` in the config, 0 = one per core)."


@cli.command()
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
    from intake.poll import run_poll
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


@cli.command()
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
    from intake.sources.registry import configured_sources, open_source
    from intake.worker import StopFlag, run_worker, run_workers

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

    from intake.queue_settings import queue_settings

    if queue_settings(app.settings).backend == "inline":
        if processes is not None or drain:
            raise click.UsageError('--processes and --drain need [queue] backend = "procrastinate"')
        return False
    if source_specs:
        raise click.UsageError("with the job queue, mailboxes come from the config, not --source")
    from intake.job_workers import WorkerPlan, run_job_workers

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


@cli.command()
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
    from intake.reprocess import reprocess_messages

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


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per message.")
@click.option("--campaign", "campaign_name", metavar="NAME", help="Only this campaign.")
@click.option("--jobs", type=click.IntRange(min=0), help=_JOBS_HELP)
@pass_app
def extract(
    app: AppContext,
    paths: tuple[Path, ...],
    as_json: bool,
    campaign_name: str | None,
    jobs: int | None,
) -> None:
    """Show what the pipeline makes of .eml files, without touching the database.

    PATH is an .eml file, a folder of them, or a Maildir.

    \b
    Example:
      intake extract --json fixtures/sample-inbox
    """
    from intake.extracting import extract_paths, format_result

    for result in extract_paths(app.settings, paths, campaign_name=campaign_name, jobs=jobs):
        click.echo(json.dumps(result, ensure_ascii=False) if as_json else format_result(result))


@cli.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--max-confidently-wrong",
    type=click.IntRange(min=0),
    default=None,
    help="Exit 1 when more values than this (all fields together) are confidently wrong.",
)
@pass_app
def eval_command(app: AppContext, folder: Path, max_confidently_wrong: int | None) -> None:
    """Measure extraction on a labelled folder (NNN-name.eml beside NNN-name.json).

    Prints, per field, the share right, the share unsure and the confidently wrong, then each
    miss with its evidence. With --max-confidently-wrong N it exits 1 when more than N values
    are confidently wrong, so CI can hold the line.

    \b
    Example:
      intake eval fixtures/eval --max-confidently-wrong 0
    """
    from intake.evaluate import confidently_wrong, evaluate, format_report
    from intake.process import extract_config

    report = evaluate(folder, extract_config(app.settings))
    click.echo(format_report(report))
    wrong = confidently_wrong(report)
    if max_confidently_wrong is not None and wrong > max_confidently_wrong:
        click.echo(
            f"error: {wrong} confidently wrong values, more than the {max_confidently_wrong}"
            " allowed",
            err=True,
        )
        raise SystemExit(1)


# --- review (`intake queue ...`, `intake review`) and output: LAZY_COMMANDS above ----------


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable.")
@click.option(
    "--stale-after",
    type=click.IntRange(min=1),
    default=60,
    show_default=True,
    metavar="MINUTES",
    help="Warn about a folder whose last good poll is older than this.",
)
@click.option(
    "--forget",
    "forget",
    metavar="SOURCE",
    help="Forget a source no longer configured (e.g. a typo): it stops showing as stale.",
)
@click.option("--folder", metavar="NAME", help="With --forget: only this folder of it.")
@pass_app
def status(
    app: AppContext, as_json: bool, stale_after: int, forget: str | None, folder: str | None
) -> None:
    """Counts of messages and review items by status, and the last good poll of each folder.

    \b
    Example:
      intake status --json
      intake status --forget imap:campaing
    """
    from intake.sources.registry import configured_sources
    from intake.status import collect_status, forget_source, format_status

    if forget:
        configured = configured_sources(app.settings)
        with app.database().transaction() as session:
            gone = forget_source(session, forget, folder=folder, configured=configured)
        click.echo(f"forgot {forget}: {', '.join(gone)} (stored mail is kept)")
        return
    with app.database().transaction() as session:
        report = collect_status(session, stale_after=timedelta(minutes=stale_after))
    click.echo(json.dumps(report, indent=2) if as_json else format_status(report))


# --- entry point ----------------------------------------------------------------------------


def _say(line: str) -> None:
    """One line on stderr; a terminal that has gone away (review over ssh) cannot take it."""
    with contextlib.suppress(OSError):
        click.echo(line, err=True)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; turn our errors into one line and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="intake", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(ExitCode.FAILURE)
    except click.ClickException as err:
        err.show()
        sys.exit(ExitCode.USAGE)
    except IntakeError as err:
        if debug:
            raise
        from intake.review.visible import visible

        _say(
            error_line(
                visible(str(err)), log_format=requested_format(args), exit_code=err.exit_code
            )
        )  # an error may quote mail text
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as err:  # a bug: one line for the operator, the traceback with --debug
        if debug:
            raise
        text = f"unexpected error: {type(err).__name__}: {err} (run again with --debug for details)"
        _say(error_line(text, log_format=requested_format(args), exit_code=ExitCode.FAILURE))
        sys.exit(ExitCode.FAILURE)
    sys.exit(ExitCode.OK)
