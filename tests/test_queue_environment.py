"""Every [queue] setting can come from an INTAKE_QUEUE_<KEY> variable, checked as if from the
file, and `intake config check` shows the [queue] values a worker would use."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.errors import ConfigError, ExitCode
from intake.pipeline.job_queue import QUEUE_KEYS, QueueSettings, queue_settings
from intake.settings import load_settings
from tests.test_cli import env, run

__all__ = ["env"]  # fixture

ENVIRONMENT = {
    "backend": ("inline", "inline"),
    "poll_schedule": ("*/2 * * * *", "*/2 * * * *"),
    "sweep_schedule": ("*/3 * * * *", "*/3 * * * *"),
    "publish_schedule": ("0 * * * *", "0 * * * *"),
    "heartbeat_seconds": ("2.5", 2.5),
    "stalled_after_seconds": ("12", 12.0),
    "requeue_after_minutes": ("0.5", 0.5),
    "keep_jobs_hours": ("6", 6),
    "extract_retries": ("9", 9),
}


def test_every_queue_setting_has_its_environment_variable() -> None:
    assert set(ENVIRONMENT) == QUEUE_KEYS


@pytest.mark.parametrize("key", sorted(ENVIRONMENT))
def test_an_environment_variable_overrides_the_files_queue_setting(
    key: str, tmp_path: Path
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('[queue]\npoll_schedule = "0 0 * * *"\nextract_retries = 1\n')
    text, value = ENVIRONMENT[key]
    settings = load_settings(config, environ={f"INTAKE_QUEUE_{key.upper()}": text})
    queue = queue_settings(settings)
    assert getattr(queue, key) == value
    unchanged = QueueSettings(poll_schedule="0 0 * * *", extract_retries=1)
    others = {k for k in QUEUE_KEYS if k != key}
    assert {k: getattr(queue, k) for k in others} == {k: getattr(unchanged, k) for k in others}


def test_a_wrong_value_from_the_environment_is_a_configuration_error(tmp_path: Path) -> None:
    settings = load_settings(None, environ={"INTAKE_QUEUE_EXTRACT_RETRIES": "many"})
    with pytest.raises(ConfigError, match=r"\[queue\] extract_retries: 'many' is not a int"):
        queue_settings(settings)


def test_config_check_shows_the_queue_section_as_a_worker_reads_it(  # type: ignore[no-untyped-def]
    tmp_path: Path, env: dict[str, str], capsys
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(
        f'database_url = "sqlite:///{tmp_path}/i.sqlite"\n[queue]\nkeep_jobs_hours = 5\n'
    )
    variables = env | {"INTAKE_QUEUE_HEARTBEAT_SECONDS": "3"}
    code, out, _err = run(["--config", str(config), "config", "check"], variables, capsys)
    assert code == 0
    assert (
        "queue: backend 'inline', poll_schedule '*/5 * * * *', sweep_schedule '* * * * *', "
        "publish_schedule '', heartbeat_seconds 3.0, stalled_after_seconds 30.0, "
        "requeue_after_minutes 5.0, keep_jobs_hours 5, extract_retries 5\n"
    ) in out
    variables["INTAKE_QUEUE_BACKEND"] = "procrastinate"
    code, out, _err = run(["--config", str(config), "config", "check"], variables, capsys)
    assert code == ExitCode.CONFIG
    assert 'queue: PROBLEM: [queue] backend = "procrastinate" needs PostgreSQL' in out
