"""Every registered language fills every word table: adding a language is one file."""

from __future__ import annotations

import re

import pytest

from parsers.fields.languages import (
    MAY_BE_EMPTY,
    REGISTERED,
    TABLES,
    alternation,
    language,
    month_table,
    weekday_table,
    words,
)


@pytest.mark.parametrize("code", REGISTERED)
@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_language_fills_every_table(code: str, name: str) -> None:
    tables = language(code)
    if name in MAY_BE_EMPTY and not hasattr(tables, name):
        return  # a table that may be empty may be left out
    assert hasattr(tables, name), f"{code}.py has no table {name} ({TABLES[name]})"
    entries = getattr(tables, name)
    assert isinstance(entries, tuple)
    if name not in MAY_BE_EMPTY:
        assert entries, f"{code}.{name} is empty ({TABLES[name]})"


@pytest.mark.parametrize("code", REGISTERED)
def test_every_entry_is_a_pattern(code: str) -> None:
    for name in TABLES:
        for entry in getattr(language(code), name, ()):
            for piece in entry if isinstance(entry, tuple) else (entry,):
                re.compile(piece)


@pytest.mark.parametrize("code", REGISTERED)
def test_calendar_tables_have_twelve_months_and_seven_days(code: str) -> None:
    assert len(language(code).MONTHS) == 12
    assert len(language(code).WEEKDAYS) == 7


@pytest.mark.parametrize(
    ("spelled", "month"), [("janvier", 1), ("März", 3), ("agosto", 8), ("dic", 12)]
)
def test_month_names_of_every_language(spelled: str, month: int) -> None:
    assert month_table()[spelled.lower()] == month


def test_weekdays_count_from_monday() -> None:
    assert weekday_table()["lunedì"] == 0 and weekday_table()["sonntag"] == 6


def test_words_of_an_unregistered_language_are_none() -> None:
    assert words("PASSED", ("sv",)) == ()
    assert words("PASSED", ("sv", "de")) == words("PASSED", ("de",))


def test_an_unregistered_language_has_no_module() -> None:
    with pytest.raises(KeyError):
        language("xx")


def test_alternation_matches_whole_words_across_line_breaks() -> None:
    pattern = alternation(("ordine del giorno", "vote"))
    assert pattern.search("un ordine del\ngiorno") is not None
    assert pattern.search("voters") is None


def test_a_table_that_may_be_empty_may_be_left_out() -> None:
    assert "ORG_GENITIVES" in MAY_BE_EMPTY and not hasattr(language("en"), "ORG_GENITIVES")
    assert words("ORG_GENITIVES", ("en",)) == ()
    assert ("vereins", "Verein") in words("ORG_GENITIVES", ("de",))


@pytest.mark.parametrize("code", REGISTERED)
def test_a_language_module_holds_only_registered_tables(code: str) -> None:
    held = {name for name in vars(language(code)) if name.isupper()}
    assert held <= set(TABLES), f"{code}.py has tables TABLES does not list: {held - set(TABLES)}"
    assert set(TABLES) >= MAY_BE_EMPTY
