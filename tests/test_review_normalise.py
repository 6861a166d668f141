"""Editors' input read the way extraction reads mail: named cases, refusals with reasons."""

from __future__ import annotations

import pytest

from intake.errors import ValidationError
from intake.review import normalise


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        pytest.param("2024-03-14", "2024-03-14", id="iso"),
        pytest.param("14 March 2024", "2024-03-14", id="words"),
        pytest.param("14/03/2024", "2024-03-14", id="dmy-unambiguous"),
        pytest.param("2024-03-01/2024-03-02", "2024-03-01/2024-03-02", id="range"),
    ],
)
def test_dates_are_normalised(written: str, iso: str) -> None:
    assert normalise.meeting_date(written) == iso


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        pytest.param(
            "31/02/2020", "date '31/02/2020' refused: February 2020 has no day 31", id="no-such-day"
        ),
        pytest.param(
            "2021-02-29",
            "date '2021-02-29' refused: February 2021 has no day 29",
            id="not-a-leap-year",
        ),
        pytest.param(
            "13/13/2020", "date '13/13/2020' refused: there is no month 13", id="no-such-month"
        ),
        pytest.param(
            "03/04/2024",
            "date '03/04/2024' refused: day and month could be either way round "
            "(write it as 2024-03-14)",
            id="ambiguous",
        ),
        pytest.param(
            "soon",
            "date 'soon' refused: not a date with day, month and year "
            "(write it as 2024-03-14 or 14 March 2024)",
            id="words",
        ),
    ],
)
def test_unreadable_dates_are_refused_with_the_reason(written: str, reason: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise.meeting_date(written)
    assert str(err.value) == reason


def test_places_come_from_the_gazetteer_or_stay_as_written() -> None:
    found = normalise.place("sheffield")
    assert (found.place, found.country_code) == ("Sheffield, United Kingdom", "GB")
    small = normalise.place("Little Snoring", country="United Kingdom")
    assert (small.place, small.country_code, small.latitude) == (
        "Little Snoring, United Kingdom",
        "GB",
        None,
    )
    with pytest.raises(ValidationError, match="unknown country 'Atlantis'"):
        normalise.place("Paris", country="Atlantis")


def test_organisations_are_tidied_like_extraction_does() -> None:
    assert normalise.organisation("  the Unite   NW 522, ") == "Unite NW 522"
    with pytest.raises(ValidationError, match="empty once tidied"):
        normalise.organisation(" ,. ")
