"""The bundled sample inbox (what `make demo` shows) against its expected results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.extracting import extract_paths
from intake.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
INBOX = ROOT / "fixtures" / "sample-inbox"
EXPECTED = json.loads((ROOT / "fixtures" / "sample-inbox.expected.json").read_text())


def _fold(name: str) -> str:
    """Case and apostrophe style do not make another organisation."""
    return name.replace("\u2019", "'").casefold()


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:  # type: ignore[type-arg]
    return {Path(r["source"]).name: r for r in extract_paths(Settings(), (INBOX,))}


def test_every_message_is_read(results: dict[str, dict]) -> None:  # type: ignore[type-arg]
    assert sorted(results) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_kind_and_outcome(name: str, results: dict[str, dict]) -> None:  # type: ignore[type-arg]
    got, want = results[name], EXPECTED[name]
    assert got["kind"] == want["kind"], got["reason"]
    if want["kind"] == "resolution":
        assert got["outcome"] == want["outcome"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fields_are_right_or_marked_unsure(name: str, results: dict[str, dict]) -> None:  # type: ignore[type-arg]
    """A field is right, or absent, or below 0.5 so that editors see it as unsure."""
    got, want = results[name], EXPECTED[name]
    if want["kind"] != "resolution":
        assert got["kind"] == want["kind"], got["reason"]
        return
    checks = {
        "organisation": lambda v: (
            _fold(v["value"])
            in {_fold(s) for s in [want["organisation"]["value"], *want["organisation"]["accept"]]}
            if want["organisation"]
            else False
        ),
        "meeting_date": lambda v: v["value"] == want["meeting_date"],
        "place": lambda v: (
            want["place"] is not None
            and (v["city"], v["country_code"])
            == (want["place"]["city"], want["place"]["country_code"])
        ),
    }
    for key, is_right in checks.items():
        value = got.get(key)
        if value is not None and value["confidence"] >= 0.5:
            assert is_right(value), f"{key}: {value['value']!r} at {value['confidence']}"
