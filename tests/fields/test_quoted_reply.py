"""A reply that quotes the whole earlier message under a header block, with no "> " marks."""

from __future__ import annotations

import pytest

from parsers.quoting import split_text
from tests.fields.helpers import extract_documents, model_filled

EARLIER = "The branch passed the motion below on 3 May.\n\nThis meeting of X condemns ..."


@pytest.mark.parametrize(
    ("header_block", "quoted"),
    [
        pytest.param(
            "From: A Person <a@example.org>\nSent: Friday, May 3, 2024 9:00 AM\n"
            "To: b@example.org\nSubject: Motion",
            True,
            id="en-from-sent",
        ),
        pytest.param(
            "________________________________\nFrom: A Person <a@example.org>\n"
            "Sent: Friday, May 3, 2024 9:00 AM\nSubject: Motion",
            True,
            id="en-rule-then-from-sent",
        ),
        pytest.param(
            "Von: A Person <a@example.org>\nGesendet: Freitag, 3. Mai 2024 09:00\nBetreff: Antrag",
            True,
            id="de-von-gesendet",
        ),
        pytest.param(
            "*From:* A Person <a@example.org>\n*Date:* Fri, 3 May 2024\n*Subject:* Motion",
            True,
            id="starred-from-date",
        ),
        pytest.param(
            "From: the branch secretary, who asked me to send this on.",
            False,
            id="from-line-alone-is-prose",
        ),
    ],
)
def test_header_block_quotes_all_below(header_block: str, quoted: bool) -> None:
    text = f"Did this arrive? We can't see it online.\n\nJo\n\n{header_block}\n\n{EARLIER}\n"
    split = split_text(text, "Re: Motion")
    assert ("condemns" in split.quoted) is quoted
    assert ("condemns" in split.new) is not quoted


def test_a_chaser_over_the_whole_earlier_resolution_is_a_reply() -> None:
    body = (
        "Hello, has this reached you? It is not on the site.\n\nSam\n\n"
        "From: Sam <sam@example.org>\nSent: Monday, March 4, 2024 8:00 AM\n"
        "Subject: Resolution\n\n"
        "The following was passed at our meeting in Leeds on 2 March 2024.\n\n"
        + model_filled("the Leeds Tenants Action Group", "")
    )
    split = split_text(body, "Re: Resolution")
    got = extract_documents([(split.new, "body"), (split.quoted, "body/quoted")], "Re: Resolution")
    assert got.kind == "other" and got.reason.startswith("reply")
    assert got.meeting_date is None and got.place is None
