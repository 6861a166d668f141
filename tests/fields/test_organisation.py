"""The organisation: rules per language, normalisation, generic names, the registry."""

from __future__ import annotations

import pytest

from parsers.fields.organisation import OrganisationEntry, normalise_organisation
from tests.fields.helpers import extract, model_filled

TRAILER = "14 March 2024, Sheffield"


@pytest.mark.parametrize(
    ("body", "subject", "expected", "rule"),
    [
        pytest.param(
            model_filled("Unite North West 522 Branch", TRAILER),
            "",
            "Unite North West 522 Branch",
            "slot-en",
            id="en-slot",
        ),
        pytest.param(
            model_filled("the Sheffield Trades Union Council", TRAILER),
            "",
            "Sheffield Trades Union Council",
            "slot-en",
            id="en-slot-article-dropped",
        ),
        pytest.param(
            "That this meeting of Lambeth NEU condemns the jailing of Julian Assange "
            "and demands freedom for Chelsea Manning. We call for their release.\n\n"
            + model_filled("this meeting", TRAILER),
            "",
            "Lambeth NEU",
            "that-this-en",
            id="en-that-this",
        ),
        pytest.param(
            "Diese Versammlung des ver.di Ortsvereins Hamburg-Nord verurteilt die "
            "Verhaftung von Julian Assange und Chelsea Manning. Wir fordern ihre "
            "Freilassung. Einstimmig beschlossen am 12. März 2024 in Hamburg.",
            "",
            "ver.di Ortsverein Hamburg-Nord",
            "slot-de",
            id="de-slot-genitive",
        ),
        pytest.param(
            "Cette assemblée de la Section syndicale CGT Cheminots de Lyon condamne "
            "l'arrestation de Julian Assange et de Chelsea Manning. Nous exigeons leur "
            "libération. Adoptée le 3 mars 2024.",
            "",
            "Section syndicale CGT Cheminots de Lyon",
            "slot-fr",
            id="fr-slot",
        ),
        pytest.param(
            "Esta asamblea de trabajadores del Metro de Madrid condena el "
            "encarcelamiento de Julian Assange y Chelsea Manning. Exigimos su "
            "libertad. Aprobada el 5 de marzo de 2024.",
            "",
            "Asamblea de trabajadores del Metro de Madrid",
            "slot-es",
            id="es-assembly-of-workers",
        ),
        pytest.param(
            "Questa assemblea della FLC CGIL Bologna condanna l'arresto di Julian "
            "Assange e Chelsea Manning. Chiediamo la loro liberazione. Approvata il 6 "
            "marzo 2024.",
            "",
            "FLC CGIL Bologna",
            "slot-it",
            id="it-slot",
        ),
        pytest.param(
            model_filled("[name of organisation / group]", TRAILER)
            + "\n\nIn solidarity,\nJo Bloggs\nSecretary, Bristol Trades Union Council\n",
            "",
            "Bristol Trades Union Council",
            "signature",
            id="en-signature",
        ),
    ],
)
def test_organisation_rules(body: str, subject: str, expected: str, rule: str) -> None:
    got = extract(body, subject).organisation
    assert got is not None and got.value == expected
    assert got.evidence is not None and got.evidence.rule == rule


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("this meeting", id="this-meeting"),
        pytest.param("this conference", id="conf"),
        pytest.param("[name of organisation / group]", id="placeholder"),
        pytest.param("the members", id="en-members"),
        pytest.param("les membres", id="fr-members"),
        pytest.param("Mitglieder", id="de-members"),
    ],
)
def test_generic_is_not_an_organisation(name: str) -> None:
    assert extract(model_filled(name, TRAILER)).organisation is None


def test_registry_recognises_another_spelling() -> None:
    registry = (OrganisationEntry("Unite North West 522 Branch", ("Unite NW 522",), "GB"),)
    got = extract(model_filled("Unite north west 522 branch", TRAILER), registry=registry)
    assert got.organisation is not None
    assert got.organisation.value == "Unite North West 522 Branch"


def test_registry_keeps_branch_numbers_apart() -> None:
    registry = (OrganisationEntry("Unite North West 523 Branch"),)
    got = extract(model_filled("Unite North West 522 Branch", TRAILER), registry=registry)
    assert got.organisation is not None and got.organisation.value == "Unite North West 522 Branch"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "  the  NEU   Lambeth District. ", "NEU Lambeth District", id="spaces-article"
        ),
        pytest.param(
            "des ver.di Ortsvereins Hamburg", "ver.di Ortsverein Hamburg", id="de-genitive"
        ),
        pytest.param("UCU", "UCU", id="abbreviation-kept"),
    ],
)
def test_normalise_organisation(raw: str, expected: str) -> None:
    assert normalise_organisation(raw) == expected
