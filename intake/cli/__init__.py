"""The `intake` command line: the root group, its table of commands and the entry point, `main`.

Each command group lives in its own module of intake/cli/ (config and db, poll/worker/reprocess,
extract/eval, status, queue, review, output); each command loads settings, calls one core
function, prints. The review desk and the output commands are imported only when one runs.

Errors of the IntakeError family become one line and a documented exit code (see errors.py);
a traceback only with --debug.
"""

from __future__ import annotations

import contextlib
import logging
import sys

import click

from intake.app import AppContext
from intake.cli.config import config, db
from intake.cli.extract import eval_command, extract
from intake.cli.lazy import LazyCommand, LazyGroup
from intake.cli.poll import poll, reprocess, worker
from intake.cli.status import status
from intake.errors import ExitCode, IntakeError
from intake.logs import error_line, requested_format

# The review desk and the output commands, imported only when one of them runs. Their lines
# in `intake --help` are their docstrings' first paragraphs (a test holds them equal).
LAZY_COMMANDS = {
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


for _command in (config, db, poll, worker, reprocess, extract, eval_command, status):
    cli.add_command(_command)


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
        from intake.cli.visible import visible

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
