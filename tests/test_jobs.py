"""The job queue backend: real PostgreSQL, real `intake worker` processes, a real SIGKILL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.errors import DatabaseError, ExitCode, MailboxError
from intake.pipeline.job_queue import QUEUE_KEYS
from intake.settings import SECTION_KEYS
from intake.store.db import open_database
from intake.store.models import AuditEntry, Message, Resolution
from tests.jobs_support import (
    intake,
    job_counts,
    kill_one_mid_job,
    resolution_mail,
    stalled_jobs,
    start_intake,
    stop,
    wait_until,
    worker_processes,
    write_config,
)
from tests.test_cli import run


def test_the_queue_section_lists_every_setting_the_queue_reads() -> None:
    assert SECTION_KEYS["queue"] == QUEUE_KEYS


def test_the_job_queue_on_sqlite_is_refused_as_a_configuration_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'intake.sqlite'}")
    code, _out, err = run(["--config", str(config), "worker", "--drain"], {}, capsys)
    assert code == ExitCode.CONFIG
    assert '[queue] backend = "procrastinate" needs PostgreSQL' in err


def test_an_unknown_backend_is_a_configuration_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(
        f'database_url = "sqlite:///{tmp_path}/i.sqlite"\n[queue]\nbackend = "redis"\n'
    )
    code, _out, err = run(["--config", str(config), "worker"], {}, capsys)
    assert code == ExitCode.CONFIG
    assert "[queue] backend must be one of inline, procrastinate, not 'redis'" in err


def test_drain_on_the_inline_backend_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(f'database_url = "sqlite:///{tmp_path}/i.sqlite"\n')
    assert run(["--config", str(config), "db", "upgrade"], {}, capsys)[0] == 0
    code, _out, err = run(["--config", str(config), "worker", "--drain"], {}, capsys)
    assert code == ExitCode.USAGE
    assert '--processes and --drain need [queue] backend = "procrastinate"' in err


@pytest.mark.parametrize(
    ("error", "attempts", "retried"),
    [
        pytest.param(DatabaseError("gone"), 0, True, id="database-gone"),
        pytest.param(DatabaseError("gone"), 2, False, id="database-gone-too-often"),
        pytest.param(MailboxError("refused"), 0, False, id="not-transient"),
        pytest.param(ValueError("bug"), 0, False, id="a-bug"),
    ],
)
def test_extraction_jobs_are_retried_for_transient_errors_only(
    error: Exception, attempts: int, retried: bool
) -> None:
    from procrastinate.jobs import Job

    from intake.pipeline.job_queue import QueueSettings
    from intake.pipeline.tasks import configure_tasks, process_message

    configure_tasks(QueueSettings(extract_retries=2), periodic=False)
    job = Job(
        id=1, queue="extract", lock=None, queueing_lock=None, task_name="x", attempts=attempts
    )
    strategy = process_message.retry_strategy
    assert strategy is not None
    assert (strategy.get_retry_decision(exception=error, job=job) is not None) is retried


@pytest.mark.postgres
def test_db_upgrade_applies_the_job_queue_schema(postgres_url: str, tmp_path: Path) -> None:
    config = write_config(tmp_path, postgres_url)
    done = intake(config, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    db = open_database(postgres_url)
    assert job_counts(db) == {}  # the table exists, empty
    db.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_two_workers_one_killed_mid_job_process_each_message_exactly_once(
    postgres_url: str, tmp_path: Path
) -> None:
    mail = resolution_mail(200, tmp_path / "mail")
    config = write_config(tmp_path, postgres_url, f'source = "maildir:{mail}"')
    for step in (["db", "upgrade"], ["poll", "--no-process"]):
        done = intake(config, *step)
        assert done.returncode == 0, done.stderr
    db = open_database(postgres_url)

    workers = start_intake(config, "worker", "--processes", "2", "--drain")
    try:
        wait_until(lambda: len(worker_processes(workers.pid)) == 2, 600, "two worker processes")
        kill_one_mid_job(db, worker_processes(workers.pid), "intake.process_message", 600)
        assert workers.wait(timeout=1200) == ExitCode.PARTIAL  # the other one drained the rest
    finally:
        stop(workers)
    assert job_counts(db).get(("intake.process_message", "doing")) == 1  # killed mid-job

    # The sweep at the start of a drain runs the dead worker's job again once it is stalled.
    wait_until(lambda: stalled_jobs(db) == 1, 300, "the dead worker's heartbeat to age")
    done = intake(config, "worker", "--processes", "1", "--drain")
    assert done.returncode == 0, done.stderr
    assert job_counts(db) == {("intake.process_message", "succeeded"): 200}
    with db.transaction() as session:
        statuses = dict(
            session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
        )
        items = session.scalar(select(func.count(Resolution.id)))
        audit = dict(
            session.execute(
                select(AuditEntry.action, func.count())
                .where(AuditEntry.actor == "intake")
                .group_by(AuditEntry.action)
            ).all()
        )
        per_message = set(
            session.scalars(
                select(func.count(AuditEntry.id))
                .where(AuditEntry.actor == "intake")
                .group_by(AuditEntry.message_pk)
            )
        )
    db.dispose()
    assert statuses == {"processed": 200}
    assert items == 200
    assert audit == {"queued": 200}  # no message was processed twice ("reprocessed")
    assert per_message == {1}


@pytest.mark.postgres
def test_publish_and_acknowledge_run_as_jobs(postgres_url: str, tmp_path: Path) -> None:
    from intake.pipeline.tasks import acknowledge, publish
    from tests.jobs_support import queue_app, settings_of

    config = write_config(tmp_path, postgres_url, '[publish]\nout_dir = "site"\n')
    assert intake(config, "db", "upgrade").returncode == 0
    with queue_app(settings_of(config)):
        publish.defer()
        acknowledge.defer()
    done = intake(config, "worker", "--processes", "1", "--drain")
    assert done.returncode == 0, done.stderr
    db = open_database(postgres_url)
    assert job_counts(db) == {
        ("intake.publish", "succeeded"): 1,
        ("intake.acknowledge", "succeeded"): 1,
    }
    db.dispose()
    assert (tmp_path / "site" / "index.html").exists()


@pytest.mark.postgres
def test_the_sweep_runs_a_stalled_job_again_or_aborts_it_when_its_work_is_queued(
    postgres_url: str, tmp_path: Path
) -> None:
    import asyncio

    from sqlalchemy import text

    from intake.pipeline.job_runtime import Runtime
    from intake.pipeline.tasks import app, connector_for, defer_poll, sweep_once
    from tests.jobs_support import queue_app, settings_of

    config = write_config(tmp_path, postgres_url)
    settings = settings_of(config)
    runtime = Runtime.open(settings)
    runtime.db.upgrade()
    with queue_app(settings):
        assert defer_poll("maildir:/a") and defer_poll("maildir:/b")
    with runtime.db.engine.begin() as connection:  # both taken by a worker that is gone
        connection.execute(text("UPDATE procrastinate_jobs SET status = 'doing'"))
    with queue_app(settings):
        assert defer_poll("maildir:/b")  # /b queued again meanwhile (its job is not waiting)

    async def sweep() -> dict[str, int]:
        async with app.open_async():
            return await sweep_once(runtime)

    with app.replace_connector(connector_for(settings)):
        assert asyncio.run(sweep()) == {"stalled": 2, "requeued": 0}
    with runtime.db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT args->>'mailbox', status::text FROM procrastinate_jobs ORDER BY id")
        ).all()
    runtime.db.dispose()
    assert [tuple(row) for row in rows] == [
        ("maildir:/a", "todo"),  # runs again
        ("maildir:/b", "aborted"),  # the later job does its work
        ("maildir:/b", "todo"),
    ]
