"""`intake worker`: poll, wait for mail (IMAP IDLE, else an interval), repeat; SIGTERM ends it.

Only raw messages are stored here, in grouped commits: parsing is a separate step, so a slow
or failing parser never holds back storing mail.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from intake.errors import DatabaseError, LockHeldError, MailboxError
from intake.pipeline.poll import PollSummary, run_poll
from intake.settings import Settings
from intake.sources.base import FetchedMessage, Outcome, Source
from intake.store.db import Database

log = logging.getLogger("intake.worker")


@dataclass
class StopFlag:
    """Set by SIGTERM or SIGINT; checked between messages and while waiting."""

    event: threading.Event = field(default_factory=threading.Event)

    def __call__(self) -> bool:
        return self.event.is_set()

    def set(self, *_args: object) -> None:
        self.event.set()

    def install(self) -> None:
        signal.signal(signal.SIGTERM, self.set)
        signal.signal(signal.SIGINT, self.set)


@dataclass
class Backoff:
    """Exponential backoff with jitter: 1 s, 2 s, 4 s ... up to `cap`, each times 0.5-1.0."""

    base: float = 1.0
    cap: float = 300.0
    attempts: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        delay = float(min(self.cap, self.base * 2**self.attempts) * self.rng.uniform(0.5, 1.0))
        self.attempts += 1
        return delay

    def reset(self) -> None:
        self.attempts = 0


def run_worker(
    db: Database,
    settings: Settings,
    open_source: Callable[[], Source],
    *,
    stop: StopFlag,
    interval: float,
    backoff: Backoff | None = None,
    on_poll: Callable[[PollSummary], None] | None = None,
) -> None:
    """Until `stop`: poll, then wait for new mail; after a drop, reconnect with backoff."""
    backoff = backoff or Backoff()
    while not stop():
        source = open_source()
        try:
            summary = run_poll(db, settings, _Stoppable(source, stop), process=False)
            if on_poll:
                on_poll(summary)
            _log_poll(summary, reconnected=backoff.attempts > 0)
            backoff.reset()
            wait = getattr(source, "wait_for_mail", None)
            if stop():
                pass
            elif wait is not None:
                wait(interval, stop)
            else:
                _sleep(interval, stop)
        except (MailboxError, LockHeldError, DatabaseError) as err:
            delay = backoff.next_delay()
            log.warning("%s; trying again in %.1f s", err, delay)
            _sleep(delay, stop)
        finally:
            source.close()
    log.info("stopped")


def _log_poll(summary: PollSummary, *, reconnected: bool) -> None:
    """A line when the connection is back and when mail was stored; quiet otherwise."""
    if reconnected:
        log.info("%s: reconnected", summary.source)
    if summary.stored or summary.failed:
        log.info(summary.line())


class _Stoppable:
    """A source that stops yielding once `stop` is set: the message in hand is finished first."""

    def __init__(self, source: Source, stop: Callable[[], bool]) -> None:
        self.source, self.stop, self.name = source, stop, source.name

    def fetch(self) -> Iterator[FetchedMessage]:
        for message in self.source.fetch():
            yield message  # run_poll stores and settles it before asking for the next
            if self.stop():
                return

    def settle(self, message: FetchedMessage, outcome: Outcome) -> None:
        self.source.settle(message, outcome)

    def close(self) -> None:
        self.source.close()


def run_workers(
    db: Database,
    settings: Settings,
    factories: list[Callable[[], Source]],
    *,
    stop: StopFlag,
    interval: float,
) -> None:
    """One worker thread per source (account), until `stop`."""
    threads = [
        threading.Thread(
            target=run_worker,
            args=(db, settings, factory),
            kwargs={"stop": stop, "interval": interval},
            daemon=True,
        )
        for factory in factories
    ]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        for thread in threads:
            thread.join(timeout=0.2)


def _sleep(seconds: float, stop: Callable[[], bool]) -> None:
    deadline = time.monotonic() + seconds
    while not stop() and time.monotonic() < deadline:
        time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
