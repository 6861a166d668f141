"""Polling a Maildir end to end: store, parse, extract, queue; bad input quarantined."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.pipeline.poll import run_poll
from intake.pipeline.reprocess import reprocess_messages
from intake.settings import Settings
from intake.sources.local import MaildirSource
from intake.store.models import Message, Resolution
from tests.mail import message, resolution_message


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    path = tmp_path / "inbox"
    box = mailbox.Maildir(path, create=True)
    box.add(resolution_message())
    box.add(message("Could you send a speaker to our meeting next month?", subject="Speaker?"))
    box.add(b"\x00\x01\x02 not mail at all")
    box.close()
    return path


def test_poll_queues_resolutions_and_quarantines_broken_mail(db, maildir: Path) -> None:  # type: ignore[no-untyped-def]
    summary = run_poll(db, Settings(), MaildirSource(maildir))
    assert (summary.fetched, summary.stored, summary.duplicates, summary.failed) == (3, 3, 0, 0)
    assert summary.quarantined == 1
    assert "processed 3 (1 quarantined: intake queue list --status failed)" in summary.line()
    with db.transaction() as session:
        statuses = sorted((m.kind, m.status) for m in session.scalars(select(Message)))
        items = list(session.scalars(select(Resolution)))
    assert statuses == [("failed", "failed"), ("other", "processed"), ("resolution", "processed")]
    assert [(i.organisation, i.meeting_date, i.city) for i in items] == [
        ("Unite North West 522 Branch", "2024-03-14", "Manchester")
    ]


def test_second_poll_stores_nothing(db, maildir: Path) -> None:  # type: ignore[no-untyped-def]
    run_poll(db, Settings(), MaildirSource(maildir))
    again = run_poll(db, Settings(), MaildirSource(maildir))
    assert (again.stored, again.duplicates, again.processed) == (0, 3, 0)


def test_a_crash_in_parsing_loses_nothing(db, maildir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The raw commit comes first: if extraction blows up, the bytes are stored and reprocessable.

    The crash is injected (a parser bug cannot be produced on demand); the store is real.
    """
    import intake.pipeline.extraction

    def broken(*_args: object) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(intake.pipeline.extraction, "extract_message", broken)
    run_poll(db, Settings(), MaildirSource(maildir))
    with db.transaction() as session:
        rows = list(session.scalars(select(Message)))
        assert len(rows) == 3
        assert {m.status for m in rows} == {"failed"}
        assert all("internal error: parser bug" in (m.error or "") for m in rows)
    monkeypatch.undo()
    assert reprocess_messages(db, Settings(), None) == 3
    with db.transaction() as session:
        assert len(list(session.scalars(select(Resolution)))) == 1


def test_max_messages_bounds_a_run(db, maildir: Path) -> None:  # type: ignore[no-untyped-def]
    summary = run_poll(db, Settings(), MaildirSource(maildir), max_messages=1)
    assert summary.fetched == 1
    rest = run_poll(db, Settings(), MaildirSource(maildir))
    assert (rest.stored, rest.duplicates) == (2, 1)


def test_attachments_are_read_inside_the_extraction_workers(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A worker starts the document sandbox in turn (a daemon process could not)."""
    from email.message import EmailMessage

    from tests.conftest import FIXTURES

    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Sam <sam@example.org>", "Our motion, attached"
    mail["Message-ID"] = "<attached@example.org>"
    mail.set_content("Please find our motion attached.")
    pdf = (FIXTURES / "docs" / "two-column.pdf").read_bytes()
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename="motion.pdf")
    box = mailbox.Maildir(tmp_path / "in", create=True)
    box.add(bytes(mail))
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "in"), jobs=2)
    with db.transaction() as session:
        row = session.scalars(select(Message)).one()
        read = [(d.name, d.failed, bool(d.text.strip())) for d in row.documents if d.type == "pdf"]
    assert read == [("motion.pdf", None, True)]


def test_a_maildir_is_read_in_delivery_order(tmp_path: Path) -> None:
    """Maildir keys carry unpadded microseconds: as text, M999999 sorts after M1000000."""
    box = mailbox.Maildir(tmp_path / "box", create=True)
    box.close()
    early, late = "1700000000.M999999P1Q1.host", "1700000000.M1000000P1Q2.host"
    for key, body in ((late, "second"), (early, "first")):
        (tmp_path / "box" / "new" / key).write_bytes(message(body))
    fetched = list(MaildirSource(tmp_path / "box").fetch())
    assert [m.source_key.rsplit(":", 1)[1] for m in fetched] == [early, late]
    assert b"first" in fetched[0].data
