"""Place rules that keep a wrong town from being given with confidence: names inside longer
names, a district before its city, a region after a town, namesakes abroad, streets."""

from __future__ import annotations

import pytest

from parsers.fields.gazetteer import best_city, enclosing_city
from tests.fields.helpers import extract, model_filled

ENGLISH = ("GB", "US", "AU", "IE", "NZ", "CA")


@pytest.mark.parametrize(
    ("framing", "trailer", "city", "country"),
    [
        pytest.param(
            "We carried it on 4 March 2024 at the Prince Albert Infirmary, Derby.",
            "",
            "Derby",
            "GB",
            id="town-inside-a-venue-name-skipped",
        ),
        pytest.param(
            "Our meeting on 4 March 2024 at the Oldham Road Social Club in Rochdale passed it.",
            "",
            "Rochdale",
            "GB",
            id="venue-in-a-town",
        ),
        pytest.param(
            "We passed it on 4 March 2024 at the library in Hackney, London.",
            "",
            "London",
            "GB",
            id="district-then-its-city",
        ),
        pytest.param(
            "",
            "4 March 2024, Sydney, Nova Scotia",
            "Sydney",
            "CA",
            id="province-after-town-decides-country",
        ),
        pytest.param(
            "",
            "4 March 2024, Sydney",
            "Sydney",
            "AU",
            id="namesake-ten-times-bigger-in-another-english-country",
        ),
        pytest.param(
            "Our meeting on 4 March 2024 was held at the office on via Torino, Bologna.",
            "",
            "Bologna",
            "IT",
            id="street-named-after-a-city-skipped",
        ),
        pytest.param(
            "We met in Leeds on 4 March 2024, the day of the protests in Manchester.",
            "",
            "Leeds",
            "GB",
            id="plural-protests-is-a-distractor",
        ),
        pytest.param(
            "Last night the Ealing Tenants Union voted unanimously at the \nEaling Town "
            "Hall in Wolverhampton to support it.",
            "",
            "Wolverhampton",
            "GB",
            id="hard-wrapped-sentence-goes-on-past-the-line",
        ),
        pytest.param(
            "",
            "Passed at our meeting 02/01/2024, Ann Arbor, MI",
            "Ann Arbor",
            "US",
            id="slot-line-place-without-a-sure-date",
        ),
    ],
)
def test_stated_place(framing: str, trailer: str, city: str, country: str) -> None:
    body = f"{framing}\n\n{model_filled('Unite Retail Branch', trailer)}\n"
    got = extract(body).place
    assert got is not None
    assert (got.city, got.country_code) == (city, country)


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        pytest.param("Bolton Unite Community", "Bolton", id="city-first-in-the-name"),
        pytest.param("Unite Hull Docks Branch", "Kingston upon Hull", id="after-union-initials"),
        pytest.param("Open Book Reading Club", None, id="word-between-ordinary-words"),
    ],
)
def test_place_inferred_from_organisation(org: str, expected: str | None) -> None:
    got = extract(model_filled(org, "We passed this unanimously.")).place
    if expected is None:
        assert got is None or not got.inferred or got.confidence < 0.5
    else:
        assert got is not None and got.inferred
        assert got.city == expected and got.confidence < 0.8


@pytest.mark.parametrize(
    ("name", "weak", "city", "country", "clear"),
    [
        pytest.param("Toronto", ENGLISH, "Toronto", "CA", True, id="much-bigger-wins"),
        pytest.param("Durham", ENGLISH, "Durham", "GB", False, id="likeliest-but-smaller"),
        pytest.param("Birmingham", ENGLISH, "Birmingham", "GB", True, id="likeliest-and-biggest"),
    ],
)
def test_best_city_with_language_hints(
    name: str, weak: tuple[str, ...], city: str, country: str, clear: bool
) -> None:
    found = best_city(name, (), weak)
    assert found is not None
    assert (found[0].name, found[0].country_code, found[1]) == (city, country, clear)


@pytest.mark.parametrize(
    ("name", "country", "enclosed"),
    [
        pytest.param("Islington", "GB", "London", id="borough-near-the-centre"),
        pytest.param("Montreuil", "FR", "Montreuil", id="town-of-its-own-farther-out"),
    ],
)
def test_enclosing_city(name: str, country: str, enclosed: str) -> None:
    found = best_city(name, (country,))
    assert found is not None
    assert enclosing_city(found[0]).name == enclosed
