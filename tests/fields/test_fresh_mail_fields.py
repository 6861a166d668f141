"""Date and place as fresh mail writes them: a table's fields read out of HTML, a public
meeting that voted, a sentence's full stop after the town, and namesakes settled by the
sender's clock and language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers.fields.datetext import find_dates
from parsers.fields.gazetteer import best_city
from parsers.fields.languages import MEETING, cues
from parsers.fields.placenames import runs
from tests.fields.helpers import extract, model_filled

ENGLISH = ("GB", "US", "AU", "IE", "NZ", "CA")


def test_a_table_read_out_of_html_gives_its_date_and_venue() -> None:
    body = (
        "Hi,\n\nDetails of our resolution below.\n\n"
        "Organisation Millbrook Branch, Union of Tram Workers\n\n"
        "Meeting Branch general meeting\n\n"
        "Date 06/03/2024\n\n"
        "Venue Millbrook Community Centre, Leeds\n\n"
        "Vote Carried\n\n" + model_filled("Millbrook Branch, Union of Tram Workers")
    )
    found = extract(body, "Resolution passed")
    assert found.meeting_date is not None and found.meeting_date.value == "2024-03-06"
    assert found.meeting_date.confidence >= 0.5
    assert found.place is not None and found.place.city == "Leeds"
    assert found.place.evidence is not None and found.place.evidence.rule == "place-label"


def test_a_place_word_opening_prose_is_no_field_without_a_date_field() -> None:
    body = "Place the motion below on the agenda, please.\n\n" + model_filled(
        "Millbrook Branch, Union of Tram Workers"
    )
    found = extract(body, "Resolution")
    assert (
        found.place is None
        or found.place.evidence is None
        or (found.place.evidence.rule != "place-label")
    )


@pytest.mark.parametrize(
    ("framing", "day"),
    [
        pytest.param(
            "The Hollowmere Residents' Association passed the resolution below at a public "
            "meeting in Leeds on Friday 8 March 2024. Forty people came.",
            "2024-03-08",
            id="a-public-meeting-that-voted-is-the-meeting",
        ),
        pytest.param(
            "The Executive of the Fernvale Media Workers' Union, meeting in Leeds on Saturday "
            "9 March 2024, issued the following statement:",
            "2024-03-09",
            id="a-statement-issued-by-a-meeting-is-dated-by-it",
        ),
        pytest.param(
            "COMMUNE DE VALBRUNE\nExtrait du registre des délibérations du Conseil municipal\n"
            "Séance du lundi 4 mars 2024\nLe Conseil municipal, dûment convoqué le 26 février "
            "2024, s'est réuni en séance publique.",
            "2024-03-04",
            id="a-council-sessions-heading",
        ),
    ],
)
def test_the_meeting_day_beside_words_of_other_things(framing: str, day: str) -> None:
    found = extract(f"{framing}\n\n{model_filled()}", "Resolution")
    assert found.meeting_date is not None and found.meeting_date.value == day
    assert found.meeting_date.confidence >= 0.5


def test_a_public_meeting_after_the_vote_is_not_the_meeting() -> None:
    body = (
        "Our branch meeting adopted the resolution below on 1 March 2024.\n\n"
        "We are also holding a public meeting on 9 March 2024 with a film.\n\n" + model_filled()
    )
    found = extract(body, "Resolution")
    assert found.meeting_date is not None and found.meeting_date.value == "2024-03-01"


def test_a_sentences_full_stop_is_not_part_of_the_town() -> None:
    assert [m.group(0) for m in runs("Approved on 12/09/2023 in Buenos Aires.")] == [
        "Approved",
        "Buenos Aires",
    ]
    assert [m.group(0) for m in runs("held in Washington D.C.")][-1] == "Washington D.C."


def test_the_senders_clock_and_language_together_pick_the_small_namesake() -> None:
    found = best_city("Perth", (), ENGLISH, 1.0)  # British summer time, written in English
    assert found is not None and (found[0].country_code, found[1]) == ("GB", False)
    far = best_city("Perth", (), ENGLISH, 8.0)
    assert far is not None and far[0].country_code == "AU"


def test_no_namesake_where_the_sender_is_and_the_clock_fits_none() -> None:
    assert best_city("Kilbirnie", ("NZ",), ENGLISH, 12.0) is None
    assert best_city("Kilbirnie", (), ENGLISH, 12.0) is not None  # nothing says where: kept


def test_a_conferences_days_written_each_with_its_month_are_one_range() -> None:
    base = datetime(2023, 6, 20, tzinfo=UTC)
    joined = find_dates("FRIDAY 2 JUNE AND SATURDAY 3 JUNE", base=base)
    assert [m.readings for m in joined] == [("2023-06-02/2023-06-03",)]
    across = find_dates("Friday March 31 through Sunday April 2", base=base)
    assert [m.readings for m in across] == [("2023-03-31/2023-04-02",)]
    apart = find_dates("the hearings on 3 April and 12 April", base=base)
    assert [m.kind for m in apart] == ["explicit", "explicit"]  # two events, not one range


def test_a_weekday_day_and_may_is_a_date() -> None:
    found = find_dates("Friday 31 May", base=datetime(2024, 6, 4, tzinfo=UTC))
    assert [m.readings for m in found] == [("2024-05-31",)]
    assert find_dates("you may 5 times", base=datetime(2024, 6, 4, tzinfo=UTC)) == []


def test_a_letters_date_over_its_greeting_is_not_the_meeting() -> None:
    body = (
        "FERNVALE & DISTRICT TRADES COUNCIL\n7 Mill Lane, Leeds\n14 March 2024\n"
        "Dear Sir or Madam,\nAt its meeting on Wednesday 13 March 2024, the Trades Council "
        "adopted the following resolution:\n\n" + model_filled() + "\n\nYours fraternally,\nSam"
    )
    found = extract(body, "Letter from the Trades Council")
    assert found.meeting_date is not None and found.meeting_date.value == "2024-03-13"


def test_a_meeting_word_after_an_elided_article_is_read() -> None:
    meeting = cues(MEETING, elided=True)
    assert meeting.search("L'assemblea dei soci") is not None
    assert meeting.search("dell'assemblea") is not None
    assert meeting.search("d'une réunion") is not None
    assert meeting.search("it'smeeting") is None  # an apostrophe inside a word


def test_the_town_the_sender_wrote_into_the_motions_opening() -> None:
    body = (
        "Ciao,\n\nin allegato la mozione.\n\n"
        "L'assemblea dei soci del Circolo Fiordaliso, riunita a Ferrara giovedì 7 marzo 2024, "
        "condanna la detenzione di Julian Assange e di Chelsea Manning.\n\n" + model_filled()
    )
    found = extract(body, "mozione approvata")
    assert found.place is not None and found.place.city == "Ferrara"


def test_a_letters_town_and_date_line_gives_the_town() -> None:
    body = (
        "Buongiorno,\n\ngiovedì l'assemblea del comitato ha approvato il seguente ordine del "
        "giorno.\n\n" + model_filled() + "\n\nPisa, 14 marzo 2024\n\nIl comitato"
    )
    found = extract(body, "Ordine del giorno approvato")
    assert found.place is not None and found.place.city == "Pisa"


def test_the_town_a_body_that_met_is_named_for_is_inferred() -> None:
    body = (
        "Compañeros:\n\nla moción fue rechazada en la asamblea de la Unión de Tipógrafos de "
        "Mendoza el sábado 9 de marzo, por 41 votos contra 35.\n\n" + model_filled()
    )
    found = extract(body, "Moción: rechazada")
    assert found.place is not None and found.place.city == "Mendoza"
    assert found.place.inferred and found.place.confidence < 0.8
    # from the body's name as the organisation finder reads it, or from the meeting sentence
    # when no organisation is found
    assert found.place.evidence is not None
    assert found.place.evidence.rule in {"body-town", "organisation-name"}


@pytest.mark.parametrize(
    "framing",
    [
        pytest.param(
            "The branch meeting heard that the Court of Leeds will sit again.", id="court"
        ),
        pytest.param("The branch meeting, Province of Leeds, voted it.", id="area"),
    ],
)
def test_a_court_or_an_area_of_a_town_names_no_body_of_the_meeting(framing: str) -> None:
    body = f"{framing}\n\n{model_filled()}"
    found = extract(body, "Resolution")
    assert (
        found.place is None
        or found.place.evidence is None
        or (found.place.evidence.rule != "body-town")
    )
