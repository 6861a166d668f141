"""Approval publishes a page saying "passed a resolution": an item not passed, or naming no
organisation, needs --force (the review loop asks again); a bulk approval leaves them out."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest
from sqlalchemy import update

from intake.errors import ExitCode
from intake.store.db import open_database
from intake.store.models import Resolution
from tests.test_cli import run
from tests.test_desk_terminal import hostile_free_queue, spawn


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The queue of five, and an auto-reply classed other."""
    url = hostile_free_queue(tmp_path)
    return {"INTAKE_DATABASE_URL": url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}


def _doubt(url: str) -> None:
    """Item 3 is a draft (proposed), item 5 names no organisation."""
    db = open_database(url)
    with db.transaction() as session:
        session.execute(update(Resolution).where(Resolution.id == 3).values(outcome="proposed"))
        session.execute(update(Resolution).where(Resolution.id == 5).values(organisation=None))
    db.dispose()


def _status(url: str, item_id: int) -> str:
    db = open_database(url)
    with db.transaction() as session:
        status = session.get(Resolution, item_id).status  # type: ignore[union-attr]
    db.dispose()
    return status


def test_a_draft_or_a_nameless_item_needs_force(env, capsys) -> None:  # type: ignore[no-untyped-def]
    _doubt(env["INTAKE_DATABASE_URL"])
    code, out, err = run(["queue", "approve", "3"], env, capsys)
    assert (code, out) == (ExitCode.USAGE, "")
    assert err == (
        "intake: item 3 not approved: its outcome is proposed, not passed; its page would say "
        "it passed a resolution. Check it (edit or reject), or approve it with --force\n"
    )
    code, _, err = run(["queue", "approve", "1", "5"], env, capsys)  # all or nothing
    assert code == ExitCode.USAGE and "it names no organisation" in err
    assert _status(env["INTAKE_DATABASE_URL"], 1) == "pending"
    assert run(["queue", "approve", "3", "--force"], env, capsys)[:2] == (0, "approved 3\n")


def test_bulk_approval_leaves_them_out_and_says_how_many(env, capsys) -> None:  # type: ignore[no-untyped-def]
    _doubt(env["INTAKE_DATABASE_URL"])
    args = ["queue", "approve", "--all-matching"]
    code, out, err = run(args, env, capsys)
    assert out == "would approve 3 item(s): 1, 2, 4 (add --yes to approve them)\n"
    assert err.startswith("intake: left out 2 item(s) not passed or naming no organisation: 3, 5")
    code, out, err = run([*args, "--yes"], env, capsys)
    assert (code, out) == (0, "approved 1, 2, 4\n") and "left out 2" in err
    assert _status(env["INTAKE_DATABASE_URL"], 3) == "pending"


def test_the_review_loop_asks_again(env) -> None:  # type: ignore[no-untyped-def]
    url = env["INTAKE_DATABASE_URL"]
    _doubt(url)
    child = spawn(url, "review")
    child.expect_exact("Review 1 of 5")
    child.expect_exact("#5")
    child.send("a")
    child.expect_exact("#5: it names no organisation: approve it anyway? y/n")
    child.send("n")
    child.expect_exact("not approved")
    assert _status(url, 5) == "pending"
    child.send("a")
    child.expect_exact("approve it anyway?")
    child.send("y")
    child.expect_exact("#5 approved")
    child.send("q")
    child.expect(pexpect.EOF)
    assert _status(url, 5) == "approved"


def test_a_promoted_message_is_not_approved_by_accident(env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["queue", "list", "--status", "other", "--json"], env, capsys)
    ref = out.split('"ref": "')[1].split('"')[0]
    code, out, _ = run(["queue", "promote", ref], env, capsys)
    item = out.split("review item ")[1].split(":")[0]
    code, _, err = run(["queue", "approve", item], env, capsys)
    assert code == ExitCode.USAGE
    assert "its outcome is unknown, not passed and it names no organisation" in err
