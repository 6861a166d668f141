"""The click pieces the editors' commands share: queue filters, ids (3 or m10), --show, the
console, and the campaign of an item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from intake.errors import ValidationError
from intake.queue.filters import MESSAGE_STATUSES, REVIEW_STATUSES, QueueFilter
from intake.queue.rows import parse_ref

if TYPE_CHECKING:
    from rich.console import Console

    from intake.app import AppContext
    from parsers.campaign import Campaign

_DAY = click.DateTime(formats=["%Y-%m-%d"])


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The queue filters, shared by `queue list`, `queue approve --all-matching` and `review`."""
    options = [
        click.option(
            "--status",
            type=click.Choice(REVIEW_STATUSES + MESSAGE_STATUSES),
            help="Only this status (failed: quarantined messages).",
        ),
        click.option("--campaign", metavar="NAME", help="Only this campaign."),
        click.option(
            "--below",
            type=click.FloatRange(0, 1),
            metavar="CONF",
            help="Only items whose weakest field confidence is under CONF.",
        ),
        click.option("--organisation", metavar="TEXT", help="Organisation contains TEXT."),
        click.option("--country", metavar="CODE", help="Meeting place in this country (GB)."),
        click.option("--met-from", type=_DAY, help="Meeting on or after YYYY-MM-DD."),
        click.option("--met-to", type=_DAY, help="Meeting on or before YYYY-MM-DD."),
        click.option("--received-from", type=_DAY, help="Received on or after YYYY-MM-DD."),
        click.option("--received-to", type=_DAY, help="Received on or before YYYY-MM-DD."),
        click.option(
            "--search",
            "text",
            metavar="TEXT",
            help="TEXT anywhere: resolution, organisation, place, subject, sender.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_filter(**given: Any) -> QueueFilter:
    values: dict[str, Any] = {
        k: v.date() if isinstance(v, datetime) else v for k, v in given.items()
    }
    return QueueFilter(**values)


def console() -> Console:
    """The desk's console: no markup is read in what it prints (mail text is not ours)."""
    from rich.console import Console  # here: piped, `queue list` prints without rich

    out = Console(highlight=False, markup=False, emoji=False)
    out.soft_wrap = not out.is_terminal  # piped: whole lines, for grep
    return out


def campaign_for(app: AppContext, /, name: str | None) -> Campaign | None:
    from intake.settings import load_campaigns  # not the pipeline's module: no SQLAlchemy

    return next((c for c in load_campaigns(app.settings) if c.name == name), None)


class Ref(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.2; we allow 8.1
    """A review item's id (3), or a message's written with an m (m10)."""

    name = "ID"

    def convert(self, value: Any, param: Any, ctx: Any) -> tuple[str, int]:
        try:
            return parse_ref(str(value))
        except ValidationError as err:
            self.fail(str(err), param, ctx)


show_option = click.option(
    "--show", is_flag=True, help="If someone changed the item meanwhile, print it as it now is."
)
