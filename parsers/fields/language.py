"""Detects the language of a document among the campaign's languages (py3langid adapter)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SUPPORTED = ("en", "de", "fr", "es", "it")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> Any:
    # py3langid ships its model in the wheel: nothing is downloaded at run time.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def detect_language(text: str, languages: tuple[str, ...] = SUPPORTED) -> tuple[str | None, float]:
    """The most likely language of the text and its probability; (None, 0) when too short."""
    words = _LETTERS.findall(text)
    if len(words) < 3:
        return None, 0.0
    allowed = tuple(sorted(set(languages) & set(SUPPORTED))) or SUPPORTED
    if len(allowed) == 1:
        return allowed[0], 1.0
    language, probability = _identifier(allowed).classify(" ".join(words[:400]))
    return str(language), float(probability)
