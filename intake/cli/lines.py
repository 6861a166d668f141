"""The queue as tab-separated lines, for a pipe: no rich here, so that `intake queue list`
piped starts without it. Every cell goes through `visible`: one line, controls shown."""

from __future__ import annotations

from typing import Any

from intake.cli.visible import visible

ITEM_COLUMNS: tuple[str, ...] = (
    "id",
    "status",
    "organisation",
    "meeting_date",
    "place",
    "outcome",
    "confidence",
    "duplicates",
)
MESSAGE_COLUMNS: tuple[str, ...] = ("message", "status", "received", "subject", "why")


def tsv_lines(rows: list[Any], *, header: bool = True) -> list[str]:
    """A `#` header line (scripts skip it), then one line per row: for review items id,
    status, organisation, date, place, outcome, confidence, duplicates; for messages m10,
    status, received, subject, why."""
    if rows and rows[0].kind == "message":
        head, lines = MESSAGE_COLUMNS, [_message_tsv(r) for r in rows]
    else:
        head, lines = ITEM_COLUMNS, [_item_tsv(r) for r in rows]
    return (["#" + "\t".join(head)] if header else []) + lines


def _item_tsv(r: Any) -> str:
    return "\t".join(
        [
            str(r.id),
            r.status,
            _cell(r.organisation),
            _cell(r.meeting_date),
            _cell(r.place),
            _cell(r.outcome),
            f"{r.confidence:.2f}" if r.confidence is not None else "",
            ",".join(map(str, r.duplicates)),
        ]
    )


def _message_tsv(r: Any) -> str:
    return "\t".join([r.ref, r.status, _cell(r.received_at), _cell(r.subject), _cell(r.outcome)])


def _cell(value: str | None) -> str:
    return " ".join(visible(value, newlines=False).split())  # a tab would break the columns
