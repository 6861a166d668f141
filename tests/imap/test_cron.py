"""The README's cron line, run the way cron runs it: /bin/sh, an empty environment, a log file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.imap.conftest import make_message, stored_message_ids

pytestmark = pytest.mark.imap
ROOT = Path(__file__).resolve().parents[2]
CRON_LINE = ".venv/bin/intake poll --max-seconds 240 --log-format json >> poll.log 2>&1"
CRON_ENV = {"HOME": "/root", "LOGNAME": "root", "SHELL": "/bin/sh", "PATH": "/usr/bin:/bin"}


def _cron(folder: Path, password_line: str, sqlite_db, dovecot, mailbox) -> tuple[int, list]:  # type: ignore[no-untyped-def]
    (folder / ".venv").symlink_to(ROOT / ".venv")
    (folder / "intake.toml").write_text(
        f'database_url = "{sqlite_db.url}"\n'
        f'[imap.accounts.campaign]\nhost = "{dovecot.host}"\nport = {dovecot.port}\n'
        f'security = "plaintext"\nusername = "{mailbox.user}"\n{password_line}'
    )
    done = subprocess.run(["/bin/sh", "-c", f"cd {folder} && {CRON_LINE}"], env=CRON_ENV)
    lines = (folder / "poll.log").read_text().splitlines()
    return done.returncode, [json.loads(line) for line in lines]


def test_with_password_command_the_cron_line_stores_mail(sqlite_db, dovecot, mailbox, tmp_path):  # type: ignore[no-untyped-def]
    dovecot.deliver(mailbox, make_message())
    secret = tmp_path / "imap-password"
    secret.write_text(mailbox.password + "\n")
    secret.chmod(0o600)
    line = f'password_command = "cat {secret}"\n'
    code, records = _cron(tmp_path, line, sqlite_db, dovecot, mailbox)
    assert code == 0, records
    assert records[-1]["stored"] == 1 and len(stored_message_ids(sqlite_db)) == 1


def test_without_it_the_log_says_why_in_json(sqlite_db, dovecot, mailbox, tmp_path):  # type: ignore[no-untyped-def]
    code, records = _cron(tmp_path, "", sqlite_db, dovecot, mailbox)
    assert code == 3
    (record,) = records
    assert record["level"] == "error" and "password_command" in record["message"]
