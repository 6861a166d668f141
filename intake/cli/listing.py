"""The queue as a table on a terminal (rich); piped, it is tab-separated lines (lines.py).

Every cell of mail-derived text goes through `visible`: one line, controls shown, no markup.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from intake.cli.visible import visible


def confidence_text(value: float | None) -> Text:
    if value is None:
        return Text("-", style="dim")
    style = "bold red" if value < LOW else "yellow" if value < 0.85 else "green"
    return Text(f"{value:.2f}", style=style)


LOW = 0.6  # a confidence under this is shown as unsure


def queue_table(
    rows: list[Any], *, total: int, page: int, size: int, width: int = 120
) -> RenderableType:
    """The queue as a table that fits the terminal's width."""
    if rows and rows[0].kind == "message":
        return message_table(rows, width=width)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    # fixed columns keep their width; organisation and place give way on a narrow terminal
    table.add_column("ID", justify="right", no_wrap=True, min_width=max(2, *_widths(rows, "id")))
    table.add_column("STATUS", no_wrap=True, min_width=7)
    room = max(20, width - 50)  # what the fixed columns and their padding leave
    org_width, place_width = min(36, room * 3 // 5), min(26, room * 2 // 5)
    table.add_column("ORGANISATION", overflow="ellipsis", no_wrap=True, max_width=org_width)
    table.add_column("MEETING", no_wrap=True, min_width=10)
    table.add_column("PLACE", overflow="ellipsis", no_wrap=True, max_width=place_width)
    table.add_column("OUTCOME", no_wrap=True, min_width=8)
    table.add_column("CONF", justify="right", no_wrap=True, min_width=4)
    table.add_column("DUP", no_wrap=True, min_width=3)
    for r in rows:
        table.add_row(
            str(r.id),
            r.status,
            _text(r.organisation),
            _text(r.meeting_date),
            _text(r.place),
            _text(r.outcome),
            confidence_text(r.confidence),
            Text(",".join(map(str, r.duplicates)), style="bold magenta") if r.duplicates else "",
        )
    pages = max(1, -(-total // size))
    footer = Text(f"{len(rows)} shown of {total}, page {page} of {pages}", style="dim")
    return Group(table, footer)


def message_table(rows: list[Any], *, width: int = 120) -> RenderableType:
    """Failed or "other" messages: not review items, so written m10 (`intake queue show m10`)."""
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    table.add_column("MESSAGE", justify="right", no_wrap=True, min_width=7)
    table.add_column("STATUS", no_wrap=True, min_width=6)
    table.add_column("RECEIVED", no_wrap=True, min_width=10)
    room = max(20, width - 30)
    table.add_column("SUBJECT", overflow="ellipsis", no_wrap=True, max_width=room * 2 // 5)
    table.add_column("WHY", overflow="ellipsis", no_wrap=True, max_width=room * 3 // 5)
    for r in rows:
        table.add_row(
            r.ref, r.status, (r.received_at or "?")[:10], _text(r.subject, ""), _text(r.outcome)
        )
    footer = Text(f"{len(rows)} shown: `intake queue show m<N>` for one", style="dim")
    return Group(table, footer)


def _text(value: str | None, missing: str = "?") -> Text:
    """A table cell of mail-derived text: one line, controls visible, never markup."""
    return Text(visible(value, newlines=False) if value else missing)


def _widths(rows: list[Any], name: str) -> list[int]:
    return [len(str(getattr(r, name))) for r in rows] or [0]
