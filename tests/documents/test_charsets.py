"""Undeclared charsets: a few accented letters in a Western text are not read as CJK, and real
CJK text still is."""

from __future__ import annotations

import pytest

from parsers.charsets import decode_text


@pytest.mark.parametrize(
    ("text", "codec", "charset"),
    [
        pytest.param("Proposed by Anaïs Martin.", "cp1252", "cp1252", id="one-diaeresis"),
        pytest.param("Chaired by Zoë; minutes by Siôn.", "cp1252", "cp1252", id="two-letters"),
        pytest.param("The hall costs £40 – paid.", "cp1252", "cp1252", id="pound-and-dash"),
        pytest.param("Réunion à Genève, café offert.", "cp1252", "cp1252", id="french-latin"),
        pytest.param("会議で決議を採択しました。", "shift_jis", "shift_jis", id="japanese-stays"),
        pytest.param("Grüße aus Köln", "utf-8", "utf-8", id="utf-8-stays"),
    ],
)
def test_undeclared_charset(text: str, codec: str, charset: str) -> None:
    decoded, used, warnings = decode_text(text.encode(codec))
    assert decoded == text
    assert used.replace("_", "-") in {charset.replace("_", "-"), "cp932"}
    assert warnings == ()
