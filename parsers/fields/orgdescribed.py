"""A body described rather than named: a meeting that voted, written as its owner and its kind
("our NUX Eastvale regional meeting ... voted", "At the City of X's annual electors' general
meeting, the electors carried"), read as the kind of meeting of its owner ("Eastvale regional
meeting of the National Union of X", "electors' general meeting of the City of X"), built
from the text's own words; an owner's acronym is spelled out when the message gives it."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.fields.context import MessageView, Source
from parsers.fields.languages import alternation, words
from parsers.fields.orgforms import NAME
from parsers.fields.orgname import ORG_WORD, make_candidate
from parsers.fields.orgwords import KIND_WORDS
from parsers.types import FieldValue

# The owner (capitalised words, a possessive "'s" after them), up to three lower-case words of
# kind ("annual electors' general"), then the meeting noun. English word order: the other
# languages write "the meeting of X", which the framing rules read.
_MEETING = re.compile(
    rf"(?P<owner>{NAME})(?:['’]s)?[ \t]+"
    r"(?P<kind>(?:(?-i:[a-z])[\w'’-]*[ \t]+){1,3})(?i:meeting)\b"
)
_VOTED = alternation(words("PASSED")).pattern
# The meeting acting: "... meeting - an aside - voted overwhelmingly", "... meeting passed".
_ACTS = re.compile(
    rf"(?:\s*[-–—][^\n]{{0,120}}(?:\n[^\n]{{0,120}}){{0,2}}?[-–—]|,[^,\n]{{0,100}},)?\s+"
    rf"(?:(?:has|have|had|voted)\s+)?(?:{_VOTED})\b",
    re.I,
)
# "At the X meeting, the electors present carried": the people of the meeting, written small,
# voted, so the meeting is the body.
_SETTING = re.compile(r"\b[Aa]t[ \t]+(?:[^\s,.]+[ \t]+){0,3}?$")
_PEOPLE_VOTED = re.compile(rf"^,[ \t]+(?-i:[a-z][a-z' ]{{2,40}}?)[ \t]+(?:{_VOTED})\b", re.I)
_KINDS = {w.casefold() for w in KIND_WORDS}
_RECURRING = alternation(words("ORG_RECURRING"))
_ACRONYM = re.compile(r"^(?P<acronym>[A-Z]{2,6})(?P<rest>(?:[ \t]+[A-Z][\w'’-]+)*)$")


def described_meetings(source: Source, view: MessageView) -> list[FieldValue]:
    """Each meeting, named by its owner and kind, that voted or whose people voted."""
    found: list[FieldValue] = []
    text = source.text
    for match in _MEETING.finditer(text):
        after = text[match.end() : match.end() + 400]
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        acting = _ACTS.match(after) or (_SETTING.search(before) and _PEOPLE_VOTED.match(after))
        if not acting:
            continue
        value = _described(match["owner"], match["kind"], view)
        if value is None:
            continue
        made = make_candidate(source, match.group(0), match.start(), "described-meeting")
        found.extend(replace(c, value=value) for c in made)
    return found


def _described(owner: str, kind: str, view: MessageView) -> str | None:
    """ "Eastvale regional meeting of the National Union of X": the owner's acronym is the
    body, the capitalised words after it the place of its meeting; a recurring word ("annual")
    says when, not which body."""
    kinds = [w for w in kind.split() if not _RECURRING.fullmatch(w)]
    if any(ORG_WORD.fullmatch(w) and w.casefold() not in _KINDS for w in kinds):
        return None  # "our NUX Eastvale branch meeting": the meeting of a named body
    owner = re.sub(r"['’]s$", "", " ".join(owner.split()))
    acronym = _ACRONYM.match(owner)
    if acronym:
        place = acronym["rest"].split()
        parent = spelled_out(acronym["acronym"], view) or acronym["acronym"]
        return " ".join([*place, *kinds, "meeting", "of", "the", parent])
    return " ".join([*kinds, "meeting", "of", "the", owner])


_SMALL = {"of", "for", "and", "the", "&"}
_RUN = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*[A-Z][\w'’-]*)+")


def spelled_out(acronym: str, view: MessageView) -> str | None:
    """The capitalised words of the message whose initials are the acronym ("National Union of
    X" for "NUX"); the first such run, or None."""
    for source in view.sources:
        for match in _RUN.finditer(source.text):
            found = _initials_run(match.group(0).split(), acronym)
            if found:
                return found
    return None


def _initials_run(parts: list[str], acronym: str) -> str | None:
    """The words of `parts`, from a capital, whose capitals' initials spell `acronym`."""
    for start, word in enumerate(parts):
        if not word[:1].isupper():
            continue
        letters = ""
        for end in range(start, len(parts)):
            if parts[end] not in _SMALL:
                letters += parts[end][0]
            if letters == acronym and parts[end] not in _SMALL:
                return " ".join(parts[start : end + 1])
            if not acronym.startswith(letters):
                break
    return None
