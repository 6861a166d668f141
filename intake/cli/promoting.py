"""`intake queue promote`: an editor makes a message classed "other" a review item."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from intake.cli.options import Ref
from intake.queue.messages import promote

if TYPE_CHECKING:
    from intake.app import AppContext


@click.command("promote")
@click.argument("ref", metavar="MESSAGE", type=Ref())
@click.option("--campaign", metavar="NAME", help="Its campaign (default: the only one).")
@click.pass_obj
def promote_command(app: AppContext, /, ref: tuple[str, int], campaign: str | None) -> None:
    """Make a message classed "other" a pending review item, when it is a resolution after all.

    Its fields are empty: fill them in with `intake queue edit`. Audited.

    \b
    Example:
      intake queue promote m9 && intake queue edit 12 --organisation "Bristol Unison"
    """
    kind, number = ref
    if kind != "message":
        raise click.UsageError(f"promote takes a message id: m{number}, not {number}")
    name = _campaign_name(app, campaign)
    with app.database().transaction() as session:
        item = promote(session, number, campaign=name, editor=app.editor)
        item_id = item.id
    click.echo(f"promoted m{number} to review item {item_id}: pending, its fields to fill in")


def _campaign_name(app: AppContext, /, given: str | None) -> str:
    from intake.settings import load_campaigns

    names = [c.name for c in load_campaigns(app.settings)]
    if given is None and len(names) == 1:
        return names[0]
    if given not in names:
        raise click.UsageError(f"give --campaign, one of: {', '.join(names)}")
    return given
