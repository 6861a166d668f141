"""What a stranger's e-mail can do to an editor's terminal: nothing. Escape sequences, a lone
carriage return, bidi overrides and rich markup in mail text are shown as visible placeholders
in `queue show`, `queue list` (table and piped) and `intake review`, run for real in a pty."""

from __future__ import annotations

import json
import mailbox
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest
from sqlalchemy import update

from intake.cli.visible import json_text, visible
from intake.pipeline.poll import run_poll
from intake.settings import Settings
from intake.sources.local import MaildirSource
from intake.store.db import open_database
from intake.store.models import Message, Resolution
from tests.mail import message
from tests.review_queue import build_queue

ROOT = Path(__file__).resolve().parent.parent
TITLE_AND_CLEAR = "\x1b]0;owned\x07\x1b[2J"
LINK = "\x1b]8;;https://evil.example.net/\x1b\\click\x1b]8;;\x1b\\"
EVIL_SUBJECT = f"Resolution {TITLE_AND_CLEAR}{LINK} \u202egnp.exe\u202c done\rOK"
MARKUP = "[/x] question about [bold]markup[/bold]"


@pytest.fixture
def hostile(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The review queue, its first item and one "other" message carrying hostile text.

    The text is written into the rows directly: whatever cleaning the store does or will do,
    the desk must be safe for what a row holds."""
    url = hostile_free_queue(tmp_path)
    db = open_database(url)
    with db.transaction() as session:
        session.execute(update(Message).values(subject=EVIL_SUBJECT, sender=f"x {LINK}"))
        session.execute(update(Message).where(Message.kind == "other").values(subject=MARKUP))
        session.execute(
            update(Resolution).values(
                organisation=f"Tyne {TITLE_AND_CLEAR} [red]Branch[/red]",
                place="Bristol\x9b2J",
                text=f"We resolve {TITLE_AND_CLEAR} that\r\nthis \u202eenil\u202c holds.",
            )
        )
    yield url
    db.dispose()


def hostile_free_queue(tmp_path: Path) -> str:
    """The review queue of five, and one message classed other (an auto-reply)."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    db = open_database(url)
    db.upgrade()
    build_queue(db, tmp_path / "inbox")
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(message("I am away.", subject="away", headers={"Auto-Submitted": "auto-replied"}))
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))
    db.dispose()
    return url


def _env(url: str, **more: str) -> dict[str, str]:
    env = os.environ | {
        "INTAKE_DATABASE_URL": url,
        "INTAKE_EDITOR": "ana",
        "NO_COLOR": "1",
        "TERM": "xterm",
        **more,
    }
    env.pop("INTAKE_CONFIG", None)
    return env


def spawn(url: str, *args: str, size: tuple[int, int] = (24, 80), **more: Any) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "intake", *args],
        cwd=str(ROOT),
        env=_env(url),
        dimensions=size,
        encoding="utf-8",
        timeout=120,  # a hung screen only: the first place edit loads the gazetteer
        **more,
    )


def in_pty(url: str, *args: str) -> tuple[int, str]:
    child = spawn(url, *args, size=(40, 200))
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus, child.before


def piped(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake", *args],
        cwd=ROOT,
        env=_env(url),
        capture_output=True,
        text=True,
        timeout=60,
    )


def assert_harmless(out: str) -> None:
    """No control sequence from the mail reached the terminal; its placeholders did."""
    assert "\x1b]" not in out  # no title, no hyperlink
    assert "\x1b[2J" not in out and "\x07" not in out and "\x9b" not in out
    assert "\u202e" not in out and "\r OK" not in out
    assert "␛]0;owned␇␛[2J" in out


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("queue", "show", "1"), id="show"),
        pytest.param(("queue", "list"), id="list-table"),
        pytest.param(("queue", "show", "1", "--json"), id="show-json"),
        pytest.param(("queue", "history", "1"), id="history"),
    ],
)
def test_mail_text_cannot_drive_the_terminal(hostile: str, args: tuple[str, ...]) -> None:
    code, out = in_pty(hostile, *args)
    assert code == 0, out
    assert "\x1b]" not in out and "\x1b[2J" not in out and "\x07" not in out
    assert "\u202e" not in out and "\x9b" not in out
    if args[1:] == ("show", "1"):
        assert "[red]Branch[/red]" in out  # markup shown as typed, not obeyed
    if args[-1] != "--json" and args[1] != "history":
        assert "Tyne ␛]0;owned␇" in out


def test_queue_show_marks_every_hidden_character(hostile: str) -> None:
    code, out = in_pty(hostile, "queue", "show", "1")
    assert code == 0
    assert_harmless(out)
    assert "⟨U+202E⟩gnp.exe⟨U+202C⟩" in out  # the reordering shown, not done
    assert "done␍OK" in out  # a lone CR would have overwritten the subject
    assert "Bristol⟨U+009B⟩2J" in out
    assert "␛]8;;https://evil.example.net/" in out


def test_piped_list_and_markup_in_a_subject(hostile: str) -> None:
    listed = piped(hostile, "queue", "list")
    assert listed.returncode == 0, listed.stderr
    assert "\x1b" not in listed.stdout and "Tyne ␛]0;owned␇␛[2J [red]Branch[/red]" in listed.stdout
    other = piped(hostile, "queue", "list", "--status", "other")
    assert other.returncode == 0, other.stderr
    assert MARKUP in other.stdout
    code, out = in_pty(hostile, "queue", "list", "--status", "other")
    assert code == 0, out
    assert "[/x] question about" in out


def test_review_shows_the_placeholders(hostile: str) -> None:
    child = spawn(hostile, "review", size=(24, 120))
    child.expect_exact("Review 1 of 5")
    child.expect_exact("q quit")
    screen = child.before
    child.send("q")
    child.expect(pexpect.EOF)
    assert "\x1b]" not in screen and "\x07" not in screen and "\u202e" not in screen
    assert "␛]0;owned␇" in screen


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("a\x1b[2Jb", "a␛[2Jb", id="csi"),
        pytest.param("a\x9b2Jb", "a⟨U+009B⟩2Jb", id="c1-csi"),
        pytest.param("a\u2066b\u2069", "a⟨U+2066⟩b⟨U+2069⟩", id="isolate"),
        pytest.param("line\r\nnext", "line\nnext", id="crlf-is-a-line-end"),
        pytest.param("over\rwrite", "over␍write", id="lone-cr"),
        pytest.param("tab\there\x7f", "tab\there␡", id="tab-kept-del-shown"),
        pytest.param(None, "", id="none"),
    ],
)
def test_visible(text: str | None, shown: str) -> None:
    assert visible(text) == shown
    assert visible(visible(text)) == shown  # shown twice is shown once


def test_json_keeps_the_data_and_the_terminal_safe() -> None:
    value = {"subject": "a\x1b]0;x\x07\u202e\x9b\x7f"}
    text = json_text(value)
    assert json.loads(text) == value
    assert all(c not in text for c in "\x1b\x07\u202e\x9b\x7f")


def _blocked_hangup() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP})


def test_a_closed_terminal_without_a_hangup_signal_still_exits_12(tmp_path: Path) -> None:
    """A shell that dies first, or a hang-up not delivered: the terminal is just gone. click
    then returns None from getchar (it swallows the error); that was exit 1, AttributeError."""
    url = f"sqlite:///{tmp_path / 'hup.sqlite'}"
    db = open_database(url)
    db.upgrade()
    build_queue(db, tmp_path / "inbox")
    db.dispose()
    # the signal mask is inherited across exec: the hang-up is never delivered
    child = spawn(url, "review", preexec_fn=_blocked_hangup)
    child.expect_exact("q quit")
    os.close(child.child_fd)
    assert child.ptyproc.wait() == 12


def test_a_hangup_signal_during_review_exits_12(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sighup.sqlite'}"
    db = open_database(url)
    db.upgrade()
    build_queue(db, tmp_path / "inbox")
    db.dispose()
    child = spawn(url, "review")
    child.expect_exact("q quit")
    child.send("e")
    child.expect_exact("Edit:")  # mid-action
    child.kill(signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 12
    assert "the terminal closed during review" in child.before
