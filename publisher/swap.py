"""Atomic replacement of a published folder: `out` is a symlink to a complete build.

A plain folder cannot be swapped atomically (rename the old away, then the new in, leaves a
moment with neither). A symlink can: the new build is written in full beside the old one, a new
symlink is made under a fresh name, and os.replace() puts it over `out` in one rename(2).
A reader that opened the old build keeps reading it; the previous build is kept for such readers
and older ones are removed.

Only what we made is ever replaced or deleted: `out` must be missing, empty, a folder carrying
our manifest, or our own link into our builds folder; nothing on the way is followed if it is a
link; and a build is pruned file by file, only the files its manifest says we wrote.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import secrets
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KEEP_BUILDS = 2  # the live one and the one before, for readers still inside it
MANIFEST = ".manifest.json"
MARKER = ".intake-build"  # written first into every build: a folder we made
# What a build holds when it has no manifest yet (a publish killed half-way): our names only.
_OUR_NAMES = re.compile(
    r"resolutions/\d+\.(?:html|md)|social/\d+\.txt|index\.(?:html|md)|style\.css|feed\.atom|"
    r"resolutions(?:\.schema)?\.json|resolutions\.(?:csv|geojson)|social\.json|"
    r"(?:chart-weekly|chart-countries|map)\.svg|\.manifest\.json|\.intake-build"
)


class FolderError(ValueError):
    """The output folder, or something beside it, is not ours to replace."""


class FolderBusyError(FolderError):
    """Another publish or export to the same folder holds the lock."""


def builds_folder(out_dir: Path) -> Path:
    """Where the builds of `out_dir` live: a hidden sibling, on the same file system."""
    return out_dir.parent / f".{out_dir.name}.builds"


def is_ours(folder: Path) -> bool:
    """Whether a real folder (not a link) carries the manifest a build of ours writes."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
    except OSError:
        return False
    document = manifest_document(folder)
    return document is not None and "manifest_version" in document


_DOCUMENTS: dict[tuple[str, int, int, int, int], dict[str, Any] | None] = {}


def manifest_document(build: Path) -> dict[str, Any] | None:
    """The decoded manifest of a build, None when it has none or it cannot be read.

    A publish asks for the live build's several times (is it ours, what it holds, which files
    it wrote): each version of the file (its inode, size and time) is decoded once. Read only.
    """
    path = build / MANIFEST
    try:
        found = os.stat(path)
    except OSError:
        return None
    key = (os.fspath(path), found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)
    if key not in _DOCUMENTS:
        try:
            document = json.loads(path.read_bytes())
        except (OSError, ValueError):
            document = None
        if len(_DOCUMENTS) >= 4:  # the live build, the kept one, the new one
            _DOCUMENTS.clear()
        _DOCUMENTS[key] = document if isinstance(document, dict) else None
    return _DOCUMENTS[key]


def current_build(out_dir: Path) -> Path | None:
    """The build `out_dir` points at now (or a plain folder of ours from before symlinks).

    Raises FolderError for anything we did not make: a file, a foreign folder, a link elsewhere.
    """
    mode = _lstat_mode(out_dir)
    if mode is None:
        return None
    if stat.S_ISLNK(mode):
        return _our_link_target(out_dir)
    if not stat.S_ISDIR(mode):
        raise FolderError(f"{out_dir} is a file, not a folder: choose another --out")
    if is_ours(out_dir):
        return out_dir
    if any(out_dir.iterdir()):
        raise FolderError(
            f"{out_dir} exists and was not made by intake (it has no {MANIFEST}): "
            "refusing to replace it; choose a new or empty folder"
        )
    return None  # an empty folder: nothing to lose, replaced by the link


def _our_link_target(out_dir: Path) -> Path:
    target = os.readlink(out_dir)
    builds = builds_folder(out_dir)
    parts = Path(target).parts
    if len(parts) != 2 or parts[0] != builds.name or parts[1] in (".", ".."):
        raise FolderError(
            f"{out_dir} is a link to {target}, which intake did not make: refusing to replace it"
        )
    check_builds_folder(out_dir)
    build = builds / parts[1]
    if not is_ours(build):
        raise FolderError(f"{out_dir} links to {build}, which is not a build of ours")
    return build


def check_builds_folder(out_dir: Path) -> None:
    mode = _lstat_mode(builds_folder(out_dir))
    if mode is not None and not stat.S_ISDIR(mode):
        kind = "a link" if stat.S_ISLNK(mode) else "not a folder"
        raise FolderError(f"{builds_folder(out_dir)} is {kind}: remove it, intake makes its own")


def new_build(out_dir: Path) -> Path:
    """An empty, uniquely named folder for the next build, marked as ours."""
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise FolderError(f"cannot make {parent}: {err.strerror or err}") from err
    current_build(out_dir)  # refuses what is not ours before anything is written
    check_builds_folder(out_dir)
    folder = builds_folder(out_dir)
    with suppress(FileExistsError):
        folder.mkdir(mode=0o755)
    check_builds_folder(out_dir)  # made by someone else between the check and mkdir
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    build = Path(tempfile.mkdtemp(prefix=f"{stamp}-", dir=folder))
    os.chmod(build, 0o755)
    (build / MARKER).write_text("written by intake publish; pruned by it\n", encoding="utf-8")
    return build


def recyclable_build(out_dir: Path) -> Path | None:
    """A kept build that the next prune would delete, holding only files its manifest lists
    (no link, nothing of anyone else's): the next build may be made from it instead."""
    live = current_build(out_dir)
    if live is None or live == out_dir:
        return None
    kept = sorted(kept_builds(out_dir), key=lambda p: p.lstat().st_mtime, reverse=True)
    return kept[0] if kept and _only_listed_files(kept[0]) else None


def recycle(build: Path, out_dir: Path) -> Path:
    """The kept build renamed as the next one, its manifest removed: until the new one is
    written, a failed publish prunes it like a build killed half-way (our names only).

    Renamed first, so a reader still holding the old path finds files gone, never a mix."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = builds_folder(out_dir) / f"{stamp}-{secrets.token_hex(6)}"
    os.rename(build, target)
    (target / MANIFEST).unlink()
    return target


def _only_listed_files(build: Path) -> bool:
    try:
        document = manifest_document(build)
        names = {str(n) for n in document["files"]} | {MANIFEST, MARKER}  # type: ignore[index]
    except (KeyError, TypeError):
        return False  # no manifest (killed half-way), or one from before files were listed
    folders = {n.rpartition("/")[0] for n in names}  # os.path.dirname, without its cost
    for parent in list(folders):
        while parent:
            parent = os.path.dirname(parent)
            folders.add(parent)
    return _holds_only(build, "", names, folders)


def _holds_only(root: Path, folder: str, names: set[str], folders: set[str]) -> bool:
    try:
        with os.scandir(root / folder if folder else root) as entries:
            found = list(entries)
    except OSError:
        return False
    for entry in found:
        name = f"{folder}/{entry.name}" if folder else entry.name
        if entry.is_dir(follow_symlinks=False):
            if name not in folders or not _holds_only(root, name, names, folders):
                return False
        elif not (entry.is_file(follow_symlinks=False) and name in names):
            return False  # a link, or a file we did not write
    return True


def swap_in(build: Path, out_dir: Path) -> None:
    """Point `out_dir` at `build` in one atomic rename, then prune old builds."""
    live = current_build(out_dir)
    if live == out_dir:
        _adopt_plain_folder(out_dir)
    elif live is None and _lstat_mode(out_dir) is not None:
        os.rmdir(out_dir)  # empty (checked just now); rmdir refuses anything else
    link = _fresh_link(os.path.relpath(build, out_dir.parent), out_dir.parent, out_dir.name)
    os.replace(link, out_dir)
    prune_builds(out_dir)


def _fresh_link(target: str, parent: Path, name: str) -> Path:
    """A new symlink under a name nobody holds: never reuses or follows what is there."""
    while True:
        link = parent / f".{name}.link-{secrets.token_hex(6)}"
        try:
            os.symlink(target, link)
            return link
        except FileExistsError:
            continue


def discard(build: Path) -> None:
    remove_build(build)


def prune_builds(out_dir: Path, keep: int = KEEP_BUILDS) -> None:
    """Remove all builds but the live one and the newest others, up to `keep` in all."""
    builds = sorted(kept_builds(out_dir), key=lambda p: p.lstat().st_mtime, reverse=True)
    for build in builds[max(0, keep - 1) :]:
        remove_build(build)


def remove_build(build: Path) -> None:
    """Delete the files we wrote into `build`, never following a link; keep anything else."""
    names = _written_files(build)
    if names is None:
        return  # not a build of ours: leave it alone
    remove_files(build, sorted(names, key=lambda n: n in (MANIFEST, MARKER)))  # marks go last
    with suppress(OSError):
        os.rmdir(build)


def remove_files(build: Path, names: Iterable[str]) -> None:
    """Unlink these files of a build (regular files only, no link followed), then empty folders.

    Each folder is opened once (no link followed on the way) and read once for which of its
    entries are regular files; the files are then unlinked in the order given.
    """
    try:
        root = os.open(build, _FOLDER_FLAGS)
    except OSError:
        return
    opened: dict[str, int | None] = {"": root}
    listed: dict[str, frozenset[str]] = {}
    try:
        for name in names:
            *parts, leaf = name.split("/")
            if any(part in ("", ".", "..") for part in (*parts, leaf)):
                continue
            folder = "/".join(parts)
            at = _open_folder(opened, folder)
            if at is None:
                continue  # missing, or a link: not ours to touch
            if folder not in listed:
                listed[folder] = _regular_files(at)
            if leaf in listed[folder]:
                with suppress(OSError):
                    os.unlink(leaf, dir_fd=at)
        for folder in sorted((f for f in opened if f), key=len, reverse=True):
            with suppress(OSError):
                os.rmdir(folder, dir_fd=root)  # only when empty: a foreign file keeps it
    finally:
        for fd in opened.values():
            if fd is not None:
                os.close(fd)


_FOLDER_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW


def _open_folder(opened: dict[str, int | None], folder: str) -> int | None:
    """A descriptor of build/folder, each part opened without following a link (cached)."""
    if folder not in opened:
        parent, _, leaf = folder.rpartition("/")
        at = _open_folder(opened, parent)
        fd = None
        if at is not None:
            with suppress(OSError):
                fd = os.open(leaf, _FOLDER_FLAGS, dir_fd=at)
        opened[folder] = fd
    return opened[folder]


def _regular_files(folder: int) -> frozenset[str]:
    """The names of the regular files in an open folder (from the directory read, no stat)."""
    try:
        with os.scandir(folder) as entries:
            return frozenset(e.name for e in entries if e.is_file(follow_symlinks=False))
    except OSError:
        return frozenset()


def kept_builds(out_dir: Path) -> list[Path]:
    """The builds beside the live one (real folders of ours only)."""
    live = current_build(out_dir)
    check_builds_folder(out_dir)
    return [
        Path(entry.path)
        for entry in os.scandir(builds_folder(out_dir))
        if entry.is_dir(follow_symlinks=False) and Path(entry.path) != live
    ]


def written_files(build: Path) -> list[str]:
    """The files a build of ours holds that we wrote (none when it is not ours)."""
    return _written_files(build) or []


def _written_files(build: Path) -> list[str] | None:
    """The files the manifest lists, or (killed before it was written) those named as ours."""
    document = manifest_document(build)
    if document is not None and isinstance(document.get("files", []), list):
        return [str(n) for n in document.get("files", [])] + [MANIFEST, MARKER]
    if _lstat_mode(build / MARKER) is None:
        return None
    return [
        str(p.relative_to(build))
        for p in _walk_files(build)
        if _OUR_NAMES.fullmatch(str(p.relative_to(build)))
    ]


def _walk_files(folder: Path) -> Iterator[Path]:
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_files(Path(entry.path))
        elif entry.is_file(follow_symlinks=False):
            yield Path(entry.path)


def _adopt_plain_folder(out_dir: Path) -> None:
    """A folder of ours written by an older version becomes a build, once."""
    folder = builds_folder(out_dir)
    target = Path(tempfile.mkdtemp(prefix="adopted-", dir=folder))
    os.rmdir(target)
    os.rename(out_dir, target)
    os.symlink(os.path.relpath(target, out_dir.parent), out_dir)


def _lstat_mode(path: Path) -> int | None:
    try:
        return os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except NotADirectoryError as err:
        raise FolderError(f"{path.parent} is not a folder") from err


@contextmanager
def publish_lock(out_dir: Path) -> Iterator[None]:
    """One publish or export per output folder at a time (cron runs may overlap).

    The lock file beside `out` is opened without following a link: a planted one is refused.
    """
    out_dir = out_dir.absolute()
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(
            out_dir.parent / f".{out_dir.name}.lock",
            os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC,
            0o644,
        )
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise FolderError(f"the lock file beside {out_dir} is a link: remove it") from err
        raise FolderError(f"cannot use {out_dir.parent}: {err.strerror or err}") from err
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise FolderBusyError(f"another publish to {out_dir} is running") from err
        yield
    finally:
        os.close(fd)
