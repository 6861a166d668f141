"""Messages that are not review items (failed, or classed other) at the desk: written m10,
shown with why and what to do, and an "other" one promoted to a review item. Then the sample
inbox's translations and the listing `make demo` prints."""

from __future__ import annotations

import json
import mailbox
import shutil
from pathlib import Path

import pytest

from intake.errors import ExitCode, NotFoundError, ValidationError
from intake.pipeline.poll import run_poll
from intake.queue import actions, detail, listing
from intake.queue.messages import promote, show_message
from intake.queue.rows import parse_ref
from intake.settings import Settings
from intake.sources.local import MaildirSource
from intake.store.db import open_database
from tests.mail import message
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent
AWAY = message("I am away until Monday.", headers={"Auto-Submitted": "auto-replied"})


@pytest.fixture
def strays(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with one broken message and one auto-reply: no review item for either."""
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(b"\x00 broken")
    box.add(AWAY)
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))
    with db.transaction() as session:
        failed = listing.list_items(session, status="failed")[0].id
        other = listing.list_items(session, status="other")[0].id
    return db, failed, other


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        pytest.param("3", ("item", 3), id="item"),
        pytest.param("#3", ("item", 3), id="hash"),
        pytest.param("m10", ("message", 10), id="message"),
        pytest.param("M10", ("message", 10), id="capital"),
    ],
)
def test_ids_say_what_they_are(text: str, ref: tuple[str, int]) -> None:
    assert parse_ref(text) == ref


def test_message_rows_are_written_with_an_m(strays) -> None:  # type: ignore[no-untyped-def]
    db, failed, other = strays
    with db.transaction() as session:
        (row,) = listing.list_items(session, status="failed")
        shown = show_message(session, failed)
    assert (row.ref, row.kind, row.as_dict()["ref"]) == (f"m{failed}", "message", f"m{failed}")
    assert shown["why"].startswith("not an e-mail message")
    assert shown["what_to_do"] == [
        f"`intake reprocess {failed}` reads it again from the stored bytes "
        "(after the reader that failed is fixed)"
    ]


def test_an_other_message_promoted_to_a_review_item(strays) -> None:  # type: ignore[no-untyped-def]
    db, failed, other = strays
    with db.transaction() as session:
        assert "intake queue promote m" in show_message(session, other)["what_to_do"][0]
        item = promote(session, other, campaign="free-assange-manning", editor="ana")
        item_id = item.id
    with db.transaction() as session:
        shown = detail.show_item(session, item_id)
        assert listing.list_items(session, status="other") == []  # listed as a review item now
        assert show_message(session, other)["what_to_do"] == [
            f"review it as item {item_id}: `intake queue show {item_id}`"
        ]
        with pytest.raises(ValidationError, match=f"m{other} is already review item {item_id}"):
            promote(session, other, campaign=None, editor="ana")
        with pytest.raises(ValidationError, match=f"m{failed} is failed, not classed other"):
            promote(session, failed, campaign=None, editor="ana")
        with pytest.raises(NotFoundError, match="no message m999"):
            promote(session, 999, campaign=None, editor="ana")
    assert (shown.status, shown.text) == ("pending", "I am away until Monday.")
    assert [(h["actor"], h["action"]) for h in shown.history] == [("ana", "promote")]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample inbox polled once, as `make demo` does; each test works on a copy."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    db = open_database(f"sqlite:///{path}")
    db.upgrade()
    run_poll(db, Settings(), MaildirSource(ROOT / "fixtures" / "sample-inbox"))
    db.dispose()
    return path


@pytest.fixture
def sample(sample_db: Path, tmp_path: Path) -> dict[str, str]:
    shutil.copy(sample_db, tmp_path / "s.sqlite")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    return {"INTAKE_DATABASE_URL": url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}


def _one(sample: dict[str, str], capsys, *args: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    code, out, _ = run(["queue", "list", "--json", *args], sample, capsys)
    assert code == 0 and out.count("\n") == 1, out
    return json.loads(out)  # type: ignore[no-any-return]


def test_a_failed_message_shown_by_its_m_id(sample, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["queue", "list", "--status", "failed"], sample, capsys)
    header, row = out.splitlines()
    ref = row.split("\t")[0]
    assert (code, header) == (0, "#message\tstatus\treceived\tsubject\twhy")
    assert ref.startswith("m") and row.endswith(
        "\tnot an e-mail message: binary data (NUL bytes) in the headers"
    )
    code, out, _ = run(["queue", "show", ref], sample, capsys)
    assert (
        code == 0 and out.splitlines()[0] == f"{ref}  message that failed: not in the review queue"
    )
    assert "Why it failed\n  not an e-mail message: binary data (NUL bytes) in the headers\n" in out
    assert f"What to do\n  `intake reprocess {ref[1:]}` reads it again" in out


def test_promote_from_the_command_line(sample, capsys) -> None:  # type: ignore[no-untyped-def]
    speaker = _one(sample, capsys, "--status", "other", "--search", "speaker")
    ref = speaker["ref"]
    code, out, _ = run(["queue", "show", ref], sample, capsys)
    assert "Why it is not a resolution\n  speaker-request: asks for a speaker" in out
    assert f"`intake queue promote {ref}` makes it a pending review item" in out
    code, out, err = run(["queue", "promote", ref[1:]], sample, capsys)
    assert (code, err.splitlines()[-1]) == (
        ExitCode.USAGE,
        f"Error: promote takes a message id: {ref}, not {ref[1:]}",
    )
    code, out, _ = run(["queue", "promote", ref], sample, capsys)
    item_id = int(out.split("review item ")[1].split(":")[0])
    assert (code, out) == (
        0,
        f"promoted {ref} to review item {item_id}: pending, its fields to fill in\n",
    )
    _, out, _ = run(["queue", "history", str(item_id)], sample, capsys)
    assert out.split("  ", 2)[2] == "ana: promote status=pending, campaign=free-assange-manning\n"


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_a_translation_shows_its_note_and_its_text_not_a_diff(sample, capsys, language) -> None:  # type: ignore[no-untyped-def]
    search = {"de": "Hamburg", "fr": "Lyon", "es": "Madrid"}[language]
    item = _one(sample, capsys, "--search", search)
    code, out, _ = run(["queue", "show", str(item["id"])], sample, capsys)
    assert code == 0
    assert f"Compared with the model\ntranslation ({language}): not compared with the model" in out
    assert "[-This meeting of" not in out and "{+" not in out
    assert "Julian Assange" in out.split("Resolution text\n")[1]


def test_approving_an_empty_text_warns_on_stderr(sample, capsys) -> None:  # type: ignore[no-untyped-def]
    away = _one(sample, capsys, "--status", "other", "--search", "office")
    _, out, _ = run(["queue", "promote", away["ref"]], sample, capsys)
    item_id = out.split("review item ")[1].split(":")[0]
    db = open_database(sample["INTAKE_DATABASE_URL"])
    with db.transaction() as session:
        actions.get_item(session, int(item_id)).text = ""
    db.dispose()
    # a promoted message has no outcome or organisation yet: approving it takes --force
    code, out, err = run(["queue", "approve", item_id, "--force"], sample, capsys)
    assert (code, out, err) == (
        0,
        f"approved {item_id}\n",
        f"intake: warning: item {item_id} has no resolution text: its published page will be "
        "empty (reject it before publishing if that is wrong)\n",
    )


def test_the_demo_listing_is_a_table_even_when_piped(sample, capsys) -> None:  # type: ignore[no-untyped-def]
    makefile = (ROOT / "Makefile").read_text()
    assert "$(BIN)/intake queue list --table\n" in makefile
    code, out, _ = run(["queue", "list", "--table"], sample, capsys)
    assert code == 0 and out.splitlines()[0].split() == [
        "ID",
        "STATUS",
        "ORGANISATION",
        "MEETING",
        "PLACE",
        "OUTCOME",
        "CONF",
        "DUP",
    ]


def test_the_review_screen_shows_a_translations_note_and_text(sample, capsys) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from intake.cli.render import changes_text, similarity_label
    from intake.queue.detail import ItemView

    item_id = _one(sample, capsys, "--search", "Hamburg")["id"]
    _, out, _ = run(["queue", "show", str(item_id), "--json"], sample, capsys)
    item = ItemView.from_dict(json.loads(out))  # --json's keys are the view's fields
    screen = Console(width=80, no_color=True, record=True)
    screen.print(changes_text(item, screen))
    text = screen.export_text()
    assert similarity_label(item) == "translation (de)"
    assert text.startswith("translation (de): not compared with the model sentence by sentence")
    assert "Diese Versammlung des ver.di Ortsvereins Hamburg-Nord" in text and "[-" not in text
