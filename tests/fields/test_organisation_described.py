"""A body described rather than named: a meeting written as its owner and its kind that voted
("our NUX Eastvale regional meeting - ... - voted"), or whose people voted ("At the City of
X's annual electors' general meeting, the electors present carried"), read as the kind of
meeting of its owner, its acronym spelled out from the text; "a meeting of X members" is X's.
Every name here is invented."""

from __future__ import annotations

import pytest

from parsers.fields.context import build_view
from parsers.fields.orgdescribed import spelled_out
from tests.fields.helpers import extract

_CLAUSES = (
    "1. Demands the immediate release of Julian Assange.\n"
    "2. Calls on members to raise his defence in every workplace.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Dear campaign,\n\nLast Thursday our NURV Eastvale regional meeting - reporters "
            "from papers across the\nnorthern suburbs - voted overwhelmingly for the resolution "
            "below.\n\nThat this regional meeting of National Union of Reporters and Visuals "
            "members:\n" + _CLAUSES + "In solidarity,\nTeresa\nNURV rep\n",
            "Eastvale regional meeting of the National Union of Reporters and Visuals",
            id="acronym-owner-spelled-out",
        ),
        pytest.param(
            "Dear campaign,\n\nLast Thursday our NURV Eastvale regional meeting voted for the "
            "resolution below.\n\nThat this meeting:\n" + _CLAUSES + "Teresa\n",
            "Eastvale regional meeting of the NURV",
            id="acronym-owner-not-spelled-out",
        ),
        pytest.param(
            "Hi there,\n\nAt the Shire of Fernvale's annual electors' general meeting, the "
            "electors present carried a motion moved by a local resident:\n\nThat the Shire of "
            "Fernvale declares that it opposes Julian Assange being extradited.\n\nMark\n",
            "electors' general meeting of the Shire of Fernvale",
            id="people-of-the-meeting-carried",
        ),
        pytest.param(
            "Forwarding.\n\nAt this year's Shire of Fernvale electors' general meeting, the "
            "electors carried a motion on Julian Assange:\n\nThat the Shire of Fernvale oppose "
            "Julian Assange's extradition.\n",
            "electors' general meeting of the Shire of Fernvale",
            id="this-years-meeting",
        ),
    ],
)
def test_a_described_meeting_is_the_body(body: str, expected: str) -> None:
    got = extract(body, "Resolution on Julian Assange").organisation
    assert got is not None and got.value == expected
    assert 0.5 <= got.confidence < 0.8  # described, never trusted


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi,\n\nAt the Shire of Fernvale's annual general meeting, Councillor Reed "
            "carried the day.\n\nFree Julian Assange. We call on the government to act.\n",
            id="a-named-person-is-no-people-of-the-meeting",
        ),
        pytest.param(
            "Hi,\n\nThe Fernvale regional meeting will be held next week, where we hope the "
            "motion on Julian Assange is carried.\n\nWe call on the government to act.\n",
            id="the-meeting-does-not-act",
        ),
        pytest.param(
            "Hi,\n\nLast night our NURV Eastvale branch meeting voted for the resolution "
            "below.\n\nWe call on the government to free Julian Assange.\n",
            id="a-branch-meeting-is-the-branchs",
        ),
    ],
)
def test_no_described_meeting(body: str) -> None:
    got = extract(body, "Julian Assange").organisation
    assert got is None or "meeting of" not in got.value


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        pytest.param("the National Union of Reporters (x)", "NURV", None, id="too-short"),
        pytest.param(
            "members of Fernvale Teachers Union", "FTU", "Fernvale Teachers Union", id="plain"
        ),
        pytest.param(
            "the Harbour Workers and Dockers Association",
            "HWDA",
            "Harbour Workers and Dockers Association",
            id="small-words-skipped",
        ),
        pytest.param("Fernvale Trades Council", "FTU", None, id="initials-differ"),
    ],
)
def test_acronym_spelled_out(text: str, acronym: str, expected: str | None) -> None:
    view = build_view("", None, "", [(text, "body")], ("en",), ())
    assert spelled_out(acronym, view) == expected


def test_meeting_of_members_names_their_body() -> None:
    body = (
        "This regional meeting of Fernvale Teachers Union members demands the immediate "
        "release of Julian Assange and rejects the Espionage Act charges against him.\n\n"
        "Carried overwhelmingly 22/2/24\n"
    )
    got = extract(body, "Photo of resolution").organisation
    assert got is not None and got.value == "Fernvale Teachers Union"
