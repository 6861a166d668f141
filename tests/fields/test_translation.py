"""A translated resolution: located by the model's names, its trailing date-and-place line
read, and said to be a translation instead of listed as "every sentence removed"."""

from __future__ import annotations

from tests.fields.helpers import extract, model_filled

GERMAN = (
    "Liebe Kolleginnen und Kollegen, hier unsere Resolution, einstimmig beschlossen.\n\n"
    "Diese Versammlung des Ortsvereins Kassel verurteilt die Inhaftierung von Julian Assange "
    "und die Verfolgung von Chelsea Manning.\n\n"
    "Wir fordern die sofortige Freilassung von Assange und ein Ende der Auslieferung.\n\n"
    "Kassel, den 5. März 2024\n\nMit solidarischen Grüßen\nPetra"
)


def test_translation_is_said_and_not_listed_as_removed_sentences() -> None:
    got = extract(GERMAN)
    assert got.kind == "resolution"
    assert got.amendments == ()
    assert got.comparison.startswith("translation (de)")
    assert "Julian Assange" in got.resolution_text


def test_translation_trailing_line_is_the_date_and_place_slot() -> None:
    got = extract(GERMAN).meeting_date
    assert got is not None and got.value == "2024-03-05"
    assert got.evidence is not None and got.evidence.rule == "slot-line"


def test_text_in_the_models_language_still_gets_amendments() -> None:
    shortened = model_filled("Unite Retail Branch", "5 March 2024, Leeds").split("\n\n")
    got = extract("\n\n".join(shortened[:2] + shortened[-1:]))
    assert got.comparison == ""
    assert any(a.change == "removed" for a in got.amendments)
