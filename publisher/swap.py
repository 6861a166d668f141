"""Atomic replacement of a published folder: `out` is a symlink to a complete build.

A plain folder cannot be swapped atomically (rename the old away, then the new in, leaves a
moment with neither). A symlink can: the new build is written in full beside the old one, a new
symlink is made under a temporary name, and os.replace() puts it over `out` in one rename(2).
A reader that opened the old build keeps reading it; the previous build is kept for such readers
and older ones are removed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

KEEP_BUILDS = 2  # the live one and the one before, for readers still inside it


def builds_folder(out_dir: Path) -> Path:
    """Where the builds of `out_dir` live: a hidden sibling, on the same file system."""
    return out_dir.parent / f".{out_dir.name}.builds"


def current_build(out_dir: Path) -> Path | None:
    """The build `out_dir` points at now, or a plain folder from before symlinks, or None."""
    if out_dir.is_symlink():
        target = out_dir.parent / os.readlink(out_dir)
        return target if target.is_dir() else None
    return out_dir if out_dir.is_dir() else None


def new_build(out_dir: Path) -> Path:
    """An empty, uniquely named folder for the next build."""
    folder = builds_folder(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    build = Path(tempfile.mkdtemp(prefix=f"{stamp}-", dir=folder))
    os.chmod(build, 0o755)
    return build


def swap_in(build: Path, out_dir: Path) -> None:
    """Point `out_dir` at `build` in one atomic rename, then prune old builds."""
    if out_dir.exists() and not out_dir.is_symlink():
        _adopt_plain_folder(out_dir)
    relative = os.path.relpath(build, out_dir.parent)
    link = out_dir.parent / f".{out_dir.name}.link-{os.getpid()}"
    if link.is_symlink():
        link.unlink()
    os.symlink(relative, link)
    os.replace(link, out_dir)
    prune_builds(out_dir)


def discard(build: Path) -> None:
    shutil.rmtree(build, ignore_errors=True)


def prune_builds(out_dir: Path, keep: int = KEEP_BUILDS) -> None:
    """Remove all builds but the live one and the newest others, up to `keep` in all."""
    live = current_build(out_dir)
    builds = sorted(
        (p for p in builds_folder(out_dir).iterdir() if p.is_dir()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    kept = {live} if live else set()
    for build in builds:
        if build in kept:
            continue
        if len(kept) < keep:
            kept.add(build)
        else:
            shutil.rmtree(build, ignore_errors=True)


def _adopt_plain_folder(out_dir: Path) -> None:
    """A folder written by an older version becomes a build, once (a moment without `out`)."""
    folder = builds_folder(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix="adopted-", dir=folder))
    os.rmdir(target)
    os.rename(out_dir, target)
    os.symlink(os.path.relpath(target, out_dir.parent), out_dir)
