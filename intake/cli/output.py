"""The output commands of the CLI: export, publish, acknowledge. Each is handed the AppContext
(intake/app.py), as the review desk's are."""

from __future__ import annotations

from pathlib import Path

import click

from intake.app import AppContext, pass_app
from intake.errors import IntakeError, PartialFailureError


@click.command("export")
@click.option(
    "--format",
    "formats",
    multiple=True,
    default=("json", "markdown"),
    type=click.Choice(["json", "markdown"]),
    help="What to write; repeat for both (default: both json and markdown).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="Output folder (default: [publish] out_dir, else export_dir, from the config).",
)
@pass_app
def export_cmd(app: AppContext, formats: tuple[str, ...], out_dir: Path | None) -> None:
    """Write approved resolutions (only approved ones) as JSON and Markdown.

    \b
    Example:
      intake export --format json --out public/
    """
    from intake.exporting import run_export
    from intake.publishing import output_folder

    target = output_folder(app.settings, out_dir, command="export")
    with app.database().transaction() as session:
        written = run_export(session, target, formats, actor=app.editor)
    click.echo(f"wrote {len(written)} file(s) to {target}")


@click.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="Output folder (default: [publish] out_dir, else export_dir, from the config).",
)
@click.option("--dry-run", is_flag=True, help="Only list what would change.")
@click.option("--no-acknowledge", is_flag=True, help="Do not send acknowledgements afterwards.")
@pass_app
def publish(app: AppContext, out_dir: Path | None, dry_run: bool, no_acknowledge: bool) -> None:
    """Publish approved resolutions: pages, index, JSON, CSV, feed, map, charts, posts.

    The folder is replaced atomically (it is a symlink to the newest build); safe to run
    from cron. Withdrawn resolutions disappear from every output. Without --out, the folder
    is [publish] out_dir (else export_dir) from the config.

    \b
    Example:
      intake publish --out /srv/www/resolutions --dry-run
      intake publish --out /srv/www/resolutions
    """
    from intake.outbox.acknowledge import ack_settings, send_acknowledgements
    from intake.publishing import output_folder, run_publish

    target = output_folder(app.settings, out_dir)
    outcome = run_publish(app.database(), app.settings, target, actor=app.editor, dry_run=dry_run)
    for warning in outcome.warnings:
        click.echo(f"warning: {warning}", err=True)
    for line in outcome.lines():  # none when nothing changed: cron mails every line
        click.echo(line)
    if not dry_run and not no_acknowledge and ack_settings(app.settings).enabled:
        try:
            summary = send_acknowledgements(app.database(), app.settings)
            if summary.has_news:
                click.echo(summary.line())
        except IntakeError as err:  # replies never fail a publish
            click.echo(f"acknowledgements not sent: {err}", err=True)
    if outcome.report.failures:
        raise PartialFailureError(
            f"{len(outcome.report.failures)} resolution(s) could not be rendered "
            "(listed above); the others were published"
        )


@click.command()
@pass_app
def acknowledge(app: AppContext) -> None:
    """Send the acknowledgements owed to senders (received / published), if enabled.

    \b
    Example:
      intake acknowledge
    """
    from intake.outbox.acknowledge import send_acknowledgements

    click.echo(send_acknowledgements(app.database(), app.settings).line())
