"""The meeting's town where the framing gives it indirectly: a body's postal address in its
letterhead or signature, a town followed by its state's code, a venue that opens with its
town. Bodies and people are invented."""

from __future__ import annotations

import pytest

from parsers.fields.placenames import Hints, lookup
from tests.fields.helpers import extract


@pytest.mark.parametrize(
    ("body", "city", "country", "rule"),
    [
        pytest.param(
            "At our general meeting on Tuesday, March 12, the members voted overwhelmingly "
            "(40-2) to adopt this resolution: the union demands the release of Julian "
            "Assange.\n\nIn solidarity,\nOrrin Graduate Workers' Union, Local 9\n"
            "1 Brattle Square, Cambridge, MA 02138",
            "Cambridge",
            "US",
            "address",
            id="us-address-under-the-body-s-signature",
        ),
        pytest.param(
            "ORRIN & DISTRICT RETIRED ENGINEERS' GUILD\nHon. Secretary: 27 Glenfield Road, "
            "Paisley PA2 8TE\n\nAt the ordinary meeting of the Guild on 5 March the following "
            "resolution was carried: the Guild condemns the jailing of Julian Assange.",
            "Paisley",
            "GB",
            "address",
            id="uk-postcode-in-a-letterhead",
        ),
        pytest.param(
            "Our sub-branch meeting on Wednesday 6 March at the Harwick Bowling Club, "
            "Newcastle NSW, adopted the model resolution. We call for the release of Julian "
            "Assange.",
            "Newcastle",
            "AU",
            "date-line",
            id="a-town-and-its-state-s-code",
        ),
        pytest.param(
            "It was carried at our AGM on Tuesday 12 March at Kettering Socialist Hall, with 40 "
            "members present: the branch calls for the release of Julian Assange.",
            "Kettering",
            "GB",
            "date-line",
            id="a-venue-opening-with-its-town",
        ),
    ],
)
def test_place_from_the_framing(body: str, city: str, country: str, rule: str) -> None:
    got = extract(body, "Our resolution")
    assert got.place is not None, got.reason
    assert (got.place.city, got.place.country_code) == (city, country)
    assert got.place.evidence is not None and got.place.evidence.rule == rule
    assert got.place.confidence < 0.8 or rule == "date-line"


def test_a_person_s_own_address_under_their_name_is_not_the_body_s() -> None:
    got = extract(
        "Our branch passed the motion on 5 March: we call for the release of Julian "
        "Assange.\n\nBest wishes,\nJo Pennick\n4 Mill Lane, Paisley PA2 8TE"
    )
    assert got.place is None or got.place.evidence is None or got.place.evidence.rule != "address"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        pytest.param("Perth WA", "AU", id="wa"),
        pytest.param("London ON", "CA", id="on"),
        pytest.param("Leeds UK", "GB", id="uk"),
    ],
)
def test_a_state_s_code_after_the_town_says_its_country(name: str, country: str) -> None:
    found = lookup(name, set(), Hints((), ("GB", "US"), None), stated=True)
    assert found is not None and found[0].country_code == country


def test_a_venue_named_for_a_person_is_no_town_of_that_other_name() -> None:
    got = extract(
        "The motion was carried at last night's branch meeting at the Len Halloway Centre, "
        "19 for, 2 against: the branch calls for the release of Julian Assange.",
        "Our motion",
    )
    assert got.place is None or got.place.city != "Rennes", got.place


@pytest.mark.parametrize(
    ("body", "not_city"),
    [
        pytest.param(
            "Os enviamos la moción que nuestro grupo presentó al Pleno ordinario del "
            "Ayuntamiento de Alcorcón celebrado el 28 de febrero, aprobada por mayoría. El "
            "Pleno acuerda exigir la libertad de Julian Assange.",
            "Plano",
            id="es-the-plenary-is-no-town",
        ),
        pytest.param(
            "DELIBERAZIONE DEL CONSIGLIO COMUNALE\nVista la proposta presentata dai consiglieri "
            "in data 4 marzo 2024;\nIl Consiglio comunale approva all'unanimità la "
            "cittadinanza onoraria a Julian Assange.",
            "Vista",
            id="it-the-recital-is-no-town",
        ),
    ],
)
def test_a_council_s_word_is_no_town_abroad(body: str, not_city: str) -> None:
    got = extract(body, "Moción aprobada")
    assert got.place is None or got.place.city != not_city, got.place
