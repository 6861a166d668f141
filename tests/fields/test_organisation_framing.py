"""The organisation named in the framing: meeting words, times, venues and dates around the
name are not part of it."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract, model_filled

UNFILLED = "[name of organisation / group]"


def _model_with(slot: str) -> str:
    return model_filled(UNFILLED, "").replace(f"This meeting of {UNFILLED}", slot)


@pytest.mark.parametrize(
    ("body", "subject", "expected", "rule"),
    [
        pytest.param(
            _model_with("This special general meeting of the Harbour Dockers Union"),
            "",
            "Harbour Dockers Union",
            "slot-en",
            id="slot-with-qualified-meeting-noun",
        ),
        pytest.param(
            "The Northfield Allotment Society met on Monday. The vote was unanimous.\n\n"
            + model_filled(UNFILLED, ""),
            "",
            "Northfield Allotment Society",
            "body-met",
            id="named-body-met",
        ),
        pytest.param(
            model_filled(UNFILLED, ""),
            "Resolution from Eastgate Trades Council, Wed 6 March",
            "Eastgate Trades Council",
            "subject",
            id="subject-name-ends-before-a-date",
        ),
        pytest.param(
            "Auf der Jahreshauptversammlung der Stadtteilinitiative Linden-Süd am Dienstag "
            "wurde die Resolution beschlossen.\n\n" + model_filled(UNFILLED, ""),
            "",
            "Stadtteilinitiative Linden-Süd",
            "named-meeting-of",
            id="de-compound-org-word-and-weekday-after-name",
        ),
        pytest.param(
            "L'assemblée générale du Syndicat des Locataires de Verdun a adopté mardi la "
            "résolution suivante.\n\n" + model_filled(UNFILLED, ""),
            "",
            "Syndicat des Locataires de Verdun",
            "named-meeting-of",
            id="fr-name-ends-before-the-verb",
        ),
    ],
)
def test_framing_names(body: str, subject: str, expected: str, rule: str) -> None:
    got = extract(body, subject).organisation
    assert got is not None and got.value == expected
    assert got.evidence is not None and got.evidence.rule == rule


@pytest.mark.parametrize(
    "framing",
    [
        pytest.param(
            "Last Tuesday's general meeting adopted the following motion.",
            id="time-opening-a-sentence",
        ),
        pytest.param(
            "Held at short notice, the Riverside Community Library adopted the motion below.",
            id="venue-is-not-a-body",
        ),
    ],
)
def test_framing_without_a_body(framing: str) -> None:
    got = extract(f"{framing}\n\n{model_filled(UNFILLED, '')}\n").organisation
    assert got is None or got.confidence < 0.5


def test_lower_case_meeting_word_is_not_part_of_the_name() -> None:
    body = (
        "Ieri sera l'assemblea del Comitato Inquilini di Mestre ha approvato la mozione.\n\n"
        + model_filled(UNFILLED, "")
    )
    got = extract(body).organisation
    assert got is not None and got.value == "Comitato Inquilini di Mestre"
