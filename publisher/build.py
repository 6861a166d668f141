"""Writes one build folder: every output of a publish, item pages kept or linked when unchanged.

With two processes (`SiteConfig.processes`, `[publish] processes`) and much to make, the items'
pages and the aggregate files are written by this process and a forked copy of it side by side
(publisher.parallel). Unchanged items' pages, posts and pieces of the data files are kept from
the live build (publisher.reuse, publisher.fragments), not made again.
"""

from __future__ import annotations

import dataclasses
import heapq
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment
from markupsafe import Markup

from publisher import chart, data, fragments, swap, worldmap
from publisher.feed import FeedEntry, FeedInfo, atom_feed
from publisher.html import text_to_html
from publisher.manifest import ItemState, Plan
from publisher.parallel import forked
from publisher.records import PublicResolution
from publisher.reuse import ItemFiles
from publisher.social import social_post
from publisher.swap import MANIFEST

if TYPE_CHECKING:
    from publisher.site import SiteConfig

Post = dict[str, Any] | bytes  # a post for social.json, or one encoded before
_ITEM_FOLDERS = frozenset({"resolutions", "social"})
FORK_AT = 1000  # resolutions: fewer are written faster than a second process starts


# an item's files, by the output that makes each: its pages and its post
_ITEM_FILES: tuple[tuple[str, str], ...] = (
    ("html", "resolutions/%d.html"),
    ("markdown", "resolutions/%d.md"),
    ("social", "social/%d.txt"),
)


def item_files(record_id: int) -> tuple[str, ...]:
    """The files of one resolution in a build (its pages and its post)."""
    return tuple(pattern % record_id for _, pattern in _ITEM_FILES)


class Build:
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
        recycled: Mapping[int, str] | None = None,
    ) -> None:
        self.folder, self.live, self.env, self.config = folder, live, env, config
        self.plan, self.now = the_plan, now
        self.files: list[str] = []  # written so far, relative to the build folder
        self._folders: set[str] = set()
        self._same_keys: set[int] | None = None  # items whose render key the live build has
        self._whole: frozenset[int] = frozenset()  # items kept whole from the recycled build
        self._folders_made = False  # both item folders made: a reused file needs no check
        self.items = ItemFiles(folder, live, live_items, recycled)
        self.rendered = 0
        self.failures: dict[int, str] = {}
        self.previous_posts: dict[int, bytes] = {}  # the live build's, encoded, by id

    def url(self, record_id: int) -> str:
        """The page's address: absolute with a base_url, else relative to the folder."""
        return f"{self.config.base_url}resolutions/{record_id}.html"

    def absolute_url(self, record_id: int) -> str:
        """The page's absolute address, or "" when base_url is not set (no useless links)."""
        return self.url(record_id) if self.config.base_url else ""

    def write_all(self, records: list[PublicResolution]) -> None:
        posts = self._write_items(records)
        records = [r for r in records if r.id not in self.failures]
        self.plan = self.plan.without(self.failures)
        urls = {r.id: self.url(r.id) for r in records}  # data files: relative is usable there
        tables_written = self._aside(records, lambda: self._tables(records, urls))
        try:
            self._documents(records, urls, [posts[r.id] for r in records if r.id in posts])
        finally:
            tables_written()
        swap.remove_files(self.folder, self.items.leftovers(self.files))
        written = tuple(sorted(self.files))
        self._write(MANIFEST, dataclasses.replace(self.plan.manifest, files=written).to_json())

    def _two_processes(self, records: list[PublicResolution]) -> bool:
        """Whether a second process pays: enough items to make afresh (not kept from the live
        build), more than one core, and `[publish] processes` above 1."""
        if self.config.processes < 2 or (os.cpu_count() or 1) < 2 or len(records) < FORK_AT:
            return False
        same = self._same()
        return sum(1 for r in records if r.id not in same) >= FORK_AT

    def _same(self) -> set[int]:
        """The items whose render key is the one the live build has: their pages, posts and
        pieces of the data files are kept, not made."""
        if self._same_keys is None:
            now, before = self.plan.manifest.items, self.items.live_items
            self._same_keys = {
                item_id
                for item_id, state in now.items()
                if (old := before.get(item_id)) is not None and old.render_key == state.render_key
            }
        return self._same_keys

    def _write_items(self, records: list[PublicResolution]) -> dict[int, Post]:
        """Every item's pages and post (half of them by a second process); the posts by id."""
        if "social" in self.config.outputs:
            self.previous_posts = self._checked_posts(records)
        self._whole = self._in_place()
        if not self._two_processes(records):
            return self._item_pages(records)
        start, rendered = len(self.files), self.rendered

        def other_half() -> tuple[list[str], dict[int, str], int, dict[int, Post]]:
            posts = self._item_pages(records[1::2])
            return self.files[start:], self.failures, self.rendered - rendered, posts

        waiting = forked(other_half)
        try:
            posts = self._item_pages(records[0::2])
        finally:
            files, failures, count, theirs = waiting()
        self.files.extend(files)
        self.failures.update(failures)
        self.rendered += count
        return posts | theirs

    def _item_pages(self, records: list[PublicResolution]) -> dict[int, Post]:
        posts: dict[int, Post] = {}
        whole, names = self._whole, self._item_names()
        for record in records:
            if record.id in whole:  # every file of it kept as it is: nothing to make or check
                self.files += [name % record.id for name in names]
                if "social" in self.config.outputs:
                    posts[record.id] = self.previous_posts[record.id]
                continue
            try:
                self._pages(record)
                if "social" in self.config.outputs:
                    posts[record.id] = self._post(record)
            except Exception as err:  # one item's failure, named in the report, never the run's
                self.failures[record.id] = f"{type(err).__name__}: {err}"
                self._forget(record.id)
        return posts

    def _aside(
        self, records: list[PublicResolution], work: Callable[[], None]
    ) -> Callable[[], None]:
        """Do `work` in a second process (or here, now); return what waits for it to end."""
        if not self._two_processes(records):
            work()
            return lambda: None
        start = len(self.files)

        def written() -> list[str]:
            work()
            return self.files[start:]

        waiting = forked(written)
        return lambda: self.files.extend(waiting())

    def _tables(self, records: list[PublicResolution], urls: dict[int, str]) -> None:
        """The CSV, GeoJSON, charts and map."""
        outputs = self.config.outputs
        if "csv" in outputs:
            rows = self._kept("resolutions.csv", lambda p: fragments.csv_rows(p, data.csv_header()))
            self._write("resolutions.csv", data.resolutions_csv(records, urls, rows))
        if "geojson" in outputs:
            features = self._kept("resolutions.geojson", _items_of("features"))
            self._write("resolutions.geojson", data.resolutions_geojson(records, urls, features))
        if "chart" in outputs:
            self._charts(records)
        if "map" in outputs:
            title = "Where resolutions were passed"
            self._write("map.svg", worldmap.map_svg(self.env, title, records))

    def _documents(
        self, records: list[PublicResolution], urls: dict[int, str], posts: list[Post]
    ) -> None:
        """The posts' list, the index, the JSON data and its schema, the feed."""
        outputs = self.config.outputs
        if "social" in outputs:
            self._write("social.json", data.json_document({"posts": posts}))
        if "index" in outputs:
            self._index(records)
        if "json" in outputs:
            withdrawn, stamp = self.plan.manifest.withdrawn, self.now.isoformat()
            kept = self._kept("resolutions.json", _items_of("resolutions"))
            self._write(
                "resolutions.json", data.resolutions_json(records, urls, withdrawn, stamp, kept)
            )
            schema = resources.files("publisher").joinpath("schema/resolutions.schema.json")
            self._write("resolutions.schema.json", schema.read_text(encoding="utf-8"))
        if "atom" in outputs:
            self._feed(records)

    def _pages(self, record: PublicResolution) -> None:
        """Write (or keep) the record's pages."""
        body_cache: list[Markup] = []

        def body() -> Markup:
            if not body_cache:
                body_cache.append(text_to_html(record.text, record.amendments))
            return body_cache[0]

        context: dict[str, Any] | None = None
        rendered = False
        for output, name, template in (
            ("html", f"resolutions/{record.id}.html", "page.html.j2"),
            ("markdown", f"resolutions/{record.id}.md", "page.md.j2"),
        ):
            if output in self.config.outputs and not self._reuse(record.id, name):
                context = context or {
                    "record": record,
                    "body": body,
                    "url": self.absolute_url(record.id),
                    "site_title": self.config.site_title,
                    "site_language": self.config.language,
                    "campaign_title": self.config.campaign_title,
                    "removed": [a for a in record.amendments if a.change == "removed"],
                }
                self._write(name, self.env.get_template(template).render(context))
                rendered = True
        self.rendered += rendered

    def _reuse(self, record_id: int, name: str) -> bool:
        """Keep or hard-link the file made before when nothing it is made of changed."""
        key = self.plan.manifest.items[record_id].render_key
        if not self._folders_made:
            self._folder_of(name)
        if not self.items.take(record_id, name, key):
            return False
        self.files.append(name)
        return True

    def _in_place(self) -> frozenset[int]:
        """The items whose every file is in the recycled build as the live build has it (same
        render key in both, and now) and whose post, if any, is kept: taken whole, unlooked at."""
        if self.items.recycled is None:
            return frozenset()
        same = self._same()
        if "social" in self.config.outputs:
            same = same & self.previous_posts.keys()
        keys = {i: self.plan.manifest.items[i].render_key for i in same}
        return self.items.in_place(keys, self._item_names())

    def _item_names(self) -> list[str]:
        """The patterns of an item's files ("social/%d.txt") under the outputs asked for."""
        return [pattern for output, pattern in _ITEM_FILES if output in self.config.outputs]

    def _checked_posts(self, records: list[PublicResolution]) -> dict[int, bytes]:
        """The live build's posts of unchanged items, if the first of them is made today as it
        was (a post written by another version of the code is never kept); else none."""
        kept = self._kept("social.json", _items_of("posts"))
        first = next((r for r in records if r.id in kept), None)
        try:
            same = first is None or data.encoded(self._post_of(first)) == kept[first.id]
        except Exception:  # that item's failure is named when its post is made
            same = False
        return kept if same else {}

    def _post(self, record: PublicResolution) -> Post:
        """The record's post for social.json: the live build's as it is there (encoded) when
        its file is kept, else made and written afresh."""
        before = self.previous_posts.get(record.id)
        if before is not None and self._reuse(record.id, f"social/{record.id}.txt"):
            return before
        post = self._post_of(record)
        self._write(f"social/{record.id}.txt", str(post["text"]) + "\n")
        return post

    def _post_of(self, record: PublicResolution) -> dict[str, Any]:
        url = self.absolute_url(record.id)
        text = social_post(
            self.env,
            record,
            url=url,
            hashtags=self.config.hashtags,
            campaign_title=self.config.campaign_title,
            max_length=self.config.social_max_length,
        )
        return {"id": record.id, "text": text, "url": url or None}

    def _kept(self, name: str, cut: Callable[[Path], dict[int, bytes]]) -> dict[int, bytes]:
        """The pieces of the live build's file `name` (publisher.fragments) of the items whose
        render key is the one they had there: data, settings and templates all the same."""
        if self.live is None or not self.items.in_live(name):
            return {}
        same, pieces = self._same(), cut(self.live / name)
        return {item_id: piece for item_id, piece in pieces.items() if item_id in same}

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

    def _feed(self, records: list[PublicResolution]) -> None:
        items = self.plan.manifest.items
        count = len(records[: self.config.feed_entries])
        latest = heapq.nlargest(  # the keys are unique: a full sort's first `count`
            count, records, key=lambda r: (items[r.id].changed_at, r.id)
        )
        entries = [
            FeedEntry(
                id=f"{self.config.entry_id_prefix}{r.id}",
                title=r.title,  # the date as the pages write it
                author=r.organisation or "",
                url=self.absolute_url(r.id),
                published=_moment(items[r.id].first_published_at, self.now),
                updated=_moment(items[r.id].changed_at, self.now),
                content_html=str(text_to_html(r.text, r.amendments)),
            )
            for r in latest
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
            self._folders_made = self._folders >= _ITEM_FOLDERS


def _items_of(key: str) -> Callable[[Path], dict[int, bytes]]:
    return lambda path: fragments.json_items(path, key)


def _moment(text: str, fallback: datetime) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return fallback
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _counted(values: Iterable[str]) -> list[tuple[str, int]]:
    counts = Counter(values)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
