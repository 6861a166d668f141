"""XSS payloads in every field, the pages opened in a real headless browser (Debian's chromium).

Each payload, if it ran, would mark the document (`data-xss`). The pages are loaded twice: as
published (with their Content-Security-Policy) and with that policy removed, so the test proves
the escaping and sanitising themselves, not only the policy. A control page with one payload
left unescaped shows the harness does see a script that runs.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from publisher.records import Amendment, PublicResolution
from publisher.site import publish_site
from tests.publish_records import CONFIG, NOW, RECORDS

MARK = "window.__xss=1;document.documentElement.setAttribute('data-xss','1')"
PAYLOADS = (
    f"<script>{MARK}</script>",
    f'"><img src=x onerror="{MARK}">',
    f'<svg onload="{MARK}"></svg>',
    f"</title><script>{MARK}</script>",
    f"</textarea><script>{MARK}</script>",
    f'<a href="javascript:{MARK}">click</a>',
    f"javascript:{MARK}",
    f'https://example.org/"onmouseover="{MARK}"',
    f'<iframe srcdoc="<script>parent.{MARK}</script>"></iframe>',
    f"]]><script>{MARK}</script><![CDATA[",
    f"<style>@import 'javascript:{MARK}'</style>",
    "{{ self.__init__.__globals__ }}",
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _payload(index: int) -> str:
    return PAYLOADS[index % len(PAYLOADS)]


def _poisoned() -> PublicResolution:
    """Every text field of a record carries a payload; the text carries all of them."""
    record = dataclasses.replace(RECORDS[0], id=1)
    ours = {"approved_at", "updated_at", "published_at"}  # timestamps the store writes
    strings = [
        f.name
        for f in dataclasses.fields(record)
        if f.type in ("str | None", "str") and f.name not in ours
    ]
    values = {name: f"{name} {_payload(i)}" for i, name in enumerate(strings)}
    values["text"] = "\n\n".join(PAYLOADS)
    values["amendments"] = tuple(
        Amendment(change, _payload(i), _payload(i + 1))
        for i, change in enumerate(("added", "removed", "changed"))
    )
    return dataclasses.replace(record, **values)


def _dump_dom(page: Path, profile: Path) -> str:
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--allow-file-access-from-files",
            "--virtual-time-budget=2000",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def browser() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: `make system-packages`", pytrace=False)
        pytest.skip("chromium is not installed (see system-packages.txt)")
    return CHROMIUM


def _without_csp(page: Path) -> Path:
    stripped = page.with_name(page.stem + ".nocsp" + page.suffix)
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text())
    stripped.write_text(text)
    return stripped


class _Elements(HTMLParser):
    """Real elements and attributes of a DOM dump (text that merely looks like markup is not)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "style"):
            self.found.append(f"<{tag}> element")
        for name, value in attrs:
            if name == "data-xss":
                self.found.append("a payload ran (data-xss set)")
            elif name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            elif name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                ("javascript:", "data:")
            ):
                self.found.append(f"{name}={value!r} on <{tag}>")


def _live_markup(dom: str) -> list[str]:
    parser = _Elements()
    parser.feed(dom)
    return parser.found


def test_the_harness_sees_a_script_that_runs(browser: str, tmp_path: Path) -> None:
    control = tmp_path / "control.html"
    control.write_text(f'<!doctype html><p>x</p><img src=x onerror="{MARK}">')
    found = _live_markup(_dump_dom(control, tmp_path / "profile"))
    assert "a payload ran (data-xss set)" in found


def test_no_payload_runs_in_any_published_page(browser: str, tmp_path: Path) -> None:
    out = tmp_path / "public"
    publish_site([_poisoned(), *RECORDS[1:]], out, CONFIG, now=NOW)
    pages = [out / "resolutions" / "1.html", out / "index.html"]
    failures = []
    svgs = [out / "chart-countries.svg", out / "map.svg"]
    for page in pages + [_without_csp(p) for p in pages] + svgs:
        live = _live_markup(_dump_dom(page, tmp_path / "profile"))
        failures += [f"{page.name}: {what}" for what in live]
    assert not failures, failures
    # and the page still says what was sent, escaped
    assert "&lt;script&gt;" in (out / "resolutions" / "1.html").read_text()
