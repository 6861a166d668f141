"""Finders for the forms bodies use when they write their own motion: a council named by its
town ("Il Consiglio comunale di X ha approvato"), "the statement X issued", "RESOLVED, that
the X calls on", a heading ("Statement of the X", "Comunicato del X") and a table row
("Adopted by | X"). Each proposes candidates; `orgscore` chooses."""

from __future__ import annotations

import re

from parsers.fields.context import Source
from parsers.fields.languages import ORG_WORDS, TOWN_BODIES, alternation, joined, words
from parsers.fields.orgname import ORG_WORD, make_candidate
from parsers.fields.orgwords import (
    AS,
    BODY_VERBS,
    COUNCIL_OF_TOWN,
    HEADING_OF,
    MET_AS,
    ORG_NOUNS,
    OUR,
    TABLE_LABELS,
    TEXT_NOUNS,
    TEXT_VERBS,
    THIS,
)
from parsers.types import FieldValue


def _words(entries: tuple[str, ...]) -> str:
    return alternation(entries).pattern


# A name is at most fifteen words (a longer run is no name; the bound keeps long text linear).
# A word of a name: a capital or a digit first; never a preposition that ends an all-capitals
# heading's name ("STATEMENT OF THE X ON THE ARREST"), nor the meeting it held ("X AGM").
_STOP = rf"(?!(?i:{joined('ORG_NAME_STOPS')})\b|AGM\b|EGM\b)"
NAME_WORD = rf"{_STOP}(?-i:[A-ZÀ-Ý0-9])(?:[\w'’·&/-]|\.(?=\w))*"
_JOIN = (
    r"(?i:of|for|and|&|de|du|des|di|del|della|dell['’]|dei|degli|da|do|dos|das|dels|y|e|et|und|"
    r"der|die|the|la|le|les|pour|per|para|für|pro)"
)
NAME = rf"{NAME_WORD}(?:\s+(?!(?i:and\s+the)\b)(?:{_JOIN}\s+){{0,2}}{NAME_WORD}){{0,14}}"
_ARTICLE = r"(?i:the|our|le|la|l['’]|il|lo|el|der|die|das|o|a|nuestr[ao]|notre|nostr[ao]|unser[e]?)"
_ACRONYM = r"(?:\s*\((?-i:[A-Z][A-Za-z0-9&.-]{1,9})\))?"

_COUNCIL = re.compile(
    rf"(?P<org>(?:{_words(COUNCIL_OF_TOWN)})\s+(?-i:[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)*))",
    re.I,
)
_ACTS = re.compile(rf"^(?:\s*,[^,\n]{{3,80}},)?\s*(?:{_words(BODY_VERBS)})", re.I)
_ADOPTED_BY = re.compile(
    r"(?:approvat[ao]|adopt(?:ed|ée?)|aprobad[ao]|aprovad[ao]|passed|approved|agreed|votat[ao])"
    r"(?:\s+all['’]unanimità|\s+unanimously|\s+à l['’]unanimité|\s+por unanimidad)?\s+"
    r"(?:by|dal|dalla|par|por|pelo|pela)\s+(?:the\s+|le\s+|la\s+|el\s+|il\s+|l['’])?$",
    re.I,
)


# "Délibération du Conseil municipal n° 12", "deliberazione del Consiglio Comunale n. 4": the
# record of a council's decision names the council, its town given elsewhere.
_TOWN_KINDS = tuple(b for b in TOWN_BODIES if not re.search(r"\b(?:of|de|di|d\[eoa\])$", b))
_COUNCIL_RECORDED = re.compile(
    rf"(?:{_words(words('ORG_RECORD_HEADINGS'))})\s+(?P<org>{_words(_TOWN_KINDS)})"
    r"(?!\s+(?i:of|de|di|du|del|della|da|do|van|von)\s)",
    re.I,
)


def council_by_town(source: Source) -> list[FieldValue]:
    """ "Il Consiglio comunale di X ha approvato", "approvata dal Consiglio comunale di X",
    the council's name alone heading its deliberation, or merely named (a weak cue)."""
    found: list[FieldValue] = []
    text = source.text
    for match in _COUNCIL.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        before = text[line_start : match.start()]
        if (
            _ACTS.match(text[match.end() : match.end() + 100])
            or _ADOPTED_BY.search(before)
            or _head_acts_later(text, match)
        ):
            rule = "council-acts"
        elif re.fullmatch(rf"\s*(?:{_ARTICLE}\s*)?{re.escape(match.group(0))}\s*,?\s*", line):
            rule = "council-heads-text"
        else:
            rule = "council-named"
        found.extend(make_candidate(source, match.group("org"), match.start(), rule))
    for match in _COUNCIL_RECORDED.finditer(text):
        # a heading in capitals ("DELIBERAZIONE DEL CONSIGLIO COMUNALE"): the council's noun
        council = match["org"].capitalize() if match["org"].isupper() else match["org"]
        found.extend(make_candidate(source, council, match.start("org"), "council-acts"))
    return found


def _head_acts_later(text: str, match: re.Match[str]) -> bool:
    """The council named in full, then acting by its first word alone: "the Câmara Municipal
    de X ... a Câmara manifesta", "the Council of X ... the Council resolves"."""
    head = re.compile(rf"\b{re.escape(match.group('org').split()[0])}\b")
    return any(_ACTS.match(text[h.end() : h.end() + 100]) for h in head.finditer(text, match.end()))


# The topic after a name: "Statement of the X on ...".
_TOPIC = joined("ORG_TOPIC_WORDS")
_TEXT_BODY_PASSED = re.compile(
    rf"\b(?:{_words(TEXT_NOUNS)})(?:\s+(?:{_TOPIC})\s+[^\n.,;]{{1,40}}?)?\s+"
    rf"(?:(?:that|which|que|qu['’]|che|den|die|das)\s+)?(?:{_ARTICLE}\s+)?(?P<org>{NAME}"
    rf"(?-i:\s+(?:forum|branch|section|group|committee|council|executive))?)"
    rf"{_ACRONYM}(?:\s+in\s+{NAME_WORD})?\s+(?:has\s+|have\s+)?(?:unanimously\s+)?"
    rf"(?:{_words(TEXT_VERBS)})\b",
    re.I,
)
_RESOLVED_THAT = re.compile(
    rf"\b(?:be it\s+)?(?:(?:therefore|further|also|finally)\s+)*resolved(?:\s+further)?,?\s+"
    rf"that\s+(?:the\s+)?(?P<org>{NAME}){_ACRONYM}\s+(?:{_words(BODY_VERBS)}|calls|asks|"
    rf"insists?|supports|condemns|commends|affirms|reaffirms)\b",
    re.I,
)
_HEADING = re.compile(
    rf"^[ \t]*(?:{_words(HEADING_OF)})\s+(?:{_ARTICLE}\s+)?(?P<org>{NAME})"
    rf"(?=[ \t]*(?:$|[–:(,-]|(?i:{_TOPIC})\b))",
    re.I | re.M,
)
# "That this House notes", "This executive resolves", "Questo consiglio impegna": the body
# refers to itself by its noun; the full name is given elsewhere.
_THIS_BODY = re.compile(
    rf"\b(?:{_words(THIS)})\s+"
    rf"(?P<org>(?:{_words(ORG_NOUNS)}|house|chamber))\s*(?::|\s(?:{_words(BODY_VERBS)})|\s(?:notes|believes|"
    rf"resolves|agrees|calls|condemns|instructs|demands|supports))",
    re.I,
)
# "our council has called for", "our branch passed", "notre section a adopté": the writer's
# own body by its noun.
_OUR_BODY = re.compile(
    rf"\b(?:{_words(OUR)})\s+(?:(?:town|city|local|county|district|regional)\s+)?"
    rf"(?P<org>{_words(ORG_NOUNS + ORG_WORDS)})\s+(?:has\s+|have\s+|ha\s+|hat\s+|a\s+)?"
    rf"(?:(?:{joined('ORG_UNANIMOUSLY')})\s+)?"
    rf"(?:{_words(BODY_VERBS + TEXT_VERBS)}|called|voted|passed)\b",
    re.I,
)
# "We, library workers of X, meeting online on 20 May as the X Forum, ...".
_MET_AS = re.compile(
    rf"(?:{_words(MET_AS)})[^.\n]{{0,60}}?\s(?:{_words(AS)})\s+(?:{_ARTICLE}\s+)?(?P<org>{NAME})",
    re.I,
)
_FORMS = (
    ("met-as", _MET_AS),
    ("this-body-acts", _THIS_BODY),
    ("text-body-passed", _TEXT_BODY_PASSED),
    ("resolved-that", _RESOLVED_THAT),
    ("statement-of", _HEADING),
)


def from_forms(source: Source) -> list[FieldValue]:
    """ "the statement X issued", "RESOLVED, that the X calls on", "Statement of the X"."""
    found: list[FieldValue] = []
    for rule, pattern in _FORMS:
        for match in pattern.finditer(source.text):
            # "this House": the noun is the body's by construction
            need = rule != "this-body-acts"
            start = match.start("org")
            found.extend(make_candidate(source, match["org"], start, rule, need_org_word=need))
    found.extend(_acronym_acts(source))
    found.extend(_acronym_meeting(source))
    for match in _OUR_BODY.finditer(source.text):
        org, start = match["org"], match.start("org")
        found.extend(make_candidate(source, org, start, "our-body-acts", referring=True))
    return found + council_by_town(source) + from_table(source)


# "the National Union of X (NUX)" defines an acronym the text then uses as the body's name.
_DEFINED = re.compile(r"(?<=\w)\s*\((?P<acronym>[A-Z][A-Z0-9&-]{1,9})\)")
_ACRONYM_ACTS = r"(?:^|[.!?]\s+|\n|\bthe\s+)(?P<org>{acronym})\s+(?:{verbs})\b"


def _acronym_acts(source: Source) -> list[FieldValue]:
    """ "The NUX joins ...", its acronym spelled out as a body's name elsewhere in the text."""
    text = source.text
    acronyms = {
        m["acronym"]
        for m in _DEFINED.finditer(text)
        if ORG_WORD.search(text[max(0, m.start() - 80) : m.start()].rsplit("\n", 1)[-1])
    }
    found: list[FieldValue] = []
    verbs = _words(BODY_VERBS + TEXT_VERBS)
    for acronym in acronyms:
        pattern = _ACRONYM_ACTS.format(acronym=re.escape(acronym), verbs=verbs)
        for match in re.finditer(pattern, source.text, re.I):
            found.extend(make_candidate(source, match["org"], match.start("org"), "acronym-acts"))
    return found


# "our NUX meeting", "the NUX meeting at X": a body by its acronym, holding the meeting (a
# lower-case word between, "the NUX regional meeting", may name a body of its own: no cue).
_ACRONYM_MEETING = re.compile(
    r"\b(?i:our|the)[ \t]+(?P<org>[A-Z][A-Z0-9&-]{1,9}(?:[ \t]+[A-Z][\w'’-]+){0,3})"
    r"[ \t]+(?i:meeting)\b"
)


def _acronym_meeting(source: Source) -> list[FieldValue]:
    return [
        candidate
        for match in _ACRONYM_MEETING.finditer(source.text)
        for candidate in make_candidate(source, match["org"], match.start("org"), "acronym-meeting")
    ]


_LABEL = re.compile(rf"^\s*(?:{_words(TABLE_LABELS)})\s*:?\s*$", re.I)


def from_table(source: Source) -> list[FieldValue]:
    """A table row "Adopted by | X" or a column headed "Organo" whose next row names X (DOCX
    and ODT tables are read as rows of cells joined by " | ")."""
    found: list[FieldValue] = []
    offset = 0
    lines = source.text.split("\n")
    for i, line in enumerate(lines):
        cells = line.split(" | ")
        if len(cells) >= 2:
            for value, at in _table_values(cells, lines[i + 1] if i + 1 < len(lines) else ""):
                start = offset + (line.find(value) if at == 0 else len(line) + 1)
                start += 0 if at == 0 else lines[i + 1].find(value)
                name = value.split(",")[0]
                found.extend(make_candidate(source, name, start, "table-cell", need_org_word=True))
        offset += len(line) + 1
    return found


def _table_values(cells: list[str], next_line: str) -> list[tuple[str, int]]:
    """(value, 0) for a label cell followed by its value on the same row; (value, 1) for a
    header cell of a row of three or more whose column the next row fills."""
    below = next_line.split(" | ")
    if len(cells) >= 3 and len(below) == len(cells) and not _LABEL.match(below[0]):
        return [(below[k].strip(), 1) for k, cell in enumerate(cells) if _LABEL.match(cell)]
    if _LABEL.match(cells[0]) and cells[1].strip():
        return [(cells[1].strip(), 0)]
    return []
