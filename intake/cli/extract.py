"""`intake extract` and `intake eval`: what the pipeline makes of files, without the database."""

from __future__ import annotations

import json
from pathlib import Path

import click

from intake.app import AppContext, pass_app


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per message.")
@click.option("--campaign", "campaign_name", metavar="NAME", help="Only this campaign.")
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    help="Extraction processes (default: `jobs` in the config, 0 = one per core).",
)
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


@click.command("eval")
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
    from intake.pipeline.extraction import extract_config

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
