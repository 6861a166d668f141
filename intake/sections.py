"""Typed sections of the config file ([publish], [acknowledge], [smtp]), each value checked once.

Settings builds these when it is made, so a wrong value is a configuration error (exit 3) named
in plain words at `config check` and at the start of every command, never an exception later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake.errors import ConfigError


class SectionReader:
    """Reads one table of the config file; every error names the section, the key and the value."""

    def __init__(self, where: str, table: Mapping[str, Any]) -> None:
        if not isinstance(table, Mapping):
            raise ConfigError(f"{where} must be a table of settings, not {_shown(table)}")
        self.where, self.table = where, table

    def _value(self, key: str, default: Any) -> Any:
        return self.table.get(key, default)

    def fail(self, key: str, value: Any, wanted: str) -> ConfigError:
        return ConfigError(f"{self.where} {key} = {_shown(value)}: {wanted}")

    def text(self, key: str, default: str = "") -> str:
        value = self._value(key, default)
        if not isinstance(value, str):
            raise self.fail(key, value, 'must be text in quotes, e.g. "..."')
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) or None

    def whole(self, key: str, default: int, *, minimum: int = 0) -> int:
        value = self._value(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, value, f"must be a whole number, e.g. {key} = {default}")
        if value < minimum:
            raise self.fail(key, value, f"must be at least {minimum}")
        return value

    def number(self, key: str, default: float, *, minimum: float = 0.0) -> float:
        value = self._value(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, value, f"must be a number, e.g. {key} = {default:g}")
        if value <= minimum:
            raise self.fail(key, value, f"must be more than {minimum:g}")
        return float(value)

    def flag(self, key: str, default: bool) -> bool:
        value = self._value(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, value, "must be true or false (without quotes)")
        return value

    def choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.text(key, default)
        if value not in choices:
            raise self.fail(key, value, f"must be one of {', '.join(choices)}")
        return value

    def texts(self, key: str) -> tuple[str, ...] | None:
        value = self._value(key, None)
        if value is None:
            return None
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise self.fail(key, value, f'must be a list of text, e.g. {key} = ["a", "b"]')
        if not all(isinstance(item, str) for item in value):
            raise self.fail(key, value, "must hold only text in quotes")
        return tuple(value)


def _shown(value: Any) -> str:
    text = f'"{value}"' if isinstance(value, str) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass(frozen=True)
class PublishSection:
    """[publish]: what the site says and where it goes; None means "from the campaign"."""

    base_url: str = ""
    site_title: str | None = None
    campaign_title: str | None = None
    hashtags: tuple[str, ...] | None = None
    social_max_length: int = 280
    feed_entries: int = 100
    tombstone_days: int = 30
    entry_id_prefix: str = "urn:x-resolution-intake:resolution:"
    templates_dir: str | None = None
    show_amendments: bool = False
    out_dir: str | None = None
    processes: int = 2  # 1: one process; 2: a forked second one when there is much to write


def publish_section(table: Mapping[str, Any]) -> PublishSection:
    read = SectionReader("[publish]", table)
    base_url = read.text("base_url")
    if base_url and not base_url.startswith(("https://", "http://")):
        raise read.fail("base_url", base_url, "must be the site's address, https://.../")
    return PublishSection(
        base_url=base_url,
        site_title=read.optional_text("site_title"),
        campaign_title=read.optional_text("campaign_title"),
        hashtags=read.texts("hashtags"),
        social_max_length=read.whole("social_max_length", 280, minimum=40),
        feed_entries=read.whole("feed_entries", 100, minimum=1),
        tombstone_days=read.whole("tombstone_days", 30),
        entry_id_prefix=read.text("entry_id_prefix", PublishSection.entry_id_prefix),
        templates_dir=read.optional_text("templates_dir"),
        show_amendments=read.flag("show_amendments", False),
        out_dir=read.optional_text("out_dir"),
        processes=_processes(read),
    )


def _processes(read: SectionReader) -> int:
    value = read.whole("processes", 2, minimum=1)
    if value > 2:
        raise read.fail("processes", value, "must be 1 or 2 (a publish uses at most two)")
    return value


@dataclass(frozen=True)
class AckSection:
    """[acknowledge]: whether replies go out, from whom, and how many."""

    enabled: bool = False
    from_address: str = ""
    reply_to: str | None = None
    max_per_address_per_day: int = 3
    max_per_hour: int = 30  # every reply of the campaign together: a flood cannot use us
    max_age_hours: float = 72.0
    max_attempts: int = 5
    batch: int = 200
    # The authserv-id our receiving server writes in Authentication-Results; without it, no
    # "received" reply goes out before an editor has acted on the item.
    trusted_authserv_id: str | None = None


def ack_section(table: Mapping[str, Any]) -> AckSection:
    read = SectionReader("[acknowledge]", table)
    section = AckSection(
        enabled=read.flag("enabled", False),
        from_address=read.text("from_address"),
        reply_to=read.optional_text("reply_to"),
        max_per_address_per_day=read.whole("max_per_address_per_day", 3, minimum=1),
        max_per_hour=read.whole("max_per_hour", 30, minimum=1),
        max_age_hours=read.number("max_age_hours", 72),
        max_attempts=read.whole("max_attempts", 5, minimum=1),
        batch=read.whole("batch", 200, minimum=1),
        trusted_authserv_id=read.optional_text("trusted_authserv_id"),
    )
    for key in ("from_address", "reply_to"):
        value = getattr(section, key)
        if value and not _is_address(value):
            raise read.fail(key, value, 'must be an e-mail address, e.g. "Name <me@example.org>"')
    return section


def _is_address(value: str) -> bool:
    from email.utils import parseaddr  # here: every command reads the settings, few send mail

    return "@" in parseaddr(value)[1]


SMTP_SECURITY = ("starttls", "ssl", "none")  # "none" only for a relay on this machine
_SMTP_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True)
class SmtpSection:
    """[smtp]: the server acknowledgements go through (the password is never here)."""

    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    timeout: float = 30.0
    ca_file: str | None = None
    password_command: str | None = None


def smtp_section(table: Mapping[str, Any]) -> SmtpSection:
    read = SectionReader("[smtp]", table)
    security = read.choice("security", "starttls", SMTP_SECURITY)
    host = read.text("host")
    if security == "none" and host and host not in ("localhost", "127.0.0.1", "::1"):
        raise read.fail("security", security, "is only allowed for a relay on localhost")
    port = read.whole("port", _SMTP_PORTS[security], minimum=1)
    if port > 65535:
        raise read.fail("port", port, "must be a port number, 1 to 65535")
    return SmtpSection(
        host=host,
        port=port,
        security=security,
        username=read.text("username"),
        timeout=read.number("timeout", 30),
        ca_file=read.optional_text("ca_file"),
        password_command=read.optional_text("password_command"),
    )
