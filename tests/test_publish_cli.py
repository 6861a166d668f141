"""`intake publish` and `intake acknowledge` wiring: messages and exit codes."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

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
    code, text, _ = run(["publish", "--out", str(out)], env, capsys)
    assert code == 0 and text.startswith("published 1 resolution(s)")
    assert (out / "resolutions" / "1.html").exists()
    code, text, _ = run(["status"], env, capsys)
    assert "last publish:" in text and "(1 resolutions; 1 new, 0 updated, 0 withdrawn)" in text
    code, text, _ = run(["acknowledge"], env, capsys)
    assert code == 0 and "acknowledgements are off" in text
