"""`intake queue show`: one item as an editor judges it, read through the DB-API driver on
SQLite and PostgreSQL as `queue list` reads (intake/queue/item_view.py, no SQLAlchemy), through
the ORM for any other database URL and for a message (m10); rich only for a terminal."""

from __future__ import annotations

import click

from intake.app import AppContext, pass_app
from intake.cli.options import Ref, campaign_for, console
from intake.cli.visible import json_text
from intake.queue.item_view import ItemView


@click.command("show")
@click.argument("ref", metavar="ID", type=Ref())
@click.option("--json", "as_json", is_flag=True, help="The item as JSON.")
@pass_app
def queue_show(app: AppContext, /, ref: tuple[str, int], as_json: bool) -> None:
    """Show one item: fields with confidence and evidence, the diff to the model, documents,
    sender, suspected duplicates and history.

    A message id (m10, from `queue list --status failed|other`) shows that message: why it
    failed or is not a resolution, its documents, and what to do about it.

    \b
    Example:
      intake queue show 3
      intake queue show m10
    """
    kind, number = ref
    if kind == "item":
        print_item(app, number, as_json=as_json)
        return
    from intake.cli import render
    from intake.queue.messages import show_message

    with app.database().transaction() as session:
        message = show_message(session, number)
    if as_json:
        click.echo(json_text(message, indent=2))
    else:
        console().print(render.message_detail(message))


def print_item(app: AppContext, /, item_id: int, *, as_json: bool = False) -> None:
    """The item as the desk shows it, or as JSON."""
    item = read_item(app, item_id)
    if as_json:
        click.echo(json_text(item.as_dict(), indent=2))
        return
    from intake.cli import render

    out = console()
    out.print(render.detail(item, out))


def read_item(app: AppContext, /, item_id: int) -> ItemView:
    """One item's view: through the DB-API driver where it reads the database, else the ORM."""
    reader = app.queue_reader()
    if reader is not None:
        from intake.queue.item_view import read_item as read_plain

        try:
            return read_plain(reader, item_id, model_for=lambda name: _model(app, name))
        finally:
            reader.close()
    from intake.queue import actions, detail

    with app.database().transaction() as session:
        model = _model(app, actions.get_item(session, item_id).campaign)
        return detail.show_item(session, item_id, model=model)


def _model(app: AppContext, /, campaign_name: str | None) -> str | None:
    """The model text of the item's campaign, which the item's text is compared with; an
    item of no campaign reads none of the campaign files."""
    if campaign_name is None:
        return None
    campaign = campaign_for(app, campaign_name)
    return campaign.model if campaign else None
