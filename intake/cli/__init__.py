"""The `intake` command line: the root group, its table of commands and the entry point, `main`.

Each command group lives in its own module of intake/cli/ (config and db, poll/worker/reprocess,
extract/eval, status, queue, review, output); each command loads settings, calls one core
function, prints. A command's module is imported only when it runs.

Errors of the IntakeError family become one line and a documented exit code (see errors.py);
a traceback only with --debug.
"""

from __future__ import annotations

import contextlib
import logging
import sys

import click

from intake.app import AppContext
from intake.cli.lazy import LazyCommand, LazyGroup
from intake.errors import ExitCode, IntakeError

_POLL = "intake.cli.poll"
# Every command, imported only when it runs: `intake queue list` loads neither polling nor
# publishing. Their lines in `intake --help` are their docstrings' first paragraphs (a test
# holds them equal).
LAZY_COMMANDS = {
    "config": LazyCommand("intake.cli.config:config", "Inspect the configuration."),
    "db": LazyCommand("intake.cli.config:db", "Manage the database schema."),
    "poll": LazyCommand(
        f"{_POLL}:poll",
        "Read each source once, store new messages, extract and queue them; for cron.",
    ),
    "worker": LazyCommand(
        f"{_POLL}:worker",
        "Keep polling: wait with IMAP IDLE, reconnect after drops; stop cleanly on SIGTERM.",
    ),
    "reprocess": LazyCommand(
        f"{_POLL}:reprocess", "Run parsing and extraction again from the stored bytes."
    ),
    "extract": LazyCommand(
        "intake.cli.extract:extract",
        "Show what the pipeline makes of .eml files, without touching the database.",
    ),
    "eval": LazyCommand(
        "intake.cli.extract:eval_command",
        "Measure extraction on a labelled folder (NNN-name.eml beside NNN-name.json).",
    ),
    "status": LazyCommand(
        "intake.cli.status:status",
        "Counts of messages and review items by status, and the last good poll of each folder.",
    ),
    "queue": LazyCommand(
        "intake.cli.queue:queue",
        "Review the queue: list, show, edit, approve, reject, reopen, merge, open, history,"
        " promote.",
    ),
    "review": LazyCommand(
        "intake.cli.review:review",
        "Work through the pending queue one item at a time, the unsure first.",
    ),
    "export": LazyCommand(
        "intake.cli.output:export_cmd",
        "Write approved resolutions (only approved ones) as JSON and Markdown.",
    ),
    "publish": LazyCommand(
        "intake.cli.output:publish",
        "Publish approved resolutions: pages, index, JSON, CSV, feed, map, charts, posts.",
    ),
    "acknowledge": LazyCommand(
        "intake.cli.output:acknowledge",
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


# --- entry point ----------------------------------------------------------------------------


def _say(line: str) -> None:
    """One line on stderr; a terminal that has gone away (review over ssh) cannot take it."""
    with contextlib.suppress(OSError):
        click.echo(line, err=True)


def _say_error(text: str, args: list[str], exit_code: int) -> None:
    """The error as one line, in the log format asked for (JSON for --log-format json)."""
    from intake.logs import error_line, requested_format  # only on an error: json with it

    _say(error_line(text, log_format=requested_format(args), exit_code=exit_code))


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
        from intake.cli.visible import visible

        _say_error(visible(str(err)), args, err.exit_code)  # an error may quote mail text
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as err:  # a bug: one line for the operator, the traceback with --debug
        if debug:
            raise
        text = f"unexpected error: {type(err).__name__}: {err} (run again with --debug for details)"
        _say_error(text, args, ExitCode.FAILURE)
        sys.exit(ExitCode.FAILURE)
    sys.exit(ExitCode.OK)
