"""A real SMTP server (aiosmtpd, STARTTLS + AUTH) on 127.0.0.1 for the acknowledgement tests."""

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

from intake.pipeline.poll import run_poll
from intake.settings import Settings
from intake.sources.local import MaildirSource
from tests.mail import resolution_message

AUTHSERV_ID = "mx.campaign.example.org"


def signed_branches(count: int, sender: str = "Jo <jo@example.org>", **kwargs: Any) -> list[bytes]:
    """`count` resolutions from branches 0, 1, ... whose sender our server authenticated;
    `{n}` in `sender` is the branch's number."""
    domain = sender.rpartition("@")[2].rstrip(">").lower()
    return [
        resolution_message(
            f"Branch {n}", sender=sender.format(n=n), headers=authenticated(domain), **kwargs
        )
        for n in range(count)
    ]


def authenticated(domain: str = "example.org") -> dict[str, str]:
    """The verdict our receiving server writes for a sender whose domain signed the message."""
    return {
        "Authentication-Results": f"{AUTHSERV_ID}; dkim=pass header.d={domain}; "
        f"spf=pass smtp.mailfrom=bounce@{domain}"
    }


PASSWORD = "s3cret-for-tests"


@dataclass
class Inbox:
    """What the SMTP server received, and who logged in."""

    messages: list[tuple[list[str], Message]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> the server's answer

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

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


def free_port() -> int:
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
    port = free_port()
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


def ack_settings(port: int, cert: Path, **acknowledge: Any) -> Settings:
    return Settings(
        extra={
            "acknowledge": {
                "enabled": True,
                "from_address": "Campaign <resolutions@campaign.example.org>",
                "trusted_authserv_id": AUTHSERV_ID,
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


def poll(db, tmp_path: Path, *messages: bytes, age_days: float = 0) -> None:  # type: ignore[no-untyped-def]
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


@pytest.fixture
def smtp_login(
    smtp_server: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> tuple[Inbox, int]:
    """The server, with our password in the environment as an operator would set it."""
    monkeypatch.setenv("INTAKE_SMTP_PASSWORD", PASSWORD)
    return smtp_server
