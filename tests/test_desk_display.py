"""What the desk shows an editor so that nothing passes unsaid: evidence quoted from another
message, words marked that are not the value, what the cut of the resolution text left out
(and a translation no longer loses its last paragraph), the review summary, reopen's refusal
of a published item, and the weekly chart's dateless items."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pexpect
import pytest
from sqlalchemy import update

from intake.errors import ExitCode
from intake.pipeline.poll import run_poll
from intake.queue import actions
from intake.settings import Settings
from intake.sources.local import MaildirSource
from intake.store.db import open_database
from intake.store.models import Document, Resolution
from publisher.chart import per_week
from tests.mail import message
from tests.publish_records import record
from tests.test_cli import run
from tests.test_desk_terminal import hostile_free_queue, spawn


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    url = hostile_free_queue(tmp_path)
    return {"INTAKE_DATABASE_URL": url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}


def _place_evidence(url: str, item_id: int, line: str, word: str, value: str) -> None:
    """Extraction's answer as it may come: the place found in `line`, added to the body."""
    db = open_database(url)
    with db.transaction() as session:
        item = actions.get_item(session, item_id)
        doc = item.message.documents[0]
        doc.text = f"{doc.text}\n{line}\n"
        start = doc.text.index(word)
        evidence = {"document": 0, "start": start, "end": start + len(word), "rule": "in-town"}
        place = {**(item.extraction.get("place") or {}), "value": value, "evidence": evidence}
        item.extraction = {**item.extraction, "place": place}
        item.place = value
    db.dispose()


def _place_line(env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> str:
    _, out, _ = run(["queue", "show", "1"], env, capsys)
    return next(line for line in out.splitlines() if line.startswith("Place"))


def test_evidence_from_a_quoted_line_is_shown_as_quoted(env, capsys) -> None:  # type: ignore[no-untyped-def]
    url = env["INTAKE_DATABASE_URL"]
    _place_evidence(url, 1, "> our meeting on 30 November in Birmingham", "Birmingham", "x")
    assert "QUOTED: from a message this one answers" in _place_line(env, capsys)


def test_a_quoted_document_is_quoted_too(env, capsys) -> None:  # type: ignore[no-untyped-def]
    url = env["INTAKE_DATABASE_URL"]
    db = open_database(url)
    with db.transaction() as session:
        session.execute(update(Document).values(origin="quoted"))
    db.dispose()
    _, out, _ = run(["queue", "show", "1"], env, capsys)
    assert out.count("QUOTED: from a message this one answers") == 3  # every field of it


def test_a_word_that_is_not_the_value_says_so(env, capsys) -> None:  # type: ignore[no-untyped-def]
    url = env["INTAKE_DATABASE_URL"]
    _place_evidence(url, 1, "We met in Brixton.", "Brixton", "London, United Kingdom")
    assert "written «Brixton», read as London, United Kingdom" in _place_line(env, capsys)
    _, out, _ = run(["queue", "show", "3"], env, capsys)  # Sheffield, marked as Sheffield
    assert "written «" not in out


GERMAN = """Liebe Kolleginnen und Kollegen,

anbei unsere Resolution.

Diese Versammlung des Ortsvereins Musterstadt-Nord verurteilt die Verhaftung und Inhaftierung \
des WikiLeaks-Herausgebers und Journalisten Julian Assange und der mutigen Whistleblowerin \
Chelsea Manning.

Wir fordern seine sofortige Freilassung aus dem Gefängnis Belmarsh und dass die britische \
Regierung ihr Vetorecht nutzt, um Assanges Auslieferung an die Vereinigten Staaten zu verhindern.

Wir rufen alle Ortsvereine im Bezirk auf, diese Resolution ebenfalls zu beschließen und sie \
an ihre Abgeordneten zu schicken.

Beschlossen auf der Mitgliederversammlung am 12. April 2024 in Hamburg.

Mit solidarischen Grüßen
Erika Beispiel
Vorsitzende, Ortsverein Musterstadt-Nord
"""


def test_a_translation_keeps_its_last_paragraph_and_shows_what_was_left_out(  # type: ignore[no-untyped-def]
    tmp_path, capsys
) -> None:
    url = f"sqlite:///{tmp_path / 'de.sqlite'}"
    db = open_database(url)
    db.upgrade()
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(message(GERMAN, subject="Resolution Ortsverein Musterstadt-Nord"))
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))
    with db.transaction() as session:
        text = actions.get_item(session, 1).text
    db.dispose()
    assert text.startswith("Diese Versammlung")
    assert text.endswith("an ihre Abgeordneten zu schicken.")  # no name of the model in it
    env = {"INTAKE_DATABASE_URL": url, "INTAKE_CONFIG": "", "INTAKE_EDITOR": "ana"}
    _, out, _ = run(["queue", "show", "1"], env, capsys)
    left = out.split("Left out of the resolution text (body)\n")[1]
    assert left.startswith("  before:\n    Liebe Kolleginnen und Kollegen,\n")
    after = left.split("  after:\n")[1]
    assert after.startswith("    Beschlossen auf der Mitgliederversammlung am 12. April 2024")
    assert "    Mit solidarischen Grüßen\n" in after


def test_the_summary_counts_no_skip_as_reviewed(env) -> None:  # type: ignore[no-untyped-def]
    child = spawn(env["INTAKE_DATABASE_URL"], "review")
    child.expect_exact("Review 1 of 5")
    child.send("s")
    child.expect_exact("Review 2 of 5")
    child.send("s")
    child.expect_exact("Review 3 of 5")
    child.send("q")
    child.expect_exact("reviewed 0 of 5: 2 skipped")
    child.expect(pexpect.EOF)


def test_reopen_of_a_published_item_says_what_to_do(env, capsys) -> None:  # type: ignore[no-untyped-def]
    db = open_database(env["INTAKE_DATABASE_URL"])
    with db.transaction() as session:
        session.execute(update(Resolution).where(Resolution.id == 1).values(status="published"))
    db.dispose()
    code, _, err = run(["queue", "reopen", "1"], env, capsys)
    assert (code, err) == (
        ExitCode.USAGE,
        "intake: item 1 is published: reject it first (`intake queue reject 1 --reason other`; "
        "the next publish takes its page down), then reopen it\n",
    )


def test_a_dateless_item_is_in_no_week_of_the_chart() -> None:
    weeks = per_week(
        [
            record(1, meeting_date="2024-01-24"),
            record(2, meeting_date=None, approved_at="2026-12-01T10:00:00+00:00"),
        ]
    )
    assert weeks == [("22 Jan 2024", 1)]


def test_the_review_screen_shows_the_guard_on_a_line_of_its_own(env) -> None:  # type: ignore[no-untyped-def]
    url = env["INTAKE_DATABASE_URL"]
    line, town = "> our meeting on 30 November in Birmingham", "Birmingham"
    _place_evidence(url, 5, line, town, "Birmingham, United Kingdom")
    child = spawn(url, "review")  # 80 columns: a guard at the end of the line would be cut
    child.expect_exact("Review 1 of 5")
    child.expect_exact("#5")
    child.expect_exact("QUOTED: from a message this one answers")
    child.send("q")
    child.expect(pexpect.EOF)
