"""Acknowledgements, received by a real SMTP server (aiosmtpd, STARTTLS + AUTH) on 127.0.0.1."""

from __future__ import annotations

import mailbox
import os
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select

from intake import queue as review
from intake.acknowledge import send_acknowledgements
from intake.poll import run_poll
from intake.publishing import run_publish
from intake.replies import reply_target
from intake.settings import Settings
from intake.sources.local import MaildirSource
from intake.store.models import Acknowledgement
from tests.mail import resolution_message

PASSWORD = "s3cret-for-tests"


@dataclass
class Inbox:
    """What the SMTP server received, and who logged in."""

    messages: list[tuple[list[str], Message]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password == PASSWORD.encode()
        if ok:
            self.logins.append(data.login.decode())
        return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def smtp_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*map(str, certificate))
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=inbox.authenticate,
        auth_require_tls=True,
        auth_required=True,
    )
    controller.start()
    yield inbox, port
    controller.stop()


def _settings(port: int, cert: Path, **acknowledge: Any) -> Settings:
    return Settings(
        extra={
            "acknowledge": {
                "enabled": True,
                "from_address": "Campaign <resolutions@campaign.example.org>",
                **acknowledge,
            },
            "smtp": {
                "host": "127.0.0.1",
                "port": port,
                "security": "starttls",
                "username": "intake",
                "ca_file": str(cert),
                "timeout": 10,
            },
            "publish": {"base_url": "https://campaign.example.org/r/"},
        }
    )


def _poll(db, tmp_path: Path, *messages: bytes, age_days: float = 0) -> None:  # type: ignore[no-untyped-def]
    tmp_path.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    for raw in messages:
        key = box.add(raw)
        if age_days:
            path = Path(tmp_path / "inbox" / box._lookup(key))  # noqa: SLF001
            stamp = time.time() - age_days * 86400
            os.utime(path, (stamp, stamp))
    box.close()
    run_poll(db, Settings(), MaildirSource(tmp_path / "inbox"))


ROBOTS = {
    "auto-reply": {"Auto-Submitted": "auto-replied"},
    "mailing list": {"List-Id": "<branch.lists.example.org>"},
    "bulk": {"Precedence": "bulk"},
    "bounce": {"Return-Path": "<>"},
}


def test_senders_get_receipts_and_links_and_robots_get_nothing(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, smtp_server, certificate, monkeypatch
) -> None:
    inbox, port = smtp_server
    monkeypatch.setenv("INTAKE_SMTP_PASSWORD", PASSWORD)
    original_id = "<meeting-14-march@example.org>"
    robots = [
        resolution_message(f"Branch {n}", sender=f"robot{n}@example.net", headers=headers)
        for n, headers in enumerate(ROBOTS.values())
    ]
    robots.append(resolution_message("Branch 9", sender="MAILER-DAEMON@example.net"))
    _poll(db, tmp_path, resolution_message(message_id=original_id), *robots)
    settings = _settings(port, certificate[0])

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
            r.id for r in review.list_items(session) if r.organisation.startswith("Unite")
        )
        review.approve(session, [item_id], editor="ana")
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
    db, tmp_path: Path, smtp_server, certificate, monkeypatch
) -> None:
    inbox, port = smtp_server
    monkeypatch.setenv("INTAKE_SMTP_PASSWORD", PASSWORD)
    _poll(db, tmp_path, *(resolution_message(f"Branch {n}") for n in range(3)))
    _poll(
        db,
        tmp_path / "old",
        resolution_message("Old Branch", sender="old@example.org"),
        age_days=400,
    )
    down = _settings(_free_port(), certificate[0], max_per_address_per_day=2)
    failed = send_acknowledgements(db, down)
    assert failed.sent == 0 and "ConnectionRefusedError" in (failed.error or "")
    settings = _settings(port, certificate[0], max_per_address_per_day=2)
    summary = send_acknowledgements(db, settings)
    assert (summary.sent, summary.deferred, summary.skipped) == (2, 1, 1)
    assert [r for r, _ in inbox.messages] == [["jo@example.org"]] * 2
    with db.transaction() as session:
        old = session.scalar(
            select(Acknowledgement).where(Acknowledgement.recipient == "old@example.org")
        )
        assert old.status == "skipped" and old.last_error.startswith("too old")


def test_acknowledgements_are_off_by_default(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _poll(db, tmp_path, resolution_message())
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
    ],
)
def test_who_may_be_answered(headers: dict[str, str], sender: str, reason: str | None) -> None:
    raw = resolution_message(sender=sender, headers=headers)
    target = reply_target(raw, own_addresses=("Campaign <resolutions@campaign.example.org>",))
    if reason is None:
        assert target.skip_reason is None
        assert target.address == ("sec@x.org" if "Reply-To" in headers else sender)
    else:
        assert reason in (target.skip_reason or "")
