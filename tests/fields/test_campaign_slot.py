"""The organisation slot comes from each campaign's own model text, not from English code."""

from __future__ import annotations

import pytest

from parsers.campaign import parse_campaign
from parsers.fields.orgrules import campaign_slot
from parsers.fields.resolve import find_fields
from tests.fields.helpers import message

PLEDGE = parse_campaign(
    "Gathered today, the members of [name of organisation] pledge to defend the Riverside "
    "library against closure. We call on the council to keep it open.\n\n[Date and place]",
    default_name="library",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gathered today, the members of Riverside Readers Club pledge to defend it.",
            "Riverside Readers Club",
            id="campaign-words-around-the-slot",
        ),
        pytest.param(
            "the members of the Eastside Allotment Society pledge",
            "Eastside Allotment Society",
            id="article-before-the-name",
        ),
        pytest.param("The members pledge to defend it.", None, id="no-name-in-the-slot"),
    ],
)
def test_campaign_slot_pattern(text: str, expected: str | None) -> None:
    pattern = campaign_slot(PLEDGE)
    assert pattern is not None
    match = pattern.search(text)
    assert (match.group("org") if match else None) == expected


def test_slot_of_a_second_campaign_finds_the_organisation() -> None:
    body = (
        "Gathered today, the members of Riverside Readers Club pledge to defend the Riverside "
        "library against closure. We call on the council to keep it open.\n\n"
        "Passed on 2 April 2024 in Leeds"
    )
    got = find_fields(message("Library"), [(body, "body")], campaigns=(PLEDGE,))
    assert got.organisation is not None
    assert (
        got.organisation.value,
        got.organisation.evidence.rule if got.organisation.evidence else "",
    ) == (
        "Riverside Readers Club",
        "slot-campaign",
    )


def test_model_without_an_organisation_slot_has_no_pattern() -> None:
    campaign = parse_campaign("We support the strike.\n\n[Date]", default_name="s")
    assert campaign_slot(campaign) is None
