"""Fixtures for the end-to-end IMAP tests: one private Dovecot per session (plain and TLS)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.imap.dovecot import Account, Dovecot, install_hint, make_tls

pytestmark = pytest.mark.imap

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    hint = install_hint()
    if hint:
        pytest.skip(f"Dovecot is not installed: {hint}")
    server = Dovecot(tmp_path_factory.mktemp("dovecot"))
    server.start()
    yield server
    server.remove()


@pytest.fixture(scope="session")
def dovecot_tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    hint = install_hint()
    if hint:
        pytest.skip(f"Dovecot is not installed: {hint}")
    workdir = tmp_path_factory.mktemp("dovecot-tls")
    server = Dovecot(workdir, tls=make_tls(workdir / "tls"))
    server.start()
    yield server
    server.remove()


@pytest.fixture
def mailbox(dovecot: Dovecot) -> Account:
    """A fresh, empty mailbox on the plain-text test server."""
    return dovecot.new_account()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'intake.sqlite'}"


def make_message(subject: str | None = None, *, body_size: int = 200, seq: int | None = None) -> bytes:
    """A small, unique RFC 5322 message with a Message-ID."""
    number = seq if seq is not None else next(_counter)
    msg = EmailMessage()
    msg["From"] = "Branch Secretary <secretary@branch.example>"
    msg["To"] = "resolutions@campaign.example"
    msg["Subject"] = subject or f"Resolution {number}"
    msg["Date"] = format_datetime(datetime(2024, 1, 15, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(idstring=f"t{number}", domain="branch.example")
    text = f"Motion {number} carried.\n"
    msg.set_content(text + "x" * max(0, body_size - len(text)) + "\n")
    return msg.as_bytes().replace(b"\n", b"\r\n")
