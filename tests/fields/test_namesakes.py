"""Towns that share their name with towns (or regions) in other countries: which one, and how
sure."""

from __future__ import annotations

import pytest

from parsers.fields.gazetteer import best_city, subdivision_country
from tests.fields.helpers import extract, model_filled

ENGLISH = ("GB", "US", "AU", "IE", "NZ", "CA")


@pytest.mark.parametrize(
    ("name", "hints", "weak", "country", "clear"),
    [
        pytest.param("Paris", (), ENGLISH, "FR", True, id="far-bigger-abroad-wins-over-language"),
        pytest.param("Vancouver", (), ENGLISH, "CA", False, id="biggest-of-language-countries"),
        pytest.param(
            "Perth", (), ENGLISH, "AU", False, id="far-bigger-but-a-namesake-in-the-first-country"
        ),
        pytest.param("Halifax", (), ENGLISH, "GB", False, id="likeliest-country-keeps-its-town"),
        pytest.param("Perth", ("AU",), ENGLISH, "AU", True, id="country-evidence-decides"),
        pytest.param(
            "Washington", (), ENGLISH, "US", False, id="only-ten-times-bigger-is-not-clear"
        ),
        pytest.param("Washington", ("GB",), ENGLISH, "GB", True, id="evidence-beats-size"),
        pytest.param("London", ("US",), ENGLISH, "US", False, id="evidence-for-a-village-namesake"),
        pytest.param("Stuttgart", (), ("DE", "AT", "CH"), "DE", True, id="no-namesake-abroad"),
    ],
)
def test_namesake_choice(
    name: str, hints: tuple[str, ...], weak: tuple[str, ...], country: str, clear: bool
) -> None:
    found = best_city(name, hints, weak)
    assert found is not None
    assert (found[0].country_code, found[1]) == (country, clear)


@pytest.mark.parametrize(
    ("name", "weak", "is_region"),
    [
        pytest.param("Norfolk", ("GB", "US"), True, id="county-in-likelier-country"),
        pytest.param("Norfolk", ("US", "GB"), False, id="town-in-likelier-country"),
        pytest.param("Canterbury", ("GB", "US", "NZ"), False, id="town-before-far-region"),
        pytest.param("Bremen", ("DE",), False, id="city-state-with-its-city"),
    ],
)
def test_a_region_is_not_a_town(name: str, weak: tuple[str, ...], is_region: bool) -> None:
    assert (best_city(name, (), weak) is None) == is_region


@pytest.mark.parametrize(
    ("region", "country"),
    [
        pytest.param("Tyne and Wear", "GB", id="metropolitan-county-named-with-and"),
        pytest.param("West Yorkshire", "GB", id="another-metropolitan-county"),
        pytest.param("Nova Scotia", "CA", id="province"),
    ],
)
def test_regions_written_after_a_town(region: str, country: str) -> None:
    assert subdivision_country(region) == country


@pytest.mark.parametrize(
    ("framing", "city", "country", "trusted"),
    [
        pytest.param(
            "The branch passed this on 12 March 2024 in Halifax, West Yorkshire.",
            "Halifax",
            "GB",
            True,
            id="region-after-town-gives-its-country",
        ),
        pytest.param(
            "The branch passed this on 12 March 2024 in Halifax.",
            "Halifax",
            "GB",
            False,
            id="likeliest-country-without-evidence-is-not-trusted",
        ),
        pytest.param(
            "The branch passed this on 12 March 2024 in Bolton, Greater Manchester.",
            "Bolton",
            "GB",
            True,
            id="metropolitan-county-gives-its-country",
        ),
        pytest.param(
            "The branch passed this on 12 March 2024 in Washington.",
            "Washington",
            "US",
            False,
            id="namesake-abroad-without-evidence-is-not-trusted",
        ),
    ],
)
def test_place_namesakes_in_messages(
    framing: str, city: str, country: str | None, trusted: bool
) -> None:
    got = extract(f"{framing}\n\n{model_filled('the Tenants Action Group', '')}\n").place
    if country is None:
        assert got is None or got.confidence < 0.8
        return
    assert got is not None
    assert (got.city, got.country_code, got.confidence >= 0.8) == (city, country, trusted)


def test_a_county_where_a_meeting_was_online_gives_no_place() -> None:
    framing = "Tenants from across Norfolk adopted this at an online meeting on 12 March 2024."
    got = extract(f"{framing}\n\n{model_filled('the Tenants Action Group', '')}\n").place
    assert got is None or got.confidence < 0.5


@pytest.mark.parametrize(
    ("name", "offset", "country", "clear"),
    [
        pytest.param("Launceston", None, "AU", False, id="no-evidence-bigger-abroad-unclear"),
        pytest.param("Launceston", 10.0, "AU", True, id="clock-of-the-antipodes"),
        pytest.param("Launceston", 1.0, "GB", True, id="clock-of-europe-picks-the-small-one"),
        pytest.param("Launceston", -5.0, "AU", False, id="no-namesake-fits-the-clock"),
        pytest.param("Dover", -5.0, "US", False, id="clock-leaves-the-us-and-canada"),
        pytest.param("Hamilton", 13.0, "NZ", True, id="clock-east-of-the-date-line"),
        pytest.param("Hamilton", -4.0, "CA", False, id="clock-leaves-two-countries"),
        pytest.param("London", -4.0, "GB", False, id="world-city-seen-from-afar"),
    ],
)
def test_the_senders_clock_is_evidence_of_the_country(
    name: str, offset: float | None, country: str, clear: bool
) -> None:
    found = best_city(name, (), ENGLISH, offset)
    assert found is not None
    assert (found[0].country_code, found[1]) == (country, clear)


@pytest.mark.parametrize(
    ("signature", "country", "trusted"),
    [
        pytest.param("Launceston, Cornwall", "GB", True, id="county-after-a-comma"),
        pytest.param("Launceston, Tasmania", "AU", True, id="state-after-a-comma"),
        pytest.param("Tamar Villas, Co. Cornwall", "GB", True, id="co-before-a-county"),
        pytest.param("Tamar Villas", "AU", False, id="nothing-names-the-country"),
    ],
)
def test_a_region_named_in_the_framing_decides_a_namesake(
    signature: str, country: str, trusted: bool
) -> None:
    body = model_filled("the Tamar Valley Tenants Union", "2 March 2024, Launceston")
    place = extract(f"{body}\n\nJo Penrose\n{signature}\n").place
    assert place is not None and place.city == "Launceston"
    assert place.country_code == country
    assert (place.confidence >= 0.8) is trusted


def test_a_region_named_beside_a_court_is_no_evidence() -> None:
    body = model_filled("the Tamar Valley Tenants Union", "2 March 2024, Launceston")
    framing = "Our members also wrote about the hearing in Hobart, Tasmania.\n\n"
    place = extract(framing + body).place
    assert place is not None and place.confidence < 0.8


def test_a_plural_is_not_a_respelling_of_a_small_town() -> None:
    assert best_city("Greens", ("US",), ()) is None
