"""Turns a source spec ("maildir:PATH", "eml-dir:PATH", ...) into a Source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from intake.errors import ConfigError
from intake.settings import Settings
from intake.sources.base import Source
from intake.sources.local import EmlDirSource, MaildirSource

SourceFactory = Callable[[str, Settings], Source]

FACTORIES: dict[str, SourceFactory] = {
    "maildir": lambda rest, settings: MaildirSource(_path(rest, settings)),
    "eml-dir": lambda rest, settings: EmlDirSource(_path(rest, settings)),
}


def open_source(spec: str, settings: Settings) -> Source:
    """The source a spec names; a clear ConfigError for an unknown or empty one."""
    if not spec:
        raise ConfigError("no source configured: set `source` in intake.toml or pass --source")
    scheme, _, rest = spec.partition(":")
    factory = FACTORIES.get(scheme)
    if factory is None or not rest:
        known = ", ".join(f"{name}:..." for name in FACTORIES)
        raise ConfigError(f"unknown source {spec!r}: use one of {known}")
    return factory(rest, settings)


def _path(rest: str, settings: Settings) -> Path:
    path = Path(rest).expanduser()
    return path if path.is_absolute() else settings.config_dir / path
