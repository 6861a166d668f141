"""Field finders do work in proportion to their input: a long text with no full stop and
thousands of dates is not one sentence scored once per date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers.fields import datecues, dates
from parsers.fields.context import build_view
from parsers.fields.datetext import find_dates

SENT = datetime(2024, 3, 18, 10, tzinfo=UTC)


def _view(text: str):  # type: ignore[no-untyped-def]
    return build_view("Resolution", SENT, "a@example.org", [(text, "body")], ("en",))


def test_thousands_of_dates_without_a_full_stop_are_scored_a_bounded_number_of_times() -> None:
    text = "14 March 2024, " * 8000  # 120 KB, one "sentence"
    view = _view(text)
    scored = dates.candidate_dates(view.sources[1], SENT)
    assert len(scored) == dates.MAX_DATE_MENTIONS
    found = dates.find_meeting_date(view)
    assert found is not None and found.value == "2024-03-14"
    assert found.confidence < 0.8  # nothing says a meeting was held


@pytest.mark.parametrize("at", [0, 60_000, 119_985])
def test_a_dates_sentence_window_is_bounded_however_long_the_sentence(at: int) -> None:
    text = "14 March 2024, " * 8000
    start, end = datecues.date_sentence(text, at, at + 13)
    assert start <= at and end >= at + 13
    assert end - start <= 2 * datecues.SENTENCE_REACH + 13


def test_overlapping_date_expressions_are_resolved_for_every_mention() -> None:
    # a range and the single dates inside it: the range wins, the rest are each kept once
    text = "Conference 4-6 May 2024; " + "on 14 March 2024 and " * 3000
    found = find_dates(text)
    assert found[0].kind == "range" and found[0].readings == ("2024-05-04/2024-05-06",)
    assert len(found) == 3001
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
