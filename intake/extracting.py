"""`intake extract`: the pure pipeline on files, without the database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from intake.errors import ConfigError
from intake.pipeline.process import extract_config
from intake.settings import Settings
from parsers.extract import extract_message


def message_files(path: Path) -> list[Path]:
    """An .eml file itself; a Maildir's messages; else every .eml below a folder."""
    if path.is_file():
        return [path]
    if (path / "cur").is_dir() and (path / "new").is_dir():
        return sorted(p for sub in ("new", "cur") for p in (path / sub).iterdir() if p.is_file())
    return sorted(path.rglob("*.eml"))


def extract_paths(
    settings: Settings, paths: tuple[Path, ...], *, campaign_name: str | None = None
) -> Iterator[dict[str, Any]]:
    config = extract_config(settings)
    if campaign_name is not None:
        chosen = tuple(c for c in config.campaigns if c.name == campaign_name)
        if not chosen:
            names = ", ".join(c.name for c in config.campaigns)
            raise ConfigError(f"no campaign named {campaign_name!r}: configured are {names}")
        config = replace(config, campaigns=chosen)
    for path in paths:
        for file in message_files(path):
            result = extract_message(file.read_bytes(), config)
            message_id = result.message.message_id if result.message else None
            yield {"source": str(file), "message_id": message_id} | result.extraction.to_json()


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
