"""Recognition by what a resolution is: the campaign's subject in a text a body adopted or will
vote on, the form of a motion, the report of a vote; not likeness to the model alone. Bodies,
people and places here are invented."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract, extract_documents


@pytest.mark.parametrize(
    ("documents", "subject", "kind", "category"),
    [
        pytest.param(
            [
                (
                    "Our council has called for Julian Assange to be freed. Add us to your list!",
                    "body",
                )
            ],
            "Brackenford too",
            "resolution",
            None,
            id="a-report-of-a-call-for-release",
        ),
        pytest.param(
            [
                (
                    "That this branch of the Dunmore Tenants Union:\n"
                    "1. Notes that Julian Assange faces extradition.\n"
                    "2. Calls on the government to oppose it.\n",
                    "body",
                )
            ],
            "Our motion",
            "resolution",
            None,
            id="numbered-clauses-of-its-own",
        ),
        pytest.param(
            [
                ("anbei unser Beschluss zu Julian Assange.", "body"),
                (
                    "Der Kreisverband Odenfeld fordert die Freilassung von Julian Assange.",
                    "attachment",
                ),
            ],
            "Beschluss des Kreisverbands",
            "resolution",
            None,
            id="de-beschluss",
        ),
        pytest.param(
            [
                (
                    "Not Assange, I know, but a whistleblower motion passed by the Lowmarsh "
                    "council yesterday.\n\nThe council calls for the release of Mr Ovalle.",
                    "body",
                )
            ],
            "Council backs whistleblower",
            "other",
            "unrelated",
            id="says-it-is-on-another-subject",
        ),
        pytest.param(
            [
                (
                    "The Assange indictment raises the same questions. Attached our resolution.",
                    "body",
                ),
                (
                    "Resolution 1\nWhereas the press must be free; and\nWhereas the reporter "
                    "Ann Ovalle was jailed;\nResolved, that the Society calls for her release.",
                    "attachment",
                ),
            ],
            "Older resolutions",
            "other",
            "unrelated",
            id="names-only-in-the-cover-motion-on-another-subject",
        ),
        pytest.param(
            [
                (
                    "Attached is the open letter the Fernhill Peace Group sent to the Prime "
                    "Minister today, calling for the release of Julian Assange.",
                    "body",
                )
            ],
            "Our open letter on Julian Assange",
            "other",
            "open-letter",
            id="open-letter",
        ),
        pytest.param(
            [
                (
                    "There will be a vigil for Julian Assange on Thursday at 1pm at the Quay. "
                    "Everyone is welcome - we stand with him.",
                    "body",
                )
            ],
            "Vigil for Julian Assange",
            "other",
            "event",
            id="event-notice",
        ),
        pytest.param(
            [
                (
                    "Não é sobre Assange, mas é um voto que o nosso parlamento aprovou.\n\n"
                    "VOTO DE CONDENAÇÃO\nA assembleia condena a detenção do jornalista Rui Ovalle.",
                    "body",
                )
            ],
            "Voto aprovado",
            "other",
            "unrelated",
            id="pt-other-subject-names-once",
        ),
        pytest.param(
            [
                (
                    "Last night Northbridge Trades Council passed this motion unanimously:\n\n"
                    "This Trades Council notes the closure of the Lindenfeld library. It "
                    "resolves to support the library workers and calls on the council to "
                    "reverse the cuts.\n\nIn solidarity,\nMara Lind\nFree Julian Assange!",
                    "body",
                )
            ],
            "Motion passed at Northbridge Trades Council",
            "other",
            "unrelated",
            id="a-motion-on-another-subject-signed-with-the-campaign-s-slogan",
        ),
        pytest.param(
            [
                (
                    "At our AGM the branch passed the motion below on the Lindenfeld depot. "
                    "This year we also adopted motions on pensions and in support of Julian "
                    "Assange.\n\nThis branch notes that the Lindenfeld depot is to close. "
                    "This branch resolves to oppose the closure.",
                    "body",
                )
            ],
            "Motions from our AGM",
            "other",
            "unrelated",
            id="the-subject-only-in-a-list-of-other-motions",
        ),
        pytest.param(
            [
                (
                    "Our branch passed this motion in support of Julian Assange last night.\n\n"
                    "This branch notes that the WikiLeaks founder faces extradition. It "
                    "resolves to call for his release.",
                    "body",
                )
            ],
            "Motion passed",
            "resolution",
            None,
            id="the-motion-names-the-subject-by-another-name",
        ),
    ],
)
def test_kind_by_evidence(
    documents: list[tuple[str, str]], subject: str, kind: str, category: str | None
) -> None:
    got = extract_documents(documents, subject)
    assert got.kind == kind, got.reason
    if category is not None:
        assert got.reason.startswith(category), got.reason


def test_a_language_without_word_tables_is_recognised_and_its_fields_unsure() -> None:
    body = (
        "Hej,\n\nPå kongressen för journalisterna i Vikby antog mötet denna motion:\n\n"
        "MOTION: ASYL FÖR JULIAN ASSANGE\n\n"
        "Delegaterna anser att regeringen ska erbjuda asyl åt journalisten Julian Assange, "
        "grundaren av WikiLeaks, som har suttit fängslad i mer än fyra år och hotas av "
        "utlämning.\n"
    )
    got = extract(body, "Motion antagen på kongressen - asyl för Assange")
    assert got.kind == "resolution", got.reason
    assert "language sv" in got.reason
    for value in (got.organisation, got.meeting_date, got.place):
        assert value is None or value.confidence < 0.8
    assert got.outcome_confidence < 0.8


def test_the_evidence_is_in_the_reason() -> None:
    got = extract(
        "The Harlow Vale branch passed this motion unanimously on Tuesday:\n\n"
        "This branch condemns the persecution of Julian Assange and calls for his release."
    )
    assert got.kind == "resolution"
    assert "subject Julian Assange" in got.reason and "motion form" in got.reason
    assert "outcome from" in got.reason


def test_a_vote_to_act_on_the_subject_is_a_passed_decision() -> None:
    got = extract(
        "Good news from Saturday's AGM of the Kelso Peace Forum: delegates voted "
        "unanimously to step up our campaigning for Julian Assange's freedom."
    )
    assert (got.kind, got.outcome) == ("resolution", "passed")


def test_agreeing_to_table_a_motion_is_no_vote_on_it() -> None:
    got = extract(
        "Our committee agreed to put the motion on Julian Assange to the next meeting "
        "of the Tollcross branch."
    )
    assert got.outcome != "passed"


def test_a_body_s_statement_with_no_vote_counts_as_passed_unsure() -> None:
    got = extract(
        "Here is the statement the Wexmoor Peace Council issued this week.\n\n"
        "The Wexmoor Peace Council calls for the release of Julian Assange."
    )
    assert (got.kind, got.outcome) == ("resolution", "passed")
    assert 0.5 <= got.outcome_confidence < 0.8


def test_an_attachment_the_cover_presents_as_a_statement() -> None:
    got = extract_documents(
        [
            ("Scan of the Thornbury Greens statement from yesterday.", "body"),
            (
                "The Thornbury Greens today ask the President to pardon Julian Assange; "
                "Assange exposed war crimes.",
                "attachment",
            ),
        ],
        "Thornbury Greens",
    )
    assert got.kind == "resolution", got.reason


@pytest.mark.parametrize(
    ("framing", "outcome"),
    [
        pytest.param("The motion, proposed by our secretary, passed.", "passed", id="mover"),
        pytest.param("It is on the agenda; nothing has been decided yet.", "proposed", id="agenda"),
    ],
)
def test_who_proposed_it_is_no_proposal(framing: str, outcome: str) -> None:
    got = extract(f"{framing}\n\nThe Lindholm branch calls for the release of Julian Assange.")
    assert got.outcome == outcome


def test_the_model_s_own_verbs_declare_no_outcome() -> None:
    from tests.fields.helpers import model_filled

    got = extract(model_filled("Eastmoor Carers Group", "4 May 2024, Eastmoor"))
    assert (got.kind, got.outcome) == ("resolution", "unknown")


@pytest.mark.parametrize(
    ("framing", "outcome"),
    [
        pytest.param(
            "He carried out the leaks. The motion was tabled today.", "proposed", id="carried-out"
        ),
        pytest.param("The motion was carried at the Elmstead branch.", "passed", id="carried"),
    ],
)
def test_carried_out_is_no_vote(framing: str, outcome: str) -> None:
    got = extract(f"{framing}\n\nThe branch calls for the release of Julian Assange.")
    assert got.outcome == outcome


HOSPITAL = '''
name = "save-the-hospital"
languages = ["en"]
model = """
This meeting of [name of organisation] opposes the closure of Kestrel General Hospital.

[Date, and place where meeting was held]
"""
[subject]
names = ["Kestrel General", "Kestrel Hospital"]
distractors = ["Kestrel Magistrates Court"]
[subject.other_names]
en = ["the town's hospital"]
'''


def test_the_subject_is_read_from_the_campaign_file() -> None:
    from parsers.campaign import parse_campaign
    from parsers.fields.resolve import find_fields
    from tests.fields.helpers import message

    campaign = parse_campaign(HOSPITAL)
    assert campaign.subject == ("Kestrel General", "Kestrel Hospital")
    assert campaign.descriptions == ("the town's hospital",)
    assert campaign.distractors == ("Kestrel Magistrates Court",)
    body = "Our tenants' association voted to back the campaign to keep Kestrel Hospital open."
    got = find_fields(message("Our motion"), [(body, "body")], campaigns=(campaign,))
    assert got.kind == "resolution", got.reason
    assert "subject Kestrel Hospital" in got.reason


def test_a_filled_model_with_a_question_is_still_a_proposed_resolution() -> None:
    from tests.fields.helpers import model_filled

    body = (
        "We will be moving this at our meeting next Thursday. One question: could we add a "
        "line about our own contracts?\n\n" + model_filled("Ashcombe Staff Union", "")
    )
    got = extract(body)
    assert (got.kind, got.outcome) == ("resolution", "proposed"), got.reason
