"""`intake export`: a publish restricted to chosen formats, with the same atomic swap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from publisher.records import PublicResolution
from publisher.site import OUTPUTS, SiteConfig, SiteError, publish_site

FORMATS = OUTPUTS  # "json" and "markdown" were the first two; every publish output is a format


class ExportFormatError(SiteError):
    """An export format we do not write."""


def export(
    records: Sequence[PublicResolution],
    out_dir: Path,
    formats: Sequence[str],
    config: SiteConfig | None = None,
) -> list[Path]:
    """Render `records` into `out_dir`; a reader sees the old folder or the new, never a mix."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ExportFormatError(f"unknown format {', '.join(unknown)}: use {', '.join(FORMATS)}")
    site = replace(config or SiteConfig(), outputs=tuple(formats))
    report = publish_site(records, out_dir, site)
    return [path for path in report.files if not path.name.startswith(".")]
