"""A publish after an edit keeps what did not change (pages, pieces of the data files) and
writes exactly what a publish making everything afresh writes; nothing private goes out."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import publisher.data
import publisher.reuse
import publisher.site
from intake.publishing import run_publish
from intake.queue import actions
from intake.settings import Settings
from intake.store.models import Resolution
from publisher.site import publish_site
from tests.mail import message, resolution_message
from tests.publish_records import CONFIG, NOW, RECORDS
from tests.test_publishing import _inbox

PUBLISH = {"publish": {"base_url": "https://campaign.example.org/r/"}}
FIRST = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
LATER = FIRST + timedelta(hours=2)


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _nothing_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page, post and data file made afresh: no record, piece or file from a build."""
    monkeypatch.setattr("publisher.fragments.json_items", lambda path, key: {})
    monkeypatch.setattr("publisher.fragments.csv_rows", lambda path, header: {})
    monkeypatch.setattr("publisher.reuse.ItemFiles.take", lambda self, *args: False)
    monkeypatch.setattr("publisher.reuse.ItemFiles.in_place", lambda self, *args: frozenset())
    monkeypatch.setattr("intake.publishing.previous_records", lambda out: {})


def _count_encoded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the records encoded for resolutions.json from here on, in order."""
    encoded: list[int] = []
    record_json = publisher.data.record_json

    def counted(record, url):  # type: ignore[no-untyped-def]
        encoded.append(record.id)
        return record_json(record, url)

    monkeypatch.setattr("publisher.data.record_json", counted)
    return encoded


def _edited() -> tuple:  # type: ignore[type-arg]
    """One record corrected (its place and date: it moves in the newest-first order), one new,
    one withdrawn."""
    moved = dataclasses.replace(RECORDS[0], place="Lindenfeld", meeting_date="2023-01-05")
    added = dataclasses.replace(RECORDS[2], id=90, organisation="Northbridge Trades Council")
    return (moved, *RECORDS[2:], added)


def test_an_edit_writes_what_a_publish_from_scratch_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept, fresh = tmp_path / "kept", tmp_path / "fresh"
    for out in (kept, fresh):
        publish_site(RECORDS, out, CONFIG, now=NOW)
    assert _tree(kept) == _tree(fresh)
    encoded = _count_encoded(monkeypatch)
    report = publish_site(_edited(), kept, CONFIG, now=NOW + timedelta(hours=1))
    assert report.rendered == 2  # the corrected one and the new one
    # those two and one kept piece, checked against a fresh encoding: not every record
    assert len(encoded) == 3 and {RECORDS[0].id, 90} < set(encoded)
    _publish_afresh(fresh, monkeypatch)
    assert _tree(kept) == _tree(fresh)


def _publish_afresh(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as afresh:
        _nothing_kept(afresh)
        publish_site(_edited(), out, CONFIG, now=NOW + timedelta(hours=1))


def test_pieces_written_by_another_version_are_not_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept, fresh = tmp_path / "kept", tmp_path / "fresh"
    for out in (kept, fresh):
        publish_site(RECORDS, out, CONFIG, now=NOW)
    for name in ("resolutions.json", "resolutions.csv", "resolutions.geojson", "social.json"):
        live = kept / name  # as an older publisher might have written it: cut alike, made apart
        content = live.read_bytes().replace(b"example.org/resolutions/", b"example.org/old/")
        live.unlink()  # the build's file, not a copy: replaced, as a publish never does
        live.write_bytes(content)
    publish_site(_edited(), kept, CONFIG, now=NOW + timedelta(hours=1))
    _publish_afresh(fresh, monkeypatch)
    assert _tree(kept) == _tree(fresh)


def test_a_data_file_not_cut_one_item_a_line_is_made_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two items on one line (a file this publisher did not write) read back nothing, and the
    next publish writes what a publish from scratch writes."""
    kept, fresh = tmp_path / "kept", tmp_path / "fresh"
    for out in (kept, fresh):
        publish_site(RECORDS, out, CONFIG, now=NOW)
    live = kept / "resolutions.json"
    lines = live.read_bytes().split(b"\n")
    first = next(i for i, line in enumerate(lines) if line.startswith(b"  {"))
    joined = [*lines[:first], lines[first] + lines[first + 1], *lines[first + 2 :]]
    live.unlink()
    live.write_bytes(b"\n".join(joined))
    assert publisher.reuse.previous_records(kept) == {}
    publish_site(_edited(), kept, CONFIG, now=NOW + timedelta(hours=1))
    _publish_afresh(fresh, monkeypatch)
    assert _tree(kept) == _tree(fresh)


def _by_organisation(db, ids: list[int]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The review items by the first word of their organisation."""
    with db.transaction() as session:
        items = [session.get(Resolution, i) for i in ids]
        return {(r.organisation or "?").split()[0]: r.id for r in items if r is not None}


def test_publish_then_edit_equals_a_fresh_publish_and_leaks_nothing(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _inbox(
        db,
        tmp_path,
        resolution_message(
            "Northbridge Trades Council", sender="Ada Quill <ada.quill@example.org>"
        ),
        resolution_message("Lindenfeld Bus Depot Workers"),
        resolution_message("Harrowgate Students' Union"),
        resolution_message("Oakmere Residents' Association"),  # never approved
        message(
            "Kestrel Valley Branch passed it. Call me on 07700 900777.", sender="x@example.org"
        ),
    )
    ids = _by_organisation(db, found)
    with db.transaction() as session:
        actions.approve(
            session, [ids["Northbridge"], ids["Lindenfeld"], ids["Harrowgate"]], editor="ana"
        )
    settings = Settings(extra=PUBLISH)
    kept, fresh = tmp_path / "kept", tmp_path / "fresh"
    for out in (kept, fresh):
        run_publish(db, settings, out, actor="cron", now=FIRST)
    assert _tree(kept) == _tree(fresh)
    with db.transaction() as session:  # one corrected, one rejected after publication
        item = session.get(Resolution, ids["Northbridge"])
        assert item is not None
        item.place = "Lindenfeld, Germany"
        item.text = item.text.replace("This meeting", "This branch meeting", 1)
        actions.reject(session, [ids["Harrowgate"]], reason="not-passed", editor="ana")
    edited = run_publish(db, settings, kept, actor="cron", now=LATER)
    assert edited.read == 1 and edited.report.plan.updated == (ids["Northbridge"],)
    with monkeypatch.context() as afresh:
        _nothing_kept(afresh)
        run_publish(db, settings, fresh, actor="cron", now=LATER)
    tree = _tree(kept)
    assert tree == _tree(fresh)
    everything = b"".join(tree.values())
    assert b"This branch meeting" in everything and b"Lindenfeld Bus Depot Workers" in everything
    for private in (b"Oakmere", b"Kestrel", b"900777", b"Ada Quill", b"ada.quill", b"900123"):
        assert private not in everything, private
    builds = b"".join(p.read_bytes() for p in tmp_path.glob(".kept.builds/*/**/*") if p.is_file())
    assert b"Harrowgate" not in everything and b"Harrowgate" not in builds  # withdrawn


@pytest.mark.parametrize("between", ["nothing", "a-file-gone", "an-item-changed"], ids=lambda s: s)
def test_an_edit_made_from_the_oldest_build_writes_what_a_publish_from_scratch_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, between: str
) -> None:
    """The third publish is made from the first build (recycled): the unchanged items' files
    there are kept whole, without a look at each. One gone from it, or one of an item changed
    by the second publish, is linked from the live build; only the changed items' files are
    asked about one by one."""
    kept, fresh = tmp_path / "kept", tmp_path / "fresh"
    publish_site(RECORDS, kept, CONFIG, now=NOW)
    oldest = kept.resolve()
    second = list(RECORDS)
    if between == "an-item-changed":
        second[1] = dataclasses.replace(RECORDS[1], place="Bootle")
    publish_site(second, kept, CONFIG, now=NOW + timedelta(minutes=30))
    if between == "a-file-gone":
        (oldest / "resolutions/3.md").unlink()
    asked: list[int] = []
    take = publisher.reuse.ItemFiles.take

    def counted(self, record_id, name, key):  # type: ignore[no-untyped-def]
        asked.append(record_id)
        return take(self, record_id, name, key)

    monkeypatch.setattr("publisher.reuse.ItemFiles.take", counted)
    third = [r for r in _edited() if r.id != 2] + second[1:2]
    report = publish_site(third, kept, CONFIG, now=NOW + timedelta(hours=1))
    assert kept.resolve().parent == oldest.parent and not oldest.exists()  # renamed, reused
    assert report.rendered == 2
    looked_at = {"nothing": set(), "a-file-gone": {3}, "an-item-changed": {2}}[between]
    assert set(asked) <= {RECORDS[0].id, 90} | looked_at
    publish_site(RECORDS, fresh, CONFIG, now=NOW)
    publish_site(second, fresh, CONFIG, now=NOW + timedelta(minutes=30))
    with monkeypatch.context() as afresh:
        _nothing_kept(afresh)
        publish_site(third, fresh, CONFIG, now=NOW + timedelta(hours=1))
    assert _tree(kept) == _tree(fresh)
    assert (b"Bootle" in _tree(kept)["resolutions/2.html"]) == (between == "an-item-changed")


def test_a_build_of_another_format_version_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change to what the code makes of a record (FORMAT_VERSION) renders every page and
    encodes every line of the data files again, though data, settings and templates are
    the same."""
    out = tmp_path / "public"
    publish_site(RECORDS, out, CONFIG, now=NOW)
    monkeypatch.setattr("publisher.site.FORMAT_VERSION", publisher.site.FORMAT_VERSION + 1)
    encoded = _count_encoded(monkeypatch)
    report = publish_site(RECORDS, out, CONFIG, now=NOW + timedelta(hours=1))
    assert not report.plan.changed and report.rendered == len(RECORDS)
    assert sorted(encoded) == sorted(r.id for r in RECORDS)
