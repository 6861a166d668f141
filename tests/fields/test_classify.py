"""Is it a resolution, and was it passed: headers, structure, and the words in five languages."""

from __future__ import annotations

import pytest

from parsers.fields.classify import find_outcome
from tests.fields.helpers import extract, model_filled

ORG = "Sheffield Trades Union Council"


@pytest.mark.parametrize(
    ("headers", "subject", "sender"),
    [
        pytest.param(
            (("Auto-Submitted", "auto-replied"),),
            "Re: resolution",
            "a@example.org",
            id="rfc3834-auto-submitted",
        ),
        pytest.param(
            (("X-Autoreply", "yes"),), "Re: resolution", "a@example.org", id="x-autoreply"
        ),
        pytest.param(
            (("Precedence", "bulk"),), "Weekly news", "a@example.org", id="precedence-bulk"
        ),
        pytest.param(
            (("List-Id", "<members.example.org>"),), "Digest", "a@example.org", id="list-id"
        ),
        pytest.param(
            (("Content-Type", "multipart/report; report-type=delivery-status"),),
            "Undelivered Mail Returned to Sender",
            "MAILER-DAEMON@example.org",
            id="bounce-multipart-report",
        ),
        pytest.param((), "Out of office: resolution", "a@example.org", id="out-of-office-subject"),
    ],
)
def test_machine_mail_is_never_a_resolution(
    headers: tuple[tuple[str, str], ...], subject: str, sender: str
) -> None:
    got = extract(
        model_filled(ORG, "14 March 2024, Sheffield"), subject, headers=headers, sender=sender
    )
    assert got.kind == "other"


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        pytest.param("The motion was passed unanimously.", "passed", id="en-passed"),
        pytest.param("Carried nem. con.", "passed", id="en-carried"),
        pytest.param("We will be moving this at our next meeting.", "proposed", id="en-will-move"),
        pytest.param("Draft motion for the general meeting:", "proposed", id="en-draft"),
        pytest.param(
            "The committee agreed to put it on the agenda. We will move it on Thursday.",
            "proposed",
            id="en-agreed-to-is-not-the-vote",
        ),
        pytest.param("Sadly the motion was lost by 12 votes to 15.", "defeated", id="en-lost"),
        pytest.param(
            "An amendment was defeated but the motion was carried.",
            "passed",
            id="en-amendment-defeated",
        ),
        pytest.param("The resolution has not yet been passed.", "proposed", id="en-not-yet"),
        pytest.param("Die Resolution wurde einstimmig beschlossen.", "passed", id="de-passed"),
        pytest.param("Der Antrag wurde abgelehnt.", "defeated", id="de-defeated"),
        pytest.param("La motion a été adoptée à l'unanimité.", "passed", id="fr-passed"),
        pytest.param("La motion a été rejetée.", "defeated", id="fr-defeated"),
        pytest.param("La moción fue aprobada por unanimidad.", "passed", id="es-passed"),
        pytest.param("La resolución fue rechazada.", "defeated", id="es-defeated"),
        pytest.param("La mozione è stata approvata all'unanimità.", "passed", id="it-passed"),
        pytest.param("La mozione è stata respinta.", "defeated", id="it-defeated"),
        pytest.param("Here is the text.", "unknown", id="no-cue"),
        pytest.param("The motion went through with two against.", "passed", id="en-went-through"),
        pytest.param(
            "Tenants agreed to issue this statement:", "passed", id="en-agreed-to-issue-the-text"
        ),
        pytest.param(
            "Der Antrag wurde am 7. Mai 2024 mit 5 zu 9 Stimmen abgelehnt.",
            "defeated",
            id="de-day-number-dot-does-not-end-the-sentence",
        ),
        pytest.param(
            "Projet de motion, à soumettre au vote de l'assemblée.",
            "proposed",
            id="fr-vote-noun-is-not-voted",
        ),
        pytest.param("La aprobamos en la asamblea.", "passed", id="es-first-person-plural"),
        pytest.param(
            "Sorry, it took ages: the branch passed it in May.",
            "passed",
            id="en-negation-only-in-its-own-clause",
        ),
        pytest.param(
            "Better late than never: our branch passed it in May.",
            "passed",
            id="en-never-in-another-clause",
        ),
        pytest.param("Branch motion on Assange: not carried", "defeated", id="en-not-carried"),
        pytest.param(
            "Members voted through the motion with two abstentions.",
            "passed",
            id="en-voted-through",
        ),
        pytest.param(
            "The motion I moved last week failed by two votes.",
            "defeated",
            id="en-failed-by-a-margin",
        ),
        pytest.param(
            "Der Antrag hat auf der Versammlung leider keine\nMehrheit bekommen.",
            "defeated",
            id="de-cue-wrapped-over-a-line",
        ),
        pytest.param(
            "The executive decided to bring the motion to our general meeting next month.",
            "proposed",
            id="en-agreed-to-bring-motion-to-a-meeting",
        ),
        pytest.param(
            "If not carried, we will try again in spring.",
            "proposed",
            id="en-if-not-carried-is-conditional",
        ),
    ],
)
def test_outcome(text: str, outcome: str) -> None:
    assert find_outcome(text).outcome == outcome


def test_reworded_motion_for_the_same_people_is_a_resolution() -> None:
    body = (
        "Our branch meeting passed this on 12 March 2024:\n\n"
        "The Hackney branch condemns the persecution of Julian Assange and demands the "
        "release of Chelsea Manning. We call on all unions to defend them.\n"
    )
    assert extract(body).kind == "resolution"


@pytest.mark.parametrize(
    ("body", "category"),
    [
        pytest.param(
            "Could you send a speaker to our branch meeting next month?",
            "speaker-request",
            id="speaker",
        ),
        pytest.param("Thank you for publishing our resolution!", "thank-you", id="thanks"),
        pytest.param("Can we change the wording of the model?", "question", id="question"),
    ],
)
def test_other_messages_say_what_they_are(body: str, category: str) -> None:
    got = extract(body)
    assert got.kind == "other" and got.reason.startswith(category)


@pytest.mark.parametrize(
    ("text", "outcome", "sure"),
    [
        pytest.param(
            "At last night's meeting the motion was carried.", "passed", True, id="tied-to-motion"
        ),
        pytest.param("Passed, see below.", "passed", False, id="bare-passed-not-tied"),
        pytest.param("We agreed, thanks.", "passed", False, id="lone-agreed-weak"),
        pytest.param(
            "The vote was lost 8 to 11 and the motion fell.", "defeated", True, id="defeat-count"
        ),
        pytest.param(
            "The motion was carried. A second motion was lost by 3 votes to 20.",
            "defeated",
            False,
            id="rival-readings-contested",
        ),
        pytest.param("Here is the text.", "unknown", False, id="nothing-said"),
    ],
)
def test_outcome_confidence_needs_a_vote_tie(text: str, outcome: str, sure: bool) -> None:
    found = find_outcome(text)
    assert found.outcome == outcome
    assert (found.confidence >= 0.8) is sure
    if outcome != "unknown":
        assert found.confidence >= 0.5
