"""Language detection reads the model once, cut to the languages it asks about, and scores
texts exactly as the whole model restricted to the same languages does."""

from __future__ import annotations

import re

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from parsers.fields.language import (
    SUPPORTED,
    UNREGISTERED,
    detect_language,
    unregistered_language,
)

TEXTS = (
    "This meeting of the Fernvale Trades Council resolves to oppose the extradition",
    "Il consiglio comunale di Borgo Lasco ha approvato la mozione all'unanimità ieri sera",
    "Die Mitgliederversammlung hat den Antrag ohne Gegenstimmen angenommen und fordert",
    "La asamblea general aprobó la resolución por mayoría después de un largo debate",
    "L'assemblée générale a adopté la motion à l'unanimité des membres présents ce soir",
    "A assembleia geral aprovou a moção por unanimidade dos membros presentes na reunião",
    "De algemene vergadering heeft de motie unaniem aangenomen na een lang debat vanavond",
    "Årsmötet antog motionen enhälligt och kräver att regeringen agerar utan dröjsmål i kväll",
)


def _words(text: str) -> str:
    """The words the detector reads: letters only, as language.py takes them."""
    return " ".join(re.findall(r"[^\W\d_]{2,}", text))


def _whole(languages: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


@pytest.mark.parametrize("languages", [SUPPORTED, ("en", "it"), ("de", "es", "fr")])
def test_the_same_scores_as_the_whole_model(languages: tuple[str, ...]) -> None:
    whole = _whole(tuple(sorted(languages)))
    for text in TEXTS:
        language, probability = whole.classify(_words(text))
        assert detect_language(text, languages) == (language, float(probability))


def test_languages_without_word_tables_are_told_apart() -> None:
    whole = _whole(SUPPORTED + UNREGISTERED)
    for text in TEXTS:
        language, probability = whole.classify(_words(text))
        expected = language if language in UNREGISTERED and probability >= 0.9 else None
        assert unregistered_language(text) == expected
    assert unregistered_language(TEXTS[5]) is None  # Portuguese has its word tables
    assert unregistered_language(TEXTS[7]) == "sv"
    assert unregistered_language(TEXTS[0]) is None
