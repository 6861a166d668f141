"""What cron and an operator see: JSON errors, a quiet publish, a stale folder forgotten."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

from intake.errors import ExitCode
from intake.store.db import open_database
from intake.store.mailbox_state import DatabaseFolderStates
from tests.mail import resolution_message
from tests.test_cli import env, run

__all__ = ["env"]  # fixture


def test_a_startup_error_is_json_when_the_logs_are(  # type: ignore[no-untyped-def]
    tmp_path: Path, env: dict[str, str], capsys
) -> None:
    config = tmp_path / "intake.toml"
    account = '[imap.accounts.{}]\nhost = "imap.example.org"\nusername = "me"\n'
    config.write_text(account.format("campaign") + account.format("branches"))
    run(["db", "upgrade"], env, capsys)
    code, out, err = run(["--config", str(config), "poll", "--log-format", "json"], env, capsys)
    assert code == ExitCode.CONFIG and out == ""
    records = [json.loads(line) for line in err.splitlines()]  # one per account, all JSON
    assert [(r["level"], r["exit_code"]) for r in records] == [("error", 3)] * 2
    assert all("set password_command" in r["message"] for r in records)
    code, _, err = run(
        ["--config", str(tmp_path / "gone.toml"), "status"],
        env | {"INTAKE_LOG_FORMAT": "json"},
        capsys,
    )
    assert code == ExitCode.CONFIG and json.loads(err)["message"].startswith("config file ")


def test_a_publish_with_nothing_new_prints_nothing(  # type: ignore[no-untyped-def]
    tmp_path: Path, env: dict[str, str], capsys
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('[publish]\nbase_url = "https://campaign.example.org/"\n')
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(resolution_message())
    box.close()
    run(["db", "upgrade"], env, capsys)
    run(["poll", "--source", f"maildir:{tmp_path / 'inbox'}"], env, capsys)
    run(["queue", "approve", "1"], env, capsys)
    publish = ["--config", str(config), "publish", "--out", str(tmp_path / "site")]
    code, out, err = run(publish, env, capsys)
    assert code == 0 and "1 new" in out and err == ""
    assert run(publish, env, capsys) == (0, "", "")


def test_a_stale_folder_from_a_typo_can_be_forgotten(  # type: ignore[no-untyped-def]
    tmp_path: Path, env: dict[str, str], capsys
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(
        '[imap.accounts.campaign]\nhost = "imap.example.org"\nusername = "me"\n'
        'password_command = "echo x"\n'
    )
    run(["db", "upgrade"], env, capsys)
    db = open_database(env["INTAKE_DATABASE_URL"])
    states = DatabaseFolderStates(db)
    states.record_error("imap:campaing", "INBOX", "login refused")  # the typo'd account
    states.record_success("imap:campaign", "INBOX")
    db.dispose()
    status = ["--config", str(config), "status"]
    assert (
        "imap:campaing INBOX: last good poll never  WARNING: stale" in run(status, env, capsys)[1]
    )

    code, out, _ = run([*status, "--forget", "imap:campaing"], env, capsys)
    assert (code, out) == (0, "forgot imap:campaing: INBOX (stored mail is kept)\n")
    assert "campaing" not in run(status, env, capsys)[1]
    code, _, err = run([*status, "--forget", "imap:campaign"], env, capsys)
    assert code == ExitCode.USAGE and "still in the configuration" in err
    code, _, err = run([*status, "--forget", "imap:nope"], env, capsys)
    assert code == ExitCode.NOT_FOUND and "known: imap:campaign INBOX" in err
