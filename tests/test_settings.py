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
        pytest.param(
            "max_attachment_bytes = 'lots'",
            "max_attachment_bytes = 'lots': must be a whole number",
            id="bad-number",
        ),
        pytest.param(
            '[publish]\nfeed_entries = "lots"',
            '[publish] feed_entries = "lots": must be a whole number, e.g. feed_entries = 100',
            id="publish-not-a-number",
        ),
        pytest.param(
            "[publish]\nfeed_entries = 0",
            "[publish] feed_entries = 0: must be at least 1",
            id="publish-too-small",
        ),
        pytest.param(
            "[publish]\nprocesses = 4",
            "[publish] processes = 4: must be 1 or 2 (a publish uses at most two)",
            id="publish-processes",
        ),
        pytest.param(
            '[publish]\nhashtags = "#a #b"',
            '[publish] hashtags = "#a #b": must be a list of text',
            id="publish-hashtags-string",
        ),
        pytest.param(
            '[publish]\nshow_amendments = "yes"',
            "must be true or false (without quotes)",
            id="publish-flag-string",
        ),
        pytest.param(
            '[publish]\nbase_url = "campaign.example.org/"',
            "must be the site's address, https://.../",
            id="publish-base-url-no-scheme",
        ),
        pytest.param(
            "[acknowledge]\nmax_age_hours = -1",
            "[acknowledge] max_age_hours = -1: must be more than 0",
            id="ack-negative",
        ),
        pytest.param(
            '[acknowledge]\nfrom_address = "campaign"',
            '[acknowledge] from_address = "campaign": must be an e-mail address',
            id="ack-from-not-an-address",
        ),
        pytest.param(
            '[smtp]\nsecurity = "tls"',
            '[smtp] security = "tls": must be one of starttls, ssl, none',
            id="smtp-security",
        ),
        pytest.param(
            "[smtp]\nport = 70000", "[smtp] port = 70000: must be a port number", id="smtp-port"
        ),
        pytest.param('log_format = "xml"', "log_format = 'xml': must be text or json", id="log"),
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


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("postgresql+psycopg://ann@db.example.org/x?password=hunter2", id="query"),
        pytest.param(
            "postgresql+psycopg://ann@db/x?sslmode=require&PASSWORD=hunter2", id="query-case"
        ),
        pytest.param("postgresql+psycopg://ann:hun/ter2@db/x", id="slash-in-password"),
        pytest.param("postgresql+psycopg://db/x?sslpassword=hunter2", id="sslpassword"),
    ],
)
def test_a_password_in_a_database_url_is_masked_wherever_shown(url: str) -> None:
    from intake.settings import Settings, mask_url
    from intake.store.db import Database

    assert "hunter2" not in mask_url(url)
    assert "hunter2" not in describe(Settings(database_url=url))["database_url"]
    assert "hunter2" not in Database(url).safe_url


def test_sections_are_typed_once() -> None:
    from intake.settings import Settings

    settings = Settings(extra={"publish": {"feed_entries": 7}, "acknowledge": {"enabled": True}})
    assert settings.publish.feed_entries == 7 and settings.publish.tombstone_days == 30
    assert settings.publish.processes == 2
    assert settings.acknowledge.enabled and settings.acknowledge.max_per_hour == 30
    assert settings.smtp.port == 587
