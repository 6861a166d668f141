"""Editors' input read with extraction's own normalisers: named cases, refusals with reasons."""

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
            "31/02/2020",
            "date refused: '31/02/2020' is not a date of the calendar",
            id="no-such-day",
        ),
        pytest.param(
            "2021-02-29",
            "date refused: '2021-02-29' is not a date of the calendar",
            id="not-a-leap-year",
        ),
        pytest.param(
            "03/04/2024",
            "date refused: '03/04/2024' is ambiguous (2024-04-03 or 2024-03-04): "
            "write it as YYYY-MM-DD or with the month's name",
            id="ambiguous",
        ),
        pytest.param(
            "soon",
            "date refused: 'soon' is not a date this tool can read: write it as YYYY-MM-DD",
            id="words",
        ),
    ],
)
def test_unreadable_dates_are_refused_with_the_reason(written: str, reason: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise.meeting_date(written)
    assert str(err.value) == reason


def test_places_come_from_the_gazetteer() -> None:
    found = normalise.place("sheffield")
    assert (found.place, found.country_code) == ("Sheffield, United Kingdom", "GB")
    assert normalise.place("Newcastle upon Tyne").country_code == "GB"
    with pytest.raises(ValidationError, match="unknown country 'Atlantis'"):
        normalise.place("Paris", country="Atlantis")
    with pytest.raises(ValidationError) as err:
        normalise.place("Nowhereville")
    assert str(err.value) == (
        "place refused: Nowhereville is ambiguous or unknown: give City, Country "
        "(no town of that name)"
    )


@pytest.mark.parametrize(
    ("typed", "near", "place"),
    [
        pytest.param("Leeds", "GB", "Leeds, United Kingdom", id="in-the-items-country"),
        pytest.param("Sheffield", None, "Sheffield, United Kingdom", id="clearly-the-biggest"),
        pytest.param("Atlantis", None, "Atlantis, South Africa", id="only-one"),
        pytest.param("Manchester, US", "GB", "Manchester, United States", id="country-given"),
        pytest.param("Koln, Germany", None, "Köln, Germany", id="without-accents"),
    ],
)
def test_a_place_is_taken_when_it_is_no_guess(typed: str, near: str | None, place: str) -> None:
    assert normalise.place(typed, near=near).place == place


@pytest.mark.parametrize(
    ("typed", "near", "candidates"),
    [
        pytest.param("Atlantis", "GB", "Atlantis, South Africa", id="not-in-the-items-country"),
        pytest.param(
            "Manchester",
            None,
            "Manchester, United Kingdom; Manchester, United States",
            id="namesakes-of-a-size",
        ),
        pytest.param("München", None, "Munich, Germany", id="not-its-own-name"),
        pytest.param("Cologne, DE", None, "Cologne, Italy", id="another-name-in-the-country"),
    ],
)
def test_a_guessed_place_is_refused_with_the_candidates(
    typed: str, near: str | None, candidates: str
) -> None:
    with pytest.raises(ValidationError) as err:
        normalise.place(typed, near=near)
    name = typed.split(",")[0]
    assert str(err.value).startswith(f"place refused: {name}")
    assert str(err.value).endswith(
        f"is ambiguous or unknown: give City, Country (the gazetteer has {candidates})"
    )


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        pytest.param("gb", "GB", id="code"),
        pytest.param("UK", "GB", id="usual-short-form"),
        pytest.param("Deutschland", "DE", id="name"),
    ],
)
def test_countries_are_iso_3166(typed: str, code: str) -> None:
    assert normalise.country_code(typed) == code


def test_a_country_code_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        normalise.country_code("ZZ")
    assert str(err.value) == (
        "unknown country 'ZZ': not an ISO 3166 code or a country's name "
        "(use a code like GB, or a name)"
    )


def test_organisations_are_tidied_like_extraction_does() -> None:
    assert normalise.organisation("  the Unite   NW 522, ") == "Unite NW 522"
    with pytest.raises(ValidationError, match="generic, not the name of an organisation"):
        normalise.organisation("this meeting")
