"""Choosing the meeting date: cues, the slot line, relative days, order, and what is not it."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract, model_filled

ORG = "Unite North West 522 Branch"


@pytest.mark.parametrize(
    ("framing", "trailer", "expected", "sure"),
    [
        pytest.param("", "14 March 2024, Manchester", "2024-03-14", True, id="en-slot-line"),
        pytest.param(
            "Our branch passed this at its meeting on 12 March 2024.",
            "",
            "2024-03-12",
            True,
            id="en-cue-phrase",
        ),
        pytest.param(
            "Our branch passed this last night.",
            "",
            "2024-03-14",
            True,
            id="en-relative-last-night",
        ),
        pytest.param(
            "The hearing is on 20 February 2024. We passed this on 12 March 2024.",
            "",
            "2024-03-12",
            True,
            id="en-hearing-is-not-the-meeting",
        ),
        pytest.param(
            "We passed this at the meeting on 02/01/2024.",
            "",
            "2024-01-02",
            False,
            id="en-ambiguous-numeric-flagged",
        ),
        pytest.param(
            "We passed this at the meeting on 04/03/2024.",
            "",
            "2024-03-04",
            True,
            id="en-numeric-other-reading-after-the-email",
        ),
        pytest.param(
            "Last night, after a long debate, the branch voted for it.",
            "",
            "2024-03-14",
            True,
            id="en-relative-day-opening-its-sentence",
        ),
        pytest.param(
            "Passed at the meeting held 22 to 25 February 2024.",
            "",
            "2024-02-22/2024-02-25",
            True,
            id="en-conference-range",
        ),
    ],
)
def test_meeting_date_en(framing: str, trailer: str, expected: str, sure: bool) -> None:
    body = f"Hello,\n\n{framing}\n\n{model_filled(ORG, trailer)}\n\nIn solidarity,\nJo\n"
    got = extract(body, "Resolution").meeting_date
    assert got is not None
    assert got.value == expected
    assert (got.confidence >= 0.5) is sure


@pytest.mark.parametrize(
    ("framing", "expected"),
    [
        pytest.param(
            "Die Resolution wurde auf der Mitgliederversammlung am 04.03.2024 "
            "einstimmig beschlossen.",
            "2024-03-04",
            id="de-numeric-dmy-by-language",
        ),
        pytest.param(
            "La motion a été adoptée à l'unanimité le 3 mars 2024 à Lyon.",
            "2024-03-03",
            id="fr-cue",
        ),
        pytest.param(
            "La moción fue aprobada por unanimidad en la asamblea del 5 de marzo de 2024.",
            "2024-03-05",
            id="es-cue",
        ),
        pytest.param(
            "La mozione è stata approvata all'unanimità nella riunione del 6 marzo 2024.",
            "2024-03-06",
            id="it-cue",
        ),
    ],
)
def test_meeting_date_other_languages(framing: str, expected: str) -> None:
    body = (
        f"{framing}\n\nJulian Assange und Chelsea Manning. Assange Manning.\n\n"
        f"{model_filled(ORG, '')}\n"
    )
    got = extract(body).meeting_date
    assert got is not None and got.value == expected and got.confidence >= 0.5


def test_a_date_after_the_message_is_not_the_meeting() -> None:
    body = f"We passed this on 20 March 2024.\n\n{model_filled(ORG, '')}\n"
    got = extract(body, sent="2024-03-15T09:00:00").meeting_date
    assert got is None or got.value != "2024-03-20"


def test_forwarded_message_dates_its_own_yesterday() -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: Sec <s@example.org>\n"
        "Date: Tue, 5 Mar 2024 21:00:00 +0000\nSubject: resolution\n\n"
        f"Our branch passed this yesterday.\n\n{model_filled(ORG, '')}\n"
    )
    got = extract(body, sent="2024-03-15T09:00:00").meeting_date
    assert got is not None and got.value == "2024-03-04"


def test_no_date_at_all_is_null() -> None:
    assert extract(model_filled(ORG, "")).meeting_date is None


@pytest.mark.parametrize(
    "framing",
    [
        pytest.param(
            "At its last sitting the executive agreed to put this motion to members at the "
            "general meeting on Wednesday 20 March.",
            id="agreed-to-put-to-a-coming-meeting",
        ),
        pytest.param(
            "The officers decided to bring this motion to our AGM on Monday 25 March.",
            id="decided-to-bring-to-the-agm",
        ),
    ],
)
def test_a_meeting_still_to_vote_gives_no_trusted_date(framing: str) -> None:
    got = extract(f"{framing}\n\n{model_filled('Riverside Tenants Action Group', '')}\n")
    assert got.outcome == "proposed"
    assert got.meeting_date is None or got.meeting_date.confidence < 0.5
