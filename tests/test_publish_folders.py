"""Publish and export only ever replace or delete what they wrote themselves (issue 11, item 1).

Each case is an operator's folder or a planted link, and the real CLI or the publisher on it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from publisher.site import publish_site
from publisher.swap import FolderError
from tests.publish_records import CONFIG, NOW, RECORDS
from tests.test_cli import run


def _publish(out: Path, minutes: int = 0, records: tuple = RECORDS) -> None:  # type: ignore[type-arg]
    publish_site(records, out, CONFIG, now=NOW + timedelta(minutes=minutes))


def test_a_folder_we_did_not_make_is_refused_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "www" / "campaign"
    out.mkdir(parents=True)
    (out / "donate.html").write_text("keep")
    for minute in range(2):
        with pytest.raises(FolderError, match="not made by intake"):
            _publish(out, minute)
    assert (out / "donate.html").read_text() == "keep" and not out.is_symlink()


def test_an_empty_folder_is_taken_and_a_new_one_made(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _publish(tmp_path / "empty")
    _publish(tmp_path / "new" / "deeper")
    assert (tmp_path / "empty" / "index.html").is_file()
    assert (tmp_path / "new" / "deeper" / "index.html").is_file()


def test_an_existing_file_is_refused_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.write_text("an operator's file")
    with pytest.raises(FolderError, match="is a file"):
        _publish(out)
    assert out.read_text() == "an operator's file"


def test_a_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "hostname").write_text("host\n")
    with pytest.raises(FolderError):
        _publish(tmp_path / "hostname" / "site")


def test_a_link_to_elsewhere_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep")
    (tmp_path / "site").symlink_to(elsewhere)
    with pytest.raises(FolderError, match="link"):
        _publish(tmp_path / "site")
    assert (elsewhere / "precious.txt").read_text() == "keep"


def test_a_planted_builds_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "old-build").mkdir()
    (victim / "old-build" / "index.html").write_text("keep")
    (tmp_path / ".site.builds").symlink_to(victim)
    for minute in range(3):
        with pytest.raises(FolderError, match="link"):
            _publish(tmp_path / "site", minute)
    assert (victim / "old-build" / "index.html").read_text() == "keep"


def test_pruning_deletes_only_what_we_wrote(tmp_path: Path) -> None:
    out = tmp_path / "site"
    _publish(out)
    first = out.resolve()
    (first / "operator-notes.txt").write_text("keep")
    (first / "resolutions" / "extra.html").write_text("keep")
    for minute in range(1, 4):
        _publish(out, minute)
    assert (first / "operator-notes.txt").read_text() == "keep"
    assert (first / "resolutions" / "extra.html").read_text() == "keep"
    assert not (first / "index.html").exists()  # ours: pruned


def test_a_link_inside_an_old_build_is_not_followed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    _publish(out)
    first = out.resolve()
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "1.html").write_text("keep")
    os.rename(first / "resolutions", first / "resolutions.moved")
    (first / "resolutions").symlink_to(victim)
    for minute in range(1, 4):
        _publish(out, minute)
    assert (victim / "1.html").read_text() == "keep"


def test_withdrawn_pages_leave_the_previous_build_too(tmp_path: Path) -> None:
    out = tmp_path / "site"
    _publish(out)
    _publish(out, 1, RECORDS[1:])
    builds = list((tmp_path / ".site.builds").iterdir())
    assert len(builds) == 2  # the live one and the previous, for readers still inside it
    for name in ("resolutions/1.html", "resolutions/1.md", "social/1.txt"):
        assert not [b for b in builds if (b / name).exists()], name
    assert (builds[0] / "resolutions" / "2.html").exists()
    # nor in the previous build's index, data files, feed or posts
    name = RECORDS[0].organisation
    holding = [
        str(path.relative_to(tmp_path))
        for build in builds
        for path in build.rglob("*")
        if path.is_file() and name in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert holding == []


def test_the_oldest_build_becomes_the_next_without_writing_through_the_kept_one(
    tmp_path: Path,
) -> None:
    out = tmp_path / "site"
    first, second, *rest = RECORDS
    moved = replace(first, place="Salford")
    _publish(out)
    oldest = out.resolve()
    _publish(out, 1, (moved, second, *rest))  # 2's pages are hard links to the oldest build's
    kept = out.resolve()
    _publish(out, 2, (moved, replace(second, place="Bootle"), *rest))
    live = out.resolve()
    assert not oldest.exists() and live.parent == kept.parent  # the oldest, renamed and reused
    assert sorted(kept.parent.iterdir()) == sorted([kept, live])
    # 2 was rendered again in the reused build: the kept build's page, the same file once, is not
    assert "Bootle" in (live / "resolutions/2.html").read_text()
    assert "Bootle" not in (kept / "resolutions/2.html").read_text()
    assert "Bootle" not in (kept / "resolutions.json").read_text()
    # 1 changed after the reused build was made: linked from the kept build, not left stale
    page = "resolutions/1.html"
    assert (live / page).stat().st_ino == (kept / page).stat().st_ino
    _publish(out, 3, (moved, *rest))  # 2 withdrawn, from a build reused again
    for build in kept.parent.iterdir():
        assert not (build / "resolutions/2.html").exists() and not (build / "social/2.txt").exists()
    live = out.resolve()
    listed = set(json.loads((live / ".manifest.json").read_text())["files"])
    held = {str(p.relative_to(live)) for p in live.rglob("*") if p.is_file()}
    assert held == listed | {".manifest.json", ".intake-build"}


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str]]:
    env = {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}",
        "INTAKE_CONFIG": "",
        "INTAKE_EDITOR": "ana",
    }
    run(["db", "upgrade"], env, capsys)

    def call(*args: str) -> tuple[int, str]:
        code, _, err = run(list(args), env, capsys)
        return code, err

    return call


Cli = Callable[..., tuple[int, str]]


def test_a_planted_lock_link_is_refused(tmp_path: Path, cli: Cli) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (tmp_path / ".site.lock").symlink_to(victim)
    code, err = cli("publish", "--out", str(tmp_path / "site"))
    assert code == 10 and "link" in err, err
    assert victim.read_text() == "keep"


def test_publish_under_a_file_exits_10(tmp_path: Path, cli: Callable[..., tuple[int, str]]) -> None:
    (tmp_path / "hostname").write_text("host\n")
    code, err = cli("publish", "--out", str(tmp_path / "hostname" / "site"))
    assert code == 10, err


def test_export_into_the_working_folder_is_refused(
    tmp_path: Path, cli: Callable[..., tuple[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "opdir"
    work.mkdir()
    (work / "intake.sqlite").write_text("a database")
    monkeypatch.chdir(work)
    code, err = cli("export", "--format", "json", "--out", ".")
    assert code == 10 and "not made by intake" in err, err
    assert (work / "intake.sqlite").read_text() == "a database"
    assert not list(tmp_path.glob(".*builds"))
