"""The meeting place: cues, the slot line, what the resolution names, inferred places."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract, model_filled


@pytest.mark.parametrize(
    ("org", "framing", "trailer", "city", "country", "inferred"),
    [
        pytest.param(
            "Unite 522 Branch",
            "",
            "14 March 2024, Manchester",
            "Manchester",
            "GB",
            False,
            id="en-slot-line",
        ),
        pytest.param(
            "RCN Branch",
            "At our AGM on Tuesday 5 March we passed the following. We "
            "met at the Temple of Peace in Cardiff.",
            "",
            "Cardiff",
            "GB",
            False,
            id="en-met-in",
        ),
        pytest.param(
            "RMT Rail Branch",
            "",
            "Carried, 6 March 2024, Newcastle",
            "Newcastle upon Tyne",
            "GB",
            False,
            id="en-namesake-by-country",
        ),
        pytest.param(
            "NEU Lambeth District",
            "",
            "7 February 2024, Lambeth",
            "London",
            "GB",
            False,
            id="en-district-of-a-city",
        ),
        pytest.param(
            "Sheffield Trades Union Council",
            "We passed this on 12 March 2024.",
            "",
            "Sheffield",
            "GB",
            True,
            id="en-inferred-from-organisation",
        ),
    ],
)
def test_place(
    org: str, framing: str, trailer: str, city: str, country: str, inferred: bool
) -> None:
    body = f"{framing}\n\n{model_filled(org, trailer)}\n"
    got = extract(body).place
    assert got is not None
    assert (got.city, got.country_code, got.inferred) == (city, country, inferred)
    if inferred:
        assert got.confidence < 0.8


def test_places_the_resolution_names_are_not_the_meeting_place() -> None:
    body = (
        "We passed this on 12 March 2024.\n\n"
        + model_filled("the branch", "")
        + "\nWe will protest outside the court in London.\n"
    )
    got = extract(body).place
    assert got is None


@pytest.mark.parametrize(
    ("framing", "city", "country"),
    [
        pytest.param(
            "Beschlossen auf der Mitgliederversammlung am 12. April 2024 in Hamburg.",
            "Hamburg",
            "DE",
            id="de",
        ),
        pytest.param("Motion adoptée à l'unanimité le 3 mai 2024 à Lyon.", "Lyon", "FR", id="fr"),
        pytest.param(
            "Aprobada en la asamblea del 20 de febrero de 2024 en Madrid.", "Madrid", "ES", id="es"
        ),
        pytest.param(
            "Approvata nella riunione del 6 marzo 2024 a Bologna.", "Bologna", "IT", id="it"
        ),
    ],
)
def test_place_other_languages(framing: str, city: str, country: str) -> None:
    body = model_filled("the branch", framing) + "\n"
    got = extract(body, sent="2024-06-01T09:00:00").place
    assert got is not None and (got.city, got.country_code) == (city, country)
