"""`intake review` driven for real in an 80x24 pseudo-terminal: keys in, screen text out,
the database checked after."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from intake.queue import actions, detail
from intake.store.db import Database, open_database
from tests.review_queue import build_queue

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def desk(tmp_path: Path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'tui.sqlite'}"
    db = open_database(url)
    db.upgrade()
    build_queue(db, tmp_path / "inbox")
    yield url, db
    db.dispose()


def spawn(url: str, **more: str) -> pexpect.spawn:
    env = os.environ | {
        "INTAKE_DATABASE_URL": url,
        "INTAKE_CONFIG": "",
        "INTAKE_EDITOR": "ana",
        "NO_COLOR": "1",
        "TERM": "xterm",
        **more,
    }
    env = {k: v for k, v in env.items() if v}  # an empty value: not set
    return pexpect.spawn(
        sys.executable,
        ["-m", "intake", "review"],
        cwd=str(ROOT),
        env=env,
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=120,  # a hung screen only: the first place edit loads the gazetteer
    )


def state(db: Database, item_id: int) -> tuple[str, str | None, list[str]]:
    with db.transaction() as session:
        item = actions.get_item(session, item_id)
        return (
            item.status,
            item.meeting_date,
            [h["action"] for h in detail.history(session, item_id)],
        )


def test_approve_edit_reject_undo_skip_quit(desk) -> None:  # type: ignore[no-untyped-def]
    url, db = desk
    child = spawn(url)
    child.expect_exact("Review 1 of 5")  # the unsure first: #5 has no date, #4 a weak place
    child.expect_exact("#5")
    child.send("a")
    child.expect_exact("Review 2 of 5")
    child.expect_exact("#5 approved")
    child.send("e")
    child.expect_exact("Edit: o organisation")
    child.send("d")
    child.expect_exact("New meeting date (now 2024-02-05; Enter keeps it):")
    child.sendline("31/02/2020")
    child.expect_exact("is not a date of the calendar")
    child.send("e")
    child.expect_exact("Edit:")
    child.send("d")
    child.expect_exact("New meeting date (now 2024-02-05;")
    child.sendline("3 April 2024")
    child.expect_exact("meeting_date = 2024-04-03")
    child.send("r")
    child.expect_exact("Reason: 1 not-a-resolution")
    child.send("9")  # not a reason: asked again
    child.expect_exact("choose 1-5: 1 not-a-resolution")
    child.send("2")
    child.expect_exact("Note (Enter for none):")
    child.sendline("only a draft")
    child.expect_exact("Review 3 of 5")
    child.expect_exact("#4 rejected")
    child.send("u")
    child.expect_exact("Review 2 of 5")
    child.expect_exact("#4: rejected undone")
    child.send("s")
    child.expect_exact("Review 3 of 5")
    child.send("q")
    child.expect_exact("reviewed 1 of 5: 1 approved, 1 edited, 1 skipped")  # a skip is no review
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert state(db, 5) == ("approved", None, ["queued", "approve"])
    assert state(db, 4) == ("pending", "2024-04-03", ["queued", "edit", "reject", "undo"])


def test_a_change_by_another_editor_is_refused_and_shown(desk) -> None:  # type: ignore[no-untyped-def]
    url, db = desk
    child = spawn(url)
    child.expect_exact("Review 1 of 5")
    child.expect_exact("a approve")
    with db.transaction() as session:  # ben, in another terminal, corrects the organisation
        actions.edit(session, 5, {"organisation": "RMT Tyneside Rail"}, editor="ben")
    child.send("a")
    child.expect_exact("RMT Tyneside Rail")  # shown again, as it is now
    child.expect_exact("item 5 was changed by ben since you saw it")
    assert state(db, 5)[0] == "pending"
    child.send("a")
    child.expect_exact("#5 approved")
    child.send("q")
    child.expect(pexpect.EOF)
    assert state(db, 5) == ("approved", None, ["queued", "edit", "approve"])


def test_a_closed_terminal_ends_review_with_its_own_code(desk) -> None:  # type: ignore[no-untyped-def]
    url, db = desk
    child = spawn(url)
    child.expect_exact("Review 1 of 5")
    child.send("r")
    child.expect_exact("Reason:")  # mid-action: the reject is not half-applied
    os.close(child.child_fd)  # the window is shut: the kernel hangs up on the review
    status = child.ptyproc.wait()
    assert status == 12
    assert state(db, 5)[0::2] == ("pending", ["queued"])


def test_view_all_pages_plain_text_and_the_diff_is_marked_without_colour(desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A terminal with no colour (vt100) still tells removed from added; the pager gets no
    escape codes, whatever the terminal."""
    url, _ = desk
    paged = tmp_path / "paged.txt"
    pager = tmp_path / "pager"
    pager.write_text(f"#!/bin/sh\ncat > {paged}\n")
    pager.chmod(0o755)
    child = spawn(url, NO_COLOR="", TERM="vt100", PAGER=str(pager))
    child.expect_exact("Review 1 of 5")
    child.expect_exact("similarity 0.")  # over the whole text: the slots were filled in
    style = r"(?:\x1b\[[0-9;]*m)*"  # colour may wrap the markers, never replace them
    child.expect(rf"\[-\[name of organisation / group\]-\]{style} {style}\{{\+RMT Tyneside")
    child.send("v")
    child.expect_exact("Review 1 of 5")  # back from the pager
    child.send("q")
    child.expect(pexpect.EOF)
    text = paged.read_text()
    assert "\x1b" not in text
    assert "[-[name of organisation / group]-] {+RMT Tyneside Branch+}" in text
    assert text.startswith("#5  pending")
