"""What readers of the site get (issue 11.15): the page's language, the feed's authors, dates
that read the same in the feed and the pages, and a map drawn at publish time, in Chromium."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from lxml import etree

from intake.publishing import to_public, with_languages
from intake.store.models import Resolution
from publisher.site import publish_site
from publisher.worldmap import project
from tests.publish_records import CONFIG, NOW, RECORDS, record
from tests.test_xss_browser import _dump_dom, _live_markup, browser  # noqa: F401 (fixture)

ATOM = "{http://www.w3.org/2005/Atom}"


def _site(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    records = [record(1, language="de"), record(2, language="x onmouseover=1"), *RECORDS[2:]]
    publish_site(records, out, CONFIG, now=NOW)
    return out


@pytest.mark.usefixtures("browser")
def test_each_page_carries_its_resolutions_language(tmp_path: Path) -> None:
    out = _site(tmp_path)
    dom = _dump_dom(out / "resolutions" / "1.html", tmp_path / "profile")
    assert re.search(r'<html lang="de"', dom)
    assert '<html lang="en">' in (out / "resolutions" / "2.html").read_text()  # not a code
    assert '<html lang="en">' in (out / "index.html").read_text()
    assert 'language: "de"' in (out / "resolutions" / "1.md").read_text()


def test_the_language_is_the_stored_one_or_read_from_the_text() -> None:
    german = "Die Versammlung fordert die sofortige Freilassung und verurteilt die Verfolgung."
    read = to_public(Resolution(id=1, text=german, extraction={}, outcome="passed"))
    stored = to_public(Resolution(id=2, text=german, extraction={"language": "fr"}))
    assert read.language is None and stored.language == "fr"  # approval reads no language
    assert [r.language for r in with_languages([read, stored])] == ["de", "fr"]
    known = {1: dataclasses.replace(read, language="it")}  # the same text, read last time
    assert with_languages([read], known)[0].language == "it"
    edited = dataclasses.replace(read, text=read.text + " Einstimmig.")
    assert with_languages([edited], known)[0].language == "de"


def test_the_feed_has_authors_and_the_pages_dates(tmp_path: Path) -> None:
    out = _site(tmp_path)
    feed = etree.fromstring((out / "feed.atom").read_bytes())
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == CONFIG.campaign_title
    entries = {e.findtext(f"{ATOM}id").rsplit("/", 1)[1]: e for e in feed.iter(f"{ATOM}entry")}
    first = entries["1"]
    assert first.findtext(f"{ATOM}author/{ATOM}name") == "Unite North West 522 Branch"
    heading = re.search(r"<h1>(.*?)</h1>", (out / "resolutions" / "1.html").read_text()).group(1)
    assert first.findtext(f"{ATOM}title") == heading
    assert "14\u00a0March\u00a02024" in heading


@pytest.mark.usefixtures("browser")
def test_the_index_shows_a_static_map_of_the_places(tmp_path: Path) -> None:
    out = _site(tmp_path)
    assert (
        '<img src="map.svg" alt="Map of where resolutions were passed'
        in (out / "index.html").read_text()
    )
    dom = _dump_dom(out / "map.svg", tmp_path / "profile")
    assert not _live_markup(dom)  # no script, no handler
    circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', dom)
    placed = {(r.longitude, r.latitude) for r in RECORDS if r.latitude is not None}
    assert len(circles) == len(placed) == 3
    x, y = project(-2.24, 53.48)  # Manchester: in the British Isles, drawn over land
    assert (x, y) in [(float(cx), float(cy)) for cx, cy in circles]
    assert 'fill="#d9d4c7"' in dom and len(re.search(r' d="([^"]+)"', dom).group(1)) > 10_000
    text = (out / "map.svg").read_text()
    assert "<script" not in text and "http" not in text.replace("http://www.w3.org/2000/svg", "")
