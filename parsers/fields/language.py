"""Detects the language of a document among the campaign's languages (py3langid adapter)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from parsers.fields.languages import REGISTERED

SUPPORTED = REGISTERED
# Languages told apart from ours so that a message in one of them is known to be in a language
# we hold no words for (recognised by the campaign's names and the motion's shape alone).
UNREGISTERED = ("sv", "is", "da", "no", "pl", "ro", "fi")
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


def unregistered_language(text: str) -> str | None:
    """The text's language when it is plainly one we hold no word tables for, else None."""
    words = _LETTERS.findall(text)
    if len(words) < 8:
        return None
    language, probability = _identifier(SUPPORTED + UNREGISTERED).classify(" ".join(words[:150]))
    return str(language) if language in UNREGISTERED and probability >= 0.9 else None
