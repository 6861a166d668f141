"""Editors' input read with extraction's own normalisers: named cases, refusals with reasons."""

from __future__ import annotations

import pytest

from intake.errors import ValidationError
from intake.queue import normalise


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
        "place refused: Nowhereville is not in the gazetteer: give its country too "
        '("Nowhereville, GB" or --country GB) and vouch for it (--vouch)'
    )


@pytest.mark.parametrize(
    ("typed", "near", "place"),
    [
        pytest.param("Leeds", "GB", "Leeds, United Kingdom", id="in-the-items-country"),
        pytest.param("Sheffield", None, "Sheffield, United Kingdom", id="clearly-the-biggest"),
        pytest.param("Atlantis", None, "Atlantis, South Africa", id="only-one"),
        pytest.param("Manchester, US", "GB", "Manchester, United States", id="country-given"),
        pytest.param("Koln, Germany", None, "Köln, Germany", id="without-accents"),
        pytest.param("München", None, "Munich, Germany", id="not-its-own-name"),
        pytest.param("Cologne, DE", None, "Köln, Germany", id="another-name-in-the-country"),
        pytest.param("Cologne", None, "Köln, Germany", id="another-name-far-bigger"),
    ],
)
def test_a_place_is_taken_when_it_is_no_guess(typed: str, near: str | None, place: str) -> None:
    assert normalise.place(typed, near=near).place == place


@pytest.mark.parametrize(
    ("typed", "near", "message"),
    [
        pytest.param(
            "Atlantis",
            "GB",
            "place refused: no Atlantis in United Kingdom, the item's country; the gazetteer "
            'has Atlantis, South Africa: give its country ("Atlantis, ZA") if the meeting was '
            "there, or vouch for Atlantis, United Kingdom (--vouch) if it is right",
            id="not-in-the-items-country",
        ),
        pytest.param(
            "Köln",
            "GB",
            "place refused: no Köln in United Kingdom, the item's country; the gazetteer has "
            'Köln, Germany: give its country ("Köln, DE") if the meeting was there, or vouch '
            "for Köln, United Kingdom (--vouch) if it is right",
            id="elsewhere-not-the-gazetteers-fault",
        ),
        pytest.param(
            "Manchester",
            None,
            "place refused: there is a Manchester in more than one country (Manchester, United "
            'Kingdom; Manchester, United States): give its country ("Manchester, GB" or '
            "--country GB)",
            id="namesakes-of-a-size",
        ),
        pytest.param(
            "", "GB", "place refused: no town given (type one, with its country)", id="empty"
        ),
        pytest.param(
            " , GB", None, "place refused: no town given (type one, with its country)", id="blank"
        ),
        pytest.param(
            "Hebden Bridge",
            "GB",
            "place refused: Hebden Bridge is not in the gazetteer: if Hebden Bridge, United "
            "Kingdom is right, vouch for it (--vouch): it is kept as written, with no position "
            "on the map",
            id="unknown-town",
        ),
    ],
)
def test_a_guessed_place_is_refused_saying_why(typed: str, near: str | None, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise.place(typed, near=near)
    assert str(err.value) == message


@pytest.mark.parametrize(
    ("typed", "country", "near", "place"),
    [
        pytest.param("Hebden Bridge", None, "GB", "Hebden Bridge, United Kingdom", id="near"),
        pytest.param("Tolpuddle", "GB", None, "Tolpuddle, United Kingdom", id="country"),
        pytest.param(
            "Llanfairpwllgwyngyll, GB",
            None,
            None,
            "Llanfairpwllgwyngyll, United Kingdom",
            id="comma",
        ),
    ],
)
def test_a_vouched_town_is_kept_as_written_with_no_coordinates(
    typed: str, country: str | None, near: str | None, place: str
) -> None:
    found = normalise.place(typed, country=country, near=near, vouch=True)
    assert (found.place, found.country_code, found.vouched) == (place, "GB", True)
    assert (found.latitude, found.longitude) == (None, None)
    assert normalise.place("Leeds", near="GB", vouch=True).vouched is False  # the gazetteer's


def test_a_vouched_town_needs_a_country() -> None:
    with pytest.raises(ValidationError, match="give its country too"):
        normalise.place("Hebden Bridge", vouch=True)


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
