"""The body behind the words around its name: a council's record heading ("Extrait du registre
des délibérations du Conseil municipal"), a meeting's title ("Asamblea General del X"), a
branch's meeting ("the X branch AGM of the Y"), the body that called a meeting, and names the
framing used to miss (a small first letter, a time opening the sentence, the model's brackets
left in)."""

from __future__ import annotations

import pytest

from parsers.fields.orgname import normalise_organisation
from tests.fields.helpers import extract, extract_documents, model_filled

UNFILLED = "[name of organisation / group]"
_MOTION = "We demand the immediate release of Julian Assange and Chelsea Manning."


def test_council_record_heading_is_not_the_body() -> None:
    letter = (
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint l'extrait de la délibération adoptée "
        "par le Conseil municipal.\n\nLe secrétariat\n"
    )
    record = (
        "COMMUNE DE MONTBRISON\n"
        "Extrait du registre des délibérations du Conseil municipal\n"
        "Délibération n° 2021-014\n"
        "Le Conseil municipal de la commune de Montbrison, dûment convoqué, s'est réuni.\n"
        "Objet : soutien à Julian Assange\n"
        "Après en avoir délibéré, DÉCIDE de demander la libération de Julian Assange.\n"
    )
    got = extract_documents([(letter, "body"), (record, "attachment")]).organisation
    assert got is not None and got.value == "Conseil municipal de Montbrison"


def test_council_record_in_capitals_takes_its_town() -> None:
    body = (
        "COMUNE DI MONTEBELLUNA\nUfficio Segreteria\n\n"
        "si trasmette il dispositivo della deliberazione del Consiglio Comunale n. 12 del "
        "3 marzo 2021.\n\nIL CONSIGLIO COMUNALE\nCon voti favorevoli 10, contrari 2,\n"
        "DELIBERA\n1. di chiedere la liberazione di Julian Assange.\n"
    )
    got = extract(body, "Trasmissione delibera C.C. n. 12/2021").organisation
    assert got is not None and got.value == "Consiglio Comunale di Montebelluna"


@pytest.mark.parametrize(
    ("body", "expected", "rule"),
    [
        pytest.param(
            "La Asamblea General del Sindicato de Trabajadores del Puerto Viejo exige la "
            "libertad de Julian Assange.",
            "Sindicato de Trabajadores del Puerto Viejo",
            "named-body-acts",
            id="es-assembly-title-of-a-union",
        ),
        pytest.param(
            "The Congress of the Northbridge Dock Workers' Union demands the release of "
            "Julian Assange.",
            "Northbridge Dock Workers' Union",
            "named-body-acts",
            id="en-congress-of-a-union",
        ),
        pytest.param(
            "I will move the motion at the Eastvale branch AGM of the Northbridge Teachers' "
            "Association on Tuesday 14 January.",
            "Eastvale branch of the Northbridge Teachers' Association",
            "named-meeting-of",
            id="en-branch-meeting-of-its-union",
        ),
        pytest.param(
            "Gisteravond heeft de ledenvergadering van de afdeling Noordkade van de Havenbond "
            "in buurthuis De Ster de volgende motie aangenomen.",
            "afdeling Noordkade van de Havenbond",
            "named-meeting-of",
            id="nl-unit-written-small-before-its-name",
        ),
        pytest.param(
            "La mozione è stata approvata dall'assemblea dei portuali del Sindacato Autonomo "
            "Portuali Lindenfeld (SAPL) lunedì 2 dicembre.",
            "Sindacato Autonomo Portuali Lindenfeld",
            "named-meeting-of",
            id="it-meeting-of-the-workers-of-a-union",
        ),
        pytest.param(
            "Last Friday the general meeting of the uMlazi Street Traders' Forum, held at the "
            "community hall, adopted the following.",
            "uMlazi Street Traders' Forum",
            "named-meeting-of",
            id="name-with-a-small-first-letter",
        ),
        pytest.param(
            "A public meeting of 200 people at the Town Hall, called by the Northbridge Defence "
            "Committee on Saturday, adopted the following resolution.",
            "Northbridge Defence Committee",
            "named-meeting-called-by",
            id="the-body-that-called-the-meeting",
        ),
        pytest.param(
            "I brought the resolution to the Lindenfeld Nurses' Council delegate meeting on "
            "Thursday. The motion fell on a tied vote.",
            "Lindenfeld Nurses' Council",
            "named-body-meeting",
            id="the-body-whose-meeting-it-was",
        ),
        pytest.param(
            "Tonight Northbridge Riggers' Union Local 4 passed the resolution 30 to 2.",
            "Northbridge Riggers' Union Local 4",
            "named-body-acts",
            id="time-opening-the-sentence",
        ),
        pytest.param(
            "„Die Mitglieder des Mietervereins Nordstadt e.V. fordern die Freilassung von "
            "Julian Assange.“",
            "Mieterverein Nordstadt",
            "members-act-de",
            id="de-the-members-of-a-body-demand",
        ),
        pytest.param(
            "Us fem arribar la resolució aprovada per l'assemblea de l'Ateneu Popular del Turó, "
            "a Lindenfeld.",
            "Ateneu Popular del Turó",
            "named-meeting-of",
            id="ca-ateneu-is-a-body",
        ),
    ],
)
def test_body_behind_the_framing(body: str, expected: str, rule: str) -> None:
    got = extract(f"{body}\n\n{_MOTION}\n").organisation
    assert got is not None and got.value == expected
    assert got.evidence is not None and got.evidence.rule == rule


def test_model_brackets_left_around_the_name() -> None:
    got = extract(model_filled("[Eastgate Bus Drivers' Forum]", "")).organisation
    assert got is not None and got.value == "Eastgate Bus Drivers' Forum"
    assert got.evidence is not None and got.evidence.rule == "slot-campaign"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Asamblea General de Vecinos", "Asamblea General de Vecinos", id="no-body"),
        pytest.param("Congress of the People", "Congress of the People", id="title-is-the-name"),
        pytest.param("Consiglio comunale n. 58", "Consiglio comunale", id="record-number"),
        pytest.param(
            "Jahreshauptversammlung des Mietervereins Nordstadt",
            "Mieterverein Nordstadt",
            id="de-meeting-title",
        ),
    ],
)
def test_normalised_name(name: str, expected: str) -> None:
    assert normalise_organisation(name) == expected
