"""Writes approved resolutions as JSON and Markdown, replacing the output folder atomically."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from publisher.records import PublicResolution

FORMATS = ("json", "markdown")
SCHEMA_VERSION = 1


class ExportFormatError(ValueError):
    """An export format we do not write."""


def export(
    records: Sequence[PublicResolution], out_dir: Path, formats: Sequence[str]
) -> list[Path]:
    """Render `records` into `out_dir`; a reader sees the old folder or the new, never a mix."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ExportFormatError(f"unknown format {', '.join(unknown)}: use {', '.join(FORMATS)}")
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    written: list[Path] = []
    if "json" in formats:
        written.append(_write_json(records, staging))
    if "markdown" in formats:
        written.extend(_write_markdown(records, staging))
    _swap_in(staging, out_dir)
    return [out_dir / path.relative_to(staging) for path in written]


def _write_json(records: Sequence[PublicResolution], folder: Path) -> Path:
    path = folder / "resolutions.json"
    document = {
        "schema_version": SCHEMA_VERSION,
        "count": len(records),
        "resolutions": [record.as_dict() for record in records],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _write_markdown(records: Sequence[PublicResolution], folder: Path) -> list[Path]:
    pages = folder / "resolutions"
    pages.mkdir()
    paths = []
    for record in records:
        path = pages / f"{record.id}.md"
        path.write_text(render_markdown(record), encoding="utf-8")
        paths.append(path)
    return paths


def render_markdown(record: PublicResolution) -> str:
    who = record.organisation or "a meeting"
    where = f", {record.place}" if record.place else ""
    when = f", {record.meeting_date}" if record.meeting_date else ""
    front = {
        "id": record.id,
        "organisation": record.organisation,
        "place": record.place,
        "meeting_date": record.meeting_date,
        "country_code": record.country_code,
    }
    lines = ["---"] + [f"{key}: {json.dumps(value)}" for key, value in front.items()] + ["---", ""]
    lines += [f"# Resolution passed by {who}{where}{when}", "", record.text.strip(), ""]
    return "\n".join(lines)


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by staging with renames, so the swap is atomic for readers of out_dir."""
    os.chmod(staging, 0o755)
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
    os.rmdir(old)
    os.rename(out_dir, old)
    os.rename(staging, out_dir)
    shutil.rmtree(old, ignore_errors=True)
