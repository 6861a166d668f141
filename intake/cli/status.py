"""`intake status`: counts, the last good poll of each folder, the last export and publish."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import click

from intake.app import AppContext, pass_app


@click.command()
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
    from intake.status import collect_status, forget_source

    if forget:
        configured = configured_sources(app.settings)
        with app.database().transaction() as session:
            gone = forget_source(session, forget, folder=folder, configured=configured)
        click.echo(f"forgot {forget}: {', '.join(gone)} (stored mail is kept)")
        return
    with app.database().transaction() as session:
        report = collect_status(session, stale_after=timedelta(minutes=stale_after))
    click.echo(json.dumps(report, indent=2) if as_json else format_status(report))


def format_status(report: dict[str, Any]) -> str:
    messages = ", ".join(f"{k} {v}" for k, v in report["messages"].items())
    queue = ", ".join(f"{k} {v}" for k, v in report["queue"].items())
    poll = report["last_poll"]
    lines = [f"messages: {messages}", f"queue:    {queue}"]
    lines.append(
        "last poll: never"
        if poll is None
        else f"last poll: {poll['started_at'][:19]} {poll['source']} "
        f"(fetched {poll['fetched']}, stored {poll['stored']})"
    )
    for source in report["sources"]:
        lines.append(_source_line(source))
    export = report["last_export"]
    if export:
        lines.append(
            f"last export: {export['at'][:19]} to {export['out_dir']} "
            f"({export['count']} resolutions)"
        )
    published = report.get("last_publish")
    if published:
        lines.append(
            f"last publish: {published['at'][:19]} to {published['out_dir']} "
            f"({published['count']} resolutions; {len(published['added'])} new, "
            f"{len(published['updated'])} updated, {len(published['withdrawn'])} withdrawn)"
        )
    return "\n".join(lines)


def _source_line(source: dict[str, Any]) -> str:
    """`  imap:campaign INBOX: last good poll 2024-05-01 10:00:00` (+ STALE and the last error)."""
    where = f"  {source['source']} {source['folder']}".rstrip()
    last = (source["last_success_at"] or "never")[:19].replace("T", " ")
    line = f"{where}: last good poll {last}"
    if source["stale"]:
        line += "  WARNING: stale"
    if source["last_error"]:
        line += f"  (last error: {source['last_error']})"
    return line
