"""Places beyond the gazetteer's towns: a town it lacks, named by its council; the seat of a
country's parliament and the country alone of a national body; and the towns that are not the
meeting's (the sender's address, the mover's own body)."""

from __future__ import annotations

import pytest

from parsers.fields.context import build_view
from parsers.fields.gazetteer import capital, subdivision_country
from parsers.fields.placecountry import message_country, under_signer
from tests.fields.helpers import extract, model_filled

MOTION = (
    "The council condemns the imprisonment of Julian Assange and demands his release, "
    "and calls for the freedom of Chelsea Manning. Approvata all'unanimità."
)


@pytest.mark.parametrize(
    ("body", "sender", "sent", "city", "country"),
    [
        pytest.param(
            "COMUNE DI BORGO LASCO\n\nDELIBERAZIONE DEL CONSIGLIO COMUNALE\n\n"
            "Il Consiglio comunale conferisce la cittadinanza onoraria a Julian Assange e "
            "chiede la sua liberazione. Approvata all'unanimità.",
            "a@example.it",
            "2024-03-15T09:00:00+01:00",
            "Borgo Lasco",
            "IT",
            id="letterhead-in-capitals-country-domain",
        ),
        pytest.param(
            "Last night the municipal council of Valdorso passed this.\n\n"
            "Il Consiglio comunale di Valdorso chiede la liberazione di Julian Assange e "
            "condanna la sua detenzione. Approvata all'unanimità.",
            "a@example.com",
            "2024-03-15T09:00:00+02:00",
            "Valdorso",
            "IT",
            id="council-in-its-own-language-beats-the-report",
        ),
        pytest.param(
            "Fernvale City Council voted to call for the release of Julian Assange.\n\n" + MOTION,
            "a@example.com.au",
            "2024-03-15T09:00:00+10:00",
            "Fernvale",
            "AU",
            id="town-before-city-council",
        ),
    ],
)
def test_town_the_gazetteer_lacks(
    body: str, sender: str, sent: str, city: str, country: str
) -> None:
    place = extract(body, "Delibera", sender=sender, sent=sent).place
    assert place is not None and (place.city, place.country_code) == (city, country)
    assert not place.in_gazetteer and place.latitude is None
    assert 0.5 <= place.confidence < 0.8 and place.inferred


def test_english_council_of_an_unlisted_town_needs_its_country() -> None:
    """English is written on every continent: with no domain or clock, no country is guessed."""
    body = "Fernvale City Council voted to call for the release of Julian Assange.\n\n" + MOTION
    place = extract(body, "Council motion", sent="2024-03-15T09:00:00").place
    assert place is None or place.confidence < 0.5


@pytest.mark.parametrize(
    ("language", "sender", "offset", "country"),
    [
        pytest.param("it", "a@example.com", None, "IT", id="one-region-language-default"),
        pytest.param("en", "a@example.com", None, None, id="world-language-no-default"),
        pytest.param("en", "a@example.ie", None, "IE", id="country-domain-decides"),
        pytest.param("es", "a@example.com", "+01:00", "ES", id="clock-fits-the-likeliest"),
        pytest.param("es", "a@example.com", "-05:00", None, id="clock-fits-several"),
        pytest.param("en", "a@example.com", "+10:00", None, id="australia-or-new-zealand"),
    ],
)
def test_message_country(
    language: str, sender: str, offset: str | None, country: str | None
) -> None:
    from datetime import datetime

    sent = datetime.fromisoformat("2024-03-15T09:00:00" + (offset or "+00:00"))
    view = build_view("", sent, sender, [("text", "body")], (language,))
    assert message_country(view, language) == country


@pytest.mark.parametrize(
    ("org_line", "sender", "city", "country"),
    [
        pytest.param(
            "The House of Commons adopted this motion today.",
            "a@example.ca",
            "Ottawa",
            "CA",
            id="parliament-sits-in-the-capital",
        ),
        pytest.param(
            "The National Executive of the Fernvale Workers Union (FWU) adopted this.",
            "a@example.ie",
            None,
            "IE",
            id="national-body-country-only",
        ),
    ],
)
def test_national_bodies(org_line: str, sender: str, city: str | None, country: str) -> None:
    body = f"{org_line}\n\n{MOTION}"
    place = extract(body, "Motion", sender=sender).place
    assert place is not None and (place.city, place.country_code) == (city, country)
    assert place.confidence < 0.5 and place.inferred  # a suggestion: where such bodies sit


def test_capitals_and_bracketed_region_names() -> None:
    seat = capital("JP")
    assert seat is not None and seat.name == "Tokyo"
    assert subdivision_country("Illes Balears") == subdivision_country("Islas Baleares") == "ES"


@pytest.mark.parametrize(
    ("text", "line", "only_address"),
    [
        pytest.param(
            "We met.\n\nJo Bloggs\nFernvale, Borsetshire\n", "Fernvale", True, id="under-name"
        ),
        pytest.param(
            "We met in Fernvale.\n\nJo Bloggs\nFernvale, Borsetshire\n",
            "Fernvale, Borsetshire",
            False,
            id="named-before-too",
        ),
        pytest.param(
            "We met.\n\nFernvale, Borsetshire\n\nThanks", "Fernvale", False, id="not-the-last-line"
        ),
        pytest.param(
            "We met.\n\nFernvale Trades Council\nFernvale, Borsetshire\n",
            "Fernvale, Borsetshire",
            False,
            id="under-a-body-not-a-person",
        ),
    ],
)
def test_sender_address_line(text: str, line: str, only_address: bool) -> None:
    assert under_signer(text, text.index(line, text.index("\n\n"))) is only_address


def test_mover_town_in_the_subject_is_not_the_meeting() -> None:
    body = (
        "The Fernvale Workers Union national conference will debate this motion in June.\n\n"
        + model_filled("Fernvale Workers Union", "")
    )
    place = extract(body, "Dublin trades council motion for the conference").place
    assert place is None or place.city != "Dublin" or place.confidence < 0.5


def test_meeting_word_in_a_compound_before_the_town() -> None:
    body = (
        "Auf einer Vorstandssitzung in Mannheim hat der Verein diese Resolution "
        "beschlossen.\n\n" + model_filled("Verein Freie Presse Lindenau", "")
    )
    place = extract(body, "Resolution").place
    assert place is not None and place.city == "Mannheim"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "No congresso dos jornalistas de Vilarejo, que aconteceu entre 4 e 6 de agosto, a "
            "plenária dos delegados aprovou várias moções. Uma delas é esta:\n\nMOÇÃO: ASILO "
            "PARA JULIAN ASSANGE\n\nOs delegados do Congresso defendem que o governo ofereça "
            "asilo ao jornalista Julian Assange, fundador do WikiLeaks, preso há mais de quatro "
            "anos em Belmarsh, em Londres, e ameaçado de extradição para os Estados Unidos.",
            id="pt-prison-then-its-town",
        ),
        pytest.param(
            "The Fernvale branch passed this motion last night.\n\nThis branch notes that "
            "Julian Assange is held in Belmarsh Prison, London, and resolves to call for "
            "his release. Carried unanimously.",
            id="en-prison-comma-town",
        ),
    ],
)
def test_a_town_right_after_a_campaign_distractor_is_not_the_meeting_town(body: str) -> None:
    place = extract(body, "Moção aprovada", sender="a@example.com.br").place
    assert place is None or place.city != "London" or place.confidence < 0.5
