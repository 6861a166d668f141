"""The one signature detector: extraction, quoting and the public scrub ask the same module."""

from __future__ import annotations

import pytest

from parsers import signature


@pytest.mark.parametrize(
    ("line", "alone", "opens"),
    [
        pytest.param("In solidarity,", True, True, id="closing-alone"),
        pytest.param("In solidarity, Jo Bloggs", False, True, id="closing-then-name"),
        pytest.param("Mit solidarischen Grüßen", True, True, id="german"),
        pytest.param("Cordiali saluti.", True, True, id="italian"),
        pytest.param(
            "We send our regards to the strikers at the depot today",
            False,
            False,
            id="inside-a-sentence",
        ),
        pytest.param(
            "Solidarity forever with every worker who stood on the line",
            False,
            False,
            id="long-line-starting-with-a-word-of-a-closing",
        ),
    ],
)
def test_closing_formulas(line: str, alone: bool, opens: bool) -> None:
    assert signature.is_sign_off(line) is alone
    assert signature.opens_with_sign_off(line) is opens


def test_organisation_blocks_use_the_one_detector() -> None:
    import parsers.fields.orgblocks as orgblocks

    assert orgblocks.opens_with_sign_off is signature.opens_with_sign_off
    assert not hasattr(orgblocks, "_SIGN_OFF")
