"""`intake review`: one pending item at a time, the unsure first, one key per action.

rich draws the screen (it knows the terminal's size and colours, and honours NO_COLOR);
click.getchar reads single keys in raw mode. Each action is its own transaction, so a terminal
that closes mid-review loses nothing finished and half-applies nothing.
"""

from __future__ import annotations

import io
import signal
import sys
import termios
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.text import Text

from intake.cli import render
from intake.cli.options import campaign_for, console, filter_options, make_filter
from intake.cli.visible import visible, visible_all
from intake.errors import ConflictError, IntakeError, TerminalLostError, ValidationError
from intake.queue import actions, detail
from intake.queue.attachments import write_document
from intake.queue.detail import ItemView
from intake.queue.filters import QueueFilter
from intake.queue.listing import matching_ids
from intake.queue.normalise import UnknownPlaceError

if TYPE_CHECKING:
    from intake.app import AppContext

KEYS = "a approve  r reject  e edit  s skip  o open  u undo  v view all  q quit"
REASON_KEYS = dict(zip("12345", actions.REJECT_REASONS, strict=True))
FIELD_KEYS = {"o": "organisation", "d": "meeting_date", "p": "place"}
_ESCAPE, _CTRL_D = "\x1b", "\x04"
LOST = "the terminal closed during review: finished actions are kept"
DECISIONS = ("approved", "rejected")


@dataclass
class Desk:
    """Where the editor is: the items, the position, what can be undone, what to say."""

    ids: list[int]
    position: int = 0
    done: dict[str, int] = field(default_factory=dict)
    undo: list[tuple[int, int, str]] = field(default_factory=list)  # (item, version, action)
    note: Text = field(default_factory=Text)

    def count(self, action: str) -> None:
        self.done[action] = self.done.get(action, 0) + 1

    def summary(self) -> str:
        """Reviewed counts decisions only: an item skipped, or only edited, is still pending."""
        said = ", ".join(f"{n} {a}" for a, n in self.done.items() if n) or "nothing decided"
        decided = sum(self.done.get(a, 0) for a in DECISIONS)
        return f"reviewed {decided} of {len(self.ids)}: {said}"


@click.command("review")
@filter_options
@click.option("--view", is_flag=True, help="`o` opens documents in the system's viewer too.")
@click.pass_obj
def review(app: AppContext, /, view: bool, **filters: Any) -> None:
    """Work through the pending queue one item at a time, the unsure first.

    Keys: a approve, r reject, e edit, s skip, o open document, u undo, v view all, q quit.

    \b
    Example:
      intake review --campaign free-assange-manning
    """
    wanted = make_filter(**filters | {"status": "pending"})
    click.echo(run_review(app, wanted, view=view))


def run_review(app: AppContext, wanted: QueueFilter, *, view: bool = False) -> str:
    if not sys.stdin.isatty():
        raise ValidationError("intake review needs a terminal: use `intake queue ...` in scripts")
    with app.database().transaction() as session:
        desk = Desk(matching_ids(session, wanted, sort="unsure"))
    if not desk.ids:
        return f"nothing to review: no pending item matches {wanted.describe()}"
    out = console()
    with hangup_ends_review():
        try:
            while desk.position < len(desk.ids) and step(app, desk, out, view=view):
                pass
            out.clear()
        except OSError as err:  # writing to a terminal that has gone away
            raise TerminalLostError(LOST) from err
    return desk.summary()


@contextmanager
def hangup_ends_review() -> Iterator[None]:
    """A closed terminal (ssh dropped, window shut) ends the loop with its own exit code."""

    def hung_up(_signum: int, _frame: FrameType | None) -> None:
        signal.signal(signal.SIGHUP, signal.SIG_IGN)  # one is enough: let the exit finish
        raise TerminalLostError(LOST)

    previous = signal.signal(signal.SIGHUP, hung_up)
    try:
        yield
    finally:
        if signal.getsignal(signal.SIGHUP) is hung_up:
            signal.signal(signal.SIGHUP, previous)


def step(app: AppContext, desk: Desk, out: Console, *, view: bool) -> bool:
    """Show the current item, read one key, act. False when the editor quits."""
    item_id = desk.ids[desk.position]
    item = load(app, item_id)
    if item.status != "pending":  # decided by someone else meanwhile
        desk.note = Text(f"#{item_id} was {item.status} by {item.updated_by}: skipped")
        desk.position += 1
        return True
    draw(out, item, desk)
    key = read_key()
    if key in ("q", _CTRL_D):
        return False
    desk.note = Text()
    try:
        act(app, desk, out, item, key, view=view)
    except TerminalLostError:
        raise
    except ConflictError as err:
        desk.note = Text(visible(str(err)), style="bold red")
    except IntakeError as err:
        desk.note = Text(visible(str(err)), style="red")
    return True


def act(app: AppContext, desk: Desk, out: Console, item: ItemView, key: str, *, view: bool) -> None:
    item_id, seen = item.id, item.version
    if key == "a":
        from intake.publishing import personal_data_warnings

        if not approve(app, out, item_id, seen):
            desk.note = Text("not approved")
            return
        with app.database().transaction() as session:
            leftover = personal_data_warnings(session, [item_id])
        finish(desk, item_id, seen, "approved")
        for line in leftover:
            desk.note.append(f"  warning: {line}", style="red")
        if not item.text.strip():
            desk.note.append(f"  warning: {actions.empty_text_warning([item_id])}", style="red")
    elif key == "r":
        reject(app, desk, out, item_id, seen)
    elif key == "e":
        edit(app, desk, out, item)
    elif key == "s":
        desk.count("skipped")
        desk.position += 1
    elif key == "o":
        open_document(app, desk, item_id, view=view)
    elif key == "u":
        undo(app, desk)
    elif key == "v":
        view_all(item, width=out.size.width)
    else:
        desk.note = Text(f"keys: {KEYS}")


def view_all(item: ItemView, *, width: int) -> None:
    """The whole item in the pager, as plain text: a pager shows escape codes raw unless told
    otherwise (less without -R), and the markers say what colour would."""
    page = Console(
        file=io.StringIO(), width=width, no_color=True, highlight=False, markup=False, emoji=False
    )
    page.print(render.detail(item, page))
    click.echo_via_pager(page.file.getvalue(), color=False)  # type: ignore[attr-defined]


def approve(app: AppContext, out: Console, item_id: int, seen: int) -> bool:
    """Approve; an item not passed or naming no organisation is asked about again."""
    try:
        with app.database().transaction() as session:
            actions.approve(session, [item_id], editor=app.editor, expected_version=seen)
        return True
    except actions.NeedsForceError as err:
        if ask_key(out, f"#{item_id}: {err.doubts}: approve it anyway? y/n") != "y":
            return False
    with app.database().transaction() as session:
        actions.approve(session, [item_id], editor=app.editor, expected_version=seen, force=True)
    return True


def finish(desk: Desk, item_id: int, seen: int, action: str) -> None:
    desk.undo.append((item_id, seen + 1, action))
    desk.count(action)
    desk.note = Text(f"#{item_id} {action}", style="green")
    desk.position += 1


def reject(app: AppContext, desk: Desk, out: Console, item_id: int, seen: int) -> None:
    choices = "  ".join(f"{k} {r}" for k, r in REASON_KEYS.items())
    prompt = f"Reason: {choices}  (Esc cancels)"
    while (key := ask_key(out, prompt)) and key not in REASON_KEYS:
        prompt = f"choose 1-{len(REASON_KEYS)}: {choices}  (Esc cancels)"
    if not key:
        desk.note = Text("not rejected")
        return
    reason = REASON_KEYS[key]
    note = ask_line(out, "Note (Enter for none): ") or None
    with app.database().transaction() as session:
        actions.reject(
            session, [item_id], reason=reason, note=note, editor=app.editor, expected_version=seen
        )
    finish(desk, item_id, seen, "rejected")


def edit(app: AppContext, desk: Desk, out: Console, item: ItemView) -> None:
    name = FIELD_KEYS.get(ask_key(out, "Edit: o organisation  d date  p place  (Esc cancels)"))
    if name is None:
        desk.note = Text("nothing edited")
        return
    now = item.field(name)["value"] or "none"
    value = ask_line(out, f"New {render.FIELD_LABELS[name].lower()} (now {now}; Enter keeps it): ")
    if not value:
        desk.note = Text("nothing edited")
        return
    near = item.place["country_code"]
    try:
        actions.normalised_fields({name: value}, near=near)  # refuse early
        vouch = False
    except UnknownPlaceError as err:  # a town the gazetteer lacks: the editor may vouch
        if ask_key(out, visible(f"{err} Vouch for it? y/n")) != "y":
            desk.note = Text("nothing edited")
            return
        vouch = True
    spelling = item.field(name)["as_written"] or item.field(name)["value"]
    alias = (
        name == "organisation"
        and spelling
        and ask_key(out, visible(f"Record {spelling!r} as an alias of {value!r}? y/n")) == "y"
    )
    with app.database().transaction() as session:
        edited = actions.edit(
            session,
            item.id,
            {name: value},
            editor=app.editor,
            expected_version=item.version,
            vouch=vouch,
        )
        said = actions.record_alias(session, edited, spelling, editor=app.editor) if alias else ""
    desk.undo.append((item.id, item.version + 1, "edited"))
    desk.count("edited")
    said = visible(f"#{item.id} {name} = {getattr(edited, name)}. {said}")
    desk.note = Text(said, style="green")


def open_document(app: AppContext, desk: Desk, item_id: int, *, view: bool) -> None:
    with app.database().transaction() as session:
        path = write_document(session, item_id)
    if view:
        click.launch(str(path))
    desk.note = Text(f"document written to {path}")


def undo(app: AppContext, desk: Desk) -> None:
    if not desk.undo:
        desk.note = Text("nothing to undo")
        return
    item_id, version, action = desk.undo[-1]
    with app.database().transaction() as session:
        actions.undo(session, item_id, editor=app.editor, expected_version=version)
    desk.undo.pop()
    desk.done[action] -= 1
    desk.position = desk.ids.index(item_id)
    desk.note = Text(f"#{item_id}: {action} undone", style="green")


def load(app: AppContext, item_id: int) -> ItemView:
    with app.database().transaction() as session:
        campaign = campaign_for(app, actions.get_item(session, item_id).campaign)
        return detail.show_item(session, item_id, model=campaign.model if campaign else None)


def draw(out: Console, item: ItemView, desk: Desk) -> None:
    """One screen that fits 80x24: fields and evidence, duplicates, sender, the changes."""
    item = visible_all(item)
    head = Text(f"Review {desk.position + 1} of {len(desk.ids)}  ", style="bold")
    head.append(f"#{item.id}  {item.campaign}  outcome: {item.outcome}  ")
    head.append(render.similarity_label(item), style="dim")
    message = item.message
    fields = render.field_lines(item, out, width=out.size.width)
    lines = [head, *fields, render.duplicates_text(item)]
    lines.append(Text(f"From {message.sender}  ·  {message.subject}", style="dim"))
    lines.append(
        Text("Documents: " + "  ".join(d.strip() for d in render.document_lines(item.documents)))
    )
    changes = render.changes_text(item, out)
    note = desk.note.wrap(out, out.size.width)[:4]  # a conflict says who changed what: let it wrap
    budget = max(1, out.size.height - len(lines) - len(note) - 3)
    body = changes.wrap(out, out.size.width)[:budget]
    out.clear()
    for line in [*lines, Text(""), *body, *note]:
        out.print(line, no_wrap=True, overflow="ellipsis", crop=True)
    out.print(Text(KEYS, style="reverse"), no_wrap=True, overflow="ellipsis", crop=True)


def read_key() -> str:
    try:
        key = click.getchar()
    except EOFError:
        return _CTRL_D
    except (OSError, termios.error) as err:  # EIO: the terminal is gone
        raise TerminalLostError(LOST) from err
    # click swallows the error of a terminal that is gone (its termios.error hides the EIO of
    # the read) and returns None; an empty read is a hang-up too
    if not isinstance(key, str) or key == "":
        raise TerminalLostError(LOST)
    return key.lower()


def ask_key(out: Console, prompt: str) -> str:
    out.print(Text(prompt, style="bold"), no_wrap=True, overflow="ellipsis", crop=True)
    key = read_key()
    return "" if key in (_ESCAPE, _CTRL_D) else key


def ask_line(out: Console, prompt: str) -> str:
    try:
        return out.input(Text(prompt, style="bold")).strip()
    except EOFError:
        return ""
