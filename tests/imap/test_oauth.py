"""XOAUTH2 login against a real Dovecot whose oauth2 passdb checks each token at an endpoint.

Tokens come from the environment or from `token_command`, run at every connection; a refused
token is one line and exit code 5, and no token ever reaches a log line or an error message.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from intake.errors import ExitCode, MailboxError
from intake.settings import Settings
from intake.sources.imap_config import ImapAccount
from intake.sources.registry import imap_account
from tests.imap.conftest import make_message, message_id_of, poll, stored_message_ids
from tests.imap.dovecot import Account, Dovecot
from tests.imap.test_cli_imap import intake

pytestmark = pytest.mark.imap


def oauth_table(server: Dovecot, who: Account, **keys: str) -> dict[str, object]:
    """An `[imap.accounts.oauth]` table that logs in with XOAUTH2."""
    return {
        "host": server.host,
        "port": server.port,
        "security": "plaintext",
        "username": who.user,
        "auth": "xoauth2",
        **keys,
    }


def write_config(path: Path, table: dict[str, object]) -> Path:
    lines = ["[imap.accounts.oauth]"]
    lines += [
        f"{key} = {value}" if key == "port" else f'{key} = "{value}"'
        for key, value in table.items()
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def configured_account(table: dict[str, object], environ: dict[str, str]) -> ImapAccount:
    """The account exactly as `intake poll` builds it from the config file."""
    settings = Settings(extra={"imap": {"accounts": {"oauth": table}}})
    return imap_account("imap:oauth", settings, environ, allow_plaintext=False)


def test_a_token_from_the_environment_logs_in_and_fetches_mail(  # type: ignore[no-untyped-def]
    tmp_path, dovecot_oauth, introspection, sqlite_db
):
    who = dovecot_oauth.new_account()
    token = introspection.issue(who.user)
    messages = [make_message(), make_message()]
    for data in messages:
        dovecot_oauth.deliver(who, data)
    config = write_config(tmp_path / "intake.toml", oauth_table(dovecot_oauth, who))
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": sqlite_db.url,
        "INTAKE_CONFIG": str(config),
        "INTAKE_IMAP_OAUTH_TOKEN": token,
    }
    done = intake(["--debug", "poll", "--no-process"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imap:oauth: fetched 2, stored 2, duplicates 0, failed 0")
    assert stored_message_ids(sqlite_db) == sorted(map(message_id_of, messages))
    assert token in introspection.asked  # Dovecot checked this very token at the endpoint
    assert f"Login: user=<{who.user}>, method=XOAUTH2" in dovecot_oauth.log_tail(200)
    assert "imapclient" in done.stderr  # the debug log was on, and still shows no token
    assert token not in done.stdout + done.stderr


def test_token_command_runs_at_each_connection(  # type: ignore[no-untyped-def]
    tmp_path, dovecot_oauth, introspection, sqlite_db
):
    who = dovecot_oauth.new_account()
    token = introspection.issue(who.user)
    runs = tmp_path / "runs"
    helper = tmp_path / "token-helper"
    helper.write_text(f'#!/bin/sh\necho run >> "$1"\necho {token}\n')
    table = oauth_table(dovecot_oauth, who, token_command=f"sh {helper} {runs}")
    account = configured_account(table, environ={})
    dovecot_oauth.deliver(who, make_message())
    first = poll(sqlite_db, account)
    dovecot_oauth.deliver(who, make_message())
    second = poll(sqlite_db, account)
    assert (first.stored, second.stored) == (1, 1)
    assert runs.read_text().splitlines() == ["run", "run"]  # one run per poll, none cached


def test_a_wrong_token_is_one_line_and_exit_5(  # type: ignore[no-untyped-def]
    tmp_path, refusing_dovecot_oauth, introspection, sqlite_db
):
    who = refusing_dovecot_oauth.new_account()
    introspection.issue(who.user)  # the user has a valid token; this run sends another
    wrong = "tok-never-issued-" + "x" * 24
    config = write_config(tmp_path / "intake.toml", oauth_table(refusing_dovecot_oauth, who))
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": sqlite_db.url,
        "INTAKE_CONFIG": str(config),
        "INTAKE_IMAP_OAUTH_TOKEN": wrong,
    }
    done = intake(["poll", "--no-process"], env)
    assert done.returncode == ExitCode.MAILBOX
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("intake: imap:oauth: ")
    assert f"login refused for {who.user} at 127.0.0.1:{refusing_dovecot_oauth.port}" in done.stderr
    assert "(check the password or token)" in done.stderr
    assert wrong in introspection.asked  # refused by the endpoint's answer, not before
    assert wrong not in done.stdout + done.stderr


def test_a_refused_token_is_in_no_log_record_and_no_error(  # type: ignore[no-untyped-def]
    refusing_dovecot_oauth, introspection, sqlite_db, caplog
):
    who = refusing_dovecot_oauth.new_account()
    wrong = introspection.issue("someone-else")  # valid, for another user
    table = oauth_table(refusing_dovecot_oauth, who)
    account = configured_account(table, environ={"INTAKE_IMAP_OAUTH_TOKEN": wrong})
    caplog.set_level(logging.DEBUG)  # imapclient logs every command and response at DEBUG
    with pytest.raises(MailboxError) as refused:
        poll(sqlite_db, account)
    assert "login refused" in str(refused.value)
    assert any(r.name.startswith("imapclient") for r in caplog.records)
    assert wrong not in caplog.text and wrong not in str(refused.value)
    assert wrong not in repr(refused.value.__cause__)
