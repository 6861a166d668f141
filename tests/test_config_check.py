"""`intake config check` says what a run would meet: missing passwords and folders, bad values,
an unreachable database (exit 4), and never a password from a database URL."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from intake.errors import ExitCode
from tests.test_cli import env, run

__all__ = ["env"]  # fixture


def _check(tmp_path: Path, text: str, env: dict[str, str], capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    config = tmp_path / "intake.toml"
    config.write_text(text, encoding="utf-8")
    return run(["--config", str(config), "config", "check"], env, capsys)


def test_a_good_configuration_is_ok(tmp_path: Path, env: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    mailbox.Maildir(tmp_path / "inbox", create=True)
    code, out, err = _check(tmp_path, 'source = "maildir:inbox"\n', env, capsys)
    assert (code, err) == (0, "")
    assert "source maildir:inbox: found" in out and out.endswith("configuration OK\n")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(
            'source = "maildir:no-such-inbox"\n',
            "source maildir:no-such-inbox: PROBLEM: `source = 'maildir:no-such-inbox'`: ",
            id="maildir-missing",
        ),
        pytest.param(
            '[imap.accounts.campaign]\nhost = "imap.example.org"\nusername = "me"\n',
            "source imap:campaign: PROBLEM: no password for IMAP account campaign: "
            "export INTAKE_IMAP_CAMPAIGN_PASSWORD or set password_command",
            id="imap-no-password",
        ),
        pytest.param(
            '[imap.accounts.campaign]\nhost = "imap.example.org"\nusername = "me"\n'
            'password_command = "true"\n',
            "source imap:campaign: PROBLEM: imap:campaign: the password command printed nothing",
            id="imap-empty-password",
        ),
        pytest.param(
            '[imap.accounts.campaign]\nhost = "imap.example.org"\nusername = "me"\n'
            'port = "lots"\npassword_command = "echo x"\n',
            'source imap:campaign: PROBLEM: [imap.accounts.campaign] port = "lots": '
            "must be a whole number, e.g. port = 993",
            id="imap-port-not-a-number",
        ),
        pytest.param(
            "[acknowledge]\nenabled = true\n",
            "acknowledgements: PROBLEM: [acknowledge] is enabled but from_address is not set",
            id="ack-no-from",
        ),
    ],
)
def test_what_a_run_would_meet_is_a_configuration_error(  # type: ignore[no-untyped-def]
    tmp_path: Path, text: str, line: str, env: dict[str, str], capsys
) -> None:
    code, out, err = _check(tmp_path, text, env, capsys)
    assert code == ExitCode.CONFIG
    assert line in out and "configuration OK" not in out
    assert err.startswith("intake: configuration check failed: ")


def test_a_bad_value_is_a_configuration_error_in_plain_words_everywhere(  # type: ignore[no-untyped-def]
    tmp_path: Path, env: dict[str, str], capsys
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('[publish]\nfeed_entries = "lots"\n', encoding="utf-8")
    said = f'intake: {config}: [publish] feed_entries = "lots": must be a whole number'
    for args in (["config", "check"], ["publish", "--out", str(tmp_path / "site")]):
        code, _, err = run(["--config", str(config), *args], env, capsys)
        assert (code, err.split(", e.g.")[0]) == (ExitCode.CONFIG, said)


def test_an_unreachable_database_is_exit_4_and_its_password_never_shown(  # type: ignore[no-untyped-def]
    tmp_path: Path, env: dict[str, str], capsys
) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?password=hunter2&connect_timeout=2"
    env = env | {"INTAKE_DATABASE_URL": url}
    code, out, err = _check(tmp_path, "", env, capsys)
    assert code == ExitCode.DATABASE
    assert "database: PROBLEM: cannot reach the database at " in out
    assert "password=********" in out and "hunter2" not in out + err
    code, out, err = run(["status"], env, capsys)
    assert code == ExitCode.DATABASE and "hunter2" not in out + err
