"""Towns named beside something other than the meeting: a landmark ("south of"), an embassy
written with an elided article, or a heading word in capitals that is another town's
other name."""

from __future__ import annotations

import pytest

from parsers.fields.placenames import Hints, lookup
from parsers.fields.placesurround import beside_other_things
from tests.fields.helpers import extract


@pytest.mark.parametrize(
    ("before", "beside"),
    [
        pytest.param(
            "the council of Westmoor, a small town just south of ", True, id="en-south-of"
        ),
        pytest.param("il consiglio di Valdoria, a nord di ", True, id="it-a-nord-di"),
        pytest.param("le conseil de Vaubrun, près de ", True, id="fr-pres-de"),
        pytest.param(
            "dopo sette anni trascorsi nell'ambasciata dell'Ecuador a ", True, id="it-elided"
        ),
        pytest.param("rinchiuso nel carcere di ", True, id="it-prison"),
        pytest.param("the branch met last night at the Miners' Hall in ", False, id="en-meeting"),
        pytest.param("xembassy of the branch held in ", False, id="cut-word-is-no-cue"),
    ],
)
def test_words_before_a_town_that_tie_it_to_something_else(before: str, beside: bool) -> None:
    assert beside_other_things(before) is beside


@pytest.mark.parametrize(
    ("written", "found"),
    [
        pytest.param("PLENO", None, id="heading-word-another-towns-other-name"),
        pytest.param("LEEDS", "Leeds", id="a-towns-own-name-in-capitals"),
        pytest.param("ZÜRICH", "Zürich", id="own-name-with-its-accent"),
        pytest.param("ZURICH", "Zürich", id="own-name-without-its-accent"),
    ],
)
def test_a_name_in_capitals_is_a_town_only_under_its_own_name(
    written: str, found: str | None
) -> None:
    hit = lookup(written, set(), Hints(("GB", "CH"), ()))
    assert (hit[0].name if hit else None) == found


@pytest.mark.parametrize(
    ("framing", "city"),
    [
        pytest.param(
            "Il Consiglio comunale di Pesaro ha approvato all'unanimità la mozione.",
            "Pesaro",
            id="it-consiglio-comunale-di",
        ),
        pytest.param("Ballarat City Council has backed the motion.", "Ballarat", id="en-before"),
        pytest.param(
            "Good news from Tuscany. The council voted for it.", None, id="not-across-a-stop"
        ),
    ],
)
def test_the_town_a_council_is_named_for_is_inferred(framing: str, city: str | None) -> None:
    body = "Julian Assange and Chelsea Manning must be freed; we condemn their persecution and "
    body += "call for the release of the WikiLeaks publisher.\n\n" + framing
    place = extract(body, "Motion").place
    if city is None:
        assert place is None or place.evidence is None or place.evidence.rule != "body-name"
        return
    assert place is not None and place.city == city and place.inferred
    assert place.confidence < 0.8
