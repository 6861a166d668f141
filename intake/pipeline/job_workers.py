"""`intake worker --processes N` on the procrastinate backend: N worker processes on this host.

Each process runs one job at a time: extraction is CPU-bound Python (and Tesseract, held to one
thread), and Procrastinate runs a sync task in a thread, so more jobs per process would only share
one core. With `--drain` every process works until nothing is waiting, then the command exits;
without it a process that dies is started again, and SIGTERM stops them all after their job.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from multiprocessing.process import BaseProcess

from intake.errors import PartialFailureError
from intake.settings import Settings

log = logging.getLogger("intake.worker")
RESTART_DELAY = (1.0, 60.0)  # first and longest wait before a dead process is started again


@dataclass(frozen=True)
class WorkerPlan:
    """How this host runs its workers."""

    processes: int
    drain: bool


def run_job_workers(settings: Settings, plan: WorkerPlan) -> None:
    """Run the worker processes until drained (or until SIGTERM); raise if one died."""
    if plan.drain:
        sweep_before_drain(settings)
    warm_up(settings, only_if_waiting=plan.drain)
    # Forked after the warm-up: every process starts with the extraction tables built (seconds
    # each otherwise). The parent holds no connection or thread by now.
    context = multiprocessing.get_context("fork")
    children = {i: _start(context, settings, plan, i) for i in range(plan.processes)}
    stopping = _forward_signals(children)
    died = _supervise(context, settings, plan, children, stopping)
    if died:
        raise PartialFailureError(
            f"{died} worker process(es) ended abnormally; their jobs run again after "
            "the sweep finds them stalled (see [queue] stalled_after_seconds)"
        )


def _start(
    context: multiprocessing.context.ForkContext, settings: Settings, plan: WorkerPlan, index: int
) -> BaseProcess:
    name = f"{socket.gethostname()}-{os.getpid()}-{index}"
    process = context.Process(
        target=worker_process, args=(settings, plan, name), name=name, daemon=False
    )
    process.start()
    return process


def _forward_signals(children: dict[int, BaseProcess]) -> list[bool]:
    stopping = [False]

    def forward(signum: int, _frame: object) -> None:
        stopping[0] = True
        for child in children.values():
            if child.is_alive() and child.pid:
                os.kill(child.pid, signal.SIGTERM)  # each finishes its job, then stops

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    return stopping


def _supervise(
    context: multiprocessing.context.ForkContext,
    settings: Settings,
    plan: WorkerPlan,
    children: dict[int, BaseProcess],
    stopping: list[bool],
) -> int:
    """Wait for the processes; restart a dead one unless draining or stopping. Counts deaths."""
    died, delay = 0, RESTART_DELAY[0]
    while children:
        for index, child in list(children.items()):
            child.join(timeout=0.2)
            if child.exitcode is None:
                continue
            del children[index]
            if child.exitcode != 0:
                died += 1
                log.error("worker process %s ended with code %s", child.name, child.exitcode)
                if not plan.drain and not stopping[0]:
                    time.sleep(delay)
                    delay = min(delay * 2, RESTART_DELAY[1])
                    children[index] = _start(context, settings, plan, index)
    return died


def worker_process(settings: Settings, plan: WorkerPlan, name: str) -> None:
    """One worker process: one job at a time, Tesseract on one thread."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    for signum in (signal.SIGTERM, signal.SIGINT):  # not the parent's forwarding (the worker
        signal.signal(signum, signal.SIG_DFL)  # installs its own: finish the job, then stop)
    from intake.pipeline.job_runtime import Runtime
    from intake.pipeline.tasks import CONTEXT_KEY, app, configure_tasks, connector_for

    runtime = Runtime.open(settings)
    if not plan.drain:
        runtime.pipeline()  # campaigns and approved names read before the first job
    with app.replace_connector(connector_for(settings)):
        configure_tasks(runtime.queue, periodic=not plan.drain)
        app.run_worker(
            name=name,
            concurrency=1,
            wait=not plan.drain,
            update_heartbeat_interval=runtime.queue.heartbeat_seconds,
            stalled_worker_timeout=runtime.queue.stalled_after_seconds,
            additional_context={CONTEXT_KEY: runtime},
            install_signal_handlers=True,
        )
    runtime.close()
    runtime.db.dispose()


def warm_up(settings: Settings, *, only_if_waiting: bool) -> None:
    """Build the extraction tables here, before the worker processes are forked (a drain with
    no message to extract skips it: it takes seconds)."""
    from intake.pipeline.job_runtime import Runtime, unfinished_messages

    runtime = Runtime.open(settings)
    if not only_if_waiting or unfinished_messages(runtime.db):
        runtime.pipeline()
    runtime.db.dispose()


def sweep_before_drain(settings: Settings) -> dict[str, int]:
    """One sweep first, so a drain also takes stalled jobs and every message left without one."""
    from intake.pipeline.job_runtime import Runtime
    from intake.pipeline.tasks import app, connector_for, sweep_once

    runtime = Runtime.open(settings)

    async def run() -> dict[str, int]:
        async with app.open_async():
            return await sweep_once(runtime, requeue_after=timedelta(0))

    try:
        with app.replace_connector(connector_for(settings)):
            return asyncio.run(run())
    finally:
        runtime.db.dispose()
