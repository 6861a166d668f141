"""`starttls` pointed at an IMAPS port (where TLS starts at once) says so, not just "timed out"."""

from __future__ import annotations

import pytest

from intake.errors import ConfigError, MailboxError
from intake.sources.imap_config import ImapAccount
from tests.imap.conftest import account_for, poll

pytestmark = pytest.mark.imap


def test_starttls_against_an_imaps_port_says_which_setting_to_use(sqlite_db, dovecot_tls):  # type: ignore[no-untyped-def]
    who = dovecot_tls.new_account()
    account = account_for(
        dovecot_tls,
        who,
        security="starttls",
        port=dovecot_tls.port,  # the IMAPS listener
        ca_file=str(dovecot_tls.tls.ca_file),
    )
    with pytest.raises(MailboxError, match='speaks TLS from the start.*use security = "tls"'):
        poll(sqlite_db, account)


@pytest.mark.parametrize(
    ("security", "port", "hint"),
    [
        pytest.param("starttls", 993, 'security = "tls"', id="starttls-on-993"),
        pytest.param("tls", 143, 'security = "starttls"', id="tls-on-143"),
    ],
)
def test_the_well_known_ports_are_checked_with_the_configuration(
    security: str, port: int, hint: str
) -> None:
    with pytest.raises(ConfigError, match=hint):
        ImapAccount(
            name="imap:campaign",
            host="imap.example.org",
            username="me",
            credential=lambda: "x",
            port=port,
            security=security,  # type: ignore[arg-type]
        )
