"""The personal-data scrub on the forms people write addresses and numbers in (issue 11.10)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from publisher.scrub import leftovers, scrub_line, scrub_personal_data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "mail jane.doe [at] example [dot] net now", "mail [removed] now", id="brackets"
        ),
        pytest.param("mail jane.doe(at)example.net now", "mail [removed] now", id="parens-at"),
        pytest.param("mail jdoe at gmail dot com now", "mail [removed] now", id="words"),
        pytest.param("mail jane.doe＠example.net now", "mail [removed] now", id="fullwidth-at"),
        pytest.param("mail 1984jd@example.net now", "mail [removed] now", id="digit-first"),
        pytest.param("call 07700–900123 now", "call [removed] now", id="en-dash"),
        pytest.param("call 07700/900123 now", "call [removed] now", id="slash"),
        pytest.param("call 07700\u2009900\u2009123 now", "call [removed] now", id="thin-space"),
        pytest.param(
            "call ０７７００ ９００１２３ now", "call [removed] now", id="fullwidth-digits"
        ),
        pytest.param("call 07700\n900123 now", "call [removed] now", id="number-wrapped"),
        pytest.param(
            "mail jane.doe [at]\nexample [dot] net", "mail [removed]", id="address-wrapped"
        ),
        pytest.param("mail jdoe at\ngmail dot com", "mail [removed]", id="words-wrapped"),
        pytest.param("Passed 14/03/2024 in Leeds.", "Passed 14/03/2024 in Leeds.", id="date"),
        pytest.param("In 2023-2024 we met at Leeds.", "In 2023-2024 we met at Leeds.", id="years"),
        pytest.param("see wikileaks.org at once", "see wikileaks.org at once", id="site"),
        pytest.param("Café – 12 members", "Café – 12 members", id="dash-kept-in-text"),
    ],
)
def test_scrub_removes_every_written_form(text: str, expected: str) -> None:
    assert scrub_line(text) == expected


def test_the_signature_block_and_a_wrapped_number_go() -> None:
    text = "We resolve to act. Call 0161\n496 0000 for details.\n\nIn solidarity,\nJo Bloggs"
    assert scrub_personal_data(text) == "We resolve to act. Call [removed] for details."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("ref 1234, 5678, 9", ["1234, 5678, 9"], id="digits-with-commas"),
        pytest.param("write to @branchsec", ["@"], id="handle"),
        pytest.param("jane {at} example", ["{at}"], id="bracket-at-left"),
        pytest.param("Passed 14 March 2024 in Leeds.", [], id="nothing"),
    ],
)
def test_leftovers_are_shown_to_the_editor(text: str, found: list[str]) -> None:
    assert leftovers(scrub_line(text)) == found


@given(st.text())
def test_scrub_never_raises_and_is_idempotent(text: str) -> None:
    once = scrub_line(text)
    assert scrub_line(once) == once
