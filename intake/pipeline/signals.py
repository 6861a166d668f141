"""SIGTERM and SIGINT during a run: noted, so the run can end cleanly, then acted on as usual."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def stop_on_signals() -> Iterator[Callable[[], bool]]:
    """For the block, SIGTERM and SIGINT only set a flag (the function yielded reads it), so
    the run can write what it finished and hand back what it did not. When the block ends, the
    previous handlers are back and a signal that came is raised again: the process ends as it
    would have (SIGTERM's default) or the caller's handler runs (SIGINT's KeyboardInterrupt).

    Outside the main thread (a job queue's task), and for a signal the process ignores,
    nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    came: list[int] = []

    def note(signum: int, _frame: object) -> None:
        came.append(signum)

    previous = {
        signum: signal.signal(signum, note)
        for signum in STOPPING_SIGNALS
        if signal.getsignal(signum) is not signal.SIG_IGN
    }
    try:
        yield lambda: bool(came)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
    if came:
        signal.raise_signal(came[0])
