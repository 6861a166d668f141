"""The confidence policy: 0.8 or more only with independent corroboration, for each field;
single weak evidence stays below 0.8 but above 0.5 (shown to the editor, not trusted)."""

from __future__ import annotations

import pytest

from parsers.fields.organisation import OrganisationEntry
from tests.fields.helpers import extract, model_filled

TRUSTED = 0.8
GENERIC_MODEL = model_filled("[name of organisation / group]", "")


@pytest.mark.parametrize(
    ("body", "registry", "name", "trusted"),
    [
        pytest.param(
            model_filled("Plumtree Allotment Society", ""),
            (),
            "Plumtree Allotment Society",
            True,
            id="campaign-slot-is-enough",
        ),
        pytest.param(
            "We, the members of Quarry Lane Tenants Association, sent this.\n\n" + GENERIC_MODEL,
            (),
            "Quarry Lane Tenants Association",
            False,
            id="one-framing-rule-alone-is-not",
        ),
        pytest.param(
            "We, the members of Quarry Lane Tenants Association, sent this.\n\n" + GENERIC_MODEL,
            (OrganisationEntry("Quarry Lane Tenants Association", (), "GB"),),
            "Quarry Lane Tenants Association",
            True,
            id="framing-rule-plus-registry",
        ),
    ],
)
def test_organisation_trust_needs_corroboration(
    body: str, registry: tuple[OrganisationEntry, ...], name: str, trusted: bool
) -> None:
    organisation = extract(body, registry=registry).organisation
    assert organisation is not None and organisation.value == name
    assert (organisation.confidence >= TRUSTED) is trusted
    assert organisation.confidence >= 0.5


FILLED = model_filled("Birchfield Cycling Club", "")


@pytest.mark.parametrize(
    ("framing", "value", "trusted"),
    [
        pytest.param(
            "The club passed this at its meeting on 6 March 2024.",
            "2024-03-06",
            True,
            id="meeting-cue-right-before",
        ),
        pytest.param(
            "On 6 March 2024 members discussed it and the meeting passed it.",
            "2024-03-06",
            False,
            id="cue-in-sentence-but-not-anchored",
        ),
        pytest.param(
            "The club passed this at its meeting on 6 March 2024; the meeting also heard "
            "a report on 2 March 2024.",
            "2024-03-06",
            False,
            id="close-rival-date",
        ),
    ],
)
def test_date_trust_needs_anchor_and_no_close_rival(
    framing: str, value: str, trusted: bool
) -> None:
    date = extract(f"{framing}\n\n{FILLED}").meeting_date
    assert date is not None and date.value == value
    assert (date.confidence >= TRUSTED) is trusted


@pytest.mark.parametrize(
    ("framing", "registry", "city", "trusted"),
    [
        pytest.param(
            "We passed it at our meeting on 6 March 2024 in Leicester.",
            (),
            "Leicester",
            True,
            id="named-in-the-date-sentence",
        ),
        pytest.param(
            "We passed it at our meeting on 6 March 2024 in Leicester, after Coventry.",
            (),
            "Leicester",
            False,
            id="another-city-in-the-same-sentence",
        ),
        pytest.param(
            "We passed it at our meeting on 6 March 2024 in Leicester.",
            (OrganisationEntry("Birchfield Cycling Club", (), "FR"),),
            "Leicester",
            False,
            id="not-the-organisation-country",
        ),
    ],
)
def test_place_trust_needs_a_single_consistent_city(
    framing: str, registry: tuple[OrganisationEntry, ...], city: str, trusted: bool
) -> None:
    place = extract(f"{framing}\n\n{FILLED}", registry=registry).place
    assert place is not None and place.city == city
    assert (place.confidence >= TRUSTED) is trusted
