"""Bodies named by the shape of their name alone (orgmentions): the name's edges, units beside
their parents, roles and headings that are no body, and how sure a name found so may be.
Every name here is invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers.fields.context import build_view
from parsers.fields.organisation import MENTION_CAP, find_organisation
from parsers.fields.orgmentions import kind_only, mentions, without_role
from parsers.fields.orgscore import cue_of
from parsers.types import Evidence, FieldValue

SENT = datetime(2024, 3, 15, 9, tzinfo=UTC)
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


def organisation(documents: list[tuple[str, str]] | str, subject: str = "") -> FieldValue | None:
    if isinstance(documents, str):
        documents = [(documents, "body")]
    return find_organisation(build_view(subject, SENT, "a@example.org", documents, LANGUAGES))


def written(text: str) -> list[str]:
    return [m.written for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The motion was carried by the Dunmore District Council of the\n"
            "Tile Layers' Union at its meeting on Tuesday, after a long debate on it.",
            "Dunmore District Council of the Tile Layers' Union",
            id="wrapped-after-a-link-is-one-name",
        ),
        pytest.param(
            "fue rechazada en la asamblea de la Unión de Tejedores de Valdemora el sábado.",
            "Unión de Tejedores de Valdemora",
            id="es-after-a-meeting-of",
        ),
        pytest.param(
            "Vanavond heeft de ledenvergadering van de Bond van Glasblazers, afdeling\n"
            "Oosterkade, de volgende motie aangenomen, met grote meerderheid van stemmen:",
            "Bond van Glasblazers, afdeling Oosterkade",
            id="nl-unit-after-a-comma-joins-its-parent",
        ),
        pytest.param(
            "Nächsten Dienstag werde ich an der Sektionsversammlung der Gewerkschaft\n"
            "Seilbahn und Fähre, Sektion Talbrugg, den folgenden Antrag stellen.",
            "Gewerkschaft Seilbahn und Fähre, Sektion Talbrugg",
            id="de-meeting-noun-opens-nothing",
        ),
        pytest.param(
            "Hello,\n\nMarrowby Archives branch, Civic Clerks Union\n\nThis branch condemns it.",
            "Marrowby Archives branch, Civic Clerks Union",
            id="a-line-of-its-own",
        ),
        pytest.param(
            "L'assemblée des délégués de la Centrale des employés et techniciens de\n"
            "Haut-Vallon (CETHV), réunie mercredi, a adopté la motion.",
            "Centrale des employés et techniciens de Haut-Vallon",
            id="fr-spelled-out-before-its-acronym",
        ),
        pytest.param(
            "Le comité de l'Association des locataires des Bruyères, réuni hier soir, a adopté",
            "l'Association des locataires des Bruyères",
            id="fr-words-written-small-after-the-head",
        ),
        pytest.param(
            "BRAMBLE & OAKHILL TENANTS' FORUM\nc/o 4 Mill Row\n\nResolution on the case",
            "BRAMBLE & OAKHILL TENANTS' FORUM",
            id="a-heading-in-capitals",
        ),
    ],
)
def test_a_name_and_its_edges(text: str, name: str) -> None:
    assert name in written(text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        pytest.param("Sue Pell\nBranch Secretary", "Branch Secretary", id="a-role-line"),
        pytest.param(
            "Yesterday the Kettlewick Union met.", "Yesterday the Kettlewick Union", id="a-time"
        ),
        pytest.param("This Trades Council condemns it.", "Trades Council", id="this-kind"),
        pytest.param(
            "Sorry to report it was lost at Thursday's branch meeting.",
            "Thursday's branch",
            id="whose-meeting",
        ),
        pytest.param(
            "IL CONSIGLIO COMUNALE\nPremesso che", "CONSIGLIO COMUNALE", id="a-kind-in-capitals"
        ),
        pytest.param(
            "motion of the Ferrow Union of the", "Ferrow Union of the", id="never-ends-on-a-link"
        ),
        pytest.param(
            "l'assemblea del Circolo Operaio di Vallerossa di sabato 25 ha respinto",
            "Circolo Operaio di Vallerossa di sabato 25",
            id="a-day-is-no-word-of-a-name",
        ),
    ],
)
def test_not_a_name(text: str, not_a_name: str) -> None:
    assert not_a_name not in written(text)


def test_a_mention_fills_a_null_but_is_not_trusted() -> None:
    got = organisation(
        "Compañeros:\n\nLa moción fue rechazada en la asamblea de la Unión de Tejedores de "
        "Valdemora el sábado 19 de octubre, por 41 votos contra 35.\n\nSaludos,\nMarta"
    )
    assert got is not None
    assert got.value == "Unión de Tejedores de Valdemora"
    assert cue_of(got.evidence) == "mention"
    assert 0.5 <= got.confidence <= MENTION_CAP


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        pytest.param(
            "Dear campaign,\n\nThe motion below, moved by me, was carried by the Dunmore "
            "District Council of the\nTile Layers' Union at its meeting on Tuesday 9 July at "
            "the Guild Hall.",
            "",
            "Dunmore District Council of the Tile Layers' Union",
            id="a-cut-name-read-whole",
        ),
        pytest.param(
            "Hello,\n\nThe Pellow branch of the National Union of Ferry Staff voted last "
            "Thursday to support the campaign. The union's national council has not discussed it.",
            "",
            "Pellow branch of the National Union of Ferry Staff",
            id="the-branch-that-voted-not-its-parent",
        ),
        pytest.param(
            "STATEMENT\n\nThe National Executive Committee of the Lakeshore Print Workers' "
            "Union, meeting on Saturday, issued the following statement.",
            "Statement: NEC on the arrest",
            "National Executive Committee of the Lakeshore Print Workers' Union",
            id="an-acronym-read-as-the-name-spelled-out",
        ),
        pytest.param(
            "le conseil syndical du Syndicat des employés de soutien de l'Université du Mont "
            "(SESUM) a adopté la résolution suivante.\n\nSolidairement,\nLe comité exécutif "
            "du SESUM",
            "",
            "Syndicat des employés de soutien de l'Université du Mont",
            id="a-committee-of-an-acronym-is-its-body-spelled-out",
        ),
    ],
)
def test_a_finders_name_read_as_the_mention(body: str, subject: str, expected: str) -> None:
    got = organisation(body, subject=subject)
    assert got is not None
    assert got.value == expected


def test_people_described_in_the_slot_are_not_a_trusted_body() -> None:
    got = organisation(
        "Around 90 people attended, called by the Fennick Committee to Defend Assange.\n\n"
        '"This public meeting of workers and young people in Harlow demands his freedom."'
    )
    assert got is None or got.confidence < 0.8


def test_a_council_named_by_its_kind_alone_is_not_trusted() -> None:
    got = organisation(
        [
            ("vi trasmetto la delibera approvata dal nostro Consiglio comunale.", "body"),
            ("IL CONSIGLIO COMUNALE\nDELIBERA di conferire la cittadinanza.", "attachment"),
        ]
    )
    assert got is None or got.confidence < 0.8


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("Branch Secretary", None, id="a-role-alone"),
        pytest.param("Secretario de Actas", None, id="es-a-role-alone"),
        pytest.param(
            "President, Wyndle College Students' Union",
            "Wyndle College Students' Union",
            id="role-comma-body",
        ),
        pytest.param("Actas, SIPEX Sección Norte", "SIPEX Sección Norte", id="es-role-comma-body"),
        pytest.param("Kettlewick Union", "Kettlewick Union", id="no-role"),
    ],
)
def test_roles_are_never_a_body(value: str, expected: str | None) -> None:
    candidate = FieldValue(value, value, 0.68, Evidence(0, 0, len(value), "signature", value))
    got = without_role(candidate)
    assert (got.value if got else None) == expected


def test_kinds_alone() -> None:
    assert kind_only("CONSIGLIO COMUNALE")
    assert kind_only("Conseil municipal")
    assert not kind_only("Consiglio comunale di Borgoverde")
