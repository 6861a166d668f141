"""A bare kind of council read as the council of the one town the message names with the
same word written small ("Kettering council tabled it"): the town must be a known one, the
kind is the fullest the text gives, and two towns or none complete nothing."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract

_REPORT = (
    "Hi all,\n\nLast night the City Council took up the resolution on Chelsea Manning. After "
    "public comment the Council voted 7-1 to table it, so it was not adopted.\n\nPat\n"
)


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        pytest.param(
            _REPORT,
            "Kettering council tabled the motion",
            "Kettering City Council",
            id="town-in-subject-kind-from-text",
        ),
        pytest.param(
            _REPORT.replace("City Council", "Council"),
            "Dunmore council tabled the motion",
            "Dunmore Council",
            id="no-fuller-kind-keeps-the-word",
        ),
    ],
)
def test_council_completed_from_its_town(body: str, subject: str, expected: str) -> None:
    got = extract(body, subject).organisation
    assert got is not None and got.value == expected
    assert got.confidence < 0.8  # one mention completed: never trusted on its own


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(_REPORT, "Our council tabled the motion", id="no-town"),
        pytest.param(_REPORT, "Notre council tabled the motion", id="not-a-known-town"),
        pytest.param(
            _REPORT + "\nKettering council and Dunmore council both met.\n",
            "Motion tabled",
            id="two-towns",
        ),
    ],
)
def test_council_left_bare(body: str, subject: str) -> None:
    got = extract(body, subject).organisation
    assert got is None or got.value in {"City Council", "Council"} or got.confidence < 0.5


_STATEMENT = (
    "Hi,\n\nOur steering committee issued the statement below this week.\n\n"
    "FREE JULIAN ASSANGE!\nStatement of the Steering Committee, {parent}\n\n"
    "We urge every worker to demand that Julian Assange be freed at once.\n\nSam\n"
)


@pytest.mark.parametrize(
    ("parent", "expected"),
    [
        pytest.param(
            "Alliance of Harbour\nWorker Committees",
            "Alliance of Harbour Worker Committees",
            id="parent-body-over-a-line-break",
        ),
        pytest.param(
            "Northvale Tenants Union", "Northvale Tenants Union", id="parent-body-one-line"
        ),
    ],
)
def test_bare_body_named_by_its_parent(parent: str, expected: str) -> None:
    """ "the Steering Committee, X Coalition": the body after the comma names the bare one."""
    got = extract(_STATEMENT.format(parent=parent)).organisation
    assert got is not None and got.value == expected


def test_apposition_without_a_body_completes_nothing() -> None:
    got = extract(_STATEMENT.format(parent="Pat Lee and Sam Roe")).organisation
    assert got is None or got.value == "Steering Committee"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A moção de solidariedade a Julian Assange ainda não foi votada no plenário da "
            "Câmara Municipal de Serra Alta.\n\nResumo: a Câmara manifesta solidariedade às "
            "organizações que defendem Julian Assange.\n\nLuana\n",
            "Câmara Municipal de Serra Alta",
            id="pt-council-acts-by-its-first-word",
        ),
        pytest.param(
            "The resolution on Julian Assange went before the Council of Northvale on Monday."
            "\n\nIn short, the Council condemns the prosecution of Julian Assange.\n\nPat\n",
            "Council of Northvale",
            id="en-council-acts-by-its-first-word",
        ),
    ],
)
def test_council_named_then_acting_by_its_head(body: str, expected: str) -> None:
    got = extract(body).organisation
    assert got is not None and got.value == expected
    assert got.confidence >= 0.5  # acting, not merely named


_MEETING = (
    "Hi,\n\n{framing}, the motion below was carried by the students present.\n\n"
    "This meeting of students pledges to fight for the unconditional freedom of Julian "
    "Assange and to campaign to stop his extradition to the United States.\n\nPriya\n"
)


@pytest.mark.parametrize(
    ("framing", "expected"),
    [
        pytest.param("At our NSYF meeting at Eastvale College last month", "NSYF", id="our"),
        pytest.param("At the NSYF Eastvale meeting on Monday", "NSYF Eastvale", id="the-named"),
        pytest.param("At the NSYF regional meeting on Monday", None, id="lower-case-kind-no-cue"),
        pytest.param("At the Monday meeting", None, id="no-acronym"),
    ],
)
def test_body_holding_the_meeting_by_its_acronym(framing: str, expected: str | None) -> None:
    got = extract(_MEETING.format(framing=framing)).organisation
    if expected is None:  # other cues may still read the framing; this one reads nothing
        assert got is None or got.evidence is None or "acronym-meeting" not in got.evidence.rule
    else:
        assert got is not None and got.value == expected
        assert 0.5 <= got.confidence < 0.8  # the body holding a meeting, not seen acting
