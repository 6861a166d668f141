"""Normalisers and finders never raise on any text, and normalising twice changes nothing."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.fields.classify import find_outcome, other_category
from parsers.fields.datetext import find_dates
from parsers.fields.gazetteer import fold
from parsers.fields.organisation import normalise_organisation

TEXT = st.text(max_size=300)


@given(TEXT)
def test_normalise_organisation_is_idempotent(text: str) -> None:
    once = normalise_organisation(text)
    assert normalise_organisation(once) == once


@given(TEXT)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@settings(max_examples=150)
@given(TEXT, st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
def test_find_dates_never_raises(text: str, base: date) -> None:
    for mention in find_dates(text, base=base):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.readings


@given(TEXT)
def test_outcome_and_category_never_raise(text: str) -> None:
    assert find_outcome(text).outcome in {"passed", "proposed", "defeated", "unknown"}
    assert other_category(text)[0]
