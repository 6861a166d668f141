"""The IMAP source: the only module that imports imapclient. Fetches by UID, never marks anything.

A folder's progress is (UIDVALIDITY, highest settled UID), kept by the store. A UID counts as done
only after `settle`, which runs after the store committed it; so a crash anywhere between fetch and
action makes the next poll see the message again, recognise it and finish the action.
"""

from __future__ import annotations

import contextlib
import logging
import re
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from intake.errors import ConfigError, IntakeError, MailboxError
from intake.sources.base import FetchedMessage, FolderState, FolderStates, Outcome
from intake.sources.imap_config import ImapAccount

log = logging.getLogger("intake.imap")

_TIMING = re.compile(r"\s*\(\d+\.\d+ \+ [^)]*secs?\)")
_BODY, _HEADER, _SIZE, _DATE = b"BODY[]", b"BODY[HEADER]", b"RFC822.SIZE", b"INTERNALDATE"


@dataclass
class _FolderRun:
    """One folder during one poll: the UIDVALIDITY seen on SELECT and how far settling got."""

    folder: str
    uidvalidity: int
    checkpoint: int  # every UID up to here is stored and settled
    uidnext: int  # UIDNEXT when selected: every UID below it existed then
    failures: int = 0


@dataclass(frozen=True)
class _Where:
    folder: str
    uid: int


class ImapSource:
    """Polls the folders of one account, incrementally, by UID."""

    def __init__(self, account: ImapAccount, states: FolderStates) -> None:
        self.account = account
        self.name = account.name
        self._states = states
        self._client: imapclient.IMAPClient | None = None
        self._selected: str | None = None
        self._runs: dict[str, _FolderRun] = {}
        self._pending: dict[str, _Where] = {}
        self._existing_folders: set[str] = set()
        self.folder_errors: list[str] = []

    @property
    def lock_keys(self) -> tuple[str, ...]:
        """One lock per folder a poll reads: two folders of an account are polled side by side."""
        from intake.store.locks import folder_key

        return tuple(folder_key(self.name, folder) for folder in self.account.folders)

    # --- the Source protocol --------------------------------------------------------------

    def fetch(self) -> Iterator[FetchedMessage]:
        """New messages of every folder, in UID order; the server is left unchanged."""
        self.folder_errors = []
        self._connection()
        for folder in self.account.folders:
            try:
                yield from self._fetch_folder(folder)
            except _FolderMissing as err:
                self.folder_errors.append(str(err))
                self._states.record_error(self.name, folder, str(err))
        if self.folder_errors:
            raise MailboxError("; ".join(self.folder_errors))

    def settle(self, message: FetchedMessage, outcome: Outcome) -> None:
        """Apply the configured action now that the store has the message, then count it done."""
        where = self._pending.pop(message.source_key, None)
        if where is None:
            return
        with self._errors():
            if outcome == "failed":
                self._apply_failure(where)
            else:
                self._apply_action(where)
        run = self._runs[where.folder]
        run.failures += outcome == "failed"
        run.checkpoint = max(run.checkpoint, where.uid)

    def close(self) -> None:
        """Remember how far each folder got, then log out. Safe to call twice."""
        for run in self._runs.values():
            self._save(run)
        self._runs.clear()
        self._pending.clear()
        self._disconnect()

    # --- for the worker -------------------------------------------------------------------

    def wait_for_mail(self, seconds: float, should_stop: Callable[[], bool]) -> bool:
        """Block until new mail may be there (IDLE), `seconds` pass, or `should_stop()`."""
        folder = self.account.folders[0]
        with self._errors(folder):  # the server may be gone already: a MailboxError, as in a poll
            client = self._connection()
            idle = self.account.idle and client.has_capability("IDLE")
        if not idle:
            _sleep(seconds, should_stop)
            return False
        with self._errors(folder):
            info = self._select(folder, fresh=True)
            saved = self._states.load(self.name, folder)
            uidnext = int(info.get(b"UIDNEXT", 0))
            if (
                saved is None
                or saved.uidvalidity != info.get(b"UIDVALIDITY")
                or (uidnext > saved.highest_uid + 1)
            ):
                return True  # mail came between the poll and now
            return self._idle(client, min(seconds, self.account.idle_renew_seconds), should_stop)

    @property
    def commands_sent(self) -> int:
        """IMAP commands sent on the current connection (each one a round trip)."""
        return int(getattr(self._client._imap, "tagnum", 0)) if self._client else 0

    # --- folders ----------------------------------------------------------------------------

    def _fetch_folder(self, folder: str) -> Iterator[FetchedMessage]:
        saved = self._states.load(self.name, folder)
        with self._errors(folder):
            uidvalidity, uidnext = self._status(folder)
        if saved and saved.uidvalidity == uidvalidity and uidnext <= saved.highest_uid + 1:
            self._states.record_success(self.name, folder)  # nothing new: one STATUS, no SELECT
            return
        if saved and saved.uidvalidity != uidvalidity:
            log.warning(
                "%s %s: UIDVALIDITY changed from %s to %s; rescanning the whole folder "
                "(messages already stored are recognised by Message-ID and content)",
                self.name,
                folder,
                saved.uidvalidity,
                uidvalidity,
            )
        with self._errors(folder):
            run = self._open_run(folder, saved)
        seen = run.checkpoint
        while True:
            with self._errors(folder):
                uids = self._uids_above(seen)
            if not uids:
                break
            for start in range(0, len(uids), self.account.batch_size):
                yield from self._fetch_batch(run, uids[start : start + self.account.batch_size])
                self._save(run)
            seen = uids[-1]
        # Everything below UIDNEXT-at-SELECT that still exists has been settled by now.
        run.checkpoint = max(run.checkpoint, seen, run.uidnext - 1)
        self._save(run)
        if run.failures == 0:
            self._states.record_success(self.name, folder)
        del self._runs[folder]

    def _open_run(self, folder: str, saved: FolderState | None) -> _FolderRun:
        info = self._select(folder, fresh=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        start = saved.highest_uid if saved and saved.uidvalidity == uidvalidity else 0
        run = _FolderRun(folder, uidvalidity, start, int(info.get(b"UIDNEXT", start + 1)))
        self._runs[folder] = run
        return run

    def _uids_above(self, uid: int) -> list[int]:
        assert self._client is not None
        # `UID n:*` always matches the last message, even when it is below n: filter.
        found = self._client.search(["UID", f"{uid + 1}:*"])
        return sorted(u for u in found if u > uid)

    def _fetch_batch(self, run: _FolderRun, uids: list[int]) -> Iterator[FetchedMessage]:
        with self._errors(run.folder):
            meta = self._fetch(uids, [b"RFC822.SIZE", b"INTERNALDATE"])
            limit = self.account.max_message_bytes
            large = {u for u, item in meta.items() if int(item.get(_SIZE, 0)) > limit}
            bodies = self._fetch([u for u in meta if u not in large], [b"BODY.PEEK[]"])
            heads = self._fetch(sorted(large), [b"BODY.PEEK[HEADER]"])
        last = max(meta, default=None)
        for uid in sorted(meta):  # a UID missing from `meta` was expunged meanwhile: gone
            item = heads.get(uid) if uid in large else bodies.get(uid)
            data = (item or {}).get(_HEADER if uid in large else _BODY)
            key = self._source_key(run, uid)
            self._pending[key] = _Where(run.folder, uid)
            if not isinstance(data, bytes):
                error = f"{run.folder} UID {uid}: the server returned no message body"
                yield FetchedMessage(source_key=key, data=b"", error=error, batch_end=uid == last)
                continue
            if uid in large:
                log.warning(
                    "%s UID %s: %s bytes, over max_message_bytes (%s): headers only",
                    run.folder,
                    uid,
                    meta[uid].get(_SIZE),
                    limit,
                )
            yield FetchedMessage(
                key,
                data,
                _date(meta[uid].get(_DATE)),
                too_large=uid in large,
                batch_end=uid == last,
            )

    def _fetch(self, uids: list[int], what: list[bytes]) -> dict[int, dict[bytes, Any]]:
        """One FETCH; if the server's answer cannot be parsed, fetch one by one to isolate it."""
        if not uids:
            return {}
        assert self._client is not None
        try:
            return dict(self._client.fetch(uids, what))
        except IMAPClientAbortError:
            raise
        except (IMAPClientError, ValueError) as err:
            if len(uids) == 1:
                log.error("UID %s: unreadable FETCH response: %s", uids[0], err)
                return {uids[0]: {}}
            merged: dict[int, dict[bytes, Any]] = {}
            for uid in uids:
                merged.update(self._fetch([uid], what))
            return merged

    def _source_key(self, run: _FolderRun, uid: int) -> str:
        return f"{self.name}#{run.folder};UIDVALIDITY={run.uidvalidity};UID={uid}"

    def _save(self, run: _FolderRun) -> None:
        self._states.save(self.name, run.folder, FolderState(run.uidvalidity, run.checkpoint))

    # --- actions ----------------------------------------------------------------------------

    def _apply_action(self, where: _Where) -> None:
        if self.account.action == "flag":
            self._select(where.folder)
            assert self._client is not None
            self._client.add_flags([where.uid], [self.account.flag], silent=True)
        elif self.account.action == "move":
            self._move(where, self.account.move_to)

    def _apply_failure(self, where: _Where) -> None:
        if self.account.action == "move" and self.account.failed_to:
            self._move(where, self.account.failed_to)

    def _move(self, where: _Where, target: str) -> None:
        client = self._connection()
        self._ensure_folder(target)
        self._select(where.folder)
        if client.has_capability("MOVE"):
            client.move([where.uid], target)
        elif client.has_capability("UIDPLUS"):
            client.copy([where.uid], target)
            client.add_flags([where.uid], [imapclient.DELETED], silent=True)
            client.uid_expunge([where.uid])  # this one UID only, never the whole folder
        else:
            raise ConfigError(
                f'{self.name}: the server offers neither MOVE nor UIDPLUS: use action = "flag"'
            )

    def _ensure_folder(self, folder: str) -> None:
        if folder in self._existing_folders:
            return
        client = self._connection()
        if not client.folder_exists(folder):
            log.info("%s: creating folder %s", self.name, folder)
            with contextlib.suppress(IMAPClientError):  # made meanwhile by another client
                client.create_folder(folder)
        self._existing_folders.add(folder)

    # --- connection -----------------------------------------------------------------------

    def _connection(self) -> imapclient.IMAPClient:
        if self._client is None:
            with self._errors():
                self._client = connect(self.account)
            self._selected = None
        return self._client

    def _disconnect(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.logout()
            with contextlib.suppress(Exception):
                client.shutdown()

    def _status(self, folder: str) -> tuple[int, int]:
        client = self._connection()
        try:
            status = client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT"])
        except IMAPClientAbortError:
            raise
        except IMAPClientError as err:
            raise _FolderMissing(
                f"{self.name}: folder {folder!r} cannot be opened: "
                f"{_text(err)} (check `folders` in the config)"
            ) from err
        return int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])

    def _select(self, folder: str, *, fresh: bool = False) -> dict[bytes, Any]:
        client = self._connection()
        if self._selected == folder and not fresh:
            return {}
        info: dict[bytes, Any] = client.select_folder(
            folder, readonly=self.account.action == "none"
        )
        self._selected = folder
        return info

    @contextlib.contextmanager
    def _errors(self, folder: str | None = None) -> Iterator[None]:
        """Turn the library's and the socket's errors into ours, with what to do about them."""
        where = f"{self.account.host}:{self.account.port}"
        try:
            yield
        except IntakeError:
            raise
        except LoginError as err:
            self._disconnect()
            raise MailboxError(
                f"{self.name}: login refused for {self.account.username} at "
                f"{where}: {_text(err)} (check the password or token)"
            ) from err
        except ssl.SSLCertVerificationError as err:
            self._disconnect()
            raise MailboxError(
                f"{self.name}: the TLS certificate of {where} is not trusted: "
                f"{err.verify_message} (set ca_file for a private CA)"
            ) from err
        except (IMAPClientAbortError, OSError, EOFError) as err:
            self._disconnect()
            raise MailboxError(
                f"{self.name}: connection to {where} failed: {_text(err) or type(err).__name__}"
            ) from err
        except IMAPClientError as err:
            self._disconnect()
            what = f" (folder {folder})" if folder else ""
            raise MailboxError(
                f"{self.name}: the server refused a command{what}: {_text(err)}"
            ) from err

    def _idle(
        self, client: imapclient.IMAPClient, seconds: float, should_stop: Callable[[], bool]
    ) -> bool:
        client.idle()
        deadline = time.monotonic() + seconds
        woke = False
        try:
            while not woke and not should_stop():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                began = time.monotonic()
                responses = client.idle_check(timeout=min(1.0, left))
                woke = any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)
                if not responses and time.monotonic() - began < min(0.5, left / 2):
                    break  # poll() saw EOF: the server went away; idle_done will say so
        finally:
            client.idle_done()
        return woke


class _FolderMissing(MailboxError):
    pass


GREETING_SECONDS = 5.0  # servers greet at once; an IMAPS port waits, silent, for a TLS hello


def connect(account: ImapAccount) -> imapclient.IMAPClient:
    """A logged-in connection: TLS verified unless the account is plaintext to loopback."""
    secret = account.credential()  # no password (cron's empty environment): say so, offline
    greets_first = account.security != "tls"  # the server speaks first, in plain text
    wait = (
        min(account.connect_timeout, GREETING_SECONDS) if greets_first else account.connect_timeout
    )
    timeout = imapclient.SocketTimeout(connect=wait, read=account.read_timeout)
    context = None
    if account.security != "plaintext":
        context = ssl.create_default_context(cafile=account.ca_file)
    try:
        client = imapclient.IMAPClient(
            account.host,
            account.port,
            ssl=account.security == "tls",
            ssl_context=context,
            timeout=timeout,
        )
    except TimeoutError as err:
        if not greets_first:
            raise
        raise MailboxError(
            f"{account.name}: no IMAP greeting from {account.host}:{account.port} in {wait:g} s; "
            'a port that speaks TLS from the start (IMAPS, usually 993): use security = "tls"'
        ) from err
    client.normalise_times = False
    try:
        if account.security == "starttls":
            client.starttls(context)
        if account.auth == "xoauth2":
            client.oauth2_login(account.username, secret)
        else:
            client.login(account.username, secret)
    except BaseException:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise
    return client


def _date(value: object) -> datetime | None:
    return value if isinstance(value, datetime) else None


def _text(err: BaseException) -> str:
    """The server's words, without Dovecot's timing suffix or a bytes repr."""
    text = str(err)
    text = text[2:-1] if text.startswith(("b'", 'b"')) else text
    return _TIMING.sub("", text).rstrip(". ")


def _sleep(seconds: float, should_stop: Callable[[], bool]) -> None:
    deadline = time.monotonic() + seconds
    while not should_stop() and time.monotonic() < deadline:
        time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
