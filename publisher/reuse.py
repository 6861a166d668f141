"""What a publish may take from the live build instead of making it again.

The public records of rows the store has not changed since (their `source` key in the manifest
is the same) are read back from the live build's resolutions.json, so the caller need not read
and scrub every row; the social posts of resolutions whose pages are reused come from its
social.json. An unchanged page is kept from the build the new one was made from (the oldest,
which the prune would delete), else hard-linked from the live build.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from pathlib import Path

from publisher import swap
from publisher.collector import no_cycles_made
from publisher.fragments import json_items
from publisher.manifest import ItemState, Manifest, read_manifest
from publisher.records import PublicResolution


def previous_records(out_dir: Path) -> dict[int, tuple[str, PublicResolution]]:
    """Per resolution id in the live build: the store's key it was made from, and its record.

    Empty when there is no live build, no resolutions.json in it, or it cannot be read.
    """
    live = swap.current_build(out_dir.absolute())
    if live is None:
        return {}
    with no_cycles_made():  # the manifest, the pieces, the records: no cycle among them
        manifest = read_manifest(live)
        pieces = json_items(live / "resolutions.json", "resolutions")
        wanted = [i for i in pieces if (old := manifest.items.get(i)) is not None and old.source]
        return _records(manifest, pieces, wanted)


def _records(
    manifest: Manifest, pieces: Mapping[int, bytes], wanted: list[int]
) -> dict[int, tuple[str, PublicResolution]]:
    try:  # one decode of them all: a call per piece costs more than the decoding
        entries = json.loads(b"[" + b",".join(pieces[i] for i in wanted) + b"]")
    except ValueError:
        return {}
    if not isinstance(entries, list) or len(entries) != len(wanted):
        return {}  # not one item a line: a file this publisher did not write, made whole
    found: dict[int, tuple[str, PublicResolution]] = {}
    for item_id, entry in zip(wanted, entries, strict=True):
        try:
            found[item_id] = (manifest.items[item_id].source, PublicResolution.from_dict(entry))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return found


class ItemFiles:
    """Where a build's unchanged item files come from, without a stat or a link per file
    where it can: kept as they are in a recycled build, else hard-linked from the live one."""

    def __init__(
        self,
        folder: Path,
        live: Path | None,
        live_items: Mapping[int, ItemState],
        recycled: Mapping[int, str] | None = None,
    ) -> None:
        self.folder, self.live, self.live_items = folder, live, live_items
        self.recycled = recycled  # render keys of the build `folder` was before; None: a new one
        self._listings: dict[tuple[str, str], frozenset[str]] = {}
        if recycled is not None:
            for sub in ("", "resolutions", "social"):  # read before anything is written
                self._listing(str(folder), sub)

    def take(self, record_id: int, name: str, key: str) -> bool:
        """Whether the file `name` of this item, made with render key `key`, is now in the
        build (kept or linked): only when the live build made it from the same key."""
        before = self.live_items.get(record_id)
        if self.live is None or before is None or before.render_key != key:
            return False
        sub, _, leaf = name.rpartition("/")
        if leaf not in self._listing(str(self.live), sub):
            return False  # gone, or a link planted in the live build: never followed
        if self._kept(record_id, sub, leaf, key):
            return True
        source, target = os.path.join(self.live, name), os.path.join(self.folder, name)
        self.clear(name)
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError:
            shutil.copy2(source, target)
        return True

    def in_place(self, keys: Mapping[int, str], patterns: Sequence[str]) -> frozenset[int]:
        """The items (id: render key now) whose files, named by `patterns` ("social/%d.txt"),
        `take` would keep as they are in the recycled build: made from that key there and in
        the live build, and in both folders. One set operation per folder, no call per file."""
        if self.live is None or self.recycled is None:
            return frozenset()
        before, recycled = self.live_items, self.recycled
        ids = [
            i
            for i, key in keys.items()
            if recycled.get(i) == key and getattr(before.get(i), "render_key", None) == key
        ]
        for pattern in patterns:
            sub, _, leaf = pattern.rpartition("/")
            both = self._listing(str(self.folder), sub) & self._listing(str(self.live), sub)
            ids = [i for i in ids if leaf % i in both]
        return frozenset(ids)

    def in_live(self, name: str) -> bool:
        """Whether the live build holds the regular file `name` (a link there is not followed)."""
        sub, leaf = os.path.split(name)
        return self.live is not None and leaf in self._listing(str(self.live), sub)

    def clear(self, name: str) -> None:
        """Before a file is written into a recycled build: its old file may be a hard link
        shared with the live build, never to be written through."""
        if self.recycled is not None:
            with suppress(FileNotFoundError):
                os.unlink(os.path.join(self.folder, name))

    def leftovers(self, written: Iterable[str]) -> list[str]:
        """The recycled build's old files that this build did not keep or write again."""
        if self.recycled is None:
            return []
        old = {
            f"{sub}/{leaf}" if sub else leaf
            for (root, sub), names in self._listings.items()
            if root == str(self.folder)
            for leaf in names
        }
        return sorted(old - set(written) - {swap.MANIFEST, swap.MARKER})

    def _kept(self, record_id: int, sub: str, leaf: str, key: str) -> bool:
        before = self.recycled.get(record_id) if self.recycled is not None else None
        return before == key and leaf in self._listing(str(self.folder), sub)

    def _listing(self, root: str, sub: str) -> frozenset[str]:
        """The regular files of one folder, read once (a directory read, not a stat a file)."""
        found = self._listings.get((root, sub))  # the caller's hot path: one lookup
        if found is None:
            try:
                with os.scandir(os.path.join(root, sub)) as entries:
                    found = frozenset(e.name for e in entries if e.is_file(follow_symlinks=False))
            except OSError:
                found = frozenset()
            self._listings[(root, sub)] = found
        return found
