"""Acknowledgements, received by a real SMTP server (aiosmtpd, STARTTLS + AUTH) on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from intake.outbox.acknowledge import send_acknowledgements
from intake.outbox.replies import reply_target
from intake.publishing import run_publish
from intake.queue import actions, listing
from intake.settings import Settings
from intake.store.models import Acknowledgement
from tests.mail import resolution_message
from tests.smtp_server import (
    ack_settings,
    authenticated,
    certificate,
    free_port,
    poll,
    signed_branches,
    smtp_login,
    smtp_server,
)

__all__ = ["certificate", "smtp_login", "smtp_server"]  # fixtures

ROBOTS = {
    "auto-reply": {"Auto-Submitted": "auto-replied"},
    "mailing list": {"List-Id": "<branch.lists.example.org>"},
    "bulk": {"Precedence": "bulk"},
    "bounce": {"Return-Path": "<>"},
}


def test_senders_get_receipts_and_links_and_robots_get_nothing(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_login, certificate
) -> None:
    inbox, port = smtp_login
    original_id = "<meeting-14-march@example.org>"
    robots = [
        resolution_message(f"Branch {n}", sender=f"robot{n}@example.net", headers=headers)
        for n, headers in enumerate(ROBOTS.values())
    ]
    robots.append(resolution_message("Branch 9", sender="MAILER-DAEMON@example.net"))
    poll(db, tmp_path, resolution_message(message_id=original_id, headers=authenticated()), *robots)
    settings = ack_settings(port, certificate[0])

    summary = send_acknowledgements(db, settings)
    assert (summary.sent, summary.error) == (1, None)
    ((recipients, reply),) = inbox.messages
    assert recipients == ["jo@example.org"] and inbox.logins == ["intake"]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["In-Reply-To"] == original_id and reply["References"] == original_id
    assert reply["Subject"] == "Re: Our resolution"
    body = reply.get_payload(decode=True).decode()
    for read in ("Unite North West 522 Branch", "2024-03-14", "Manchester", "reply"):
        assert read in body
    with db.transaction() as session:
        rows = dict(
            session.execute(select(Acknowledgement.recipient, Acknowledgement.status)).all()
        )
    # auto-replies, lists and bulk mail are not even queued (the classifier calls them "other");
    # one that still looks like a resolution is queued as skipped, never sent
    assert rows.pop("jo@example.org") == "sent"
    assert set(rows.values()) <= {"skipped"} and len(inbox.messages) == 1

    with db.transaction() as session:
        item_id = next(
            r.id for r in listing.list_items(session) if r.organisation.startswith("Unite")
        )
        actions.approve(session, [item_id], editor="ana")
    run_publish(db, settings, tmp_path / "public", actor="cron")
    assert send_acknowledgements(db, settings).sent == 1
    published = inbox.messages[-1][1]
    assert (
        f"https://campaign.example.org/r/resolutions/{item_id}.html"
        in published.get_payload(decode=True).decode()
    )
    assert published["Auto-Submitted"] == "auto-replied"
    assert send_acknowledgements(db, settings).sent == 0  # each reply once


def test_rate_limit_old_mail_and_a_failed_send_retried(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_login, certificate
) -> None:
    inbox, port = smtp_login
    poll(db, tmp_path, *signed_branches(3))
    poll(
        db,
        tmp_path / "old",
        resolution_message("Old Branch", sender="old@example.org", headers=authenticated()),
        age_days=400,
    )
    down = ack_settings(free_port(), certificate[0], max_per_address_per_day=2)
    failed = send_acknowledgements(db, down)
    assert failed.sent == 0 and "ConnectionRefusedError" in (failed.error or "")
    settings = ack_settings(port, certificate[0], max_per_address_per_day=2)
    summary = send_acknowledgements(db, settings)
    assert (summary.sent, summary.deferred, summary.skipped) == (2, 1, 1)
    assert [r for r, _ in inbox.messages] == [["jo@example.org"]] * 2
    with db.transaction() as session:
        old = session.scalar(
            select(Acknowledgement).where(Acknowledgement.recipient == "old@example.org")
        )
        assert old.status == "skipped" and old.last_error.startswith("too old")


def test_acknowledgements_are_off_by_default(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    poll(db, tmp_path, resolution_message())
    summary = send_acknowledgements(db, Settings())
    assert summary.sent == 0 and summary.off and summary.error is None
    assert summary.line() == (
        "acknowledgements are off, none sent: to send them, set enabled = true in [acknowledge]"
    )


@pytest.mark.parametrize(
    ("headers", "sender", "reason"),
    [
        pytest.param({"Auto-Submitted": "auto-generated"}, "a@x.org", "Auto-Submitted", id="auto"),
        pytest.param({"Auto-Submitted": "no"}, "a@x.org", None, id="auto-submitted-no"),
        pytest.param({"Precedence": "junk"}, "a@x.org", "Precedence", id="precedence"),
        pytest.param({"List-Unsubscribe": "<mailto:u@x.org>"}, "a@x.org", "list", id="list"),
        pytest.param({"X-Auto-Response-Suppress": "OOF"}, "a@x.org", "Suppress", id="exchange"),
        pytest.param({}, "noreply@x.org", "automatic sender", id="noreply"),
        pytest.param({}, "resolutions@campaign.example.org", "our own", id="loop"),
        pytest.param({"Reply-To": "Sec <sec@x.org>"}, "a@x.org", None, id="reply-to"),
        pytest.param({"Reply-To": "<sec@branch.x.org>"}, "a@x.org", None, id="reply-to-subdomain"),
        pytest.param(
            {"Reply-To": "Boss <boss@elsewhere.net>"}, "a@x.org", None, id="reply-to-away"
        ),
    ],
)
def test_who_may_be_answered(headers: dict[str, str], sender: str, reason: str | None) -> None:
    raw = resolution_message(sender=sender, headers=headers)
    target = reply_target(raw, own_addresses=("Campaign <resolutions@campaign.example.org>",))
    if reason is None:
        assert target.skip_reason is None
        reply_to = headers.get("Reply-To", "")
        expected = (
            reply_to.split("<")[1].rstrip(">")
            if ".x.org" in reply_to or "@x.org" in reply_to
            else sender
        )
        assert target.address == expected
    else:
        assert reason in (target.skip_reason or "")


@pytest.mark.parametrize(
    ("reply_to", "answered"),
    [
        pytest.param("Sec <sec@branch.x.org>", "sec@branch.x.org", id="subdomain"),
        pytest.param("Boss <boss@elsewhere.net>", "a@x.org", id="another-domain"),
        pytest.param("<boss@x.org.elsewhere.net>", "a@x.org", id="lookalike"),
    ],
)
def test_a_reply_to_in_another_domain_is_ignored(reply_to: str, answered: str) -> None:
    raw = resolution_message(sender="A <a@x.org>", headers={"Reply-To": reply_to})
    assert reply_target(raw).address == answered
