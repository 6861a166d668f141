"""Normalising what an editor types: the same readings as extraction, with reasons when refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.fields.normalise import normalise_date, normalise_organisation_name


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param("14 March 2024", "2024-03-14", id="en-long"),
        pytest.param("2024-03-14", "2024-03-14", id="iso"),
        pytest.param("12.04.2024", "2024-04-12", id="dotted-dmy"),
        pytest.param("3 mai 2024", "2024-05-03", id="fr"),
        pytest.param("12. April 2024", "2024-04-12", id="de"),
        pytest.param("22 to 25 October 2022", "2022-10-22/2022-10-25", id="range"),
        pytest.param("25/12/2023", "2023-12-25", id="dmy-unambiguous"),
    ],
)
def test_dates_editors_type(text: str, iso: str) -> None:
    assert normalise_date(text) == iso


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("31/02/2020", "is not a date of the calendar", id="impossible"),
        pytest.param("03/04/2024", "is ambiguous (2024-04-03 or 2024-03-04)", id="ambiguous"),
        pytest.param("last week", "is not a date this tool can read", id="vague"),
        pytest.param("", "empty date", id="empty"),
    ],
)
def test_dates_refused_with_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        normalise_date(text)


def test_organisation_names() -> None:
    assert normalise_organisation_name("  the Unite North West 522 Branch. ") == (
        "Unite North West 522 Branch"
    )
    with pytest.raises(ValueError, match="generic"):
        normalise_organisation_name("this meeting")


@given(st.text(max_size=60))
def test_date_normaliser_raises_only_value_error(text: str) -> None:
    try:
        value = normalise_date(text)
    except ValueError:
        return
    assert normalise_date(value) == value  # idempotent
