"""Date expressions in five languages: explicit, numeric, ranges, relative days."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.fields.datetext import find_dates

BASE = date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        pytest.param("on 14 March 2024", ("2024-03-14",), id="en-day-month"),
        pytest.param("on March 14th, 2024", ("2024-03-14",), id="en-month-day"),
        pytest.param("Thursday 14th of March", ("2024-03-14",), id="en-no-year"),
        pytest.param("am 12. März 2024", ("2024-03-12",), id="de-dotted"),
        pytest.param("le 3 mars 2024", ("2024-03-03",), id="fr"),
        pytest.param("el 14 de marzo de 2024", ("2024-03-14",), id="es"),
        pytest.param("il 5 marzo 2024", ("2024-03-05",), id="it"),
        pytest.param("2024-03-12", ("2024-03-12",), id="iso"),
        pytest.param("25/03/2023", ("2023-03-25",), id="numeric-dmy-only"),
        pytest.param("03/25/2023", ("2023-03-25",), id="numeric-mdy-only"),
        pytest.param("04/03/2024", ("2024-03-04", "2024-04-03"), id="numeric-ambiguous"),
        pytest.param("22 to 25 October 2022", ("2022-10-22/2022-10-25",), id="en-range"),
        pytest.param("October 22-25, 2022", ("2022-10-22/2022-10-25",), id="en-range-month-first"),
        pytest.param("vom 22. bis 25. Oktober 2022", ("2022-10-22/2022-10-25",), id="de-range"),
        pytest.param("yesterday", ("2024-03-14",), id="en-yesterday"),
        pytest.param("last Thursday", ("2024-03-14",), id="en-last-weekday"),
        pytest.param("last Friday", ("2024-03-08",), id="en-last-same-weekday"),
        pytest.param("hier soir", ("2024-03-14",), id="fr-hier-soir"),
        pytest.param("gestern Abend", ("2024-03-14",), id="de-gestern"),
        pytest.param("el jueves pasado", ("2024-03-14",), id="es-jueves-pasado"),
        pytest.param("giovedì scorso", ("2024-03-14",), id="it-giovedi-scorso"),
        pytest.param("next Thursday", ("2024-03-21",), id="en-next-weekday"),
        pytest.param("the day before yesterday", ("2024-03-13",), id="en-two-days-back"),
        pytest.param("vorgestern Abend", ("2024-03-13",), id="de-vorgestern"),
        pytest.param("avant-hier soir", ("2024-03-13",), id="fr-avant-hier-not-hier"),
        pytest.param("anteayer", ("2024-03-13",), id="es-anteayer-not-ayer"),
        pytest.param("antenoche", ("2024-03-13",), id="es-antenoche"),
        pytest.param("l'altro ieri", ("2024-03-13",), id="it-altro-ieri-not-ieri"),
    ],
)
def test_reads_date_expressions(text: str, readings: tuple[str, ...]) -> None:
    found = find_dates(text, base=BASE)
    assert [m.readings for m in found] == [readings]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("we may 5 times", id="may-is-a-verb"),
        pytest.param("version 1.2.3", id="version-number"),
        pytest.param("31/02/2024", id="impossible-day"),
        pytest.param("tel 0161 496 0000", id="phone"),
    ],
)
def test_finds_no_date(text: str) -> None:
    assert find_dates(text, base=BASE) == []
