"""An organisation's name: normalised as the organisation writes it, told apart from generic
words ("this meeting", "our branch"), and made into a candidate with its evidence."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.fields.context import SUBJECT, Source
from parsers.fields.languages import (
    MONTHS,
    ORG_WORDS,
    alternation,
    joined,
    pairs,
    words,
)
from parsers.fields.orgscore import cue_weight
from parsers.fields.orgwords import (
    BODY_VERBS,
    HEADINGS,
    MOVER,
    ORG_GENERIC,
    ORG_NOUNS,
    TIME_OPENINGS,
    VENUES,
)
from parsers.types import Evidence, FieldValue

# Never a body's name, compared written small: "this meeting", "our branch", "members".
GENERIC = {w.lower() for w in ORG_GENERIC}
_HEADING_WORD = alternation(HEADINGS).pattern
# A document word at either end ("RESOLUTION to X", "SENATE MOTION"): the body is the rest.
_EDGE_HEADING = re.compile(
    rf"^(?:{_HEADING_WORD})\s+(?:to|from|of|by)\s+|\s+(?:{_HEADING_WORD})$", re.I
)
# "the City of X council" is the City of X.
_LOCAL_GOVERNMENT_COUNCIL = re.compile(
    rf"^((?:{joined('ORG_LOCAL_GOVERNMENTS')}) of .+?)\s+(?-i:council)$", re.I
)
_MONTH = "|".join(n for months in MONTHS.values() for names in months for n in names)
# A month and year after a name ("X Conference July 2010") date the meeting, not the body.
_TRAILING_DATE = re.compile(rf"\s+(?:(?:{_MONTH})\.?\s+)?(?:19|20)\d\d$", re.I)
_INNER_DATE = re.compile(rf"\b(?:{_MONTH})\.?\s+(?:19|20)\d\d\s+\w", re.I)
ORG_WORD = alternation(ORG_WORDS + ORG_NOUNS)
_HEADING = re.compile(_HEADING_WORD + r"\W*$", re.I)
_TRAILING = re.compile(joined("ORG_NAME_ENDS"), re.I)
_GENITIVE = dict(pairs("ORG_GENITIVES"))


def normalise_organisation(name: str) -> str:
    """Whitespace tidied, a leading article or possessive and trailing punctuation dropped,
    German genitive endings undone, a trailing "(ACRONYM)" or legal form ("e.V.") dropped,
    quotation marks kept only
    when they pair up; case and abbreviations kept as the organisation wrote them."""
    cleaned = _strip_edges(" ".join(name.split()))
    previous = None
    while previous != cleaned:
        previous = cleaned
        cleaned = _LEADING_ARTICLE.sub("", cleaned)
        cleaned = _ELIDED_ARTICLE.sub("", cleaned)
        cleaned = re.sub(r"\s*\((?-i:[A-Z][A-Za-z0-9&.]{1,9})\)$", "", cleaned)
        cleaned = _LEGAL_FORM.sub("", cleaned)
        cleaned = re.sub(r"^((?-i:[A-Z][A-Z0-9&-]{1,9}))['’]s\s+(?=[A-Z])", r"\1 ", cleaned)
        cleaned = _EDGE_HEADING.sub("", cleaned)
        cleaned = _TRAILING_DATE.sub("", cleaned)
        cleaned = re.sub(r"['’]s$", "", cleaned)  # "KTU's (view)": the possessive
        cleaned = _LOCAL_GOVERNMENT_COUNCIL.sub(r"\1", cleaned)
        cleaned = _RECORD_HEADING.sub("", cleaned)
        cleaned = _RECORD_NUMBER.sub("", cleaned)
        cleaned = _without_meeting_title(cleaned)
        cleaned = _strip_edges(cleaned)
    members = _MEMBERS_AFTER.search(cleaned)
    if members and _names_itself(cleaned[: members.start()]):
        cleaned = cleaned[: members.start()]  # "X Union members": the body is the union
    words = [_nominative(w) if w[:1].isupper() else w for w in cleaned.split(" ")]
    return _strip_edges(" ".join(words))


# "Extrait du registre des délibérations du Conseil municipal": the record's heading is not
# the body whose decision it records.
_RECORD_HEADING = re.compile(rf"^(?:{alternation(words('ORG_RECORD_HEADINGS')).pattern})\s+", re.I)
# "Consiglio comunale n. 58", "Conseil municipal n° 12": the number is the record's.
_RECORD_NUMBER = re.compile(r"\s+(?:n|no|nr|n°|nº)\.?\s*\d+(?:/\d+)?$", re.I)
# "Asamblea General del Sindicato X", "Congress of the X Union": the meeting's title, then the
# body that met.
_MEETING_TITLE = re.compile(rf"^(?:{joined('ORG_MEETING_TITLES', longest_first=True)})\s+")


def _without_meeting_title(name: str) -> str:
    """The body after a meeting's title, when what follows names a body itself ("Congress of
    the X Union"); "Asamblea General de Vecinos" (no body after it) keeps its title."""
    title = _MEETING_TITLE.match(name)
    if title is None or not _names_itself(name[title.end() :]):
        return name
    return name[title.end() :]


_MEMBERS_AFTER = re.compile(rf"\s+(?:{alternation(words('ORG_MEMBERS')).pattern})$")


def _names_itself(name: str) -> bool:
    """An organisation word or an acronym: "Harbour Workers Union", "NUX"."""
    return bool(ORG_WORD.search(name) or re.search(r"\b[A-Z]{2,}\b", name))


_LEADING_ARTICLE = re.compile(rf"^(?:{'|'.join(dict.fromkeys(words('ORG_ARTICLES')))})\s+", re.I)


# A legal form after the name is not part of how members name it: "Verein e.V.", "Club Ltd".
_LEGAL_FORM = re.compile(rf",?\s+(?:{joined('ORG_LEGAL_FORMS')})$", re.I)
_ELIDED_ARTICLE = re.compile(rf"^(?:{joined('ORG_ELIDED_ARTICLES')})['’](?=\w)", re.I)
_QUOTES = '"“”«»„'


def _strip_edges(text: str) -> str:
    """Punctuation off both ends; quotation marks too, unless the name quotes a part of itself
    ('Agrupación Docente "Rodolfo Walsh"')."""
    text = text.strip(" ,.;:-–'|")
    while text and (text[0] in _QUOTES or text[-1] in _QUOTES):
        inner = sum(text.count(q) for q in _QUOTES)
        if text[0] in _QUOTES and text[-1] in _QUOTES:
            text = text[1:-1].strip(" ,.;:-–'")
        elif inner % 2 == 1:
            text = (text[1:] if text[0] in _QUOTES else text[:-1]).strip(" ,.;:-–'")
        else:
            break
    return text


def _nominative(word: str) -> str:
    """A German genitive undone, in compounds too: "Mietervereins" -> "Mieterverein"."""
    for ending, plain in _GENITIVE.items():
        if word.lower().endswith(ending):
            head = word[: len(word) - len(ending)]
            return head + (plain.lower() if head and head[-1].isalpha() else plain)
    return word


def is_generic(value: str) -> bool:
    folded = value.lower().strip()
    return (
        not folded
        or folded in GENERIC
        or "name of organisation" in folded
        or len(folded) < 3
        or _HEADING.match(folded) is not None
    )


def make_candidate(
    source: Source,
    raw: str,
    start: int,
    rule: str,
    *,
    need_org_word: bool = False,
    referring: bool = False,
) -> list[FieldValue]:
    """The candidate a rule found, or nothing when the words are generic, a meeting rather
    than a body ("the branch general meeting"), or, for rules reading the framing, not a name
    (no capital, no organisation word). A `referring` candidate ("our council") may be a
    generic noun: the choice reads it as the full name given elsewhere, or doubts it."""
    if rule.startswith(("body", "named-body", "text-body")):
        raw, start = _after_last_article(raw, start)
    keep = rule.startswith(("slot", "named", "council", "text-body", "resolved", "statement"))
    trimmed = _VERB_INSIDE.sub("", raw if keep else _trimmed(raw))
    value = normalise_organisation(_MEETING_OF.sub("", trimmed))
    if (is_generic(value) and not referring) or len(value.split()) > 12 or "@" in value:
        return []
    if _TIME_OPENING.match(value) or _VENUE_ENDING.search(value):
        return []  # "Yesterday evening('s assembly)", "the City Library": not a body
    if need_org_word and not _names_a_body(value, strict=rule.startswith("named")):
        return []
    offset = start + max(0, raw.find(trimmed.strip()[:10]))
    evidence = Evidence(
        source.index,
        offset,
        offset + len(trimmed.strip()),
        rule,
        trimmed.strip(),
        source="subject" if source.index == SUBJECT else "document",
    )
    return [
        FieldValue(
            value=value,
            as_written=trimmed.strip(),
            confidence=cue_weight(rule),
            evidence=evidence,
        )
    ]


def _trimmed(raw: str) -> str:
    """The name without what follows it ("X on Tuesday", "X has"); "in" joining two bodies
    stays ("dju in ver.di": the union within the federation)."""
    inner = re.match(r"(.+?\s+in\s+\S+)(.*)$", raw, re.S)
    if inner and ORG_WORD.fullmatch(inner[1].split()[-1]):
        return inner[1] + _TRAILING.sub("", inner[2])
    return _TRAILING.sub("", raw)


# A body's verb written small ends its name: "Sección Sindical del STTU en Zaragoza aprobó
# ayer por unanimidad", "Comitato di quartiere X esprime piena solidarietà".
_VERB_INSIDE = re.compile(
    r"\s+(?:" + "|".join(v.replace(" ", r"\s+") for v in BODY_VERBS) + r")(?![\w]).*$", re.S
)
# A time opening a sentence, or a building closing a name: neither is a body.
_TIME_OPENING = alternation(TIME_OPENINGS)
_VENUE_ENDING = re.compile(alternation(VENUES).pattern + "$", re.I)
# A lower-case meeting word before the name is the meeting of that body, not part of its
# name: "l'assemblea del Circolo ...", "the general meeting of the Society ...".
_MEETING_OF = re.compile(
    rf"^(?:(?:{joined('ORG_MEETING_OF_ARTICLES')})\s*)?(?-i:(?:{joined('ORG_MEETING_OF')}))\s+"
    rf"(?:{joined('ORG_MEETING_OF_LINKS', longest_first=True)})\s*(?=[A-ZÀ-Ý])",
    re.I,
)


# The last article before the name, not one inside it ("branch of the Labor Party").
_INSIDE_NAME = "".join(rf"(?<!\b{link} )" for link in dict.fromkeys(words("ORG_INNER_LINKS")))
_LAST_ARTICLE = re.compile(
    rf".*{_INSIDE_NAME}\b(?:{joined('ORG_LAST_ARTICLES')})\s+(?=[A-ZÀ-Ý])",
    re.S,
)
# A name opening with a verb and "the" ("Save the Moorland", "Stop the Cuts"), not a time or a
# preposition ("Yesterday the X", "On Friday the X").
_VERB_THE = re.compile(rf"(?!(?:{joined('ORG_NOT_VERB_THE')})\b)(?-i:[A-Z][a-z]+)\s+the\s+")
_MEETING_QUALIFIER = re.compile(rf"\b(?:{joined('ORG_MEETING_QUALIFIERS')})$", re.I)
_NOT_OPENINGS = frozenset(words("ORG_NOT_OPENINGS"))


def _after_last_article(raw: str, start: int) -> tuple[str, int]:
    """ "At our branch meeting on Tuesday the NEU Lambeth (passed)": the name after the last
    article before the verb."""
    match = _LAST_ARTICLE.match(raw)
    if match is None or not raw[match.end() :].strip():
        return raw, start
    if _VERB_THE.fullmatch(raw[: match.end()]):
        return raw, start  # "Save the Moorland Coalition": the article is inside the name
    return raw[match.end() :], start + match.end()


def _names_a_body(value: str, *, strict: bool) -> bool:
    """A name, not a description: a capital somewhere, no trailing meeting qualifier, and an
    organisation word (or, for the older framing rules, mostly capitalised words)."""
    if not any(ch.isupper() for ch in value) or _MEETING_QUALIFIER.search(value):
        return False
    if value.split()[0].lower() in _NOT_OPENINGS:
        return False
    if ORG_WORD.search(value) or _COMPOUND_ORG_WORD.search(value):
        return True
    return not strict and capitalised(value)


# German writes the organisation word at the end of a compound: "Friedensinitiative",
# "Mieterverein", "Stadtteilgruppe".
_COMPOUND_ORG_WORD = re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+(?:{joined('ORG_COMPOUND_ENDINGS')})\b")


def assembly_of(match: re.Match[str], made: list[FieldValue]) -> list[FieldValue]:
    """ "Esta asamblea de trabajadores del Metro": an assembly of people, not of a body, is
    itself the body ("Asamblea de trabajadores del Metro"). "Cette assemblée de la section
    SUD-Rail": an assembly of a body written in lower case is that body ("Section SUD-Rail");
    "La Asamblea de Trabajadores de X": an assembly named with a capital is its own body."""
    groups = match.groupdict()
    if not made or not groups.get("noun"):
        return made
    first = made[0]
    if groups["noun"][:1].isupper() and not ORG_WORD.match(first.value):
        # "La Asamblea de Trabajadores de X exige": the assembly, named with a capital, of
        # people who are no body themselves, is the body
        return [replace(first, value=f"{groups['noun']} {groups['prep']}{first.value}")]
    if not first.value[:1].islower():
        return made
    if ORG_WORD.match(first.value):
        return [replace(first, value=first.value[:1].upper() + first.value[1:])]
    value = f"{groups['noun'].capitalize()} {groups['prep']}{first.value}"
    return [replace(first, value=value)]


def capitalised(value: str) -> bool:
    words = [w for w in value.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= max(1, len(words) - 1)


_MOVER = re.compile(
    r"(?:" + alternation(MOVER).pattern + r")"
    r"[\s:|]*(?:[^\s|]+\s+){0,3}$",
    re.I,
)


def moved_by(text: str, start: int) -> bool:
    """A mover's, sponsor's or forwarder's cue just before the name, on its line: "Proposed
    by: X", "originally adopted by the X", "presentata dal X"."""
    line_start = text.rfind("\n", 0, start) + 1
    return _MOVER.search(text[max(line_start, start - 60) : start]) is not None


def names_an_event(value: str) -> bool:
    """ "KPA July 2019 Convention": a dated meeting, not the body that met."""
    return _INNER_DATE.search(value) is not None
