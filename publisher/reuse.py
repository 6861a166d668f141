"""What a publish may take from the live build instead of making it again.

The public records of rows the store has not changed since (their `source` key in the manifest
is the same) are read back from the live build's resolutions.json, so the caller need not read
and scrub every row; the social posts of resolutions whose pages are reused come from its
social.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from publisher import swap
from publisher.manifest import read_manifest
from publisher.records import PublicResolution


def previous_records(out_dir: Path) -> dict[int, tuple[str, PublicResolution]]:
    """Per resolution id in the live build: the store's key it was made from, and its record.

    Empty when there is no live build, no resolutions.json in it, or it cannot be read.
    """
    live = swap.current_build(out_dir.absolute())
    if live is None:
        return {}
    manifest = read_manifest(live)
    document = _read_json(live / "resolutions.json")
    found: dict[int, tuple[str, PublicResolution]] = {}
    for entry in document.get("resolutions", []) if isinstance(document, dict) else []:
        state = manifest.items.get(entry.get("id"))
        if state is not None and state.source:
            try:
                found[entry["id"]] = (state.source, PublicResolution.from_dict(entry))
            except (KeyError, TypeError, ValueError):
                continue
    return found


def previous_posts(live: Path | None) -> dict[int, dict[str, Any]]:
    """The live build's social posts by resolution id."""
    if live is None:
        return {}
    document = _read_json(live / "social.json")
    posts = document.get("posts", []) if isinstance(document, dict) else []
    return {post["id"]: post for post in posts if isinstance(post, dict) and "id" in post}


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
