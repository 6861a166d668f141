"""`intake publish` and `intake acknowledge` wiring: messages and exit codes."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from intake.publishing import NO_BASE_URL
from tests.mail import resolution_message
from tests.test_cli import run


def test_publish_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}",
        "INTAKE_CONFIG": "",
        "INTAKE_EDITOR": "ana",
    }
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(resolution_message())
    box.close()
    run(["db", "upgrade"], env, capsys)
    run(["poll", "--source", f"maildir:{tmp_path / 'inbox'}"], env, capsys)
    run(["queue", "approve", "1"], env, capsys)
    out = tmp_path / "pub"
    code, text, _ = run(["publish", "--dry-run", "--out", str(out)], env, capsys)
    assert code == 0 and text == (
        f"would publish 1 resolution(s) to {out}: 1 new, 0 updated, 0 withdrawn, 0 unchanged\n"
        "  new: 1\n"
    )
    code, text, err = run(["publish", "--out", str(out)], env, capsys)
    assert code == 0 and text.startswith("published 1 resolution(s)")
    assert err == f"warning: {NO_BASE_URL}\n"  # one line; the posts carry no link
    assert "http" not in (out / "social" / "1.txt").read_text()
    assert (out / "resolutions" / "1.html").exists()
    code, text, _ = run(["status"], env, capsys)
    assert "last publish:" in text and "(1 resolutions; 1 new, 0 updated, 0 withdrawn)" in text
    code, text, _ = run(["acknowledge"], env, capsys)
    assert code == 0 and text == (
        "acknowledgements are off, none sent: to send them, set enabled = true in [acknowledge]\n"
    )


def _published_env(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str
) -> dict[str, str]:
    (tmp_path / "intake.toml").write_text(config)
    env = {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}",
        "INTAKE_CONFIG": str(tmp_path / "intake.toml"),
        "INTAKE_EDITOR": "ana",
    }
    run(["db", "upgrade"], env, capsys)
    return env


def test_publish_without_out_or_a_configured_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    env = _published_env(tmp_path, capsys, "")
    for command in ("publish", "export"):
        code, text, err = run([command], env, capsys)
        assert (code, text) == (2, "")
        assert err == (
            f"intake: {command}: no output folder: pass --out DIR, "
            "or set [publish] out_dir (or export_dir) in the config file\n"
        )
    assert not (tmp_path / "export").exists()


@pytest.mark.parametrize(
    ("config", "warning"),
    [
        pytest.param('[publish]\nout_dir = "site"\n', f"warning: {NO_BASE_URL}\n", id="out-dir"),
        pytest.param(
            'export_dir = "site"\n[publish]\nbase_url = "https://example.org/r/"\n',
            "",
            id="export-dir-and-base-url",
        ),
    ],
)
def test_publish_without_out_uses_the_configured_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, warning: str
) -> None:
    env = _published_env(tmp_path, capsys, config)
    code, text, err = run(["publish"], env, capsys)
    assert (code, text) == (0, "")  # nothing new: nothing said, for cron (the folder shows it)
    assert err == warning
    assert (tmp_path / "site" / "index.html").exists()


def test_publish_and_export_help() -> None:
    from click.testing import CliRunner

    from intake.cli import cli

    runner = CliRunner()
    publish_help = runner.invoke(cli, ["publish", "--help"]).output
    assert "intake publish --out /srv/www/resolutions" in publish_help
    assert "\n      intake publish\n" not in publish_help
    export_help = " ".join(runner.invoke(cli, ["export", "--help"]).output.split())
    assert "[default: json, markdown]" not in export_help
    assert "repeat for both (default: both json and markdown)" in export_help


def test_an_item_that_cannot_be_rendered_is_named_and_the_rest_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "social.txt.j2").write_text(
        '{{ record.nothing if "Lambeth" in record.organisation else record.title }}\n'
    )
    env = _published_env(tmp_path, capsys, '[publish]\ntemplates_dir = "templates"\n')
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(resolution_message())
    box.add(resolution_message("NEU Lambeth District"))
    box.close()
    run(["poll", "--source", f"maildir:{tmp_path / 'inbox'}"], env, capsys)
    run(["queue", "approve", "1", "2"], env, capsys)
    code, text, err = run(["publish", "--out", str(tmp_path / "pub")], env, capsys)
    assert code == 7, (text, err)
    # which item is Lambeth's depends on the order the Maildir lists the two messages in
    pages = [tmp_path / "pub" / "resolutions" / f"{n}.html" for n in (1, 2)]
    published = [page for page in pages if page.exists()]
    assert len(published) == 1 and "Lambeth" not in published[0].read_text()
    failed = 2 if published[0] == pages[0] else 1
    assert "1 new" in text and f"  not published, {failed}: UndefinedError" in text
    assert "1 resolution(s) could not be rendered" in err


def test_approval_shows_what_may_still_be_personal_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from intake.store.db import open_database
    from intake.store.models import Resolution

    env = _published_env(tmp_path, capsys, "")
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(resolution_message())
    box.close()
    run(["poll", "--source", f"maildir:{tmp_path / 'inbox'}"], env, capsys)
    db = open_database(env["INTAKE_DATABASE_URL"])
    with db.transaction() as session:
        item = session.get(Resolution, 1)
        item.text += "\nRing 07700, 900123 or write to @branchsec; jo [at] example [dot] org"
    db.dispose()
    code, text, err = run(["queue", "approve", "1"], env, capsys)
    assert code == 0 and text == "approved 1\n"
    assert err == (
        "intake: warning: item 1 may still show personal data when published: "
        "07700, 900123; @ (edit the text, or reopen the item, if it is)\n"
    )
