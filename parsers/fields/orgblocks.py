"""Where else a message names its organisation: the subject line, the signature block after a
sign-off, and the letterhead of an attached document."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.fields.context import Source
from parsers.fields.gazetteer import cities_named
from parsers.fields.languages import alternation, joined, words
from parsers.fields.orgforms import NAME
from parsers.fields.orgname import (
    ORG_WORD,
    capitalised,
    is_generic,
    make_candidate,
    normalise_organisation,
)
from parsers.fields.orgrules import _N
from parsers.fields.orgwords import BODY_VERBS, ROLES, SIGNED_FOR
from parsers.signature import opens_with_sign_off
from parsers.text import fold as _folded
from parsers.types import FieldValue

_ROLE = re.compile(
    rf"^(?:(?:{'|'.join(ROLES)})"
    rf"\b(?:\s+[a-zà-ÿ]+)?[\s,:-]*(?:{joined('ORG_ROLE_LINKS', longest_first=True)})?|"
    # on the body's behalf: "for the X", "pour le X", "per il X"
    rf"(?:{alternation(SIGNED_FOR).pattern})\s+(?:{joined('ORG_SIGNED_FOR_ARTICLES')})?)",
    re.I,
)
# "X, branch secretary": a role after the body ends it on a signature line.
_SECOND_ROLE = re.compile(rf",\s*(?=[A-Za-z ]*(?:{joined('ORG_SIGNATURE_ROLES')}))", re.I)
_CONTACT_WORDS = joined("ORG_CONTACT_WORDS")
# "..., Tues 27 Feb", "..., 3 March": a date after the name in a subject is not part of it.
_COMMA_DATE = r",\s*(?:[A-Za-zÀ-ÿ]{2,9}\.?\s+)?\d"
_SUBJECT_ORG = re.compile(
    rf"(?:{joined('ORG_SUBJECT_NOUNS')})\w*(?:\s+(?:{joined('ORG_SUBJECT_VOTES')}))?\s*"
    rf"(?:-|–|:|{joined('ORG_SUBJECT_LINKS', longest_first=True)})"
    rf"\s+(?:the\s+)?{_N}\s*(?:$|[-–|(:]|\s+(?:{joined('ORG_SUBJECT_TOPICS')})\b|{_COMMA_DATE})",
    re.I,
)


# "Green Party of X: Free ...", "Unite statement on ...", "Fwd: X Gruppe Y zum ...": a body
# opening the subject.
_SUBJECT_OPENS = re.compile(
    rf"^(?:(?:fwd?|wg|tr|i|rv|enc)\s*:\s*)*(?P<org>{NAME})(?=\s*:\s|\s+[-–]\s|\s+(?i:statement|"
    rf"resolution|motion|backs|position|calls|endorses|zum|zur|sur|su|sobre)\b|\s+(?P<held>AGM|EGM|"
    rf"(?i:conference|congress|convention)\b))",
    re.I,
)


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# "Europäische Linke fordert ...": a name of its own, with no organisation word, standing as
# the subject of a body's verb at the head of the subject line (two words or more, each
# capitalised or a small joining word; no document word first).
_SUBJECT_NAME_ACTS = re.compile(
    rf"^(?:(?:fwd?|wg|tr|i|rv|enc)\s*:\s*)*(?P<org>{NAME})\s+(?:{alternation(BODY_VERBS).pattern})",
    re.I,
)
_SMALL = frozenset(words("ORG_SMALL_WORDS"))


def _a_name(text: str) -> bool:
    """Mostly capitalised (short lower-case acronyms aside: "dju in ver.di"): "Eastgate Trades
    Council", not "Fernvale council tabled it"."""
    lower = [w for w in text.split() if w[:1].islower() and w not in _SMALL]
    return len([w for w in lower if len(w) > 4 and "." not in w]) <= 1


def from_subject(source: Source) -> list[FieldValue]:
    found: list[FieldValue] = []
    for pattern, rule in ((_SUBJECT_ORG, "subject"), (_SUBJECT_OPENS, "subject-names-body")):
        match = pattern.search(source.text)
        # the body of an AGM or a conference needs no organisation word ("X AGM backs ..."),
        # nor one a text is "of" that has an acronym in its name ("Beschluss der JuLis OWL")
        named = match is not None and (
            ORG_WORD.search(match["org"])
            or match.groupdict().get("held")
            or (rule == "subject" and _ACRONYM.search(match["org"]))
        )
        if match is not None and named and _a_name(match["org"]):
            found.extend(make_candidate(source, match.group("org"), match.start("org"), rule))
    acts = _SUBJECT_NAME_ACTS.search(source.text)
    if acts is not None and _a_proper_name(acts["org"]):
        found.extend(make_candidate(source, acts["org"], acts.start("org"), "subject-name-acts"))
    return found


def _a_proper_name(text: str) -> bool:
    """Two words or more, each capitalised or a small joining word, no digit, and not opening
    with a document word ("Motion Assange adoptée" is a motion, not a body)."""
    parts = text.split()
    return (
        len(parts) >= 2
        and all(w[:1].isupper() or w in _SMALL for w in parts)
        and not any(ch.isdigit() for ch in text)
        and not is_generic(parts[0])
    )


def from_signature(source: Source, subject: str = "") -> list[FieldValue]:
    """An organisation line in the signature block: after a sign-off, near the end; or, with
    no sign-off, the last line of a body under a person's name."""
    lines = source.text.splitlines()
    sign_off = next(
        (i for i in range(len(lines) - 1, -1, -1) if opens_with_sign_off(lines[i])),
        None,
    )
    if sign_off is None or len(lines) - sign_off > 15:
        return _closing_line(source, lines)
    offset = sum(len(line) + 1 for line in lines[: sign_off + 1])
    found: list[FieldValue] = []
    for line in lines[sign_off + 1 :]:
        name = _signature_name(line.strip())
        if name and _names_body(name):
            found.extend(_signed(source, name, offset + line.find(name), "signature"))
        offset += len(line) + 1
    return found[:1]


def _signature_name(text: str) -> str:
    """The organisation part of a signature line: after a role ("Secretary, X", "Secrétaire
    départementale, X"), before another role or a second affiliation ("X | Delegate to Y")."""
    text = re.split(r"\s+[|·•]\s+", text)[0]
    role = _ROLE.match(text)
    if role is not None:
        return text[role.end() :].strip()
    return _SECOND_ROLE.split(text)[0]


def _without_role(text: str) -> str:
    """A name after a role and a comma ("Secretary, X"), else the text as it is."""
    role = _ROLE.match(text)
    rest = text[role.end() :].strip() if role is not None else ""
    return rest if rest and "," in text[: role.end() if role else 0] else text


def _names_body(name: str) -> bool:
    return (
        bool(ORG_WORD.search(name))
        and len(name) < 90
        and "@" not in name
        and not re.search(rf"\d{{5,}}|{_CONTACT_WORDS}", name, re.I)
    )


def _signed(source: Source, name: str, start: int, rule: str) -> list[FieldValue]:
    """A signature's organisation; a town after the last comma ("Stonehouse Community
    Association, Plymouth") is where it is, not part of its name (the evidence keeps it)."""
    name = _ROLE_AFTER.sub("", name)
    made = make_candidate(source, name, start, rule)
    head, _, town = name.rpartition(",")
    if made and head and ORG_WORD.search(head) and cities_named(town.strip(" ."))[:1]:
        return [replace(made[0], value=normalise_organisation(head))]
    return made


def _closing_line(source: Source, lines: list[str]) -> list[FieldValue]:
    """ "Elena Gallo / Comitato Inquilini San Salvario Torino" at the very end of a body; a
    telephone, an address or a role line under the name does not end the signature."""
    kept = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    while len(kept) > 3 and _CONTACT.search(kept[-1][1]):
        kept.pop()
    if len(kept) > 3 and _ROLE.fullmatch(kept[-2][1]):
        kept.pop(-2)
    if len(kept) < 3 or source.origin != "body":
        return []
    (_, above), (index, last) = kept[-2], kept[-1]
    if last.endswith((".", "!", "?", ":")) or len(above.split()) > 4 or len(last) > 80:
        return []
    if not (_names_body(last) and capitalised(last)):
        return []
    start = sum(len(line) + 1 for line in lines[:index]) + lines[index].find(last)
    return _signed(source, last, start, "closing-line")


# The signer's role in brackets after the name: "X Labour Party (Political Education Officer)".
_ROLE_AFTER = re.compile(rf"\s*\((?:[\w -]+\s)?(?:{'|'.join(ROLES)})\b[^()]*\)$", re.I)
_CONTACT = re.compile(rf"@|https?://|www\.|^[+\d][\d ()./-]{{6,}}$|\b(?:{_CONTACT_WORDS})\b", re.I)
_LEGAL_SUFFIX = re.compile(r"\b(?:e\.\s?V|Ltd|Inc|asbl|a\.s\.b\.l|Onlus|Co)\.$", re.I)


def from_letterhead(source: Source, subject: str = "") -> list[FieldValue]:
    """The first short line of an attached document that names a body, or that the subject
    repeats ("Centrale Générale FGTB Bruxelles")."""
    offset = 0
    for line in source.text.splitlines()[:4]:
        for text in _segments(line):
            plain = not text.endswith((".", "!", "?")) or _LEGAL_SUFFIX.search(text) is not None
            repeated = len(text.split()) <= 6 and _folded(text) in _folded(subject)
            named = ORG_WORD.search(text) or repeated or _holds_meeting(line, text)
            if len(text) < 80 and plain and "@" not in text and named:
                text = _without_role(text)  # "Secretary, X Tenants' Association"
                return make_candidate(source, text, offset + line.find(text), "letterhead")
        offset += len(line) + 1
    return []


def _segments(line: str) -> list[str]:
    """A letterhead's parts: "City of X – Y Committee – Tuesday 9 July" names the body first;
    a local unit after it stays with it ("USB Pubblico Impiego – Federazione di Milano")."""
    parts = [part.strip() for part in re.split(r"\s+[–—|-]\s+", line) if part.strip()]
    if len(parts) > 1 and _LOCAL_UNIT.match(parts[1]):
        return [line.strip()]
    return parts


def _holds_meeting(line: str, part: str) -> bool:
    """ "X - Annual General Meeting 2022": the body of the meeting the letterhead names."""
    rest = line[line.find(part) + len(part) :]
    return _MEETING_AFTER.match(rest) is not None


_MEETING_AFTER = re.compile(rf"\s+[–—|-]\s+(?:{joined('ORG_LETTERHEAD_MEETINGS')})\b", re.I)


_LOCAL_UNIT = re.compile(
    rf"(?:{ORG_WORD.pattern})\s+(?:{joined('ORG_UNIT_OF')})\s+(?-i:[A-ZÀ-Ý])", re.I
)
