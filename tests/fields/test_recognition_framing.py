"""Recognition by the text a body adopted, and the meeting's date and place around it: other
bodies' votes, a motion on the subject line, a body's own mailing, a motion still to be moved,
date headings, a convocation, a meeting still to come. Bodies, people and places are invented."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract, extract_documents


@pytest.mark.parametrize(
    ("body", "subject", "sent", "kind", "outcome", "reason_has"),
    [
        pytest.param(
            "FREE ASSANGE\n\nSaturday 20 April, 12 noon\nAssemble at Lindenfeld Square\n\n"
            "Join trade unionists to demand Julian Assange's freedom. Speakers include "
            "branches that have passed resolutions in his defence.\n",
            "RALLY: Saturday 20 April",
            "2024-04-10T09:00:00",
            "other",
            None,
            "event: announces an event ('RALLY'); reports other bodies' votes",
            id="an-event-reporting-other-bodies-votes",
        ),
        pytest.param(
            "The Marlow Vale branch passed this motion on Tuesday:\n\nThis branch condemns "
            "the jailing of Julian Assange and calls for his release. Come to the rally on "
            "Saturday.",
            "Our motion",
            "2024-03-15T09:00:00",
            "resolution",
            "passed",
            "subject Julian Assange",
            id="a-vote-on-one-motion-is-no-other-bodies-votes",
        ),
        pytest.param(
            "I brought it to the Harwick Nurses' Council delegate meeting on Thursday, March 7, "
            "2024 in Lindenfeld. After a long debate the motion fell on a tied vote, 20-20.",
            "Update on the Assange resolution",
            "2024-03-15T09:00:00",
            "resolution",
            "defeated",
            "subject Assange",
            id="the-subject-line-names-the-resolution-voted-on",
        ),
        pytest.param(
            "Hej!\n\nFöreningen Vikby Bibliotekarier antog på sitt årsmöte den 9 mars 2024 "
            'följande uttalande:\n\n"Vi kräver att Julian Assange och Chelsea Manning '
            'omedelbart friges."\n\nMed vänliga hälsningar\nStyrelsen',
            "Uttalande från årsmötet",
            "2024-03-15T09:00:00",
            "resolution",
            None,
            "language sv",
            id="a-statement-quoted-whole-in-a-language-without-word-tables",
        ),
        pytest.param(
            "At our general meeting on Tuesday, March 12, members of the Orrin Valley Graduate "
            "Union voted overwhelmingly (80-4) to adopt the following resolution.\n\n"
            "WHEREAS Julian Assange faces 18 charges;\n\nBE IT RESOLVED that the union "
            "demands the dropping of all charges against Julian Assange.\n\n"
            "You are receiving this because you corresponded with us. Unsubscribe",
            "Resolution adopted",
            "2024-03-15T09:00:00",
            "resolution",
            "passed",
            "motion form",
            id="a-body-s-own-mailing-with-an-unsubscribe-line",
        ),
        pytest.param(
            "View it in your browser\n\nResolutions keep coming in\n\nThe Orrin Trades "
            "Council passed the resolution on 4 March:\n\nThis meeting condemns the "
            "imprisonment of Julian Assange and calls for his release.\n\nUnsubscribe",
            "Free the Press News - Issue 3",
            "2024-03-15T09:00:00",
            "other",
            None,
            "newsletter",
            id="a-newsletter-with-several-marks",
        ),
        pytest.param(
            "wir wollen den folgenden Antrag auf der Delegiertenkonferenz des Kreisverbands "
            "Odenfeld am 28. März stellen. Habt ihr noch Material dazu?\n\n"
            "Die Kreisdelegiertenkonferenz möge beschließen:\nDer Kreisverband Odenfeld "
            "fordert die sofortige Freilassung von Julian Assange und unterstützt die Kampagne.",
            "Antrag A7",
            "2024-03-10T09:00:00",
            "resolution",
            "proposed",
            "möge beschließen",
            id="a-motion-to-be-moved-with-a-question",
        ),
    ],
)
def test_kind_by_framing(
    body: str, subject: str, sent: str, kind: str, outcome: str | None, reason_has: str
) -> None:
    got = extract(body, subject, sent=sent)
    assert got.kind == kind, got.reason
    assert reason_has in got.reason
    if outcome is not None:
        assert got.outcome == outcome


@pytest.mark.parametrize(
    ("documents", "subject", "sent", "expected"),
    [
        pytest.param(
            [
                (
                    "ORRIN VALLEY LECTURERS' ASSOCIATION\nANNUAL CONFERENCE 2024 (ONLINE)\n"
                    "TUESDAY 5TH AND WEDNESDAY 6TH MARCH\n\nReport of business, Session 2\n\n"
                    "MOTION 9: Julian Assange and Chelsea Manning\nMoved: Harwick Branch\n\n"
                    "Conference notes that Julian Assange remains in Belmarsh.\n"
                    "Conference demands his immediate release and welcomes the release of "
                    "Chelsea Manning on 12 January.\nConference instructs the Executive to "
                    "publicise the campaign.\n\nCARRIED",
                    "body",
                )
            ],
            "Conference 2024 - Motion 9 carried",
            "2024-03-08T12:00:00",
            "2024-03-05/2024-03-06",
            id="a-date-heading-under-the-meeting-s-heading",
        ),
        pytest.param(
            [
                (
                    "Ich habe letzten Freitag an der Mitgliederversammlung der Sektion "
                    "Lindenfeld des Verbands unseren Antrag eingebracht. Der Antrag wurde mit "
                    "12 zu 15 Stimmen abgelehnt.\n\nText des Antrags: «Die Sektion fordert die "
                    "Freilassung von Julian Assange.»",
                    "body",
                )
            ],
            "Leider abgelehnt",
            "2024-03-18T09:00:00",  # a Monday
            "2024-03-15",
            id="last-friday-before-a-long-meeting-word",
        ),
        pytest.param(
            [
                (
                    "Séance du lundi 11 mars 2024\nL'an deux mille vingt-quatre, le conseil "
                    "municipal de Vaubrun, dûment convoqué le 4 mars 2024, s'est réuni en "
                    "séance publique.\nLe Conseil municipal, considérant que M. Julian Assange "
                    "est détenu, DÉCIDE à l'unanimité d'attribuer la citoyenneté d'honneur à "
                    "M. Julian Assange.",
                    "attachment",
                )
            ],
            "Délibération citoyenneté d'honneur",
            "2024-03-15T09:00:00",
            "2024-03-11",
            id="the-day-members-were-summoned-is-not-the-sitting",
        ),
    ],
)
def test_meeting_date_by_framing(
    documents: list[tuple[str, str]], subject: str, sent: str, expected: str
) -> None:
    got = extract_documents(documents, subject, sent=sent)
    assert got.meeting_date is not None, got.reason
    assert got.meeting_date.value == expected


def test_a_meeting_still_to_come_is_not_the_place_of_the_vote() -> None:
    got = extract(
        "Letzten Freitag wurde unser Antrag an der Mitgliederversammlung der Sektion Aarau "
        "abgelehnt.\n\nIch werde es an der Delegiertenversammlung des Verbands in Bern am "
        "16. April noch einmal versuchen.\n\nText: «Die Sektion fordert die Freilassung von "
        "Julian Assange.»",
        "Leider abgelehnt",
        sent="2024-03-18T09:00:00",
    )
    assert got.kind == "resolution", got.reason
    assert got.place is None or got.place.confidence < 0.8, got.place
    assert (
        got.place is None
        or got.place.evidence is None
        or (got.place.evidence.rule != "meeting-cue")
    )
