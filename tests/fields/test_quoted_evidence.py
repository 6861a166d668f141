"""Quoted text (a "> " line, or the quoted part of a reply) is context: the meeting's date
and place found there are never given at 0.8 or more."""

from __future__ import annotations

import pytest

from tests.fields.helpers import extract_documents, model_filled

FILLED = model_filled("the Harbour Tenants Branch", "")
QUOTED_LINE = "The branch passed this at its meeting on 30 November 2023 in Harrogate."


@pytest.mark.parametrize(
    "documents",
    [
        pytest.param(
            [
                (
                    "Yes, carried unanimously.\n\nPat\n\n"
                    "On Tue, 5 Mar 2024 at 10:00, Editor <ed@example.org> wrote:\n"
                    f"> {QUOTED_LINE}\n>\n> " + "\n> ".join(FILLED.split("\n")),
                    "body",
                )
            ],
            id="marked-lines-in-the-body",
        ),
        pytest.param(
            [
                ("Yes, carried unanimously.\n\nPat", "body"),
                (f"{QUOTED_LINE}\n\n{FILLED}", "body/quoted"),
            ],
            id="quoted-part-of-a-reply",
        ),
    ],
)
def test_date_and_place_from_quoted_text_are_not_trusted(documents: list[tuple[str, str]]) -> None:
    got = extract_documents(documents, "Re: Resolution")
    assert got.kind == "resolution"
    assert got.meeting_date is not None and got.meeting_date.value == "2023-11-30"
    assert got.meeting_date.confidence < 0.8
    assert got.place is not None and got.place.city == "Harrogate"
    assert got.place.confidence < 0.8


def test_the_same_line_unquoted_is_trusted() -> None:
    got = extract_documents([(f"{QUOTED_LINE}\n\n{FILLED}", "body")], "Resolution")
    assert got.meeting_date is not None and got.meeting_date.confidence >= 0.8
    assert got.place is not None and got.place.confidence >= 0.8
