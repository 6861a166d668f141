"""Where the gazetteer finds a town beyond its own names: a transliteration of a small town's
name, a borough of one city, and a small town written in the model's date-and-place line."""

from __future__ import annotations

import pytest

from parsers.fields.gazetteer import cities_named
from tests.fields.helpers import extract, model_filled


@pytest.mark.parametrize(
    ("written", "city", "country"),
    [
        pytest.param("Villiyanur", "Villianur", "IN", id="small-town-respelled"),
        pytest.param("Vrindaban", "Vrindāvan", "IN", id="small-town-transliterated"),
        pytest.param("Southwark", "London", "GB", id="borough-of-one-city"),
        pytest.param("Tower Hamlets", "London", "GB", id="two-word-borough"),
        pytest.param("Leeds", "Leeds", "GB", id="own-name-unchanged"),
    ],
)
def test_gazetteer_names(written: str, city: str, country: str) -> None:
    found = cities_named(written)
    assert found and (found[0].name, found[0].country_code) == (city, country)


@pytest.mark.parametrize(
    ("trailer", "city"),
    [
        pytest.param("2024-03-03, Ambalangoda", "Ambalangoda", id="small-town-after-the-date"),
        pytest.param("3 March 2024 - Matara", "Matara", id="small-town-after-a-dash"),
        pytest.param("[Date, and place where meeting was held]", None, id="placeholder-no-town"),
    ],
)
def test_small_town_in_the_place_line(trailer: str, city: str | None) -> None:
    place = extract(model_filled("Harbour Porters Union", trailer)).place
    if city is None:
        assert place is None or place.confidence < 0.5
        return
    assert place is not None and place.city == city
    assert 0.5 <= place.confidence < 0.8  # a small town no hint points to: shown, not trusted


STATEMENT = (
    "Julian Assange and Chelsea Manning must be freed. We condemn the imprisonment of "
    "Julian Assange and demand his release, and we call for the freedom of Chelsea Manning."
)


@pytest.mark.parametrize(
    ("body", "subject", "city", "trusted"),
    [
        pytest.param(
            "Our annual meeting, 9 March 2024, Swindon Exhibition Centre\n\n"
            + model_filled("Harbour Porters Union", ""),
            "",
            "Swindon",
            False,
            id="venue-named-after-its-town",
        ),
        pytest.param(
            "Gestern Abend hat die ver.di-Betriebsgruppe unserer Station am Klinikum \nKassel "
            "diese Resolution beschlossen.\n\n" + model_filled("Harbour Porters Union", ""),
            "",
            "Kassel",
            True,
            id="dot-inside-a-word-ends-no-sentence",
        ),
        pytest.param(
            "Il Circolo Lettori di Perugia discuterà la mozione.\n\n"
            + model_filled("Circolo Lettori", ""),
            "",
            "Perugia",
            False,
            id="name-goes-on-with-its-town",
        ),
        pytest.param(
            model_filled("Comitato Inquilini Vanchiglia Torino", ""),
            "",
            "Turin",
            False,
            id="district-then-city-in-a-name",
        ),
        pytest.param(
            f"Residents agreed to send this.\n\n{STATEMENT}\n\nWith warm wishes from all of "
            "us\nHeadingley, Leeds\n\nPat",
            "Statement",
            "Leeds",
            False,
            id="place-line-under-a-statement",
        ),
    ],
)
def test_place_found_where_written(body: str, subject: str, city: str, trusted: bool) -> None:
    # an Italian sender's domain makes the small district a place too, not a word
    sender = "a@example.it" if "Inquilini" in body else "a@example.org"
    place = extract(body, subject, sender=sender).place
    assert place is not None and place.city == city
    assert place.confidence >= 0.5
    assert (place.confidence >= 0.8) is trusted


def test_first_name_on_its_own_line_is_no_place() -> None:
    body = f"Residents agreed to send this.\n\n{STATEMENT}\n\nSam"
    place = extract(body, "Statement").place
    assert place is None or place.confidence < 0.5
