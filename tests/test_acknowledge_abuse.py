"""Receipts cannot be turned against strangers: forged senders, floods, links, bad addresses.

Every reply goes through a real SMTP server (aiosmtpd with STARTTLS and AUTH) on 127.0.0.1.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.cli import main
from intake.outbox.acknowledge import send_acknowledgements
from intake.queue import actions
from intake.store.models import Acknowledgement, Resolution, utcnow
from tests.mail import resolution_message
from tests.smtp_server import (
    AUTHSERV_ID,
    PASSWORD,
    ack_settings,
    authenticated,
    certificate,
    poll,
    signed_branches,
    smtp_login,
    smtp_server,
)

__all__ = ["certificate", "smtp_login", "smtp_server"]  # fixtures


def _statuses(db) -> dict[str, tuple[str, int]]:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        rows = session.scalars(select(Acknowledgement).order_by(Acknowledgement.id))
        return {row.recipient: (row.status, row.attempts) for row in rows}


def _approve(db, organisation: str) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        item = session.scalar(select(Resolution).where(Resolution.organisation == organisation))
        actions.approve(session, [item.id], editor="ana")


def test_a_receipt_goes_to_an_authenticated_sender_or_after_an_editor_approves(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_login, certificate
) -> None:
    inbox, port = smtp_login
    forged = {
        "none": {},
        "other server": {
            "Authentication-Results": "mx.elsewhere.example; dkim=pass header.d=x.net"
        },
        "unaligned": authenticated("attacker.example"),
        "failed": {"Authentication-Results": f"{AUTHSERV_ID}; dkim=fail header.d=x.net; spf=none"},
    }
    poll(
        db,
        tmp_path,
        resolution_message("Signed Branch", sender="jo@example.org", headers=authenticated()),
        *(
            resolution_message(f"Branch {n}", sender=f"{name.replace(' ', '-')}@x.net", headers=h)
            for n, (name, h) in enumerate(forged.items())
        ),
    )
    settings = ack_settings(port, certificate[0])
    summary = send_acknowledgements(db, settings)
    assert (summary.sent, summary.deferred, summary.failed) == (1, 4, 0)
    assert [to for to, _ in inbox.messages] == [["jo@example.org"]]
    assert {status for status, _ in list(_statuses(db).values())[1:]} == {"held"}

    _approve(db, "Branch 0")
    assert send_acknowledgements(db, settings).sent == 1
    assert inbox.messages[-1][0] == ["none@x.net"]
    assert send_acknowledgements(db, settings).sent == 0  # the others wait for an editor


def test_tags_and_case_share_one_daily_cap_and_links_are_never_echoed(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_login, certificate
) -> None:
    inbox, port = smtp_login
    bait = "Resolution https://evil.example.net/login www.evil.example.net evil.example.net/pay"
    poll(db, tmp_path, *signed_branches(6, sender="Victim <Victim+{n}@Example.COM>", subject=bait))
    summary = send_acknowledgements(db, ack_settings(port, certificate[0]))
    assert (summary.sent, summary.deferred) == (3, 3)
    for _, reply in inbox.messages:
        text = str(reply["Subject"]) + reply.get_payload(decode=True).decode()
        assert "evil" not in text and "[link removed]" in text


def test_the_campaign_has_an_hourly_cap(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_login, certificate
) -> None:
    inbox, port = smtp_login
    poll(db, tmp_path, *signed_branches(5, sender="s{n}@example.org"))
    settings = ack_settings(port, certificate[0], max_per_hour=2)
    now = utcnow()
    assert send_acknowledgements(db, settings, now=now).sent == 2
    assert send_acknowledgements(db, settings, now=now + timedelta(minutes=30)).sent == 0
    assert send_acknowledgements(db, settings, now=now + timedelta(minutes=61)).sent == 2
    assert len(inbox.messages) == 4


def _with_from(raw: bytes, sender: bytes) -> bytes:
    head, _, body = raw.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.startswith(b"From:")]
    return b"\n".join([b"From: " + sender, *lines]) + b"\n\n" + body


BAD_SENDERS = {
    "crlf-in-quoted-local-part": b'"victim\r\n RCPT TO:<x@evil.example>"@example.org',
    "quoted-local-part": b'"two words"@example.org',
    "raw-8-bit": "jörg@exämple.org".encode(),
    "8-bit-local-part": "jörg@example.org".encode(),
}


def test_bad_recipients_are_refused_when_queued_and_a_refused_send_is_that_replys_failure(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_login, certificate
) -> None:
    inbox, port = smtp_login
    inbox.refuse = {
        "refused@example.org": "550 5.1.1 no such user",
        "later@example.org": "451 4.3.0 try again later",
    }
    signed = authenticated()
    bad = [
        _with_from(resolution_message(f"Bad {n}", headers=signed), sender)
        for n, sender in enumerate(BAD_SENDERS.values())
    ]
    refused = [
        resolution_message(f"Branch {to}", sender=f"{to}@example.org", headers=signed)
        for to in ("refused", "later", "good")
    ]
    poll(db, tmp_path, *bad, *refused)
    settings = ack_settings(port, certificate[0], max_attempts=3)
    summary = send_acknowledgements(db, settings)
    assert (summary.sent, summary.failed, summary.error) == (1, 2, None)
    assert [to for to, _ in inbox.messages] == [["good@example.org"]]
    statuses = _statuses(db)
    assert statuses.pop("refused@example.org") == ("failed", 1)  # 5xx: never again
    assert statuses.pop("later@example.org") == ("pending", 1)  # 4xx: the next run tries again
    assert statuses.pop("good@example.org") == ("sent", 1)
    assert {status for status, _ in statuses.values()} == {"skipped"} and len(statuses) == 4
    send_acknowledgements(db, settings)
    assert _statuses(db)["later@example.org"] == ("pending", 2)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_publish_exits_0_when_a_reply_cannot_be_sent(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_server, certificate, capsys
) -> None:
    inbox, port = smtp_server
    config = tmp_path / "intake.toml"
    config.write_text(
        f'database_url = "{db.url}"\n'
        "[acknowledge]\nenabled = true\n"
        'from_address = "resolutions@campaign.example.org"\n'
        f'trusted_authserv_id = "{AUTHSERV_ID}"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nusername = "intake"\n'
        f'ca_file = "{certificate[0]}"\ntimeout = 10\n'
        '[publish]\nbase_url = "https://campaign.example.org/"\n',
        encoding="utf-8",
    )
    inbox.refuse = {"refused@example.org": "550 5.1.1 no such user"}
    signed = authenticated()
    poll(
        db,
        tmp_path / "mail",
        _with_from(resolution_message("Bad Branch", headers=signed), BAD_SENDERS["raw-8-bit"]),
        resolution_message("Refused Branch", sender="refused@example.org", headers=signed),
        resolution_message("Good Branch", sender="good@example.org", headers=signed),
    )
    for name in ("Bad Branch", "Refused Branch", "Good Branch"):
        _approve(db, name)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INTAKE_SMTP_PASSWORD", PASSWORD)
        patch.delenv("INTAKE_DATABASE_URL", raising=False)
        with pytest.raises(SystemExit) as done:
            main(["--config", str(config), "publish", "--out", str(tmp_path / "site")])
    out, err = capsys.readouterr()
    assert done.value.code == 0, err
    assert "published 3 resolution(s)" in out
    assert "acknowledgements: sent 2, skipped 0, deferred 0, failed 2" in out
    assert sorted(to[0] for to, _ in inbox.messages) == ["good@example.org"] * 2
