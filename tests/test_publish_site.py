"""The publisher on a fixed set of records: golden files, updates, retraction, the atomic swap."""

from __future__ import annotations

import dataclasses
import json
import os
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from publisher.parallel import forked
from publisher.records import PublicResolution, organisation_type
from publisher.scrub import scrub_personal_data
from publisher.site import SiteConfig, publish_site
from publisher.social import social_post
from publisher.templates import environment
from tests.publish_records import CONFIG, NOW, RECORDS, record

GOLDEN = Path(__file__).resolve().parent.parent / "fixtures" / "publish" / "golden"
REGENERATE = os.environ.get("INTAKE_REGENERATE_GOLDEN") == "1"


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_every_output_matches_its_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "public"
    publish_site(RECORDS, out, CONFIG, now=NOW)
    produced = _files(out)
    if REGENERATE:
        for name, text in produced.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, encoding="utf-8")
    expected = _files(GOLDEN)
    assert sorted(produced) == sorted(expected), "set INTAKE_REGENERATE_GOLDEN=1 after a change"
    for name, text in expected.items():
        assert produced[name] == text, f"{name} differs from fixtures/publish/golden/{name}"


def test_publishing_again_changes_nothing_and_renders_nothing(tmp_path: Path) -> None:
    out = tmp_path / "public"
    publish_site(RECORDS, out, CONFIG, now=NOW)
    before = _files(out)
    report = publish_site(RECORDS, out, CONFIG, now=NOW + timedelta(hours=1))
    assert not report.plan.changed and report.rendered == 0
    after = _files(out)
    assert {k: v for k, v in after.items() if k != "resolutions.json"} == {
        k: v for k, v in before.items() if k != "resolutions.json"
    }  # only generated_at moves


def test_a_correction_updates_the_feed_entry_instead_of_adding_one(tmp_path: Path) -> None:
    out = tmp_path / "public"
    publish_site(RECORDS, out, CONFIG, now=NOW)
    corrected = [record(1, place="Salford", updated_at="2024-04-03T10:00:00+00:00")]
    later = NOW + timedelta(days=1)
    report = publish_site(corrected + list(RECORDS[1:]), out, CONFIG, now=later)
    assert report.plan.updated == (1,) and report.rendered == 1
    feed = (out / "feed.atom").read_text()
    entry_id = "<id>tag:campaign.example.org,2024:resolution/1</id>"
    assert feed.count(entry_id) == 1
    entry = feed[feed.index(entry_id) :].split("</entry>")[0]
    assert "Salford" in entry and f"<updated>{later.isoformat()}</updated>" in entry
    assert "Salford" in (out / "resolutions" / "1.html").read_text()


def test_a_withdrawn_resolution_disappears_from_every_output(tmp_path: Path) -> None:
    out = tmp_path / "public"
    publish_site(RECORDS, out, CONFIG, now=NOW)
    later = NOW + timedelta(hours=2)
    report = publish_site(RECORDS[1:], out, CONFIG, now=later)
    assert report.plan.withdrawn == (1,)
    assert not (out / "resolutions" / "1.html").exists()
    assert not (out / "resolutions" / "1.md").exists()
    assert not (out / "social" / "1.txt").exists()
    for name, text in _files(out).items():
        if name in (".manifest.json", "resolutions.schema.json"):
            continue
        assert "Unite North West" not in text, name
        assert "resolutions/1.html" not in text, name
    feed = (out / "feed.atom").read_text()
    assert "<id>tag:campaign.example.org,2024:resolution/1</id>" not in feed
    assert (
        '<at:deleted-entry ref="tag:campaign.example.org,2024:resolution/1" '
        f'when="{later.isoformat()}"/>'
    ) in feed
    data = json.loads((out / "resolutions.json").read_text())
    assert data["withdrawn"] == [{"id": 1, "withdrawn_at": later.isoformat()}]
    # the tombstone goes after tombstone_days; re-approval brings the resolution back
    report = publish_site(RECORDS, out, CONFIG, now=later + timedelta(days=1))
    assert report.plan.added == (1,) and "deleted-entry" not in (out / "feed.atom").read_text()


def test_a_reader_during_publish_sees_the_old_or_the_new_folder_never_a_mix(
    tmp_path: Path,
) -> None:
    """Readers check that index.html and resolutions.json always come from the same build (or,
    inside a build a withdrawal emptied, find a file gone: never one from another build)."""
    out = tmp_path / "public"
    sets = [RECORDS[:2], RECORDS]
    publish_site(sets[0], out, CONFIG, now=NOW)
    stop = threading.Event()
    mixes: list[str] = []
    reads = [0]

    def reader() -> None:
        while not stop.is_set():
            try:
                build = os.path.realpath(out)  # what a web server resolves per request
                count = json.loads(Path(build, "resolutions.json").read_text())["count"]
                index = Path(build, "index.html").read_text()
            except FileNotFoundError as err:
                # A withdrawal empties the previous build of the files that list the withdrawn
                # item, so a reader still inside it may find one gone; never a missing `out`.
                if not Path(out).exists():
                    mixes.append(f"missing: {err.filename}")
                continue
            if f"<strong>{count}</strong>" not in index:
                mixes.append(f"json says {count}, index disagrees")
            reads[0] += 1

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    for round_ in range(30):
        publish_site(sets[round_ % 2], out, CONFIG, now=NOW + timedelta(minutes=round_))
    stop.set()
    for thread in threads:
        thread.join()
    assert reads[0] > 30 and not mixes, mixes[:5]


def test_out_is_a_symlink_swapped_in_one_rename_and_old_builds_are_pruned(tmp_path: Path) -> None:
    out = tmp_path / "public"
    out.mkdir()  # an empty folder is taken over; one with files we did not write is refused
    for minute in range(4):
        publish_site(RECORDS, out, CONFIG, now=NOW + timedelta(minutes=minute))
    assert out.is_symlink()
    builds = [p for p in (tmp_path / ".public.builds").iterdir() if p.is_dir()]
    assert len(builds) == 2  # the live one and the one before, for readers still inside it


def test_dry_run_plans_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "public"
    report = publish_site(RECORDS, out, CONFIG, now=NOW, dry_run=True)
    assert report.plan.added == (1, 2, 3, 4) and not out.exists()


def test_operator_templates_replace_the_defaults(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html.j2").write_text("<h1>{{ record.title }}</h1>{{ body() }}\n")
    config = dataclasses.replace(CONFIG, templates_dir=templates)
    publish_site(RECORDS[:1], tmp_path / "out", config, now=NOW)
    page = (tmp_path / "out" / "resolutions" / "1.html").read_text()
    assert page.startswith("<h1>Resolution passed by Unite North West 522 Branch, Manchester")


@pytest.mark.parametrize("limit", [280, 140, 90])
def test_social_posts_fit_and_keep_the_link(limit: int) -> None:
    long = record(3, organisation="A" * 30 + " very long students' association " + "B" * 60)
    url = "https://campaign.example.org/resolutions/resolutions/3.html"
    text = social_post(
        environment(),
        long,
        url=url,
        hashtags=CONFIG.hashtags,
        campaign_title=CONFIG.campaign_title,
        max_length=limit,
    )
    assert len(text) <= limit and text.endswith(url)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        pytest.param("Unite North West 522 Branch", "trade union", id="union-branch"),
        pytest.param("IYSSE at Humboldt University", "student", id="students"),
        pytest.param("Workers at the Tottenham bus depot", "workplace", id="workplace"),
        pytest.param("Lewisham residents' association", "community", id="community"),
        pytest.param("Anna and friends", "other", id="unknown"),
    ],
)
def test_organisation_type(name: str, kind: str) -> None:
    assert organisation_type(name) == kind


@pytest.mark.parametrize(
    ("text", "public", "expected"),
    [
        pytest.param(
            "We resolve to fight.\n\nIn solidarity,\nJo Bloggs\nSecretary\n+44 7700 900123",
            (),
            "We resolve to fight.",
            id="closing-and-signature",
        ),
        pytest.param(
            "We resolve to fight.\n-- \nJo Bloggs, jo@example.org",
            (),
            "We resolve to fight.",
            id="dash-dash-signature",
        ),
        pytest.param(
            "Passed 14/03/2024 in Leeds. Contact sec@branch.example.org.",
            (),
            "Passed 14/03/2024 in Leeds. Contact [removed].",
            id="address-in-text",
        ),
        pytest.param(
            "We resolve to fight.\n\nIn solidarity,\nLeeds Trades Council\n0113 496 0000",
            ("Leeds Trades Council",),
            "We resolve to fight.\n\nLeeds Trades Council",
            id="editor-marks-a-line-public",
        ),
    ],
)
def test_personal_data_is_removed(text: str, public: tuple[str, ...], expected: str) -> None:
    assert scrub_personal_data(text, public_lines=public) == expected


def test_records_carry_no_sender_field() -> None:
    names = {f.name for f in dataclasses.fields(PublicResolution)}
    assert not names & {"sender", "sender_address", "from", "email", "subject", "message_id"}


def test_base_url_must_be_http(tmp_path: Path) -> None:
    from publisher.site import SiteError

    with pytest.raises(SiteError, match="base_url"):
        publish_site(RECORDS, tmp_path / "o", SiteConfig(base_url="javascript:alert(1)//"))


def test_two_processes_write_what_one_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("publisher.build.FORK_AT", 2)  # a second process for these few
    forks: list[int] = []

    def counted(work):  # type: ignore[no-untyped-def]
        forks.append(1)
        return forked(work)

    monkeypatch.setattr("publisher.build.forked", counted)
    templates = tmp_path / "templates"
    templates.mkdir()
    failing = RECORDS[1].organisation
    (templates / "social.txt.j2").write_text(
        f'{{{{ record.nothing if record.organisation == "{failing}" else record.title }}}}\n'
    )
    edited = (dataclasses.replace(RECORDS[0], place="Borgo Lasco"), *RECORDS[2:])
    seen = {}
    for two in (False, True):
        config = dataclasses.replace(CONFIG, templates_dir=templates, processes=1 + two)
        out = tmp_path / f"out-{two}"
        first = publish_site(RECORDS, out, config, now=NOW)
        second = publish_site(edited, out, config, now=NOW + timedelta(hours=1))
        seen[two] = [
            (dict(r.failures), r.rendered, sorted(p.relative_to(out) for p in r.files))
            for r in (first, second)
        ] + [_files(out)]
    assert seen[True] == seen[False]
    assert list(seen[True][0][0]) == [RECORDS[1].id]  # named in the report, from either process
    assert seen[True][1][1] == 1  # the edited one; 2 is withdrawn
    # pages, then tables, in the first publish; the second makes one item: no second process
    assert forks == [1, 1]


def test_languages_read_by_two_processes_are_those_read_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake.publishing import with_languages

    records = [dataclasses.replace(r, language=None) for r in RECORDS] * 3
    one = with_languages(records)
    monkeypatch.setattr("intake.publishing.FORK_AT", 2)
    assert with_languages(records) == one
    assert [r.language for r in one[:3]] == ["en", "en", "de"]
