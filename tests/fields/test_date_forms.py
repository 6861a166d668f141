"""Date forms of real motions: meetings over several days, headings with weekdays, and a
weekday that settles the year of a date written without one."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.fields.datetext import find_dates
from tests.fields.helpers import extract, model_filled

BASE = date(2022, 6, 13)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TUESDAY 4TH AND WEDNESDAY 5TH MAY, 2021", "2021-05-04/2021-05-05", id="heading"
        ),
        pytest.param("4, 5 e 6 de agosto de 2023", "2023-08-04/2023-08-06", id="pt-list-of-days"),
        pytest.param("entre 4 e 6 de agosto", "2021-08-04/2021-08-06", id="pt-between-no-year"),
        pytest.param("du 7 au 9 novembre 2023", "2023-11-07/2023-11-09", id="fr-du-au"),
        pytest.param("vom 3. bis 5. März 2023", "2023-03-03/2023-03-05", id="de-vom-bis"),
        pytest.param("del 3 al 5 de marzo de 2023", "2023-03-03/2023-03-05", id="es-del-al"),
        pytest.param("1st, 2nd and 3rd April 2022", "2022-04-01/2022-04-03", id="en-list-of-days"),
    ],
)
def test_a_meeting_over_several_days_is_a_range(text: str, expected: str) -> None:
    found = find_dates(text, base=BASE)
    assert [m.readings for m in found] == [(expected,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Saturday 25 June", "2022-06-25", id="weekday-points-to-this-year-ahead"),
        pytest.param("Friday 25 June", "2021-06-25", id="weekday-points-to-last-year"),
        pytest.param("Thursday, 9 June", "2022-06-09", id="weekday-this-year-past"),
        pytest.param("sabato 25 giugno", "2022-06-25", id="it-weekday"),
        pytest.param("25 June", "2022-06-25", id="no-weekday-in-the-coming-weeks"),
        pytest.param("25 March", "2022-03-25", id="no-weekday-earlier-this-year"),
        pytest.param("25 September", "2021-09-25", id="no-weekday-months-ahead-is-last-year"),
    ],
)
def test_the_year_of_a_date_written_without_one(text: str, expected: str) -> None:
    found = find_dates(text, base=BASE)
    assert [m.readings[0] for m in found] == [expected]


def test_a_bare_day_takes_the_year_another_mention_settled() -> None:
    # the subject's "25 June" is the same day as the body's "Saturday 25 June": still to come
    body = (
        "Our branch will put this to the union's annual meeting on Saturday 25 June.\n\n"
        + model_filled("the Fenwick Road Tenants Branch", "")
    )
    got = extract(body, "Motion for the annual meeting on 25 June", sent="2022-06-13T09:00:00")
    assert got.meeting_date is None or got.meeting_date.value != "2021-06-25"


def test_the_only_date_beside_a_meeting_is_a_suggestion_not_a_guess() -> None:
    framing = "The Fenwick Road branch meeting took this up on 4 March."
    body = framing + "\n\n" + model_filled("the Fenwick Road Tenants Branch", "")
    got = extract(body, "Motion", sent="2024-03-15T09:00:00").meeting_date
    assert got is not None and got.value == "2024-03-04"
    assert 0.5 <= got.confidence < 0.8


def test_the_coming_weeks_date_is_not_last_years_meeting() -> None:
    framing = (
        "On Saturday, March 9th, the Fenwick Road branch met and passed this. "
        "Some of us will take it to the regional council on March 30."
    )
    body = framing + "\n\n" + model_filled("the Fenwick Road Tenants Branch", "")
    got = extract(body, "Motion", sent="2024-03-15T09:00:00").meeting_date
    assert got is not None and got.value == "2024-03-09"


@pytest.mark.parametrize(
    ("framing", "expected"),
    [
        pytest.param(
            "Our branch met on 2 March 2024 and passed this. Judgment is expected on 4 March.",
            "2024-03-02",
            id="en-expected-is-future",
        ),
        pytest.param(
            "La delibera è stata approvata dal Consiglio comunale il 4 marzo 2024.\n\n"
            "IL CONSIGLIO COMUNALE\n\nrichiamata la mozione di iniziativa popolare approvata "
            "nella seduta del 2 febbraio 2024;",
            "2024-03-04",
            id="it-recalled-motion-and-dal-as-by",
        ),
    ],
)
def test_dates_that_are_not_this_meeting(framing: str, expected: str) -> None:
    body = framing + "\n\n" + model_filled("the Fenwick Road Tenants Branch", "")
    got = extract(body, "Motion", sent="2024-03-15T09:00:00").meeting_date
    assert got is not None and got.value == expected


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        pytest.param("Heute geht es um Meinungsfreiheit.", False, id="de-today-as-a-figure"),
        pytest.param("Today this is about press freedom.", False, id="en-today-as-a-figure"),
        pytest.param("Passed at our branch meeting today.", True, id="en-today-with-a-vote"),
    ],
)
def test_today_on_the_date_line_dates_the_meeting_only_beside_one(line: str, dated: bool) -> None:
    body = model_filled("the Fenwick Road Tenants Branch", line)
    got = extract(body, "Motion", sent="2024-03-15T09:00:00").meeting_date
    assert (got is not None and got.value == "2024-03-15") is dated
