"""Settings: one TOML file, every key overridable by an INTAKE_* variable, built once, frozen.

Secrets never live in the file: they come from the environment or from a `*_command` that prints
them, and `describe()` masks them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from intake.errors import ConfigError
from intake.sections import (
    AckSection,
    PublishSection,
    SmtpSection,
    ack_section,
    publish_section,
    smtp_section,
)

if TYPE_CHECKING:
    from parsers.campaign import Campaign

DEFAULT_CONFIG = Path("intake.toml")
DEFAULT_CAMPAIGN = "builtin:assange-manning"


@dataclass(frozen=True)
class Settings:
    """The effective configuration of one run."""

    config_path: Path | None = None
    database_url: str = "sqlite:///intake.sqlite"
    source: str = ""  # e.g. "maildir:/srv/inbox", "eml-dir:./mail"; IMAP accounts come later
    campaigns: tuple[str, ...] = (DEFAULT_CAMPAIGN,)
    editor: str = ""
    export_dir: str = ""  # "" = not configured: `publish` and `export` then need --out
    log_format: str = "text"
    max_attachment_bytes: int = 25 * 1024 * 1024
    document_seconds: float = 60.0
    document_memory_mb: int = 1024
    message_seconds: float = 300.0  # the whole pipeline for one message, documents included
    message_memory_mb: int = 2048
    max_attempts: int = 3  # unfinished processing attempts before a message is quarantined
    max_message_bytes: int = 50 * 1024 * 1024  # local sources: larger ones keep headers only
    jobs: int = 0  # extraction processes; 0 = one per core
    extra: Mapping[str, Any] = field(default_factory=dict)  # the [sections], as read
    # The typed sections, built from `extra` once, every value checked (see intake.sections).
    publish: PublishSection = field(init=False)
    acknowledge: AckSection = field(init=False)
    smtp: SmtpSection = field(init=False)

    def __post_init__(self) -> None:
        if self.log_format not in ("text", "json"):
            raise ConfigError(f"log_format = {self.log_format!r}: must be text or json")
        for name, build in _SECTIONS.items():
            object.__setattr__(self, name, build(self.extra.get(name, {})))

    @property
    def config_dir(self) -> Path:
        return self.config_path.parent if self.config_path else Path.cwd()


_SECTIONS = {"publish": publish_section, "acknowledge": ack_section, "smtp": smtp_section}
_NOT_KEYS = {"config_path", "extra", *_SECTIONS}
_SECRET_WORDS = ("password", "secret", "token")
# The keys each [section] may hold. Secrets are not among them: they come from the environment
# or a `*_command`. [imap.accounts.NAME] tables are checked where accounts are read.
SECTION_KEYS: dict[str, frozenset[str]] = {
    "imap": frozenset({"accounts"}),
    "publish": frozenset(
        {
            "base_url",
            "site_title",
            "campaign_title",
            "hashtags",
            "social_max_length",
            "feed_entries",
            "tombstone_days",
            "entry_id_prefix",
            "templates_dir",
            "show_amendments",
            "out_dir",
            "processes",
        }
    ),
    "acknowledge": frozenset(
        {
            "enabled",
            "from_address",
            "reply_to",
            "max_per_address_per_day",
            "max_age_hours",
            "max_attempts",
            "batch",
            "max_per_hour",
            "trusted_authserv_id",
        }
    ),
    "smtp": frozenset(
        {"host", "port", "security", "username", "timeout", "ca_file", "password_command"}
    ),
    # Read by intake/pipeline/job_queue.py (QueueSettings); a test keeps the two lists equal.
    "queue": frozenset(
        {
            "backend",
            "poll_schedule",
            "sweep_schedule",
            "publish_schedule",
            "heartbeat_seconds",
            "stalled_after_seconds",
            "requeue_after_minutes",
            "keep_jobs_hours",
            "extract_retries",
        }
    ),
}
_SIMPLE_KEYS = {f.name for f in fields(Settings)} - _NOT_KEYS
# Sections whose every key an INTAKE_<SECTION>_<KEY> variable overrides: one host's worker
# schedule or heartbeat differs from the shared file's without a file of its own.
ENV_SECTIONS = ("queue",)


def load_settings(
    config_path: str | Path | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Build the settings from --config, else $INTAKE_CONFIG, else ./intake.toml if present."""
    env = os.environ if environ is None else environ
    path, required = _config_path(config_path, env)
    data = _read_toml(path, required=required) if path else {}
    _check_keys(path, data)
    values: dict[str, Any] = {k: v for k, v in data.items() if k in _SIMPLE_KEYS}
    extra = {k: v for k, v in data.items() if isinstance(v, dict)}
    for key in _SIMPLE_KEYS:
        env_value = env.get(f"INTAKE_{key.upper()}")
        if env_value is not None:
            values[key] = env_value
    for section in ENV_SECTIONS:
        extra = _section_from_env(extra, section, env)
    try:
        return _build(path if path and path.exists() else None, values, extra)
    except ConfigError as err:  # name the file the wrong value is in
        raise ConfigError(f"{path}: {err}" if path else str(err)) from err


def _section_from_env(
    extra: dict[str, Any], section: str, env: Mapping[str, str]
) -> dict[str, Any]:
    """`extra` with INTAKE_<SECTION>_<KEY> variables over the file's [section] (text: the
    section's reader converts and checks it like a value from the file)."""
    names = {key: f"INTAKE_{section.upper()}_{key.upper()}" for key in SECTION_KEYS[section]}
    found = {key: env[name] for key, name in names.items() if name in env}
    return {**extra, section: {**extra.get(section, {}), **found}} if found else extra


def _check_keys(path: Path | None, data: Mapping[str, Any]) -> None:
    """Refuse keys we do not know, at the top and in each section, naming the likely one."""
    for key, value in data.items():
        if isinstance(value, dict):
            if key not in SECTION_KEYS:
                raise ConfigError(
                    f"{path}: unknown section [{key}]{_did_you_mean(key, SECTION_KEYS)}"
                )
            for inner in value:
                if inner not in SECTION_KEYS[key]:
                    raise ConfigError(
                        f"{path}: unknown setting {inner!r} in [{key}]"
                        f"{_did_you_mean(inner, SECTION_KEYS[key])}{_secret_hint(key, inner)}"
                    )
        elif key not in _SIMPLE_KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r}{_did_you_mean(key, _SIMPLE_KEYS)}")


def _did_you_mean(key: str, known: Iterable[str]) -> str:
    import difflib  # here, as the other imports only some paths need: every command loads us

    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _secret_hint(section: str, key: str) -> str:
    if any(word in key.lower() for word in _SECRET_WORDS):
        return f": secrets go in INTAKE_{section.upper()}_{key.upper()} or a {key}_command"
    return ""


def _config_path(explicit: str | Path | None, env: Mapping[str, str]) -> tuple[Path | None, bool]:
    if explicit:
        return Path(explicit), True
    if env.get("INTAKE_CONFIG"):
        return Path(env["INTAKE_CONFIG"]), True
    return (DEFAULT_CONFIG, False) if DEFAULT_CONFIG.exists() else (None, False)


def _read_toml(path: Path, *, required: bool) -> dict[str, Any]:
    import tomllib  # here: a run with no config file starts without it

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        if not required:
            return {}
        raise ConfigError(
            f"config file {path} not found: create it (see intake.example.toml) or pass --config"
        ) from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path} is not valid TOML: {err}") from err


def _build(path: Path | None, values: dict[str, Any], extra: dict[str, Any]) -> Settings:
    converted: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in values:
            continue
        converted[f.name] = _convert(f.name, values[f.name], f.type)
    settings = Settings(config_path=path, extra=extra, **converted)
    if settings.database_url.startswith("sqlite:///") and path is not None:
        settings = _relative_sqlite(settings, path.parent)
    return settings


def _convert(name: str, value: Any, type_name: Any) -> Any:
    kind = str(type_name)
    try:
        if kind.startswith("tuple"):
            if isinstance(value, str):
                return tuple(item.strip() for item in value.split(",") if item.strip())
            return tuple(str(item) for item in value)
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
    except (TypeError, ValueError) as err:
        wanted = {"int": "a whole number", "float": "a number"}.get(kind, kind)
        raise ConfigError(f"{name} = {value!r}: must be {wanted}") from err
    return str(value)


def _relative_sqlite(settings: Settings, base: Path) -> Settings:
    """A relative SQLite path in the config file is relative to the config file."""
    target = settings.database_url.removeprefix("sqlite:///")
    if target and not Path(target).is_absolute() and target != ":memory:":
        url = f"sqlite:///{(base / target).resolve()}"
        return Settings(**{**_as_dict(settings), "database_url": url})
    return settings


def _as_dict(settings: Settings) -> dict[str, Any]:
    return {f.name: getattr(settings, f.name) for f in fields(Settings) if f.init}


def campaign_text(spec: str, base: Path) -> tuple[str, str]:
    """The text of a campaign file named in settings, and a default name for it."""
    if spec.startswith("builtin:"):
        name = spec.removeprefix("builtin:")
        from importlib import resources

        try:
            ref = resources.files("intake.campaigns").joinpath(f"{name}.toml")
            return ref.read_text(encoding="utf-8"), name
        except FileNotFoundError as err:
            raise ConfigError(f"no built-in campaign {name!r}") from err
    path = Path(spec) if Path(spec).is_absolute() else base / spec
    try:
        return path.read_text(encoding="utf-8"), path.stem
    except OSError as err:
        raise ConfigError(f"campaign file {path} cannot be read: {err.strerror}") from err


def load_campaigns(settings: Settings) -> tuple[Campaign, ...]:
    """The configured campaigns, read and checked; a ConfigError names one that is not."""
    from parsers.campaign import parse_campaign
    from parsers.errors import ParseError

    campaigns = []
    for spec in settings.campaigns:
        text, default_name = campaign_text(spec, settings.config_dir)
        try:
            campaigns.append(parse_campaign(text, default_name=default_name))
        except ParseError as err:
            raise ConfigError(f"campaign {spec}: {err}") from err
    if not campaigns:
        raise ConfigError("no campaign configured: set `campaigns` in intake.toml")
    return tuple(campaigns)


def secret(settings: Settings, section: str, key: str, env: Mapping[str, str] | None = None) -> str:
    """A secret from INTAKE_<SECTION>_<KEY>, or from the `<key>_command` in that section."""
    env = os.environ if env is None else env
    env_name = f"INTAKE_{section.upper()}_{key.upper()}"
    if env.get(env_name):
        return env[env_name]
    command = settings.extra.get(section, {}).get(f"{key}_command")
    if command:
        return run_secret_command(command, what=f"{section}.{key}_command")
    raise ConfigError(f"{section}.{key} is not set: export {env_name} or set {key}_command")


def run_secret_command(command: str, *, what: str) -> str:
    import shlex
    import subprocess

    try:
        done = subprocess.run(
            shlex.split(command), capture_output=True, text=True, timeout=30, check=True
        )
    except (OSError, subprocess.SubprocessError) as err:
        raise ConfigError(f"{what} failed: {type(err).__name__}") from err  # never echo output
    return done.stdout.strip()


def describe(settings: Settings) -> dict[str, Any]:
    """The effective settings for `config check`, secrets masked."""
    out = {f.name: getattr(settings, f.name) for f in fields(Settings) if f.name not in _NOT_KEYS}
    out["config_path"] = str(settings.config_path) if settings.config_path else None
    out["campaigns"] = list(settings.campaigns)
    out["database_url"] = mask_url(settings.database_url)
    out.update({key: _mask(value) for key, value in settings.extra.items()})
    return out


def _mask(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _mask(v, k) for k, v in value.items()}
    if any(word in key.lower() for word in _SECRET_WORDS) and not key.endswith("_command"):
        return "********"
    return value


_URL_SECRET = re.compile(r"(?i)^(?:password|passwd|pass|pwd|sslpassword|secret|token|.*_token)$")


def mask_url(url: str) -> str:
    """A URL fit to show: the password in its user part and any secret query value masked."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    main, question, query = rest.partition("?")
    if "@" in main:  # the last @: a password may hold an unescaped / or @
        credentials, host = main.rsplit("@", 1)
        user, has_password, _ = credentials.partition(":")
        main = f"{user}:********@{host}" if has_password else main
    query = "&".join(_mask_pair(pair) for pair in query.split("&"))
    return f"{scheme}://{main}{question}{query}"


def _mask_pair(pair: str) -> str:
    key, sep, _ = pair.partition("=")
    return f"{key}=********" if sep and _URL_SECRET.match(unquote(key)) else pair
