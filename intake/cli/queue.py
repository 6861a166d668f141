"""The editors' `intake queue ...` group: each command is imported only when it runs, so
`intake queue list` loads neither the item view, the actions nor SQLAlchemy. Their lines in
`intake queue --help` are their docstrings' first paragraphs (a test holds them equal)."""

from __future__ import annotations

import click

from intake.cli.lazy import LazyCommand, LazyGroup

_ACTIONS = "intake.cli.queue_actions"
_DOCUMENTS = "intake.cli.queue_documents"
QUEUE_COMMANDS = {
    "list": LazyCommand(
        "intake.cli.queue_list:queue_list",
        "List review items: a table on a terminal, tab-separated lines when piped.",
    ),
    "show": LazyCommand(
        "intake.cli.queue_show:queue_show",
        "Show one item: fields with confidence and evidence, the diff to the model, documents,"
        " sender, suspected duplicates and history.",
    ),
    "edit": LazyCommand(
        f"{_ACTIONS}:queue_edit",
        "Correct fields, read the same way extraction reads them (an unreadable date is refused).",
    ),
    "approve": LazyCommand(
        f"{_ACTIONS}:queue_approve",
        "Approve items for publication; or all matching items (a dry run without --yes).",
    ),
    "reject": LazyCommand(f"{_ACTIONS}:queue_reject", "Reject items, with a reason."),
    "reopen": LazyCommand(
        f"{_ACTIONS}:queue_reopen",
        "Put an approved, rejected or merged item back in the pending queue.",
    ),
    "merge": LazyCommand(
        f"{_ACTIONS}:queue_merge",
        "Merge a duplicate into another item; both messages stay as its provenance.",
    ),
    "promote": LazyCommand(
        "intake.cli.promoting:promote_command",
        'Make a message classed "other" a pending review item, when it is a resolution after all.',
    ),
    "open": LazyCommand(
        f"{_DOCUMENTS}:queue_open",
        "Write a document of an item to a temporary file and print its path.",
    ),
    "history": LazyCommand(
        f"{_DOCUMENTS}:queue_history", "The audit trail of an item: who did what, when."
    ),
}


@click.group(cls=LazyGroup, lazy=QUEUE_COMMANDS)
def queue() -> None:
    """Review the queue: list, show, edit, approve, reject, reopen, merge, open, history,
    promote.

    Review items have plain ids (3); messages that are not review items, failed or classed
    other, are written with an m (m10).

    \b
    Example:
      intake queue list --sort unsure
      intake queue show 3
      intake queue approve 3
    """
