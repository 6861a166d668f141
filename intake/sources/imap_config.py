"""IMAP accounts: read from the `[imap.accounts.NAME]` tables of the config file or from a URL.

Pure configuration: no network here, and no imapclient (that lives in `intake.sources.imap`).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from intake.errors import ConfigError
from intake.sections import SectionReader

Security = Literal["tls", "starttls", "plaintext"]
Action = Literal["none", "flag", "move"]
Auth = Literal["password", "xoauth2"]

URL_PASSWORD_ENV = "INTAKE_IMAP_PASSWORD"
SecretCommand = Callable[[str, str], str]  # (command, what) -> secret


@dataclass(frozen=True)
class ImapAccount:
    """One mailbox to poll: where it is, how to log in, which folders, what to do once stored."""

    name: str  # the source name: "imap:NAME" for a configured account, else the URL
    host: str
    username: str
    credential: Callable[[], str] = field(repr=False, compare=False)  # called at each connection
    port: int = 993
    security: Security = "tls"
    ca_file: str | None = None
    auth: Auth = "password"
    folders: tuple[str, ...] = ("INBOX",)
    action: Action = "none"
    flag: str = "$Intake"
    move_to: str = "Intake/Stored"
    failed_to: str | None = "Intake/Failed"  # only with action "move"
    batch_size: int = 100
    max_message_bytes: int = 50 * 1024 * 1024
    connect_timeout: float = 30.0
    read_timeout: float = 120.0
    idle: bool = True
    idle_renew_seconds: float = 9 * 60.0  # servers may drop an IDLE after 29 minutes
    poll_interval: float = 300.0

    def __post_init__(self) -> None:
        if self.security == "plaintext" and not is_loopback(self.host):
            raise ConfigError(
                f"{self.name}: plaintext IMAP is only allowed to a loopback host, not {self.host}:"
                ' use security = "tls" or "starttls"'
            )
        wrong_port = {("starttls", 993): "tls", ("tls", 143): "starttls"}
        if (self.security, self.port) in wrong_port:
            raise ConfigError(
                f"{self.name}: port {self.port} does not take security = {self.security!r}: "
                f'use security = "{wrong_port[self.security, self.port]}"'
            )
        if self.action not in ("none", "flag", "move"):
            raise ConfigError(
                f"{self.name}: action must be none, flag or move, not {self.action!r}"
            )
        if self.batch_size < 1:
            raise ConfigError(f"{self.name}: batch_size must be at least 1")


_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(ImapAccount)}
_DEFAULT_PORTS = {"tls": 993, "starttls": 143, "plaintext": 143}
_INT_KEYS = ("port", "batch_size", "max_message_bytes")
_FLOAT_KEYS = ("connect_timeout", "read_timeout", "idle_renew_seconds", "poll_interval")
_STR_KEYS = ("host", "username", "ca_file", "flag", "move_to", "failed_to")
_KNOWN_KEYS = {
    *_INT_KEYS,
    *_FLOAT_KEYS,
    *_STR_KEYS,
    "security",
    "auth",
    "folders",
    "action",
    "idle",
    "password_command",
    "token_command",
}


def accounts_from_config(
    extra: Mapping[str, Any], environ: Mapping[str, str], run_command: SecretCommand
) -> dict[str, ImapAccount]:
    """Every `[imap.accounts.NAME]` table, checked; secrets are looked up only when connecting."""
    tables = extra.get("imap", {}).get("accounts", {})
    if not isinstance(tables, Mapping):
        raise ConfigError("[imap.accounts] must be a table of accounts")
    return {name: _account(name, table, environ, run_command) for name, table in tables.items()}


def _account(
    name: str, table: Mapping[str, Any], environ: Mapping[str, str], run_command: SecretCommand
) -> ImapAccount:
    where = f"[imap.accounts.{name}]"
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    for key in ("host", "username"):
        if not table.get(key):
            raise ConfigError(f"{where}: `{key}` is required")
    security = str(table.get("security", "tls"))
    if security not in _DEFAULT_PORTS:
        raise ConfigError(f"{where}: security must be tls, starttls or plaintext")
    auth = str(table.get("auth", "password"))
    if auth not in ("password", "xoauth2"):
        raise ConfigError(f"{where}: auth must be password or xoauth2")
    values: dict[str, Any] = {"security": security, "auth": auth}
    read = SectionReader(where, table)  # wrong values in plain words, as for every section
    values.update({k: read.whole(k, _DEFAULTS[k], minimum=1) for k in _INT_KEYS if k in table})
    values.update({k: read.number(k, _DEFAULTS[k]) for k in _FLOAT_KEYS if k in table})
    values.update({k: str(table[k]) for k in _STR_KEYS if k in table})
    folders = table.get("folders", ["INBOX"])
    if isinstance(folders, str) or not folders:
        raise ConfigError(f'{where}: folders must be a non-empty list, e.g. ["INBOX"]')
    values["port"] = values.get("port", _DEFAULT_PORTS[security])
    secret_key = "token" if auth == "xoauth2" else "password"
    credential = _credential(name, secret_key, table, environ, run_command)
    return ImapAccount(
        name=f"imap:{name}",
        credential=credential,
        folders=tuple(str(f) for f in folders),
        action=str(table.get("action", "none")),  # type: ignore[arg-type]
        idle=bool(table.get("idle", True)),
        **values,
    )


def _credential(
    name: str,
    key: str,
    table: Mapping[str, Any],
    environ: Mapping[str, str],
    run_command: SecretCommand,
) -> Callable[[], str]:
    """The password or token: $INTAKE_IMAP_<NAME>_<KEY>, else `<key>_command`, run each time."""
    env_name = f"INTAKE_IMAP_{name.upper().replace('-', '_')}_{key.upper()}"
    command = table.get(f"{key}_command")
    value = environ.get(env_name)
    if value:
        return lambda: value
    if command:
        return lambda: run_command(str(command), f"[imap.accounts.{name}] {key}_command")

    def missing() -> str:
        raise ConfigError(
            f"no {key} for IMAP account {name}: export {env_name} or set {key}_command"
        )

    return missing


def account_from_url(
    url: str, environ: Mapping[str, str], *, allow_plaintext: bool = False
) -> ImapAccount:
    """`imaps://USER@HOST:PORT/FOLDER` (TLS) or `imap://...` (STARTTLS, or plaintext if allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("imap", "imaps") or not parts.hostname or not parts.username:
        raise ConfigError(f"invalid IMAP source {url!r}: use imaps://USER@HOST:PORT/FOLDER")
    if parts.password:
        raise ConfigError(f"put the password in ${URL_PASSWORD_ENV}, not in the URL")
    if parts.scheme == "imaps":
        security: Security = "tls"
    elif allow_plaintext:
        if not is_loopback(parts.hostname):
            raise ConfigError("--allow-plaintext only works with a loopback host (127.0.0.1)")
        security = "plaintext"
    else:
        security = "starttls"
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    password = environ.get(URL_PASSWORD_ENV)

    def credential() -> str:
        if not password:
            raise ConfigError(f"export {URL_PASSWORD_ENV} with the password for {url}")
        return password

    try:
        port = parts.port or _DEFAULT_PORTS[security]
    except ValueError as err:
        raise ConfigError(f"invalid port in {url!r}") from err
    user = unquote(parts.username)
    name = f"{parts.scheme}://{parts.username}@{parts.hostname}:{port}/{folder}"
    return ImapAccount(
        name=name,
        host=parts.hostname,
        username=user,
        credential=credential,
        port=port,
        security=security,
        folders=(folder,),
    )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
