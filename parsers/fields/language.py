"""Detects the language of a document among the campaign's languages (py3langid adapter)."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

from parsers.fields.languages import REGISTERED

SUPPORTED = REGISTERED
# Languages told apart from ours so that a message in one of them is known to be in a language
# we hold no words for (recognised by the campaign's names and the motion's shape alone).
UNREGISTERED = ("sv", "is", "da", "no", "pl", "ro", "fi")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


KEPT = SUPPORTED + UNREGISTERED  # the languages the model is cut to


@lru_cache(maxsize=1)
def _model() -> Any:
    """The model cut to the languages asked about here, read once per process: from the
    prebuilt index (a fifth of a second), else from py3langid's own (about a second). The
    whole model's scores for 97 languages would stay in memory (some 30 MB in every process)
    for 15 that are ever used. Each set of languages below is a view of this one, which gives
    the same scores as one cut from the whole model."""
    from py3langid.langid import LanguageIdentifier

    from parsers.fields.language_index import load_index

    ptc, pc, classes, nextmove, output, row = load_index(KEPT) or cut_model()
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def cut_model() -> tuple[Any, ...]:
    """py3langid's model cut to KEPT: its tables, as the identifier takes them."""
    # py3langid ships its model in the wheel: nothing is downloaded at run time.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    whole = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    whole.set_languages(list(KEPT))
    return (
        whole.nb_ptc.copy(),
        whole.nb_pc.copy(),
        whole.nb_classes,
        whole.tk_nextmove,
        whole.tk_output,
        whole.tk_row,
    )


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> Any:
    identifier = copy.copy(_model())  # shares the model's tables; set_languages rebinds its own
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
    return _classify(" ".join(words[:400]), allowed)


def unregistered_language(text: str) -> str | None:
    """The text's language when it is plainly one we hold no word tables for, else None."""
    words = _LETTERS.findall(text)
    if len(words) < 8:
        return None
    language, probability = _classify(" ".join(words[:150]), SUPPORTED + UNREGISTERED)
    return language if language in UNREGISTERED and probability >= 0.9 else None


@lru_cache(maxsize=64)
def _classify(words: str, languages: tuple[str, ...]) -> tuple[str, float]:
    """One reading per text: the finders ask about the same document several times over."""
    language, probability = _identifier(languages).classify(words)
    return str(language), float(probability)
