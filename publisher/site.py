"""Builds the whole publication folder from plain records, then swaps it in atomically.

One call writes every output into a new build folder (pages reused from the live build when
nothing they are made of changed), and `out` is then pointed at it in one rename.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from publisher import chart, data, swap, worldmap
from publisher.clean import cleaned
from publisher.feed import FeedEntry, FeedInfo, atom_feed
from publisher.html import safe_url, text_to_html
from publisher.manifest import ItemState, Plan, plan, read_manifest
from publisher.records import PublicResolution
from publisher.reuse import ItemFiles, previous_posts
from publisher.social import social_post
from publisher.swap import MANIFEST
from publisher.templates import environment, fingerprint

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

    def check(self) -> None:
        unknown = [o for o in self.outputs if o not in OUTPUTS]
        if unknown:
            raise SiteError(f"unknown output {', '.join(unknown)}: use {', '.join(OUTPUTS)}")
        if self.base_url and (safe_url(self.base_url) is None or not self.base_url.endswith("/")):
            raise SiteError(f"base_url {self.base_url!r} must be an http(s) URL ending in '/'")


@dataclass(frozen=True)
class PublishReport:
    plan: Plan
    out_dir: Path
    build: Path | None  # None for a dry run
    files: list[Path] = field(default_factory=list)
    rendered: int = 0  # resolution pages rendered afresh (the others were reused)
    failures: Mapping[int, str] = field(default_factory=dict)  # id -> why it is not in the build


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
    salt = f"{fingerprint(config.templates_dir)}:{config!r}"
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
    recycled = read_manifest(recyclable).items if recyclable else None
    build = swap.recycle(recyclable, out_dir) if recyclable else swap.new_build(out_dir)
    try:
        writer = _Build(build, live, previous.items, env, config, the_plan, now, recycled)
        writer.write_all(_newest_first(records))
        swap.swap_in(build, out_dir)
        _unlink_withdrawn(out_dir, the_plan.withdrawn)
    except BaseException:
        swap.discard(build)
        raise
    files = [out_dir / name for name in writer.files]
    return PublishReport(writer.plan, out_dir, build, files, writer.rendered, writer.failures)


def item_files(record_id: int) -> tuple[str, ...]:
    """The files of one resolution in a build (its pages and its post)."""
    return (
        f"resolutions/{record_id}.html",
        f"resolutions/{record_id}.md",
        f"social/{record_id}.txt",
    )


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


class _Build:
    """Writes one build folder; remembers what it wrote."""

    def __init__(
        self,
        folder: Path,
        live: Path | None,
        live_items: Mapping[int, ItemState],
        env: Environment,
        config: SiteConfig,
        the_plan: Plan,
        now: datetime,
        recycled: Mapping[int, ItemState] | None = None,
    ) -> None:
        self.folder, self.live, self.env, self.config = folder, live, env, config
        self.plan, self.now = the_plan, now
        self.files: list[str] = []  # written so far, relative to the build folder
        self._folders: set[str] = set()
        self.items = ItemFiles(folder, live, live_items, recycled)
        self.rendered = 0
        self.failures: dict[int, str] = {}
        self.previous_posts = previous_posts(live) if "social" in config.outputs else {}

    def url(self, record_id: int) -> str:
        """The page's address: absolute with a base_url, else relative to the folder."""
        return f"{self.config.base_url}resolutions/{record_id}.html"

    def absolute_url(self, record_id: int) -> str:
        """The page's absolute address, or "" when base_url is not set (no useless links)."""
        return self.url(record_id) if self.config.base_url else ""

    def write_all(self, records: list[PublicResolution]) -> None:
        outputs = self.config.outputs
        bodies, posts = {}, []
        for record in records:
            try:
                bodies[record.id] = self._pages(record, outputs)
                if "social" in outputs:
                    posts.append(self._post(record))
            except Exception as err:  # one item's failure, named in the report, never the run's
                self.failures[record.id] = f"{type(err).__name__}: {err}"
                self._forget(record.id)
        records = [r for r in records if r.id not in self.failures]
        self.plan = self.plan.without(self.failures)
        urls = {r.id: self.url(r.id) for r in records}  # data files: relative is usable there
        if "social" in outputs:
            self._write("social.json", data.json_document({"posts": posts}))
        if "index" in outputs:
            self._index(records)
        if "json" in outputs:
            withdrawn = self.plan.manifest.withdrawn
            self._write(
                "resolutions.json",
                data.resolutions_json(records, urls, withdrawn, self.now.isoformat()),
            )
            schema = resources.files("publisher").joinpath("schema/resolutions.schema.json")
            self._write("resolutions.schema.json", schema.read_text(encoding="utf-8"))
        if "csv" in outputs:
            self._write("resolutions.csv", data.resolutions_csv(records, urls))
        if "geojson" in outputs:
            self._write("resolutions.geojson", data.resolutions_geojson(records, urls))
        if "atom" in outputs:
            self._feed(records, bodies)
        if "chart" in outputs:
            self._charts(records)
        if "map" in outputs:
            title = "Where resolutions were passed"
            self._write("map.svg", worldmap.map_svg(self.env, title, records))
        swap.remove_files(self.folder, self.items.leftovers(self.files))
        written = tuple(sorted(self.files))
        self._write(MANIFEST, dataclasses.replace(self.plan.manifest, files=written).to_json())

    def _pages(self, record: PublicResolution, outputs: Sequence[str]) -> Callable[[], Markup]:
        """Write (or reuse) the record's pages; return how to get its HTML body for the feed."""
        body_cache: list[Markup] = []

        def body() -> Markup:
            if not body_cache:
                body_cache.append(text_to_html(record.text, record.amendments))
            return body_cache[0]

        context = {
            "record": record,
            "body": body,
            "url": self.absolute_url(record.id),
            "site_title": self.config.site_title,
            "site_language": self.config.language,
            "campaign_title": self.config.campaign_title,
            "removed": [a for a in record.amendments if a.change == "removed"],
        }
        rendered = False
        for output, name, template in (
            ("html", f"resolutions/{record.id}.html", "page.html.j2"),
            ("markdown", f"resolutions/{record.id}.md", "page.md.j2"),
        ):
            if output in outputs and not self._reuse(record.id, name):
                self._write(name, self.env.get_template(template).render(context))
                rendered = True
        self.rendered += rendered
        return body

    def _reuse(self, record_id: int, name: str) -> bool:
        """Keep or hard-link the file made before when nothing it is made of changed."""
        key = self.plan.manifest.items[record_id].render_key
        self._folder_of(name)
        if not self.items.take(record_id, name, key):
            return False
        self.files.append(name)
        return True

    def _post(self, record: PublicResolution) -> dict[str, Any]:
        before = self.previous_posts.get(record.id)
        if before is not None and self._reuse(record.id, f"social/{record.id}.txt"):
            return before
        url = self.absolute_url(record.id)
        text = social_post(
            self.env,
            record,
            url=url,
            hashtags=self.config.hashtags,
            campaign_title=self.config.campaign_title,
            max_length=self.config.social_max_length,
        )
        self._write(f"social/{record.id}.txt", text + "\n")
        return {"id": record.id, "text": text, "url": url or None}

    def _forget(self, record_id: int) -> None:
        """Take back what a failed item wrote, so the build holds none of it."""
        for name in item_files(record_id):
            if name in self.files:
                self.files.remove(name)
                (self.folder / name).unlink(missing_ok=True)

    def _index(self, records: list[PublicResolution]) -> None:
        context = {
            "records": records,
            "count": len(records),
            "by_country": _counted(r.country or r.country_code or "unknown" for r in records),
            "by_type": _counted(r.organisation_type for r in records),
            "site_title": self.config.site_title,
            "site_language": self.config.language,
            "campaign_title": self.config.campaign_title,
            "charts": "chart" in self.config.outputs,
            "map": "map" in self.config.outputs,
            "generated_at": self.now.isoformat(),
        }
        self._write("index.html", self.env.get_template("index.html.j2").render(context))
        self._write("index.md", self.env.get_template("index.md.j2").render(context))
        self._write("style.css", self.env.get_template("style.css").render())

    def _feed(
        self, records: list[PublicResolution], bodies: dict[int, Callable[[], Markup]]
    ) -> None:
        items = self.plan.manifest.items
        latest = sorted(records, key=lambda r: (items[r.id].changed_at, r.id), reverse=True)
        entries = [
            FeedEntry(
                id=f"{self.config.entry_id_prefix}{r.id}",
                title=r.title,  # the date as the pages write it
                author=r.organisation or "",
                url=self.absolute_url(r.id),
                published=_moment(items[r.id].first_published_at, self.now),
                updated=_moment(items[r.id].changed_at, self.now),
                content_html=str(bodies[r.id]()),
            )
            for r in latest[: self.config.feed_entries]
        ]
        deleted = {
            f"{self.config.entry_id_prefix}{k}": datetime.fromisoformat(v)
            for k, v in self.plan.manifest.withdrawn.items()
        }
        stamps = [e.updated for e in entries] + list(deleted.values())
        info = FeedInfo(
            id=f"{self.config.entry_id_prefix}feed",
            title=self.config.site_title,
            url=f"{self.config.base_url}index.html" if self.config.base_url else "",
            self_url=f"{self.config.base_url}feed.atom" if self.config.base_url else "",
            updated=max(stamps, default=self.now),
            author=self.config.campaign_title or self.config.site_title,
        )
        self._write("feed.atom", atom_feed(info, entries, deleted))

    def _charts(self, records: list[PublicResolution]) -> None:
        weekly = chart.bar_chart_svg(
            self.env, "Resolutions per week (week beginning)", chart.per_week(records)
        )
        countries = chart.bar_chart_svg(
            self.env, "Resolutions per country", chart.per_country(records)
        )
        self._write("chart-weekly.svg", weekly)
        self._write("chart-countries.svg", countries)

    def _write(self, name: str, content: str | bytes) -> None:
        self._folder_of(name)
        self.items.clear(name)
        data = memoryview(content if isinstance(content, bytes) else content.encode("utf-8"))
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC
        fd = os.open(os.path.join(self.folder, name), flags, 0o666)  # as open(): umask applies
        try:
            while data:  # a raw write may take part of the bytes
                data = data[os.write(fd, data) :]
        finally:
            os.close(fd)
        self.files.append(name)

    def _folder_of(self, name: str) -> None:
        """Make the folder a file goes in, once per build."""
        folder = os.path.dirname(name)
        if folder and folder not in self._folders:
            os.makedirs(os.path.join(self.folder, folder), exist_ok=True)
            self._folders.add(folder)


def _moment(text: str, fallback: datetime) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return fallback
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _counted(values: Iterable[str]) -> list[tuple[str, int]]:
    counts = Counter(values)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
