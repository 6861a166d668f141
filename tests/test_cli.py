"""The CLI's wiring: exit codes, exact messages, help text on every command."""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from intake.cli import cli, main
from intake.errors import ExitCode
from tests.mail import message, resolution_message

ROOT = Path(__file__).resolve().parent.parent


def run(
    args: list[str], env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        with pytest.raises(SystemExit) as exit_info:
            main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}",
        "INTAKE_CONFIG": "",
        "INTAKE_EDITOR": "ana",
    }


def _all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    context = click.Context(group)
    for name in group.list_commands(context):  # the lazily loaded ones too
        command = group.get_command(context, name)
        assert command is not None
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(_all_commands(command, f"{prefix}{name} "))
    return found


@pytest.mark.parametrize(("name", "command"), _all_commands(cli), ids=lambda v: str(v))
def test_every_command_and_group_has_help_with_an_example(
    name: str, command: click.Command
) -> None:
    assert command.help and command.help.strip(), f"`intake {name}` has no help text"
    assert "Example" in command.help, f"`intake {name}` help has no example"


def test_day_of_an_editor(tmp_path: Path, env: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(resolution_message())
    box.add(b"\x00 broken")
    box.close()
    assert run(["db", "upgrade"], env, capsys)[:2] == (0, "database schema at 0005\n")
    code, out, _ = run(["poll", "--source", f"maildir:{tmp_path / 'inbox'}"], env, capsys)
    assert code == 0 and "fetched 2, stored 2, duplicates 0, failed 0" in out
    code, out, _ = run(["queue", "list", "--json"], env, capsys)
    item = json.loads(out.splitlines()[0])
    assert item["organisation"] == "Unite North West 522 Branch"
    code, out, _ = run(["queue", "approve", str(item["id"])], env, capsys)
    assert (code, out) == (0, f"approved {item['id']}\n")
    code, out, _ = run(["export", "--format", "json", "--out", str(tmp_path / "pub")], env, capsys)
    assert code == 0 and "wrote 2 file(s)" in out  # resolutions.json and its schema
    code, out, _ = run(["status", "--json"], env, capsys)
    status = json.loads(out)
    assert status["messages"]["stored"] == 2 and status["messages"]["failed"] == 1
    assert status["queue"]["approved"] == 1
    assert status["last_poll"]["stored"] == 2
    assert (status["last_export"]["kind"], status["last_export"]["count"]) == ("export", 1)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(
            ["queue", "show", "42"],
            ExitCode.NOT_FOUND,
            "intake: no review item 42: see `intake queue list`\n",
            id="unknown-id",
        ),
        pytest.param(
            ["poll", "--source", "pop3:x"],
            ExitCode.CONFIG,
            "intake: unknown source 'pop3:x': use one of maildir:..., eml-dir:..., imap:ACCOUNT, "
            "imaps://...\n",
            id="unknown-source",
        ),
        pytest.param(
            ["poll", "--source", "maildir:/nonexistent"],
            ExitCode.MAILBOX,
            "intake: /nonexistent is not a Maildir (it needs cur/ and new/ folders)\n",
            id="missing-maildir",
        ),
    ],
)
def test_errors_are_one_line_with_distinct_codes(
    args: list[str], code: int, message: str, env: dict[str, str], capsys
) -> None:  # type: ignore[no-untyped-def]
    run(["db", "upgrade"], env, capsys)
    got_code, _, err = run(args, env, capsys)
    assert (got_code, err) == (code, message)


def test_a_missing_database_is_reported_not_created(
    tmp_path: Path, env: dict[str, str], capsys
) -> None:  # type: ignore[no-untyped-def]
    for args in (["queue", "list"], ["status"], ["poll", "--source", f"eml-dir:{tmp_path}"]):
        code, _, err = run(args, env, capsys)
        assert code == ExitCode.DATABASE
        assert err == (
            f"intake: no database file at {tmp_path / 'cli.sqlite'}: run `intake db upgrade`\n"
        )
    code, out, _ = run(["config", "check"], env, capsys)
    assert code == 0 and "does not exist yet: `intake db upgrade` creates it" in out
    assert not (tmp_path / "cli.sqlite").exists()


def test_an_empty_database_is_reported(tmp_path: Path, env: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "cli.sqlite").touch()
    code, _, err = run(["queue", "list"], env, capsys)
    assert code == ExitCode.DATABASE
    assert err == (
        f"intake: the database at sqlite:///{tmp_path / 'cli.sqlite'} has no schema "
        "yet: run `intake db upgrade`\n"
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        pytest.param(
            "not a url",
            "intake: database_url 'not a url' is not usable (ArgumentError): "
            "use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB\n",
            id="garbage",
        ),
        pytest.param(
            "mysql://ann:secret@db/x",
            "intake: database_url 'mysql://ann:********@db/x' is not "
            "usable (ModuleNotFoundError): use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST/DB\n",
            id="unsupported-no-password-shown",
        ),
    ],
)
def test_an_unusable_database_url_is_a_config_error(
    url: str, message: str, env: dict[str, str], capsys
) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(["status"], env | {"INTAKE_DATABASE_URL": url}, capsys)
    assert (code, err) == (ExitCode.CONFIG, message)


def test_config_check_reports_a_typo_in_a_section(
    tmp_path: Path, env: dict[str, str], capsys
) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "intake.toml"
    config.write_text('[publish]\nsite_tilte = "Our resolutions"\n')
    code, _, err = run(["--config", str(config), "config", "check"], env, capsys)
    assert code == ExitCode.CONFIG
    assert err == (
        f"intake: {config}: unknown setting 'site_tilte' in [publish] "
        "(did you mean 'site_title'?)\n"
    )


def test_missing_config_file(tmp_path: Path, env: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(["--config", str(tmp_path / "no.toml"), "status"], env, capsys)
    assert code == ExitCode.CONFIG
    assert err.startswith(f"intake: config file {tmp_path / 'no.toml'} not found")


def test_unreachable_database(env: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    env = env | {"INTAKE_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"}
    code, _, err = run(["status"], env, capsys)
    assert code == ExitCode.DATABASE
    assert err.startswith("intake: cannot reach the database at postgresql+psycopg://nobody@")
    assert "Traceback" not in err


def test_extract_json_shape(tmp_path: Path, env: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.eml").write_bytes(resolution_message(message_id="<r1@example.org>"))
    (tmp_path / "b.eml").write_bytes(message("Can you send a speaker?", subject="Speaker"))
    (tmp_path / "c.eml").write_bytes(b"\x00\x00")
    code, out, _ = run(["extract", "--json", str(tmp_path)], env, capsys)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["kind"] for line in lines] == ["resolution", "other", "failed"]
    first = lines[0]
    assert first["message_id"] == "<r1@example.org>"
    assert first["outcome"] == "passed"
    assert first["meeting_date"]["value"] == "2024-03-14"
    assert first["place"]["country_code"] == "GB"
    assert first["documents"][0]["type"] == "body-text"
    assert set(first) >= {
        "source",
        "message_id",
        "kind",
        "outcome",
        "reason",
        "organisation",
        "meeting_date",
        "place",
        "documents",
    }
    assert lines[2]["reason"]


def test_extract_in_workers_gives_the_same_lines_in_the_same_order(  # type: ignore[no-untyped-def]
    tmp_path: Path, env: dict[str, str], capsys
) -> None:
    (tmp_path / "a.eml").write_bytes(b"\x00\x00")
    (tmp_path / "b.eml").write_bytes(resolution_message(message_id="<r1@example.org>"))
    (tmp_path / "c.eml").write_bytes(message("Can you send a speaker?", subject="Speaker"))
    (tmp_path / "d.eml").write_bytes(resolution_message(message_id="<r2@example.org>"))
    one = run(["extract", "--json", "--jobs", "1", str(tmp_path)], env, capsys)
    two = run(["extract", "--json", "--jobs", "3", str(tmp_path)], env, capsys)
    assert one[0] == two[0] == 0
    assert two[1] == one[1]
    lines = [json.loads(line) for line in two[1].splitlines()]
    assert [Path(line["source"]).name for line in lines] == ["a.eml", "b.eml", "c.eml", "d.eml"]
    assert [line["kind"] for line in lines] == ["failed", "resolution", "other", "resolution"]


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "intake", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0
    assert "Turn a campaign inbox into reviewed, published resolutions." in done.stdout


def test_cli_runner_usage_error() -> None:
    result = CliRunner().invoke(cli, ["queue", "reject", "1", "--reason", "boring"])
    assert result.exit_code == 2
    assert "'boring' is not one of" in result.output


def test_reprocess_takes_the_message_id_as_listed(
    tmp_path: Path, env: dict[str, str], capsys
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "a.eml").write_bytes(resolution_message())
    run(["db", "upgrade"], env, capsys)
    run(["poll", "--source", f"eml-dir:{tmp_path / 'mail'}"], env, capsys)
    assert run(["reprocess", "m1"], env, capsys)[:2] == (0, "reprocessed 1 message(s)\n")
    assert run(["reprocess", "1"], env, capsys)[:2] == (0, "reprocessed 1 message(s)\n")
    code, _, err = run(["reprocess", "m99"], env, capsys)
    assert (code, err) == (ExitCode.NOT_FOUND, "intake: no stored message 99\n")
    code, _, err = run(["reprocess", "item-3"], env, capsys)
    assert code == ExitCode.USAGE and "'item-3' is not a message id" in err
    code, _, err = run(["reprocess", "1", "--all"], env, capsys)
    assert code == ExitCode.USAGE and "give one MESSAGE_ID or --all" in err
