"""`intake extract`: the pure pipeline on files, without the database.

Messages are read in a pool of worker processes (the one `intake poll --jobs` uses, each
message under the same time and memory budget) and printed in the order they were given.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from intake.errors import ConfigError
from intake.pipeline.extraction import (
    default_jobs,
    extract_config,
    extract_safely,
    failed_result,
    warm_up,
)
from intake.pipeline.extraction_jobs import Budget, Job, run_jobs
from intake.settings import Settings
from parsers.extract import ExtractConfig, MessageResult, extract_message


def message_files(path: Path) -> list[Path]:
    """An .eml file itself; a Maildir's messages; else every .eml below a folder."""
    if path.is_file():
        return [path]
    if (path / "cur").is_dir() and (path / "new").is_dir():
        return sorted(p for sub in ("new", "cur") for p in (path / sub).iterdir() if p.is_file())
    return sorted(path.rglob("*.eml"))


def extract_paths(
    settings: Settings,
    paths: tuple[Path, ...],
    *,
    campaign_name: str | None = None,
    jobs: int | None = None,
) -> Iterator[dict[str, Any]]:
    """What extraction makes of each message file, in the order of `paths`.

    `jobs` worker processes (None: `jobs` in the settings; 0: one per core); with one, or one
    file, the messages are read in this process.
    """

    config = extract_config(settings)
    if campaign_name is not None:
        chosen = tuple(c for c in config.campaigns if c.name == campaign_name)
        if not chosen:
            names = ", ".join(c.name for c in config.campaigns)
            raise ConfigError(f"no campaign named {campaign_name!r}: configured are {names}")
        config = replace(config, campaigns=chosen)
    files = [file for path in paths for file in message_files(path)]
    workers = min(default_jobs(settings.jobs if jobs is None else jobs), len(files))
    if workers <= 1:
        for file in files:
            yield {"source": str(file)} | _as_json(extract_message(file.read_bytes(), config))
        return
    warm_up(config)  # before the fork: the workers share what it loads
    budget = Budget(settings.message_seconds, settings.message_memory_mb * 1024 * 1024)
    pending = (Job(index, file.read_bytes()) for index, file in enumerate(files))
    extract = partial(_extract_json, config=config)
    done: dict[int, dict[str, Any]] = {}
    following = 0
    for index, result in run_jobs(pending, extract, _failed_json, budget, workers=workers):
        done[index] = result
        while following in done:  # in input order: hold those that finished early
            yield {"source": str(files[following])} | done.pop(following)
            following += 1


def _extract_json(index: int, raw: bytes, config: ExtractConfig) -> dict[str, Any]:
    """In a worker: the message's result as JSON-ready data (small to send back)."""
    return _as_json(extract_safely(index, raw, config))


def _failed_json(index: int, reason: str) -> dict[str, Any]:
    return _as_json(failed_result(index, reason))


def _as_json(result: MessageResult) -> dict[str, Any]:
    message_id = result.message.message_id if result.message else None
    return {"message_id": message_id} | result.extraction.to_json()


def format_result(result: dict[str, Any]) -> str:
    """A few readable lines per message."""
    lines = [
        f"{result['source']}: {result['kind']}"
        + (f" ({result['outcome']})" if result["kind"] == "resolution" else "")
        + (f" - {result['reason']}" if result["reason"] else "")
    ]
    for key in ("organisation", "meeting_date", "place"):
        field = result.get(key)
        if field:
            lines.append(f"  {key}: {field['value']} (confidence {field['confidence']:.2f})")
    return "\n".join(lines)
