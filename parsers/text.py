"""Text helpers every part of parsers/ shares: one sentence splitter and one folding of text
for comparisons that ignore case, accents and spacing."""

from __future__ import annotations

import re
import unicodedata

# A character that does not end a sentence: anything but . ! ? and a line break; a dot inside
# a word ("ver.di", "St.Ives", "e.g"); the dot of a day number ("am 5. Dezember", "le 1. mai").
_GO_ON = (
    r"(?:[^.!?\n]|\.(?=\w)"
    r"|(?<=(?<![\d.])\d)\.(?= [A-Za-zÀ-ÿ])|(?<=(?<![\d.])\d\d)\.(?= [A-Za-zÀ-ÿ]))"
)
# A sentence: a run of such characters over hard-wrapped lines (not across a blank line),
# with its closing mark.
_SENTENCE = re.compile(rf"{_GO_ON}+(?:\n(?!\s*\n){_GO_ON}+)*[.!?]?")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every sentence of the text, its closing mark included."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


def fold(text: str) -> str:
    """Case, accents and runs of blanks folded away: "Genève  Ville" -> "geneve ville"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
