"""The extraction pool hands a freed worker its next message before the caller writes."""

from __future__ import annotations

from collections.abc import Iterator

from intake.pipeline.extraction_jobs import UNFINISHED, Budget, Job, run_jobs


def _double(message_pk: int, raw: bytes) -> bytes:
    return raw * 2


def _failed(message_pk: int, reason: str) -> bytes:
    return reason.encode()


def test_the_next_job_is_taken_before_a_result_is_handed_back() -> None:
    events: list[str] = []

    def jobs() -> Iterator[Job]:
        for pk in (1, 2, 3):
            events.append(f"take {pk}")
            yield Job(pk, str(pk).encode())

    for pk, result in run_jobs(jobs(), _double, _failed, Budget(seconds=60), workers=1):
        events.append(f"write {pk} {result.decode()}")
    assert events == ["take 1", "take 2", "write 1 11", "take 3", "write 2 22", "write 3 33"]


def test_every_job_comes_back_once_with_two_workers() -> None:
    jobs = (Job(pk, str(pk).encode()) for pk in range(1, 8))
    results = dict(run_jobs(jobs, _double, _failed, Budget(seconds=60), workers=2))
    assert results == {pk: str(pk).encode() * 2 for pk in range(1, 8)}


def _slow(message_pk: int, raw: bytes) -> bytes:
    import time

    time.sleep(30)
    return raw


def test_the_job_taken_ahead_comes_back_unfinished_when_the_time_is_up() -> None:
    import time

    stop_at = time.monotonic() + 1.0
    # like the claims of a run: none taken once its time is up
    jobs = (Job(pk, b"x") for pk in (1, 2, 3) if time.monotonic() < stop_at)
    results = list(run_jobs(jobs, _slow, _failed, Budget(seconds=60), workers=1, stop_at=stop_at))
    assert sorted(results) == [(1, UNFINISHED), (2, UNFINISHED)]


def test_a_queue_fed_one_job_at_a_time_is_not_read_ahead() -> None:
    """A job worker puts the next message only after it has the last result: reading ahead
    from such a queue would wait for ever (it did, in every `intake worker`)."""
    import queue
    import threading

    waiting: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
    results = run_jobs(
        iter(waiting.get, None), _double, _failed, Budget(seconds=60), workers=1, read_ahead=False
    )
    got: list[tuple[int, bytes]] = []

    def feed() -> None:
        for pk in (1, 2):
            waiting.put(Job(pk, str(pk).encode()))
            got.append(next(results))
        waiting.put(None)

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "the pool waited for a job the caller had not put yet"
    assert got == [(1, b"11"), (2, b"22")]


def _slow_after_first(message_pk: int, raw: bytes) -> bytes:
    import time

    if message_pk > 1:
        time.sleep(30)
    return raw * 2


def test_a_result_held_by_the_caller_gets_a_tick_while_the_others_run() -> None:
    """With `wake_every`, the caller hears of the time passing while no result comes, so a
    result it holds is written then, not when the next result arrives."""
    from intake.pipeline.extraction_jobs import TICK

    jobs = (Job(pk, str(pk).encode()) for pk in (1, 2))
    results = run_jobs(
        jobs, _slow_after_first, _failed, Budget(seconds=60), workers=2, wake_every=0.2
    )
    assert next(results) == (1, b"11")
    assert next(results) == (0, TICK)  # job 2 still runs
    results.close()


def test_asked_to_stop_the_pool_keeps_what_finished_and_gives_back_the_rest() -> None:
    from intake.pipeline.extraction_jobs import TICK

    stop: list[bool] = []
    jobs = (Job(pk, str(pk).encode()) for pk in (1, 2, 3, 4))
    results = run_jobs(
        jobs,
        _slow_after_first,
        _failed,
        Budget(seconds=60),
        workers=2,
        stopping=lambda: bool(stop),
        wake_every=0.2,
    )
    got = [next(results)]
    stop.append(True)  # as a signal handler would
    got.extend(result for result in results if result[1] != TICK)
    assert got[0] == (1, b"11")
    assert sorted(got[1:]) == [(2, UNFINISHED), (3, UNFINISHED)]  # 3 was in hand, 4 never taken
