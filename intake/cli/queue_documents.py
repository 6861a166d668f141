"""`intake queue open` and `intake queue history`: an item's documents and its audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from intake.cli import render
from intake.cli.visible import json_text
from intake.queue import actions, detail

if TYPE_CHECKING:
    from intake.app import AppContext


@click.command("open")
@click.argument("item_id", type=int)
@click.argument("document", required=False)
@click.option("--view", is_flag=True, help="Open it with the system's viewer.")
@click.pass_obj
def queue_open(app: AppContext, /, item_id: int, document: str | None, view: bool) -> None:
    """Write a document of an item to a temporary file and print its path.

    DOCUMENT is a number or name from `intake queue show` (default: the first attachment).

    \b
    Example:
      intake queue open 3 2 --view
    """
    from intake.queue.attachments import write_document

    with app.database().transaction() as session:
        path = write_document(session, item_id, document)
    click.echo(str(path))
    if view:
        click.launch(str(path))


@click.command("history")
@click.argument("item_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per entry.")
@click.pass_obj
def queue_history(app: AppContext, /, item_id: int, as_json: bool) -> None:
    """The audit trail of an item: who did what, when.

    \b
    Example:
      intake queue history 3
    """
    with app.database().transaction() as session:
        actions.get_item(session, item_id)
        entries = detail.history(session, item_id)
    for line in (json_text(e) for e in entries) if as_json else render.history_lines(entries):
        click.echo(line)
