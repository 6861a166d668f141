"""Settings: TOML file, INTAKE_* overrides, clear errors, secrets never shown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intake.errors import ConfigError
from intake.settings import describe, load_settings, secret


def test_file_then_environment(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('database_url = "sqlite:///data/intake.sqlite"\nsource = "maildir:inbox"\n')
    settings = load_settings(config, environ={"INTAKE_SOURCE": "eml-dir:/srv/mail"})
    assert settings.source == "eml-dir:/srv/mail"
    assert settings.database_url == f"sqlite:///{tmp_path / 'data/intake.sqlite'}"


def test_config_from_environment_variable(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text('editor = "ana"\n')
    assert load_settings(environ={"INTAKE_CONFIG": str(config)}).editor == "ana"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("source = [", "is not valid TOML", id="bad-toml"),
        pytest.param(
            'sourse = "maildir:x"', "unknown setting 'sourse' (did you mean 'source'?)", id="typo"
        ),
        pytest.param(
            '[smtp]\nhots = "x"',
            "unknown setting 'hots' in [smtp] (did you mean 'host'?)",
            id="typo-in-section",
        ),
        pytest.param(
            '[smpt]\nhost = "x"',
            "unknown section [smpt] (did you mean 'smtp'?)",
            id="unknown-section",
        ),
        pytest.param(
            '[smtp]\npassword = "x"',
            "secrets go in INTAKE_SMTP_PASSWORD or a password_command",
            id="secret-in-file",
        ),
        pytest.param("max_attachment_bytes = 'lots'", "'lots' is not a int", id="bad-number"),
    ],
)
def test_bad_config_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(config, environ={})


def test_missing_config_file_is_an_error_only_when_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_secrets_come_from_environment_or_command_and_are_masked(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(
        'database_url = "postgresql+psycopg://intake:hunter2@db.example.org/intake"\n'
        '[smtp]\nhost = "mail"\nusername = "ann"\npassword_command = "echo from-command"\n'
    )
    settings = load_settings(config, environ={})
    assert secret(settings, "smtp", "password", {"INTAKE_SMTP_PASSWORD": "env"}) == "env"
    assert secret(settings, "smtp", "password", {}) == "from-command"
    shown = describe(settings)
    assert shown["database_url"] == "postgresql+psycopg://intake:********@db.example.org/intake"
    assert "hunter2" not in repr(shown)
    with pytest.raises(ConfigError, match="export INTAKE_SMTP_TOKEN"):
        secret(settings, "smtp", "token", {})
