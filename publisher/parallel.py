"""Work done by a forked copy of this process beside the parent's own: both cores for a publish.

The child inherits everything (templates, records, open folders) and sends back only its
result, pickled through a pipe; it never returns into the caller's code (os._exit).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class WorkerError(RuntimeError):
    """The forked process failed, or ended without a result."""


def forked(work: Callable[[], T]) -> Callable[[], T]:
    """Start `work` in a forked process; return the function that waits for its result."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: do the work, send the outcome, leave without cleaning up
        try:
            os.close(read)
            try:
                outcome = pickle.dumps((True, work()))
            except BaseException as err:  # sent back and raised in the parent
                outcome = pickle.dumps((False, f"{type(err).__name__}: {err}"))
            with os.fdopen(write, "wb") as pipe:
                pipe.write(outcome)
        finally:
            os._exit(0)
    os.close(write)

    def result() -> T:
        with os.fdopen(read, "rb") as pipe:
            payload = pipe.read()
        os.waitpid(pid, 0)
        try:
            ok, value = pickle.loads(payload)
        except (EOFError, pickle.UnpicklingError) as err:
            raise WorkerError("a publishing process ended without a result") from err
        if not ok:
            raise WorkerError(f"a publishing process failed: {value}")
        return value  # type: ignore[no-any-return]

    return result
