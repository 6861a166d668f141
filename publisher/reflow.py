"""Hard-wrapped text (a PDF's lines, a wrapped e-mail) rejoined into paragraphs for the pages.

The text stays as approved in the data files; only the pages reflow it. Each paragraph is a
tuple of lines that must stay lines: one for prose, several for a list or a heading block.
"""

from __future__ import annotations

import re
from functools import lru_cache

Paragraph = tuple[str, ...]

MAX_WRAP_WIDTH = 110  # a block with a longer line holds one paragraph per line (Word, HTML mail)
MIN_WRAP_WIDTH = 50  # a block of only shorter lines (an address, "Moved: ...") keeps its lines
SHORT_LINE = 0.75  # a line this much shorter than the block's widest one ends on purpose
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–·]\s+|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s+)")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
_STARTS_PARAGRAPH = re.compile(r"^[\"'“‘(\[]*[^\W\d_a-z]|^\d", re.UNICODE)


def paragraphs(text: str) -> list[Paragraph]:
    """The text as paragraphs: wrapped lines joined, list items and short lines kept apart."""
    return list(_paragraphs(text))


@lru_cache(maxsize=16)  # a page's HTML and Markdown reflow the same text one after the other
def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    out: list[Paragraph] = []
    for block in _BLANK_LINES.split(text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            out.extend(_block_paragraphs(lines))
    return tuple(out)


def _block_paragraphs(lines: list[str]) -> list[Paragraph]:
    width = max(len(line) for line in lines)
    if width > MAX_WRAP_WIDTH:  # not hard-wrapped: every line is a paragraph of its own
        return [(line,) for line in lines]
    if width < MIN_WRAP_WIDTH:
        return [tuple(lines)]
    result: list[Paragraph] = []
    current: list[str] = [lines[0]]  # the lines of the paragraph being built
    for before, line in zip(lines, lines[1:], strict=False):
        if _LIST_ITEM.match(line):
            if _LIST_ITEM.match(current[0]):
                current.append(line)  # the next item of the same list
                continue
            result.append(tuple(current))
            current = [line]
        elif _ends_paragraph(before, line, width):
            result.append(tuple(current))
            current = [line]
        else:
            current[-1] = f"{current[-1]} {line}"
    result.append(tuple(current))
    return result


def _ends_paragraph(line: str, following: str, width: int) -> bool:
    """Whether the break after `line` was meant: it ends short and the next line starts anew."""
    if not _STARTS_PARAGRAPH.match(following):
        return False
    if _SENTENCE_END.search(line):  # the next word would have fitted: the writer broke here
        return len(line) + 1 + len(following.split()[0]) <= width
    return len(line) < width * SHORT_LINE  # a heading, a "Moved: ..." line
