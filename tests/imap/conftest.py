"""Fixtures for the end-to-end IMAP tests: one private Dovecot per session (plain, TLS, OAuth)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy import select

from intake.pipeline.poll import PollSummary, run_poll
from intake.settings import Settings
from intake.sources.imap_config import ImapAccount
from intake.sources.registry import open_imap_source
from intake.store.db import Database
from intake.store.models import Message
from tests.imap.dovecot import Account, Dovecot, install_hint, make_tls
from tests.imap.introspection import Introspection

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
def refusing_dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """A server of its own for a test that gets a login refused on purpose.

    After a refused login Dovecot slows every later login from that address for seconds (its
    auth penalty, which a config cannot turn off): the shared server must never see one.
    """
    server = Dovecot(tmp_path_factory.mktemp("dovecot-refusing"))
    server.start()
    yield server
    server.remove()


@pytest.fixture(scope="session")
def introspection() -> Iterator[Introspection]:
    """The token endpoint the OAuth test servers ask: it knows the tokens tests issue."""
    endpoint = Introspection()
    endpoint.start()
    yield endpoint
    endpoint.stop()


@pytest.fixture(scope="session")
def dovecot_oauth(
    tmp_path_factory: pytest.TempPathFactory, introspection: Introspection
) -> Iterator[Dovecot]:
    """A server that also takes XOAUTH2 logins, checking each token with `introspection`."""
    hint = install_hint()
    if hint:
        pytest.skip(f"Dovecot is not installed: {hint}")
    server = Dovecot(tmp_path_factory.mktemp("dovecot-oauth"), introspection_url=introspection.url)
    server.start()
    yield server
    server.remove()


@pytest.fixture
def refusing_dovecot_oauth(
    tmp_path_factory: pytest.TempPathFactory, introspection: Introspection
) -> Iterator[Dovecot]:
    """Like `refusing_dovecot`, for a token refused on purpose (the same auth penalty applies)."""
    hint = install_hint()
    if hint:
        pytest.skip(f"Dovecot is not installed: {hint}")
    workdir = tmp_path_factory.mktemp("dovecot-oauth-refusing")
    server = Dovecot(workdir, introspection_url=introspection.url)
    server.start()
    yield server
    server.remove()


@pytest.fixture
def mailbox(dovecot: Dovecot) -> Account:
    """A fresh, empty mailbox on the plain-text test server."""
    return dovecot.new_account()


def account_for(server: Dovecot, who: Account, **overrides: object) -> ImapAccount:
    """The account a test polls: plaintext to the loopback server unless told otherwise."""
    values: dict[str, object] = {
        "name": f"imap:{who.user}",
        "host": server.host,
        "port": server.port,
        "username": who.user,
        "credential": lambda: who.password,
        "security": "plaintext",
    }
    values.update(overrides)
    return ImapAccount(**values)  # type: ignore[arg-type]


def poll(db: Database, account: ImapAccount, **options: object) -> PollSummary:
    """One `intake poll` of the account, the way the CLI runs it, without extraction."""
    return run_poll(db, Settings(), open_imap_source(account, db), process=False, **options)  # type: ignore[arg-type]


def stored_message_ids(db: Database) -> list[str]:
    """The Message-ID of every stored row, sorted: a repeat shows up twice."""
    with db.transaction() as session:
        return sorted(m or "" for m in session.scalars(select(Message.message_id)))


def message_id_of(data: bytes) -> str:
    from intake.store.messages import header_message_id

    return header_message_id(data) or ""


def make_message(
    subject: str | None = None, *, body_size: int = 200, seq: int | None = None
) -> bytes:
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
