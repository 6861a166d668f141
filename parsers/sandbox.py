"""Runs one document reader in a child process with a wall-clock and a memory limit.

A crafted file can hang a parser or make it allocate without end; the child is killed, the
caller gets a failed Document with the plain reason, and the worker goes on. Children are
forked from the caller with the readers already imported, so each costs milliseconds (the
"forkserver" and "spawn" methods re-import the caller's main module in every child: the CLI).
Call it from a process without other threads (the worker is one).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
from multiprocessing.connection import Connection
from typing import Any

from parsers.documents.base import ReaderLimits, Reading
from parsers.documents.signatures import sniff_type
from parsers.types import Attachment, Document


def _context() -> Any:
    import parsers.documents.registry  # noqa: F401  imported once here, not in every child

    return multiprocessing.get_context("fork")


def read_sandboxed(attachment: Attachment, limits: ReaderLimits) -> Reading:
    """Read one attachment in a child process; a hang, a crash or a memory blow-up fails it."""
    receiver, sender = _context().Pipe(duplex=False)
    child = _context().Process(target=_child, args=(sender, attachment, limits), daemon=True)
    child.start()
    sender.close()
    try:
        if receiver.poll(limits.seconds):
            try:
                result: Reading = receiver.recv()
                return result
            except (EOFError, OSError):
                pass  # the child died before it finished sending
            child.join(5)
            return _failed(attachment, _crash_reason(child.exitcode, limits))
        return _failed(attachment, f"timed out after {limits.seconds:g} s")
    finally:
        receiver.close()
        _stop(child)


def _child(sender: Connection, attachment: Attachment, limits: ReaderLimits) -> None:
    os.setpgid(0, 0)  # its own process group, so helpers it starts (OCR) die with it
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    from parsers.documents.registry import read_file

    sender.send(read_file(attachment, limits))
    sender.close()


def _stop(child: Any) -> None:
    if child.exitcode is None:
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            child.kill()
    child.join(5)


def _crash_reason(exitcode: int | None, limits: ReaderLimits) -> str:
    mib = limits.memory_bytes // (1024 * 1024)
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        return f"reader crashed ({name}); it may have passed the memory limit of {mib} MiB"
    return f"reader crashed (exit {exitcode}); it may have passed the memory limit of {mib} MiB"


def _failed(attachment: Attachment, reason: str) -> Reading:
    return Reading(
        (
            Document(
                name=attachment.name,
                origin=attachment.origin,
                type=sniff_type(attachment.data),
                method="none",
                text="",
                failed=reason,
            ),
        )
    )
