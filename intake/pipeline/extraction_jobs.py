"""Pure extraction in worker processes, each message under a time and a memory budget.

The parent (which alone touches the database) hands raw messages to N forked workers and gets
results back as they finish. A worker lives under a soft address-space limit and a CPU-time
backstop; a message that outlives its wall-clock budget gets its worker killed (with the document
readers it started) and comes back as a failure with the reason. Workers are forked with the
readers already imported, like the document sandbox, and fork those readers in turn: a worker
has one thread, so that is safe.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import math
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

log = logging.getLogger(__name__)

Extract = Callable[[int, bytes], Any]  # (message pk, raw bytes) -> a picklable result
Fail = Callable[[int, str], Any]  # (message pk, reason) -> the result that stands for a failure


@dataclass(frozen=True)
class Budget:
    """What one message may take in a worker: wall-clock seconds and address space."""

    seconds: float = 300.0
    memory_bytes: int = 2048 * 1024 * 1024


@dataclass(frozen=True)
class Job:
    message_pk: int
    raw: bytes


@dataclass
class _Worker:
    process: Any
    conn: Connection
    job: Job | None = None
    deadline: float = 0.0  # when it is stopped: its budget's end, or the run's if sooner
    budget_ends: float = 0.0


# The run's own time ran out before the message's budget did: it goes back, untouched.
_PR_SET_PDEATHSIG = 1  # prctl(2)
UNFINISHED = "unfinished: the run's time ran out"
# No result came within `wake_every` seconds: the caller may act on time (write what it holds).
TICK = "tick: no result within the wake interval"


def run_jobs(
    jobs: Iterable[Job],
    extract: Extract,
    fail: Fail,
    budget: Budget,
    *,
    workers: int,
    stop_at: float | None = None,
    read_ahead: bool = True,
    stopping: Callable[[], bool] | None = None,
    wake_every: float | None = None,
) -> Iterator[tuple[int, Any]]:
    """Extract every job in `workers` processes; yield (message pk, result) as each finishes.

    `jobs` is read lazily, one job per free worker and one ahead (taken while the workers are
    busy), so the caller can claim as it goes. A caller whose `jobs` blocks until it has the
    previous result (one job at a time from a queue) passes `read_ahead=False`. At `stop_at`
    (a `time.monotonic()` value) the jobs in hand, and the one taken ahead, come back as
    UNFINISHED. Once `stopping()` is true (a signal asked the run to end) no job is taken, the
    results already in are yielded, and every job in hand comes back as UNFINISHED at once,
    its worker stopped. With `wake_every`, (0, TICK) is yielded whenever that many seconds
    pass without a result, so the caller can write what it holds without waiting for the next.
    """
    pending = iter(jobs)
    ahead: list[Job] = []  # taken (claimed, read) while every worker was busy
    idle: deque[_Worker] = deque(_start(extract, budget) for _ in range(max(1, workers)))
    busy: list[_Worker] = []
    finished: list[tuple[int, Any]] = []
    stopped = stopping or (lambda: False)
    try:
        while True:
            if stopped():
                yield from finished
                yield from _hand_back(ahead, busy, fail, budget)
                return
            if ahead and stop_at is not None and time.monotonic() >= stop_at:
                finished.append((ahead.pop().message_pk, UNFINISHED))
            if not read_ahead:  # the caller puts the next job only once it has these
                yield from finished
                finished = []
            while idle and (job := ahead.pop() if ahead else next(pending, None)) is not None:
                busy.append(_assign(idle.popleft(), job, budget, stop_at))
            # The freed workers have their next jobs before the caller writes these results:
            # they extract while the parent writes, instead of waiting for it.
            yield from finished
            finished = []
            if not busy:
                return
            if read_ahead and not ahead and not stopped() and (job := next(pending, None)):
                ahead.append(job)  # the next one taken now, so a freed worker starts at once
            for worker, result in _collect(busy, fail, budget, wake_every):
                busy.remove(worker)
                worker.job = None
                if worker.process.is_alive():
                    idle.append(worker)
                else:
                    _stop(worker)
                    idle.append(_start(extract, budget))
                finished.append(result)
            if wake_every is not None and not finished:
                yield 0, TICK
    finally:
        for worker in (*idle, *busy):
            _stop(worker)


def _assign(worker: _Worker, job: Job, budget: Budget, stop_at: float | None) -> _Worker:
    worker.job, worker.budget_ends = job, time.monotonic() + budget.seconds
    worker.deadline = min(worker.budget_ends, stop_at if stop_at is not None else math.inf)
    worker.conn.send(job)
    return worker


def _hand_back(
    ahead: list[Job], busy: list[_Worker], fail: Fail, budget: Budget
) -> Iterator[tuple[int, Any]]:
    """The run is asked to end: a result already sent is taken, the other jobs in hand go back
    unfinished, their workers stopped."""
    while ahead:
        yield ahead.pop().message_pk, UNFINISHED
    while busy:
        worker = busy.pop()
        job = worker.job
        assert job is not None
        sent = worker.conn.poll(0)
        result = _receive(worker, fail, budget) if sent else UNFINISHED
        worker.job = None
        _stop(worker)
        yield job.message_pk, result


def _collect(
    busy: list[_Worker], fail: Fail, budget: Budget, wake_every: float | None = None
) -> Iterator[tuple[_Worker, tuple[int, Any]]]:
    """Wait for the next results (or deadlines, or `wake_every`); a worker that overran is
    killed."""
    timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
    if wake_every is not None:
        timeout = min(timeout, wake_every)
    ready = set(wait([w.conn for w in busy], timeout=timeout))
    now = time.monotonic()
    for worker in list(busy):
        job = worker.job
        assert job is not None
        if worker.conn in ready:
            yield worker, (job.message_pk, _receive(worker, fail, budget))
        elif now >= worker.deadline:
            _stop(worker)
            if now < worker.budget_ends:
                yield worker, (job.message_pk, UNFINISHED)
                continue
            log.warning("message %s: over its budget of %g s", job.message_pk, budget.seconds)
            reason = f"processing took longer than its budget of {budget.seconds:g} s"
            yield worker, (job.message_pk, fail(job.message_pk, reason))


def _receive(worker: _Worker, fail: Fail, budget: Budget) -> Any:
    job = worker.job
    assert job is not None
    try:
        return worker.conn.recv()
    except (EOFError, OSError):
        worker.process.join(5)
        _stop(worker)
        if worker.process.exitcode in _STOPPED:
            # stopped from outside (systemd's stop signals every process of the unit): the
            # message is not at fault, so it goes back unfinished, not failed
            log.info("message %s: extraction process stopped by a signal", job.message_pk)
            return UNFINISHED
        mib = budget.memory_bytes // (1024 * 1024)
        reason = (
            f"the extraction process died (exit {worker.process.exitcode}); it may have passed "
            f"the memory limit of {mib} MiB"
        )
        log.warning("message %s: extraction process died", job.message_pk)
        return fail(job.message_pk, reason)


def _start(extract: Extract, budget: Budget) -> _Worker:
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=True)
    # Not a daemon: a worker starts the document readers, and daemons may not have children.
    process = context.Process(target=_serve, args=(child, extract, budget), daemon=False)
    process.start()
    child.close()
    return _Worker(process, parent)


def _serve(conn: Connection, extract: Extract, budget: Budget) -> None:
    """In the worker: take jobs until the parent closes the pipe."""
    os.setpgid(0, 0)
    _die_with_parent()
    _limit(resource.RLIMIT_AS, budget.memory_bytes)
    signal.signal(signal.SIGTERM, _stop_readers_and_exit)
    while True:
        try:
            job: Job | None = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:  # the parent is done (other workers hold copies of our pipe: no EOF)
            return
        # CPU time is counted over the worker's life: the backstop moves with each job.
        used = resource.getrusage(resource.RUSAGE_SELF)
        _limit(resource.RLIMIT_CPU, math.ceil(used.ru_utime + used.ru_stime + budget.seconds + 5))
        try:
            result = extract(job.message_pk, job.raw)
        except MemoryError:
            return  # the parent reads the closed pipe as a death by memory; a fresh worker follows
        conn.send(result)


def _die_with_parent() -> None:
    """A worker whose parent was SIGKILLed would hold its own pipe open and run for ever: ask
    the kernel for SIGTERM when the parent dies (Linux), and leave if it is already gone."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the parent's pipe and budget still bound us
        return
    if os.getppid() == 1:  # the parent died before we asked
        os._exit(1)


def _limit(kind: int, value: int) -> None:
    """Lower the soft limit only: the document readers set their own, lower ones below it."""
    _soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, hard))


# A worker's exit on SIGTERM (its handler's code, as a shell reports a SIGTERM), or its death by
# SIGTERM or SIGINT: stopped, not failed.
_STOPPED_EXIT = 128 + signal.SIGTERM
_STOPPED = {_STOPPED_EXIT, -signal.SIGTERM, -signal.SIGINT}


def _stop_readers_and_exit(*_args: object) -> None:
    for reader in multiprocessing.active_children():  # the document sandboxes it started
        if reader.pid is not None:
            with_signal(reader.pid, signal.SIGKILL)
    os._exit(_STOPPED_EXIT)


def _stop(worker: _Worker) -> None:
    process = worker.process
    if worker.job is None and process.exitcode is None:
        try:
            worker.conn.send(None)  # an idle worker: ask it to leave
            process.join(0.5)
        except OSError:
            pass
    worker.conn.close()
    if process.exitcode is None:
        with_signal(process.pid, signal.SIGTERM)
        process.join(1)
    if process.exitcode is None:
        with_signal(process.pid, signal.SIGKILL)
    process.join(5)


def with_signal(pid: int, signum: int) -> None:
    """Signal a worker's process group (it and what it started), ignoring one already gone."""
    try:
        os.killpg(pid, signum)
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)
