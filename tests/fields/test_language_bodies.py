"""Portuguese, Catalan and Dutch read with their own word tables: a passed motion recognised,
its date read as written in the language, the body that voted it named."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.fields.context import build_view
from parsers.fields.datetext import find_dates
from parsers.fields.language import unregistered_language
from tests.fields.helpers import campaign, extract

PORTUGUESE = (
    "Caros amigos,\n\nA Câmara Municipal de Vilarejo, reunida em sessão ordinária a 12 de março "
    "de 2024, aprovou por unanimidade a seguinte moção:\n\nMOÇÃO\n\nConsiderando que o jornalista "
    "Julian Assange, fundador do WikiLeaks, está preso há anos, a Câmara Municipal de Vilarejo "
    "delibera exigir a sua libertação imediata e manifesta a sua solidariedade.\n\n"
    "Com os melhores cumprimentos,\nAna Ferreira\n"
)
CATALAN = (
    "Bon dia,\n\nEl Ple de l'Ajuntament de Vilanoveta, en la sessió del 12 de març de 2024, va "
    "aprovar per unanimitat la moció següent:\n\nMOCIÓ\n\nAtès que el periodista Julian Assange, "
    "fundador de WikiLeaks, és empresonat, l'Ajuntament de Vilanoveta acorda exigir el seu "
    "alliberament immediat i condemna la seva persecució.\n\nSalutacions cordials,\nJordi Puig\n"
)
DUTCH = (
    "Beste mensen,\n\nDe gemeenteraad van Dorpstad heeft in de raadsvergadering van 12 maart 2024 "
    "de volgende motie unaniem aangenomen:\n\nMOTIE\n\nDe gemeenteraad van Dorpstad, in "
    "vergadering bijeen, constaterende dat de journalist Julian Assange, oprichter van WikiLeaks, "
    "gevangen zit, verzoekt het college zich uit te spreken voor zijn onmiddellijke vrijlating en "
    "veroordeelt zijn vervolging.\n\nMet vriendelijke groet,\nPieter de Vries\n"
)
BODIES = [
    pytest.param(
        "pt",
        "Moção aprovada - liberdade para Julian Assange",
        PORTUGUESE,
        "Câmara Municipal de Vilarejo",
        id="pt-council",
    ),
    pytest.param(
        "ca",
        "Moció aprovada: llibertat per a Julian Assange",
        CATALAN,
        "Ajuntament de Vilanoveta",
        id="ca-council",
    ),
    pytest.param(
        "nl",
        "Motie aangenomen: vrijheid voor Julian Assange",
        DUTCH,
        "gemeenteraad van Dorpstad",
        id="nl-council",
    ),
]


@pytest.mark.parametrize(("code", "subject", "body", "organisation"), BODIES)
def test_a_passed_motion_is_read_in_its_own_language(
    code: str, subject: str, body: str, organisation: str
) -> None:
    got = extract(body, subject)
    assert got.kind == "resolution", got.reason
    assert got.outcome == "passed" and got.outcome_confidence >= 0.8, got.reason
    assert "no word tables" not in got.reason
    assert got.meeting_date is not None and got.meeting_date.value == "2024-03-12"
    assert got.organisation is not None and organisation in got.organisation.value


@pytest.mark.parametrize(("code", "subject", "body", "organisation"), BODIES)
def test_detection_routes_the_text_to_its_tables(
    code: str, subject: str, body: str, organisation: str
) -> None:
    # the campaign lists none of these languages: its texts are still told apart
    assert code not in campaign().languages
    view = build_view(subject, None, None, [(body, "body")], campaign().languages)
    assert view.language == code
    assert unregistered_language(body) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("reunida a 12 de março de 2024", "2024-03-12", id="pt-day-de-month"),
        pytest.param("no dia 4 de outubro de 2023", "2023-10-04", id="pt-october-whole"),
        pytest.param("em 4 e 5 de maio de 2024", "2024-05-04/2024-05-05", id="pt-two-days"),
        pytest.param("la sessió del 5 d'abril de 2024", "2024-04-05", id="ca-apostrophe"),
        pytest.param("el 20 de novembre de 2023", "2023-11-20", id="ca-de-month"),
        pytest.param("op 12 maart 2024", "2024-03-12", id="nl-day-month"),
        pytest.param("van 3 t/m 5 mei 2024", "2024-05-03/2024-05-05", id="nl-range"),
    ],
)
def test_dates_written_in_the_language(text: str, value: str) -> None:
    (mention,) = find_dates(text)
    assert mention.readings == (value,)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("aprovada ontem pela assembleia", "2024-03-14", id="pt-yesterday"),
        pytest.param("na sexta-feira passada", "2024-03-08", id="pt-last-friday"),
        pytest.param("aprovada ahir al vespre", "2024-03-14", id="ca-yesterday-evening"),
        pytest.param("abans-d'ahir", "2024-03-13", id="ca-day-before-yesterday"),
        pytest.param("dilluns passat", "2024-03-11", id="ca-last-monday"),
        pytest.param("gisteren aangenomen", "2024-03-14", id="nl-yesterday"),
        pytest.param("afgelopen dinsdag", "2024-03-12", id="nl-last-tuesday"),
    ],
)
def test_relative_days_in_the_language(text: str, value: str) -> None:
    (mention,) = find_dates(text, base=date(2024, 3, 15))  # a Friday
    assert mention.readings == (value,)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("we were out 5 times", id="en-out-is-no-october"),
        pytest.param("des 5 membres du bureau", id="fr-des-is-no-december"),
        pytest.param("la segunda sesión", id="es-segunda-is-no-monday"),
    ],
)
def test_short_words_of_the_new_languages_are_no_dates(text: str) -> None:
    assert find_dates(text, base=date(2024, 3, 15)) == []


def test_nothing_adopted_and_a_question_is_no_resolution() -> None:
    body = (
        "Beste,\n\nIk ben lid van een Assange-comité in Dorpstad. Op maandag 4 maart mochten we "
        "ons voorstel tegen de uitlevering van Julian Assange en voor zijn vrijlating toelichten "
        "op de gemeenteraad van Dorpstad; wij vroegen ook het ereburgerschap voor Assange. Meer "
        "dan 300 inwoners hadden het ondertekend.\n\nEr is niets goedgekeurd: over de tekst werd "
        "niet gestemd. Hebben jullie ervaring met steden waar het wel lukte?\n\n"
        "Met vriendelijke groeten,\nJan Smit\n"
    )
    got = extract(body, "Vraag: wat nu na de gemeenteraad?")
    assert got.kind == "other" and got.reason.startswith("question"), got.reason
