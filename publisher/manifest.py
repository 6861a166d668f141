"""What the last build contained, and what changes in the next one: the plan of a publish.

Each build carries `.manifest.json`: per resolution a hash of its public data and a hash of
everything its pages were rendered from, when its data last changed, and the tombstones of
resolutions withdrawn recently. The next publish compares against it to know what was added,
updated or withdrawn, and which pages it may reuse untouched.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from publisher.records import PublicResolution
from publisher.swap import manifest_document

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class ItemState:
    data_hash: str
    render_key: str
    changed_at: str  # ISO time its public data last changed: the feed entry's `updated`
    first_published_at: str
    source: str = ""  # the store's key for the row it was made from: unchanged, reuse the record


@dataclass(frozen=True)
class Manifest:
    items: Mapping[int, ItemState] = field(default_factory=dict)
    withdrawn: Mapping[int, str] = field(default_factory=dict)  # id -> ISO time withdrawn
    outputs: tuple[str, ...] = ()
    files: tuple[str, ...] = ()  # every file the build holds, relative: what pruning may delete

    def sources(self) -> dict[int, str]:
        """The store's key of each item's row, where one was given."""
        return {k: v.source for k, v in self.items.items() if v.source}

    def to_json(self) -> str:
        document = {
            "manifest_version": MANIFEST_VERSION,
            "outputs": list(self.outputs),
            "items": {str(k): v.__dict__ for k, v in sorted(self.items.items())},
            "withdrawn": {str(k): v for k, v in sorted(self.withdrawn.items())},
            "files": list(self.files),
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")) + "\n"  # C encoder


@dataclass(frozen=True)
class Plan:
    """What a publish changes, compared with the live build."""

    added: tuple[int, ...]
    updated: tuple[int, ...]
    withdrawn: tuple[int, ...]
    unchanged: tuple[int, ...]
    manifest: Manifest  # the manifest the new build will carry

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.withdrawn)

    def without(self, failed: Collection[int]) -> Plan:
        """The plan less items that failed to render: they are not in the build."""
        if not failed:
            return self

        def keep(ids: tuple[int, ...]) -> tuple[int, ...]:
            return tuple(i for i in ids if i not in failed)

        items = {k: v for k, v in self.manifest.items.items() if k not in failed}
        manifest = replace(self.manifest, items=items)
        return Plan(
            keep(self.added), keep(self.updated), self.withdrawn, keep(self.unchanged), manifest
        )

    def summary(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "updated": list(self.updated),
            "withdrawn": list(self.withdrawn),
            "unchanged": len(self.unchanged),
        }


def read_manifest(build: Path | None) -> Manifest:
    """The manifest of a build; an empty one when there is none or it cannot be read."""
    document = manifest_document(build) if build is not None else None
    if document is None:
        return Manifest()
    made = _MANIFESTS.get(id(document))
    if made is None or made[0] is not document:
        if len(_MANIFESTS) >= 4:
            _MANIFESTS.clear()
        made = _MANIFESTS[id(document)] = (document, _manifest(document))
    return made[1]


def render_keys(build: Path) -> dict[int, str]:
    """Each item's render key in a build's manifest (all a recycled build is asked for)."""
    document = manifest_document(build)
    try:
        items = document["items"] if document is not None else {}
        return {int(k): str(v["render_key"]) for k, v in items.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


_MANIFESTS: dict[int, tuple[dict[str, Any], Manifest]] = {}  # by the decoded document's id


def _manifest(document: dict[str, Any]) -> Manifest:
    try:
        items = {int(k): _item_state(v) for k, v in document["items"].items()}
        withdrawn = {int(k): str(v) for k, v in document["withdrawn"].items()}
        outputs, files = tuple(document.get("outputs", ())), tuple(document.get("files", ()))
        return Manifest(items, withdrawn, outputs, files)
    except (ValueError, KeyError, TypeError, AttributeError):
        return Manifest()  # a foreign manifest: everything is rendered afresh


_STATE_FIELDS = frozenset(ItemState.__dataclass_fields__)


def _item_state(values: dict[str, str]) -> ItemState:
    """ItemState(**values), checked the same way, made without the frozen __init__'s cost."""
    if values.keys() != _STATE_FIELDS:
        return ItemState(**values)  # a TypeError names what is missing or foreign
    state = object.__new__(ItemState)
    state.__dict__.update(values)
    return state


def data_hash(record: PublicResolution) -> str:
    text = json.dumps(record.as_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def plan(
    records: Sequence[PublicResolution],
    previous: Manifest,
    *,
    render_salt: str,
    now: datetime,
    outputs: Sequence[str],
    tombstone_days: int,
    sources: Mapping[int, str] | None = None,
) -> Plan:
    """Compare the records with the previous manifest; build the manifest of the next build."""
    stamp = now.isoformat()
    sources = sources or {}
    items: dict[int, ItemState] = {}
    added, updated, unchanged = [], [], []
    for record in records:
        before = previous.items.get(record.id)
        source = sources.get(record.id, "")
        # the same row as last time (the caller took its record from the build): same data
        same_row = before is not None and bool(source) and before.source == source
        digest = before.data_hash if same_row and before else data_hash(record)
        key = hashlib.sha256(f"{digest}:{render_salt}".encode()).hexdigest()[:20]
        if before is None:
            added.append(record.id)
            first = record.published_at or stamp
            items[record.id] = ItemState(digest, key, stamp, first, sources.get(record.id, ""))
        elif before.data_hash != digest:
            updated.append(record.id)
            items[record.id] = ItemState(
                digest, key, stamp, before.first_published_at, sources.get(record.id, "")
            )
        else:
            unchanged.append(record.id)
            items[record.id] = ItemState(
                digest,
                key,
                before.changed_at,
                before.first_published_at,
                sources.get(record.id, ""),
            )
    gone = sorted(set(previous.items) - set(items))
    horizon = (now - timedelta(days=tombstone_days)).isoformat()
    withdrawn = {k: v for k, v in previous.withdrawn.items() if k not in items and v >= horizon} | {
        k: stamp for k in gone
    }
    manifest = Manifest(items, withdrawn, tuple(outputs))
    return Plan(tuple(added), tuple(updated), tuple(gone), tuple(unchanged), manifest)
