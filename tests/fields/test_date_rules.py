"""Date rules that keep a wrong date from being given with confidence: a forwarded message's
own "tonight", a draft's coming meeting, an order a country does not settle."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers.fields.context import header_date
from tests.fields.helpers import extract, extract_documents, model_filled

FILLED = model_filled("Unite Retail Branch", "")
FORWARDED = datetime(2024, 3, 4, 22, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        pytest.param(
            "Fwd: passed",
            f"Great meeting tonight, the motion passed.\n\n{FILLED}",
            "2024-03-04",
            id="tonight-in-a-forwarded-text",
        ),
        pytest.param(
            "Fwd: Tonight's meeting",
            f"The motion passed.\n\n{FILLED}",
            "2024-03-04",
            id="tonight-in-a-forwarded-subject",
        ),
    ],
)
def test_relative_day_of_a_forwarded_message(subject: str, body: str, expected: str) -> None:
    got = extract_documents(
        [("Sending this on.", "body"), (body, "body/forwarded:1")],
        subject,
        document_dates=(None, FORWARDED),
    ).meeting_date
    assert got is not None and got.value == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param((("Date", "Mon, 4 Mar 2024 22:30:00 +0000"),), "2024-03-04", id="rfc5322"),
        pytest.param((("Date", "Mon, 4 Mar 2024 at 22:30"),), "2024-03-04", id="gmail-style"),
        pytest.param((("Gesendet", "Montag, 4. März 2024 22:30"),), "2024-03-04", id="outlook-de"),
        pytest.param((("From", "a@example.org"),), None, id="no-date"),
    ],
)
def test_header_date(headers: tuple[tuple[str, str], ...], expected: str | None) -> None:
    found = header_date(headers)
    assert (found.date().isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("framing", "trailer"),
    [
        pytest.param("I will move this at our branch meeting on 28 March 2024.", "", id="future"),
        pytest.param("Draft for our meeting on 2 March, to be moved then.", "", id="yearless"),
        pytest.param("", "1/3/2024, Toronto, Ontario", id="canada-writes-both-orders"),
    ],
)
def test_no_confident_date(framing: str, trailer: str) -> None:
    got = extract(f"{framing}\n\n{model_filled('Unite Retail Branch', trailer)}").meeting_date
    assert got is None or got.confidence < 0.5


def _opening(words: str) -> str:
    """The model with its opening rewritten: the meeting told inside the slot's sentence."""
    filled = model_filled("Oakfield Bus Workers Branch", "")
    return filled.replace("This meeting of Oakfield Bus Workers Branch condemns", words, 1)


@pytest.mark.parametrize(
    ("body", "sent", "expected"),
    [
        pytest.param(
            _opening(
                "We, the members of Oakfield Bus Workers Branch, gathering in Swindon on "
                "3 March 2024, condemn"
            ),
            "2024-03-15T09:00:00",
            "2024-03-03",
            id="date-inside-the-rewritten-slot-sentence",
        ),
        pytest.param(
            "Members voted for it at our depot meeting late\nlast\nnight.\n\n"
            + model_filled("Oakfield Bus Workers Branch", ""),
            "2024-03-15T09:00:00",
            "2024-03-14",
            id="relative-day-hard-wrapped",
        ),
        pytest.param(
            "Oakfield depot committee meeting, notes\nDate: 03/03/2024\nPlace | Swindon\n\n"
            + model_filled("Oakfield Bus Workers Branch", ""),
            "2024-03-15T09:00:00",
            "2024-03-03",
            id="date-field-of-the-minutes-heading",
        ),
        pytest.param(
            "Committee meeting held on 5 March 2024 in Swindon.\n"
            "Item 1. Notes of the preceding meeting of 6 February 2024 were accepted.\n"
            "Item 2. The motion below was carried.\n\n"
            + model_filled("Oakfield Bus Workers Branch", ""),
            "2024-03-15T09:00:00",
            "2024-03-05",
            id="earlier-meeting-in-the-minutes-left-out",
        ),
        pytest.param(
            "Bad news: at Tuesday's depot meeting the motion was lost, 4 votes to 9.\n\n"
            + model_filled("Oakfield Bus Workers Branch", ""),
            "2024-03-15T09:00:00",
            "2024-03-12",
            id="weekday-possessive-names-the-meeting",
        ),
        pytest.param(
            "En la reunión de la sección, celebrada el pasado 5 de marzo, la moción fue "
            "aprobada.\n\n" + model_filled("Sección Sindical de Autobuses", ""),
            "2024-03-15T09:00:00",
            "2024-03-05",
            id="held-on-last-with-the-past-word",
        ),
    ],
)
def test_meeting_date_found(body: str, sent: str, expected: str) -> None:
    got = extract(body, sent=sent).meeting_date
    assert got is not None and got.value == expected and got.confidence >= 0.5


def test_date_in_the_model_text_itself_stays_out() -> None:
    body = _opening(
        "This meeting of Oakfield Bus Workers Branch condemns, as it has since 3 March 2024,"
    )
    got = extract(body).meeting_date
    assert got is None or got.confidence < 0.5
