"""Builds the whole publication folder from plain records, then swaps it in atomically.

One call writes every output into a new build folder (pages reused from the live build when
nothing they are made of changed), and `out` is then pointed at it in one rename.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from publisher import swap
from publisher.build import Build, item_files
from publisher.clean import cleaned
from publisher.collector import kept_out_of_full_passes
from publisher.html import safe_url
from publisher.manifest import Plan, plan, read_manifest, render_keys
from publisher.records import PublicResolution
from publisher.templates import environment, fingerprint

# The version of what the publisher's code makes of a record: its pages, its post, its lines in
# the data files. Part of every render key, so a build made by another version keeps nothing
# (no page, post or piece of a data file): bump it with any change to what the same record,
# settings and templates come out as (publisher.html, data, social, clean, records ...).
FORMAT_VERSION = 1

OUTPUTS = (
    "html",
    "markdown",
    "index",
    "json",
    "csv",
    "atom",
    "geojson",
    "chart",
    "map",
    "social",
)


class SiteError(ValueError):
    """A setting or output the publisher cannot work with."""


@dataclass(frozen=True)
class SiteConfig:
    """How the site looks and links; built by intake from the [publish] settings."""

    base_url: str = ""  # absolute URL of the published folder, ending in "/"; "" = not known
    site_title: str = "Resolutions"
    language: str = "en"  # the site's own words (index, headings); a page takes its text's
    campaign_title: str = ""
    hashtags: tuple[str, ...] = ()
    social_max_length: int = 280
    feed_entries: int = 100
    tombstone_days: int = 30
    entry_id_prefix: str = "urn:x-resolution-intake:resolution:"  # never change once published
    templates_dir: Path | None = None
    outputs: tuple[str, ...] = OUTPUTS
    # 2: write with a second process (on a machine with more than one core, when there is much
    # to make); what is written is the same either way, so it is no part of what pages are made
    # from (not in the repr)
    processes: int = field(default=2, repr=False, compare=False)

    def check(self) -> None:
        unknown = [o for o in self.outputs if o not in OUTPUTS]
        if unknown:
            raise SiteError(f"unknown output {', '.join(unknown)}: use {', '.join(OUTPUTS)}")
        if self.processes not in (1, 2):
            raise SiteError(f"processes = {self.processes}: use 1 or 2")
        if self.base_url and (safe_url(self.base_url) is None or not self.base_url.endswith("/")):
            raise SiteError(f"base_url {self.base_url!r} must be an http(s) URL ending in '/'")


@dataclass(frozen=True)
class PublishReport:
    plan: Plan
    out_dir: Path
    build: Path | None  # None for a dry run
    names: Sequence[str] = ()  # the files written, relative to out_dir
    rendered: int = 0  # resolution pages rendered afresh (the others were reused)
    failures: Mapping[int, str] = field(default_factory=dict)  # id -> why it is not in the build

    @property
    def files(self) -> list[Path]:
        """The files written (made when asked: 30,000 paths cost a third of a second)."""
        return [self.out_dir / name for name in self.names]


def publish_site(
    records: Sequence[PublicResolution],
    out_dir: Path,
    config: SiteConfig,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    sources: Mapping[int, str] | None = None,
) -> PublishReport:
    """Render every record into a new build and swap it in; a dry run only plans.

    `sources` are the store's keys of the rows the records were made from (see
    publisher.reuse): kept in the manifest, so the next publish can reuse unchanged records.
    """
    config.check()
    with kept_out_of_full_passes():  # the records and all the caller holds
        return _published(records, out_dir, config, now, dry_run=dry_run, sources=sources)


def _published(
    records: Sequence[PublicResolution],
    out_dir: Path,
    config: SiteConfig,
    now: datetime | None,
    *,
    dry_run: bool,
    sources: Mapping[int, str] | None,
) -> PublishReport:
    config = cleaned(config)
    now = now or datetime.now(UTC).replace(microsecond=0)
    out_dir = out_dir.absolute()
    live = swap.current_build(out_dir)
    previous = read_manifest(live)
    known, given = previous.sources(), sources or {}
    # the render border (publisher.clean); a record read back from the build is clean already
    records = [
        r if given.get(r.id) and known.get(r.id) == given.get(r.id) else cleaned(r) for r in records
    ]
    env = environment(config.templates_dir)
    salt = f"{FORMAT_VERSION}:{fingerprint(config.templates_dir)}:{config!r}"
    the_plan = plan(
        records,
        previous,
        render_salt=salt,
        now=now,
        outputs=config.outputs,
        tombstone_days=config.tombstone_days,
        sources=sources,
    )
    if dry_run:
        return PublishReport(the_plan, out_dir, None)
    recyclable = swap.recyclable_build(out_dir)
    recycled = render_keys(recyclable) if recyclable else None
    build = swap.recycle(recyclable, out_dir) if recyclable else swap.new_build(out_dir)
    try:
        writer = Build(build, live, previous.items, env, config, the_plan, now, recycled)
        writer.write_all(_newest_first(records))
        swap.swap_in(build, out_dir)
        _unlink_withdrawn(out_dir, the_plan.withdrawn)
    except BaseException:
        swap.discard(build)
        raise
    names = tuple(writer.files)
    return PublishReport(writer.plan, out_dir, build, names, writer.rendered, writer.failures)


def _unlink_withdrawn(out_dir: Path, withdrawn: Sequence[int]) -> None:
    """A withdrawn item must not stay reachable in the build kept beside the live one: its own
    files go, and so do that build's aggregate files (index, data, feed, posts), which list it.
    A reader still inside the old build keeps the other items' pages; privacy comes first."""
    if not withdrawn:
        return
    names = [name for record_id in withdrawn for name in item_files(record_id)]
    for build in swap.kept_builds(out_dir):
        aggregates = [name for name in swap.written_files(build) if not _item_file(name)]
        swap.remove_files(build, names + aggregates)


_ITEM_FILE = re.compile(r"(?:resolutions/\d+\.(?:html|md)|social/\d+\.txt)")


def _item_file(name: str) -> bool:
    """One resolution's own file, or a mark the pruning reads (manifest, marker)."""
    return bool(_ITEM_FILE.fullmatch(name)) or name in (swap.MANIFEST, swap.MARKER)


def _newest_first(records: Sequence[PublicResolution]) -> list[PublicResolution]:
    return sorted(records, key=lambda r: (r.sort_date, r.id), reverse=True)
