"""TLS is verified by default: a private CA needs `ca_file`, a wrong host name is refused."""

from __future__ import annotations

import pytest

from intake.errors import ConfigError, MailboxError
from intake.sources.imap_config import ImapAccount, account_from_url
from tests.imap.conftest import account_for, make_message, poll, stored_message_ids

pytestmark = pytest.mark.imap


def test_imaps_with_the_private_ca_in_ca_file_works(sqlite_db, dovecot_tls):  # type: ignore[no-untyped-def]
    who = dovecot_tls.new_account()
    dovecot_tls.deliver(who, make_message())
    account = account_for(dovecot_tls, who, security="tls", ca_file=str(dovecot_tls.tls.ca_file))
    assert poll(sqlite_db, account).stored == 1


def test_starttls_with_ca_file_works(sqlite_db, dovecot_tls):  # type: ignore[no-untyped-def]
    who = dovecot_tls.new_account()
    dovecot_tls.deliver(who, make_message())
    account = account_for(
        dovecot_tls,
        who,
        security="starttls",
        port=dovecot_tls.starttls_port,
        ca_file=str(dovecot_tls.tls.ca_file),
    )
    assert poll(sqlite_db, account).stored == 1


def test_an_unknown_ca_is_refused(sqlite_db, dovecot_tls):  # type: ignore[no-untyped-def]
    who = dovecot_tls.new_account()
    dovecot_tls.deliver(who, make_message())
    with pytest.raises(MailboxError, match="certificate .* is not trusted.*ca_file"):
        poll(sqlite_db, account_for(dovecot_tls, who, security="tls"))
    assert stored_message_ids(sqlite_db) == []


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_a_wrong_host_name_is_refused(sqlite_db, dovecot_tls, security):  # type: ignore[no-untyped-def]
    """The certificate names imap.test and 127.0.0.1; `localhost` is that machine, not its name."""
    who = dovecot_tls.new_account()
    port = dovecot_tls.port if security == "tls" else dovecot_tls.starttls_port
    account = account_for(
        dovecot_tls,
        who,
        host="localhost",
        port=port,
        security=security,
        ca_file=str(dovecot_tls.tls.ca_file),
    )
    with pytest.raises(MailboxError, match="not trusted.*[Hh]ostname mismatch"):
        poll(sqlite_db, account)


def test_plaintext_is_refused_to_a_host_that_is_not_loopback() -> None:
    with pytest.raises(ConfigError, match="only allowed to a loopback host"):
        ImapAccount(
            name="x",
            host="imap.example.org",
            username="u",
            credential=lambda: "",
            security="plaintext",
        )


@pytest.mark.parametrize(
    ("url", "allow", "security", "port"),
    [
        pytest.param("imaps://me@imap.example.org/INBOX", False, "tls", 993, id="imaps"),
        pytest.param("imap://me@imap.example.org/INBOX", False, "starttls", 143, id="starttls"),
        pytest.param("imap://me@127.0.0.1:1143/INBOX", True, "plaintext", 1143, id="plain-loop"),
    ],
)
def test_urls_choose_tls_unless_told(url: str, allow: bool, security: str, port: int) -> None:
    account = account_from_url(url, {}, allow_plaintext=allow)
    assert (account.security, account.port, account.folders) == (security, port, ("INBOX",))


def test_allow_plaintext_needs_a_loopback_host() -> None:
    with pytest.raises(ConfigError, match="loopback"):
        account_from_url("imap://me@imap.example.org/INBOX", {}, allow_plaintext=True)
