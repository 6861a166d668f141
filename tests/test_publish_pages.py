"""What a reader sees: places, dates, paragraphs of a PDF's text, the index, absolute links."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path

import pytest

from publisher.chart import per_week
from publisher.html import text_to_html, text_to_markdown
from publisher.records import NBSP, readable_date
from publisher.reflow import paragraphs
from publisher.site import publish_site
from tests.publish_records import CONFIG, NOW, RECORDS, record

REFLOW = Path(__file__).resolve().parent.parent / "fixtures" / "publish" / "reflow"


def _publish(tmp_path: Path, records: tuple[object, ...] = RECORDS, **config: object) -> Path:
    out = tmp_path / "public"
    publish_site(records, out, dataclasses.replace(CONFIG, **config), now=NOW)  # type: ignore[arg-type]
    return out


def test_a_place_that_names_its_country_shows_the_country_once(tmp_path: Path) -> None:
    manchester = record(1, place="Manchester, United Kingdom")
    page = (_publish(tmp_path, (manchester,)) / "resolutions" / "1.html").read_text()
    assert "<dd>Manchester, United Kingdom</dd>" in page
    assert page.count("United Kingdom") == 3  # <title>, headline, facts: never "(United Kingdom)"


@pytest.mark.parametrize(
    ("iso", "readable"),
    [
        pytest.param("2024-03-14", "14 March 2024", id="one-day"),
        pytest.param("2024-02-27/2024-02-28", "27 to 28 February 2024", id="same-month"),
        pytest.param("2024-03-30/2024-04-02", "30 March to 2 April 2024", id="across-months"),
        pytest.param("2024-12-31/2025-01-01", "31 December 2024 to 1 January 2025", id="new-year"),
        pytest.param("sometime", "sometime", id="not-a-date"),
    ],
)
def test_readable_date(iso: str, readable: str) -> None:
    assert readable_date(iso, space=" ") == readable


def test_headline_dates_are_readable_and_do_not_break_but_data_keeps_iso(tmp_path: Path) -> None:
    out = _publish(tmp_path)
    page = (out / "resolutions" / "1.html").read_text()
    assert f"Branch, Manchester, 14{NBSP}March{NBSP}2024</h1>" in page
    assert "2024-03-14" not in page
    data = json.loads((out / "resolutions.json").read_text())["resolutions"]
    assert {r["meeting_date"] for r in data} >= {"2024-03-14"}
    assert any(r["title"].endswith(", 2024-03-14") for r in data)
    assert "2024-03-14" in (out / "resolutions.csv").read_text()
    assert (
        "Manchester, 14\u00a0March\u00a02024</title>" in (out / "feed.atom").read_text()
    )  # as the pages


@pytest.mark.parametrize("name", ["pdf-hard-wrapped", "wrapped-mail-with-list"])
def test_hard_wrapped_text_is_reflowed_into_paragraphs(name: str) -> None:
    text = (REFLOW / f"{name}.txt").read_text(encoding="utf-8")
    expected = (REFLOW / f"{name}.expected.txt").read_text(encoding="utf-8")
    assert "\n\n".join("\n".join(p) for p in paragraphs(text)) + "\n" == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("One.\n\nTwo.", [("One.",), ("Two.",)], id="blank-line"),
        pytest.param(
            "This meeting condemns the arrest and imprisonment of WikiLeaks publisher\n"
            "and journalist Julian Assange and of the whistle-blower Chelsea Manning.",
            [
                (
                    "This meeting condemns the arrest and imprisonment of WikiLeaks publisher "
                    "and journalist Julian Assange and of the whistle-blower Chelsea Manning.",
                )
            ],
            id="wrapped-sentence",
        ),
        pytest.param(
            "We demand his immediate release from Belmarsh Prison and that the UK\n"
            "government blocks the extradition.\n"
            "We resolve to fight for Assange and Manning's freedom and to call on others.",
            [
                (
                    "We demand his immediate release from Belmarsh Prison and that the UK "
                    "government blocks the extradition.",
                ),
                ("We resolve to fight for Assange and Manning's freedom and to call on others.",),
            ],
            id="short-sentence-end-then-capital",
        ),
        pytest.param(
            "The meeting of the branch committee condemns the imprisonment of\n"
            "Julian Assange and the persecution of the whistle-blower Chelsea Manning.",
            [
                (
                    "The meeting of the branch committee condemns the imprisonment of "
                    "Julian Assange and the persecution of the whistle-blower Chelsea Manning.",
                )
            ],
            id="capital-after-a-full-line-joins",
        ),
        pytest.param(
            "- write to our MP about the extradition of Julian Assange to the USA\n"
            "- affiliate to the campaign",
            [
                (
                    "- write to our MP about the extradition of Julian Assange to the USA",
                    "- affiliate to the campaign",
                )
            ],
            id="list-items-stay-lines",
        ),
        pytest.param(
            "A paragraph written in a word processor, one line per paragraph, that is longer "
            "than any hard-wrapped line would be.\nThe next paragraph.",
            [
                (
                    "A paragraph written in a word processor, one line per paragraph, that is "
                    "longer than any hard-wrapped line would be.",
                ),
                ("The next paragraph.",),
            ],
            id="unwrapped-lines-are-paragraphs",
        ),
    ],
)
def test_reflow(text: str, expected: list[tuple[str, ...]]) -> None:
    assert paragraphs(text) == expected


def test_a_pdfs_text_becomes_paragraphs_on_the_page_and_in_markdown() -> None:
    text = (REFLOW / "pdf-hard-wrapped.txt").read_text(encoding="utf-8")
    html = str(text_to_html(text))
    assert "<br>" not in html and html.count("<p>") == 6
    assert "imprisonment of WikiLeaks publisher and journalist" in html
    markdown = text_to_markdown(text)
    assert markdown.count("\n\n") == 5 and "WikiLeaks publisher" in markdown
    listed = text_to_markdown((REFLOW / "wrapped-mail-with-list.txt").read_text(encoding="utf-8"))
    assert "blocked;\\\n2\\. send a delegation" in listed


def test_the_published_text_is_the_text_as_approved() -> None:
    letterhead = "National Education Union – Lambeth District"
    text = (REFLOW / "pdf-hard-wrapped.txt").read_text(encoding="utf-8")
    assert f"<p>{letterhead}</p>" in str(text_to_html(text))  # kept: an editor removes it
    assert letterhead not in str(text_to_html(text.split("\n", 1)[1]))


def test_the_index_says_each_thing_once_and_weeks_are_dated(tmp_path: Path) -> None:
    out = _publish(tmp_path)
    index = (out / "index.html").read_text()
    assert 'class="campaign"' not in index  # the campaign is already in the title
    assert "By country" not in index and 'alt="Resolutions per country: United Kingdom 2' in index
    without_charts = _publish(tmp_path / "b", outputs=("html", "index"))
    assert "<h2>By country</h2>" in (without_charts / "index.html").read_text()
    weekly = (out / "chart-weekly.svg").read_text()
    assert ">26 Feb 2024<" in weekly and "-W" not in weekly


def test_weeks_are_labelled_by_their_monday() -> None:
    weeks = per_week([record(1, meeting_date="2024-01-24"), record(2, meeting_date="2024-02-04")])
    assert weeks == [("22 Jan 2024", 1), ("29 Jan 2024", 1)]
    assert date(2024, 1, 22).weekday() == 0


def test_posts_and_feed_links_are_absolute(tmp_path: Path) -> None:
    out = _publish(tmp_path)
    for post in (out / "social").iterdir():
        assert post.read_text().rstrip().endswith(f"{CONFIG.base_url}resolutions/{post.stem}.html")
    hrefs = re.findall(r'<link href="([^"]*)"', (out / "feed.atom").read_text())
    assert hrefs and all(h.startswith(CONFIG.base_url) for h in hrefs)


def test_without_base_url_posts_and_feed_carry_no_links(tmp_path: Path) -> None:
    out = _publish(tmp_path, base_url="")
    posts = json.loads((out / "social.json").read_text())["posts"]
    assert posts and all(p["url"] is None and "html" not in p["text"] for p in posts)
    assert "<link" not in (out / "feed.atom").read_text()
    assert 'rel="canonical"' not in (out / "resolutions" / "1.html").read_text()
