"""The editors' commands that change items: `intake queue edit`, `approve`, `reject`,
`reopen` and `merge`. Each one is short: settings, a session, one core function, print. An
edit loads only what reading its fields needs (the gazetteer for a place, the date readers for
a date), never the desk's rendering."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from intake.app import AppContext, pass_app
from intake.cli.options import filter_options, make_filter, show_option
from intake.cli.visible import visible
from intake.errors import ConflictError, NoMatchError
from intake.queue import actions
from intake.queue.filters import QueueFilter
from intake.queue.item_view import vouched_by


@contextmanager
def shown_again_on_conflict(app: AppContext, /, item_id: int, *, show: bool) -> Iterator[None]:
    """With --show, a conflict prints the item as it now is (stdout) before the one-line
    refusal (stderr); without it, only the refusal, so a script's stdout stays clean."""
    try:
        yield
    except ConflictError:
        if show:
            from intake.cli.queue_show import print_item

            print_item(app, item_id)
        raise


@click.command("edit")
@click.argument("item_id", type=int)
@click.option("--organisation", metavar="NAME", help="The organisation's name.")
@click.option("--date", "meeting_date", metavar="DATE", help="Meeting date (2024-03-14).")
@click.option("--place", metavar="PLACE", help="Town or city of the meeting.")
@click.option("--country", metavar="CODE", help="Country of the place (code or name).")
@click.option(
    "--vouch",
    is_flag=True,
    help="Take a town the gazetteer lacks as typed, in its country (no map position).",
)
@click.option(
    "--alias/--no-alias",
    default=None,
    help="Record the spelling as written as an alias (asked on a terminal).",
)
@click.option("--expected-version", type=int, help="The version you saw (default: current).")
@show_option
@pass_app
def queue_edit(
    app: AppContext,
    /,
    item_id: int,
    expected_version: int | None,
    alias: bool | None,
    vouch: bool,
    show: bool,
    **fields: str | None,
) -> None:
    """Correct fields, read the same way extraction reads them (an unreadable date is refused).

    A place is a town of the gazetteer, in the item's country unless another is given
    ("Lyon, FR" or --country FR). A town the gazetteer lacks is taken with --vouch: kept as
    typed, in its country, with no position on the map, and shown as vouched for by you.

    \b
    Example:
      intake queue edit 3 --organisation "Fenmouth Dockers" --date 2024-03-14 --place Manchester
      intake queue edit 5 --place "Hebden Bridge" --vouch
    """
    changes = {k: v for k, v in fields.items() if v is not None}
    with app.database().transaction() as session:
        item = actions.get_item(session, item_id)
        seen, spelling = item.version, item.organisation_as_written or item.organisation
        near = item.country_code
    actions.normalised_fields(changes, near=near, vouch=vouch)  # refuse before asking anything
    if "organisation" in changes and spelling and alias is None:
        alias = sys.stdin.isatty() and click.confirm(
            f"Record {visible(repr(spelling))} as an alias of this organisation?", default=True
        )
    with shown_again_on_conflict(app, item_id, show=show), app.database().transaction() as session:
        item = actions.edit(
            session,
            item_id,
            changes,
            editor=app.editor,
            expected_version=expected_version if expected_version is not None else seen,
            vouch=vouch,
        )
        said = (
            actions.record_alias(session, item, spelling or "", editor=app.editor) if alias else ""
        )
        if vouched_by(item):
            said = f"{item.place}: not in the gazetteer, vouched for by you, not on the map"
    edited = ", ".join(f"{k} = {v}" for k, v in _edited(item, changes))
    click.echo(visible(f"edited {item_id}: {edited}"))
    if said:
        click.echo(visible(said))


def _edited(item: Any, changes: dict[str, str]) -> list[tuple[str, str]]:
    names: list[str] = [n for n in ("organisation", "meeting_date", "place") if n in changes]
    if "country" in changes and "place" not in changes:
        names.append("country_code")
    return [(n, getattr(item, n)) for n in names]


@click.command("approve")
@click.argument("item_ids", nargs=-1, type=int)
@click.option("--all-matching", is_flag=True, help="Every pending item matching the filters.")
@filter_options
@click.option("--yes", is_flag=True, help="With --all-matching: really approve (else a dry run).")
@click.option("--expected-version", type=int, help="The version you saw (one id only).")
@click.option(
    "--force", is_flag=True, help="Approve even an item not passed or naming no organisation."
)
@show_option
@pass_app
def queue_approve(
    app: AppContext,
    /,
    item_ids: tuple[int, ...],
    all_matching: bool,
    yes: bool,
    expected_version: int | None,
    force: bool,
    show: bool,
    **filters: Any,
) -> None:
    """Approve items for publication; or all matching items (a dry run without --yes).

    An item whose outcome is not passed, or that names no organisation, is refused without
    --force (its page would say it passed a resolution); --all-matching leaves those out and
    says how many.

    \b
    Example:
      intake queue approve 3 4
      intake queue approve --all-matching --campaign free-assange-manning --yes
    """
    from intake.publishing import personal_data_warnings

    if all_matching == bool(item_ids):
        raise click.UsageError("give item ids, or --all-matching with filters")
    ids = list(item_ids) or _matching(app, make_filter(**filters | {"status": "pending"}))
    if all_matching:
        ids = _without_doubtful(app, ids)
    if all_matching and not yes:
        click.echo(f"would approve {len(ids)} item(s): {_ids(ids)} (add --yes to approve them)")
        return
    if not ids:
        click.echo("approved nothing")
        return
    with shown_again_on_conflict(app, ids[0], show=show), app.database().transaction() as session:
        done = actions.approve(
            session, ids, editor=app.editor, expected_version=expected_version, force=force
        )
        empty = actions.without_text(session, done)
        leftover = personal_data_warnings(session, done)
    click.echo(f"approved {_ids(done)}")
    if empty:
        click.echo(f"intake: warning: {actions.empty_text_warning(empty)}", err=True)
    for line in leftover:
        click.echo(f"intake: warning: {line}", err=True)


def _without_doubtful(app: AppContext, /, ids: list[int]) -> list[int]:
    """A bulk approval leaves out what needs a look of its own, and says so (stderr)."""
    with app.database().transaction() as session:
        left_out = actions.doubtful(session, ids)
    if left_out:
        click.echo(
            f"intake: left out {len(left_out)} item(s) not passed or naming no organisation: "
            f"{_ids(left_out)} (look at each; approve one with `intake queue approve ID --force`)",
            err=True,
        )
    return [i for i in ids if i not in left_out]


def _matching(app: AppContext, /, wanted: QueueFilter) -> list[int]:
    from intake.queue.listing import matching_ids

    with app.database().transaction() as session:
        ids = matching_ids(session, wanted, sort="oldest")
    if not ids:
        raise NoMatchError(f"nothing in the queue matches {wanted.describe()}")
    return ids


def _ids(ids: list[int]) -> str:
    return ", ".join(map(str, ids))


@click.command("reject")
@click.argument("item_ids", nargs=-1, required=True, type=int)
@click.option("--reason", required=True, type=click.Choice(actions.REJECT_REASONS))
@click.option("--note", help="A free-text note for the audit trail.")
@click.option("--expected-version", type=int, help="The version you saw (one id only).")
@show_option
@pass_app
def queue_reject(
    app: AppContext,
    /,
    item_ids: tuple[int, ...],
    reason: str,
    note: str | None,
    expected_version: int | None,
    show: bool,
) -> None:
    """Reject items, with a reason.

    \b
    Example:
      intake queue reject 5 --reason not-passed --note "only a draft"
    """
    with (
        shown_again_on_conflict(app, item_ids[0], show=show),
        app.database().transaction() as session,
    ):
        done = actions.reject(
            session,
            list(item_ids),
            reason=reason,
            note=note,
            editor=app.editor,
            expected_version=expected_version,
        )
    click.echo(f"rejected {_ids(done)} ({reason})")


@click.command("reopen")
@click.argument("item_id", type=int)
@click.option("--expected-version", type=int, help="The version you saw (default: current).")
@show_option
@pass_app
def queue_reopen(
    app: AppContext, /, item_id: int, expected_version: int | None, show: bool
) -> None:
    """Put an approved, rejected or merged item back in the pending queue.

    \b
    Example:
      intake queue reopen 5
    """
    with shown_again_on_conflict(app, item_id, show=show), app.database().transaction() as session:
        actions.reopen(session, item_id, editor=app.editor, expected_version=expected_version)
    click.echo(f"reopened {item_id}: pending again")


@click.command("merge")
@click.argument("item_id", type=int)
@click.option("--into", "target", required=True, type=int, help="The item that stays.")
@click.option("--expected-version", type=int, help="The version of ITEM_ID you saw.")
@show_option
@pass_app
def queue_merge(
    app: AppContext, /, item_id: int, target: int, expected_version: int | None, show: bool
) -> None:
    """Merge a duplicate into another item; both messages stay as its provenance.

    \b
    Example:
      intake queue merge 5 --into 4
    """
    with shown_again_on_conflict(app, item_id, show=show), app.database().transaction() as session:
        actions.merge(
            session, item_id, into=target, editor=app.editor, expected_version=expected_version
        )
    click.echo(f"merged {item_id} into {target}")
