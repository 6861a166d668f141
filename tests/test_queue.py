"""The review queue: approve, reject, audit trail, bad input; on SQLite and PostgreSQL."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from intake.errors import NotFoundError, ValidationError
from intake.pipeline.poll import run_poll
from intake.queue import actions, detail, listing
from intake.settings import Settings
from intake.sources.local import MaildirSource
from tests.mail import resolution_message


@pytest.fixture
def queued(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(resolution_message("Unite North West 522 Branch"))
    box.add(
        resolution_message(
            "Sheffield Trades Union Council",
            "Agreed at our meeting on 2 February 2024 in Sheffield",
        )
    )
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))
    return db


def test_list_shows_pending_items(queued) -> None:  # type: ignore[no-untyped-def]
    with queued.transaction() as session:
        rows = listing.list_items(session, status="pending")
    assert sorted(r.organisation for r in rows) == [
        "Sheffield Trades Union Council",
        "Unite North West 522 Branch",
    ]


def test_approve_and_reject_are_audited(queued) -> None:  # type: ignore[no-untyped-def]
    with queued.transaction() as session:
        first, second = sorted(r.id for r in listing.list_items(session))
        actions.approve(session, [first], editor="ana")
        actions.reject(session, [second], reason="duplicate", note="sent twice", editor="ben")
    with queued.transaction() as session:
        shown = detail.show_item(session, first)
        assert shown.status == "approved"
        assert [(h["actor"], h["action"]) for h in shown.history] == [
            ("intake", "queued"),
            ("ana", "approve"),
        ]
        rejected = detail.show_item(session, second)
        assert (rejected.status, rejected.reject_reason) == ("rejected", "duplicate")
        assert rejected.history[-1]["details"]["after"]["reject_note"] == "sent twice"
        assert listing.counts(session)["queue"] | {} == {
            "pending": 0,
            "approved": 1,
            "rejected": 1,
            "published": 0,
            "merged": 0,
        }


def test_unknown_id_and_reason_are_refused_without_half_changes(queued) -> None:  # type: ignore[no-untyped-def]
    with queued.transaction() as session:
        ids = [r.id for r in listing.list_items(session)]
    with (
        pytest.raises(NotFoundError, match="no review item 999"),
        queued.transaction() as session,
    ):
        actions.approve(session, [ids[0], 999], editor="ana")
    with (
        pytest.raises(ValidationError, match="unknown reason 'boring'"),
        queued.transaction() as session,
    ):
        actions.reject(session, ids, reason="boring", editor="ana")
    with queued.transaction() as session:
        assert {r.status for r in listing.list_items(session)} == {"pending"}


def test_failed_messages_are_listed_for_editors(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(b"\x00garbage")
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))
    with db.transaction() as session:
        rows = listing.list_items(session, status="failed")
    assert len(rows) == 1
    assert "not an e-mail message" in rows[0].outcome
