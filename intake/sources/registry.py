"""Turns a source spec (maildir:PATH, imap:ACCOUNT, imaps://USER@HOST/FOLDER) into a Source."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from intake.errors import ConfigError
from intake.settings import Settings, run_secret_command
from intake.sources.base import Source
from intake.sources.imap_config import ImapAccount, account_from_url, accounts_from_config
from intake.sources.local import EmlDirSource, MaildirSource

if TYPE_CHECKING:
    from intake.sources.imap import ImapSource
    from intake.store.db import Database

SourceFactory = Callable[[str, Settings], Source]

FACTORIES: dict[str, SourceFactory] = {
    "maildir": lambda rest, settings: MaildirSource(
        _path(rest, settings), max_bytes=settings.max_message_bytes
    ),
    "eml-dir": lambda rest, settings: EmlDirSource(
        _path(rest, settings), max_bytes=settings.max_message_bytes
    ),
}


def open_source(
    spec: str,
    settings: Settings,
    *,
    db: Database | None = None,
    folder: str | None = None,
    allow_plaintext: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Source:
    """The source a spec names; a clear ConfigError for an unknown or empty one.

    IMAP sources remember their progress in `db` (the mailbox_state table). `folder` narrows an
    IMAP account to one of its folders (a poll job per folder).
    """
    if not spec:
        raise ConfigError(
            "no source configured: set `source` or [imap.accounts.NAME] in intake.toml, "
            "or pass --source"
        )
    if spec.startswith(("imap:", "imaps:")):
        env = os.environ if environ is None else environ
        account = imap_account(spec, settings, env, allow_plaintext)
        return open_imap_source(_one_folder(account, folder) if folder else account, db)
    if folder is not None:
        raise ConfigError(f"{spec}: only an IMAP account has folders to poll one by one")
    scheme, _, rest = spec.partition(":")
    factory = FACTORIES.get(scheme)
    if factory is None or not rest:
        known = ", ".join([*(f"{name}:..." for name in FACTORIES), "imap:ACCOUNT", "imaps://..."])
        raise ConfigError(f"unknown source {spec!r}: use one of {known}")
    return factory(rest, settings)


def _path(rest: str, settings: Settings) -> Path:
    path = Path(rest).expanduser()
    return path if path.is_absolute() else settings.config_dir / path


def configured_sources(settings: Settings) -> list[str]:
    """What `intake poll` reads without --source: `source`, then every IMAP account."""
    accounts = settings.extra.get("imap", {}).get("accounts", {})
    return ([settings.source] if settings.source else []) + [f"imap:{name}" for name in accounts]


def poll_jobs(settings: Settings) -> list[tuple[str, str | None]]:
    """Every poll the job queue runs: (spec, folder) for each folder of a configured IMAP account,
    (spec, None) for a source read whole (`source`, a Maildir or a one-folder IMAP URL)."""
    return [
        (spec, folder)
        for spec in configured_sources(settings)
        for folder in (_account_folders(spec, settings) if _is_account(spec) else (None,))
    ]


def _is_account(spec: str) -> bool:
    return spec.startswith("imap:") and not spec.startswith("imap://")


def _account_folders(spec: str, settings: Settings) -> tuple[str, ...]:
    return imap_account(spec, settings, os.environ, allow_plaintext=False).folders  # no secret read


def _one_folder(account: ImapAccount, folder: str) -> ImapAccount:
    if folder not in account.folders:
        known = ", ".join(account.folders)
        raise ConfigError(f"{account.name} has no folder {folder!r} configured (folders: {known})")
    return dataclasses.replace(account, folders=(folder,))


def imap_account(
    spec: str, settings: Settings, environ: Mapping[str, str], allow_plaintext: bool
) -> ImapAccount:
    """`imap:NAME` from the config file, or an `imap://` / `imaps://` URL."""
    if spec.startswith(("imap://", "imaps://")):
        return account_from_url(spec, environ, allow_plaintext=allow_plaintext)
    name = spec.removeprefix("imap:")
    accounts = accounts_from_config(settings.extra, environ, _run_command)
    if name not in accounts:
        known = ", ".join(sorted(accounts)) or "none configured"
        raise ConfigError(f"no IMAP account {name!r} in [imap.accounts] (known: {known})")
    return accounts[name]


def open_imap_source(account: ImapAccount, db: Database | None) -> ImapSource:
    from intake.sources.imap import ImapSource  # imports imapclient: only when IMAP is used
    from intake.store.mailbox_state import DatabaseFolderStates

    if db is None:
        raise ConfigError("an IMAP source needs the database to remember its progress")
    return ImapSource(account, DatabaseFolderStates(db))


def _run_command(command: str, what: str) -> str:
    return run_secret_command(command, what=what)
