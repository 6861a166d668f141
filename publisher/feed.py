"""The Atom feed (RFC 4287), through feedgen; withdrawn entries as RFC 6721 tombstones.

Entry ids are stable per resolution, so a corrected resolution is the same entry with a newer
`updated`, never a second entry. A resolution withdrawn after publication leaves the feed and
is announced by an `at:deleted-entry` for a while, so readers that kept it can drop it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

TOMBSTONES_NS = "http://purl.org/atompub/tombstones/1.0"


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    url: str  # absolute, or "" for no link
    published: datetime
    updated: datetime
    content_html: str
    author: str = ""  # the organisation that passed it; "" leaves the feed's author


@dataclass(frozen=True)
class FeedInfo:
    id: str
    title: str
    url: str  # the site's index page, absolute, or "" for no link
    self_url: str  # where the feed itself is served
    updated: datetime
    author: str = ""  # RFC 4287: a feed whose entries lack one needs its own


class _Tombstones(BaseExtension):  # type: ignore[misc]
    """Adds <at:deleted-entry ref=... when=...> elements to the feed."""

    def __init__(self) -> None:
        self.deleted: list[tuple[str, datetime]] = []

    def extend_ns(self) -> dict[str, str]:
        return {"at": TOMBSTONES_NS}

    def extend_atom(self, feed: Any) -> Any:
        for ref, when in self.deleted:
            element = etree.SubElement(feed, f"{{{TOMBSTONES_NS}}}deleted-entry")
            element.set("ref", ref)
            element.set("when", when.isoformat())
        return feed


def atom_feed(
    info: FeedInfo, entries: Sequence[FeedEntry], deleted: Mapping[str, datetime]
) -> bytes:
    """The feed document: entries in the given order, then tombstones."""
    generator = FeedGenerator()
    generator.id(info.id)
    generator.title(info.title)
    if info.url:
        generator.link(href=info.url, rel="alternate")
    if info.self_url:
        generator.link(href=info.self_url, rel="self")
    generator.updated(info.updated)
    generator.author(name=info.author or info.title)
    generator.generator("resolution-intake")
    generator.register_extension("tombstones", _Tombstones, None, atom=True, rss=False)
    generator.tombstones.deleted = sorted(deleted.items())
    for item in entries:
        entry = generator.add_entry(order="append")
        entry.id(item.id)
        entry.title(item.title)
        if item.author:
            entry.author(name=item.author)
        if item.url:
            entry.link(href=item.url, rel="alternate")
        entry.published(item.published)
        entry.updated(item.updated)
        entry.content(item.content_html, type="html")
    document: bytes = generator.atom_str(pretty=True)
    return document
