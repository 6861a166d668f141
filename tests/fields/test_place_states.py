"""A state's name is not its small namesake town, and a body's kind ("Federation") in its
name is not a town: both used to be read as small towns abroad."""

from __future__ import annotations

import pytest

from parsers.fields.gazetteer import City
from parsers.fields.placenames import BODY_NOUNS, NOT_PLACES, Hints, lookup, state_not_town
from tests.fields.helpers import extract, model_filled


def _city(name: str, country: str, population: int) -> City:
    return City(name, country, 0.0, 0.0, population)


@pytest.mark.parametrize(
    ("written", "city", "pointed_to", "expected"),
    [
        pytest.param("Nevada", _city("Nevada", "US", 8_000), ("US",), True, id="small-namesake"),
        pytest.param("Colorado", _city("Colorado", "BR", 23_000), (), True, id="namesake-abroad"),
        pytest.param(
            "Colorado", _city("Colorado", "BR", 23_000), ("BR",), False, id="abroad-but-pointed-to"
        ),
        pytest.param("Nevada", _city("Nevada", "US", 80_000), (), False, id="real-town-of-state"),
        pytest.param("Quillmarsh", _city("Quillmarsh", "GB", 3_000), (), False, id="no-state"),
        pytest.param("New Nevada", _city("New Nevada", "US", 3_000), (), False, id="two-words"),
    ],
)
def test_state_not_town(
    written: str, city: City, pointed_to: tuple[str, ...], expected: bool
) -> None:
    assert state_not_town(written, city, pointed_to) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Colorado", None, id="state-not-its-small-namesake"),
        pytest.param("Nevada", None, id="state-in-its-own-country"),
        pytest.param("Denver", "Denver", id="a-town-still-a-town"),
        pytest.param("Uma", None, id="an-article-is-no-town-s-other-name"),
        pytest.param("Green", None, id="a-party-colour"),
    ],
)
def test_lookup_skips_states_and_words(name: str, expected: str | None) -> None:
    found = lookup(name, set(NOT_PLACES), Hints(("US",), ()))
    assert (found[0].name if found else None) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Wexley Miners Federation", None, id="body-noun-is-no-town"),
        pytest.param("Denver Miners Federation", "Denver", id="the-town-in-the-name"),
    ],
)
def test_body_nouns_not_towns_in_a_name(name: str, expected: str | None) -> None:
    found = lookup(name, set(BODY_NOUNS), Hints(("US", "AR"), ()), stated=False)
    assert (found[0].name if found else None) == expected


@pytest.mark.parametrize(
    ("framing", "subject", "expected"),
    [
        pytest.param(
            "On 4 March 2024 the Wexley Miners Federation agreed: he was taken from the "
            "Ruritanian Embassy in Paris that morning.",
            "",
            None,
            id="embassy-inside-a-capitalised-run",
        ),
        pytest.param(
            "The Green Quillmarsh Network passed this on 4 March 2024.",
            "Green Quillmarsh Network backs the call",
            None,
            id="a-party-colour-is-no-town",
        ),
        pytest.param(
            "Our meeting in Denver on 4 March 2024 passed the motion below.",
            "",
            "Denver",
            id="a-town-after-a-meeting-cue",
        ),
    ],
)
def test_place_not_read_from_common_words(framing: str, subject: str, expected: str | None) -> None:
    place = extract(f"{framing}\n\n{model_filled()}", subject).place
    found = place.city if place is not None and place.confidence >= 0.5 else None
    assert found == expected
