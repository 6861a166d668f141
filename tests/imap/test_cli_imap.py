"""The real `intake` command against the test Dovecot: URLs, config accounts, locks, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake.errors import ExitCode
from intake.store.db import Database
from intake.store.locks import folder_key, poll_lock
from tests.imap.conftest import make_message, stored_message_ids
from tests.imap.dovecot import Account, Dovecot

pytestmark = pytest.mark.imap
ROOT = Path(__file__).resolve().parents[2]


def intake(
    args: list[str], env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def env(db: Database, mailbox: Account) -> dict[str, str]:
    return {**os.environ, "INTAKE_DATABASE_URL": db.url, "INTAKE_IMAP_PASSWORD": mailbox.password}


def url(server: Dovecot, who: Account, folder: str = "INBOX", host: str = "") -> str:
    return f"imap://{who.user}@{host or server.host}:{server.port}/{folder}"


def test_poll_an_imap_url_then_again(env, dovecot, mailbox, db):  # type: ignore[no-untyped-def]
    for _ in range(2):
        dovecot.deliver(mailbox, make_message())
    args = ["poll", "--no-process", "--allow-plaintext", "--source", url(dovecot, mailbox)]
    first = intake(args, env)
    assert first.returncode == 0, first.stderr
    assert "fetched 2, stored 2, duplicates 0, failed 0" in first.stdout
    second = intake([*args, "--log-format", "json"], env)
    summary = json.loads(second.stdout)
    assert (second.returncode, summary["fetched"], summary["stored"]) == (0, 0, 0)


def test_imap_url_without_allow_plaintext_insists_on_starttls(env, dovecot, mailbox):  # type: ignore[no-untyped-def]
    done = intake(["poll", "--source", url(dovecot, mailbox)], env)
    assert done.returncode == ExitCode.MAILBOX
    assert done.stderr.count("\n") == 1 and "STARTTLS" in done.stderr.upper()


def test_login_refused_is_exit_5_and_one_line(env, refusing_dovecot, mailbox):  # type: ignore[no-untyped-def]
    source = url(refusing_dovecot, mailbox)
    done = intake(
        ["poll", "--allow-plaintext", "--source", source], env | {"INTAKE_IMAP_PASSWORD": "wrong"}
    )
    assert done.returncode == ExitCode.MAILBOX
    assert done.stderr.startswith("intake: imap://") and done.stderr.count("\n") == 1
    assert f"login refused for {mailbox.user}" in done.stderr


def test_a_missing_folder_is_exit_5_and_one_line(env, dovecot, mailbox):  # type: ignore[no-untyped-def]
    done = intake(["poll", "--allow-plaintext", "--source", url(dovecot, mailbox, "Nope")], env)
    assert done.returncode == ExitCode.MAILBOX
    assert "folder 'Nope' cannot be opened" in done.stderr and done.stderr.count("\n") == 1


def test_an_overlapping_run_exits_at_once_with_the_lock_code(env, dovecot, mailbox, db):  # type: ignore[no-untyped-def]
    """Another process holds the folder's lock (file lock on SQLite, advisory on PostgreSQL)."""
    dovecot.deliver(mailbox, make_message())
    spec = url(dovecot, mailbox)
    with poll_lock(db, folder_key(spec, "INBOX")):
        done = intake(["poll", "--allow-plaintext", "--source", spec], env)
    assert done.returncode == ExitCode.LOCKED
    assert done.stderr == (
        f"intake: another intake poll is running for {spec} folder INBOX: this run stops here\n"
    )
    assert stored_message_ids(db) == []
    assert intake(["poll", "--allow-plaintext", "--source", spec], env).returncode == 0


def test_two_real_runs_at_once_store_each_message_once(env, dovecot, mailbox, db):  # type: ignore[no-untyped-def]
    for _ in range(30):
        dovecot.deliver(mailbox, make_message())
    args = ["poll", "--no-process", "--allow-plaintext", "--source", url(dovecot, mailbox)]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "intake", *args],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    codes = sorted(run.wait(timeout=60) for run in runs)
    assert codes in ([0, 0], [0, ExitCode.LOCKED])  # the second either waits its turn or stops
    ids = stored_message_ids(db)
    assert len(ids) == len(set(ids)) == 30


def test_config_accounts_folders_and_status(tmp_path, env, dovecot, mailbox, db):  # type: ignore[no-untyped-def]
    dovecot.recreate_folder(mailbox, "Resolutions", [make_message()])
    dovecot.deliver(mailbox, make_message())
    config = tmp_path / "intake.toml"
    config.write_text(f"""
[imap.accounts.campaign]
host = "{dovecot.host}"
port = {dovecot.port}
security = "plaintext"
username = "{mailbox.user}"
password_command = "printf %s {mailbox.password}"
folders = ["INBOX", "Resolutions"]
action = "flag"
""")
    env = env | {"INTAKE_CONFIG": str(config)}
    done = intake(["poll", "--no-process"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imap:campaign: fetched 2, stored 2")
    status = intake(["status"], env)
    assert "imap:campaign INBOX: last good poll 20" in status.stdout
    assert "imap:campaign Resolutions: last good poll 20" in status.stdout
    assert "stale" not in status.stdout
    report = json.loads(intake(["status", "--json"], env).stdout)
    assert {s["folder"] for s in report["sources"]} >= {"INBOX", "Resolutions"}


def test_a_stale_folder_is_flagged(db):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from intake.store.mailbox_state import DatabaseFolderStates, folder_health

    DatabaseFolderStates(db).record_success("imap:campaign", "INBOX")
    with db.transaction() as session:
        later = datetime.now(UTC) + timedelta(hours=2)
        (health,) = folder_health(session, stale_after=timedelta(hours=1), now=later)
    assert health.stale and health.folder == "INBOX"
