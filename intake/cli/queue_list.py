"""`intake queue list`: the queue, one page of it, read through the DB-API driver without
SQLAlchemy (intake/store/queue_sql.py), and printed without rich unless a table is wanted."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from intake.app import AppContext, pass_app
from intake.cli.options import filter_options, make_filter
from intake.cli.visible import json_text
from intake.errors import NoMatchError
from intake.queue.filters import MESSAGE_STATUSES, SORTS, QueueFilter
from intake.queue.rows import QueueRow, list_rows


@click.command("list")
@filter_options
@click.option(
    "--sort",
    type=click.Choice(SORTS),
    default="newest",
    show_default=True,
    help="unsure: the weakest confidence first.",
)
@click.option(
    "--limit", default=50, show_default=True, type=click.IntRange(min=1), help="Items per page."
)
@click.option("--page", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--table", "as_table", is_flag=True, help="The table, even when piped.")
@pass_app
def queue_list(
    app: AppContext,
    /,
    sort: str,
    limit: int,
    page: int,
    as_json: bool,
    as_table: bool,
    **filters: Any,
) -> None:
    """List review items: a table on a terminal, tab-separated lines when piped.

    Columns: id, status, organisation, meeting date, place, outcome, weakest confidence,
    suspected duplicates. Piped, a first line starting with # names them (skip it with
    `grep -v '^#'`). With --status failed or other, messages that are not review items:
    m10, status, received, subject, why (`intake queue show m10`). Exit code 11 when nothing
    matches.

    \b
    Example:
      intake queue list --status pending --sort unsure --country GB
    """
    wanted = make_filter(**filters)
    rows, total = _listed(app, wanted, sort=sort, limit=limit, page=page)
    if not rows:
        raise NoMatchError(f"nothing in the queue matches {wanted.describe()}")
    _print_rows(rows, total=total, page=page, size=limit, as_json=as_json, as_table=as_table)


def _listed(
    app: AppContext, /, wanted: QueueFilter, *, sort: str, limit: int, page: int
) -> tuple[list[QueueRow], int]:
    """One page and how many match: through the DB-API driver on SQLite and PostgreSQL, through
    the ORM for any other database URL."""
    reader = app.queue_reader()
    if reader is not None:
        try:
            return list_rows(reader, wanted, sort=sort, limit=limit, page=page)
        finally:
            reader.close()
    from intake.queue import listing

    with app.database().transaction() as session:
        rows = listing.list_items(session, wanted=wanted, sort=sort, limit=limit, page=page)
        counted = wanted.status not in MESSAGE_STATUSES
        return rows, listing.count_matching(session, wanted) if counted else len(rows)


def _print_rows(
    rows: list[QueueRow], *, total: int, page: int, size: int, as_json: bool, as_table: bool
) -> None:
    if as_json:
        for row in rows:
            click.echo(json_text(row.as_dict()))
    elif as_table or _maybe_terminal():
        _print_table(rows, total=total, page=page, size=size, as_table=as_table)
    else:
        from intake.cli.lines import tsv_lines

        click.echo("\n".join(tsv_lines(rows)))


def _maybe_terminal() -> bool:
    """Whether rich could take stdout for a terminal: a tty, or the variables it reads
    (TTY_COMPATIBLE, FORCE_COLOR). Otherwise the lines are printed without loading it."""
    return sys.stdout.isatty() or "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ


def _print_table(rows: list[QueueRow], *, total: int, page: int, size: int, as_table: bool) -> None:
    from intake.cli.lines import tsv_lines
    from intake.cli.listing import queue_table
    from intake.cli.options import console

    out = console()
    if out.is_terminal or as_table:
        out.soft_wrap = False
        out.print(queue_table(rows, total=total, page=page, size=size, width=out.width))
    else:
        click.echo("\n".join(tsv_lines(rows)))
