"""Text from e-mail at the render border: control characters, formulas, a bad item (11.2)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from lxml import etree

from publisher.clean import csv_cell, plain_text
from publisher.site import publish_site
from tests.publish_records import CONFIG, NOW, RECORDS, record

CONTROLS = "\x1b[2J\x01\x0b\x00\x7f\x85\ud800\ufffe"


def _poisoned() -> list:  # type: ignore[type-arg]
    bad = record(
        1,
        organisation=f"Unite{CONTROLS} Branch",
        place="Leeds\x0b",
        text=f"We resolve{CONTROLS} to act.\x0cAgain.",
    )
    return [bad, *RECORDS[1:]]


def test_control_characters_do_not_stop_a_publish(tmp_path: Path) -> None:
    out = tmp_path / "site"
    report = publish_site(_poisoned(), out, CONFIG, now=NOW)
    assert not report.failures and report.plan.added == (1, 2, 3, 4)
    feed = etree.fromstring((out / "feed.atom").read_bytes())  # parses: well-formed XML 1.0
    assert feed.tag.endswith("feed")
    for path in out.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="surrogateescape")
            assert not set(text) & (set(CONTROLS) - set("[2J")), path.name
    data = json.loads((out / "resolutions.json").read_text())
    by_id = {r["id"]: r for r in data["resolutions"]}
    assert by_id[1]["organisation"] == "Unite[2J Branch" and by_id[1]["place"] == "Leeds"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param('=HYPERLINK("x")', '\'=HYPERLINK("x")', id="equals"),
        pytest.param(" =1+1", "' =1+1", id="space-then-formula"),
        pytest.param("\x00=1+1", "'=1+1", id="nul-then-formula"),
        pytest.param("-2", "'-2", id="minus"),
        pytest.param("Leeds", "Leeds", id="plain"),
    ],
)
def test_csv_cells_never_run_as_formulas(value: str, expected: str) -> None:
    assert csv_cell(value) == expected


def test_plain_text_keeps_lines_tabs_and_letters() -> None:
    assert plain_text("a\tb\r\nc\u00e9\U0001f600") == "a\tb\nc\u00e9\U0001f600"


def test_csv_output_holds_no_formula(tmp_path: Path) -> None:
    out = tmp_path / "site"
    records = [record(1, organisation="=cmd|'/c calc'!A1", place="\x00+1")]
    publish_site(records, out, CONFIG, now=NOW)
    rows = list(csv.DictReader(io.StringIO((out / "resolutions.csv").read_text())))
    assert rows[0]["organisation"].startswith("'=") and rows[0]["place"] == "'+1"


def test_one_item_that_fails_to_render_is_that_items_failure(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html.j2").write_text(
        "<h1>{{ record.title }}</h1>{{ record.outcome.upper() }}{{ body() }}\n"
    )
    config = dataclasses.replace(CONFIG, templates_dir=templates)
    records = [record(1, outcome=None), *RECORDS[1:]]
    out = tmp_path / "site"
    report = publish_site(records, out, config, now=NOW)
    assert list(report.failures) == [1] and "upper" in report.failures[1]
    assert report.plan.added == (2, 3, 4) and 1 not in report.plan.manifest.items
    assert not (out / "resolutions" / "1.html").exists()
    assert (out / "resolutions" / "2.html").exists()
    assert "Unite North West" not in (out / "index.html").read_text()
    assert 1 not in [
        r["id"] for r in json.loads((out / "resolutions.json").read_text())["resolutions"]
    ]
