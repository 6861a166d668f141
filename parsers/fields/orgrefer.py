"""How a message refers to a body it names elsewhere: a short mention completed to the full
name ("the Executive Board" -> "Lakeland Workers Party Executive Board"), the writer's own
body named short ("our County Committee"), and a body named only as the motion's addressee."""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.fields.context import SUBJECT, MessageView
from parsers.fields.gazetteer import cities_named
from parsers.fields.languages import ORG_WORDS, TOWN_BODIES, alternation
from parsers.fields.languages import words as words_of
from parsers.fields.orgforms import NAME, NAME_WORD
from parsers.fields.orgname import ORG_WORD, normalise_organisation
from parsers.fields.orgwords import ADDRESSEE, COUNCIL_OF_TOWN, KIND_WORDS, OUR
from parsers.types import FieldValue

_CONNECTOR = r"(?:of|for|and|&|de|du|des|di|del|della|dell['’]|dello|degli|y|e|et|und|der)"
_NAME_WORD = rf"(?:{_CONNECTOR}\s+)*(?:[A-ZÀ-Ý][\w'’.·-]*|dell['’][A-ZÀ-Ý][\w'’.·-]*)"
_OF = r"(?:of|de|di|del|della|dell['’]|des|du|der|do|da|dels)"


def words(name: str) -> list[str]:
    return re.sub(r"[^\w&/]+", " ", name.casefold().replace("’", "'")).split()


# The organisation words a table writes with a capital are bodies' own names ("Unite",
# "Equity"), not kinds of body.
_OWN_NAMES = frozenset(w for w in ORG_WORDS if w[:1].isupper() and w.isalpha())


def bare(value: str) -> bool:
    """One or two organisation, qualifying or lower-case words: "Executive Board", "Consiglio
    comunale", "Steering Committee", "Collettivo"; a name of its own has a proper word
    ("Harbour Dockers Union") or more words ("Collectif rennais pour la liberté de la presse")."""
    parts = value.split()
    if any(len(w) > 1 and w.isupper() or w in _OWN_NAMES for w in parts):
        return False  # an acronym or a union's own name names the body itself: "KTU", "Unite"
    return len(parts) <= 2 and _generic_phrase(value)


def full_name_in_text(value: str, view: MessageView) -> str | None:
    """The longest full name the message gives the bare words: "X's Executive Board",
    "Executive Board of X", "United X Conference", "Collettivo Studenti di Lettere". Read
    around each place the words stand, so a long text costs one pass."""
    head = re.compile(r"\b" + re.escape(value).replace(r"\ ", r"\s+") + r"\b", re.I)
    longest = ""
    for source in view.sources:
        for match in head.finditer(source.text):
            for raw in _names_around(source.text, match, value):
                name = normalise_organisation(raw)
                if len(name.split()) > len(value.split()) and not _generic_phrase(name):
                    longest = max(longest, name, key=len)
    return longest or None


_WINDOW = 160
_FOLLOWED = re.compile(rf"(?:\s+{_NAME_WORD})+")
_OWNER = re.compile(rf"(?P<owner>{NAME})(?P<mark>['’]s?)\s+$")
_OF_WHOLE = re.compile(rf"\s+{_OF}\s+(?:the\s+|la\s+|le\s+|l['’])?{NAME}")
_APPOSED = re.compile(rf",[ \t]+(?:the[ \t]+)?(?P<parent>{NAME})")
_BEFORE = re.compile(rf"(?:{NAME_WORD}[ \t]+(?:{_OF}[ \t]+)?){{1,8}}$")


def _names_around(text: str, match: re.Match[str], value: str) -> list[str]:
    """The names the bare words at `match` are part of, read in a window around them."""
    found = match.group(0)
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[max(line_start, match.start() - _WINDOW) : match.start()]
    after = text[match.end() : match.end() + _WINDOW]
    names: list[str] = []
    if " " not in value and found == value:  # "Collettivo Studenti di X"
        tail = _FOLLOWED.match(after)
        prefix = re.search(r"\b[\w.]+-$", before)
        if tail:
            head = (prefix.group(0) if prefix else "") + found
            names.append(re.sub(rf"(?:\s+{_CONNECTOR})+$", "", " ".join((head + tail[0]).split())))
    owner = _OWNER.search(before)
    if owner:
        # a plural's apostrophe is part of the name ("Retired Engineers' Guild"); "X's" is not
        plural = len(owner["mark"]) == 1 and owner["owner"][-1:] in "sS"
        names.append(f"{owner['owner']}{owner['mark'] if plural else ''} {found}")
    whole = _OF_WHOLE.match(after)
    if whole:
        names.append(found + whole.group(0))
    apposed = _APPOSED.match(re.split(r"\n[ \t]*\n", after, maxsplit=1)[0])
    if apposed and ORG_WORD.search(apposed["parent"]):
        names.append(apposed["parent"])  # "the Steering Committee, Harbour Workers Coalition"
    proper = value[:1].upper() + value[1:]
    preceding = _BEFORE.search(before)
    if found == proper and preceding and not re.search(r"\w['’]s\s", preceding.group(0)):
        names.append(preceding.group(0) + found)  # "United Northvale Peace Conference"
    return names


# Words that say what kind a body is without naming it: "City Council", "the House".
_QUALIFIERS = {w.casefold() for w in KIND_WORDS}


def _generic_phrase(name: str) -> bool:
    """ "City Council", "National Executive": a kind of body, not a name."""
    return all(
        ORG_WORD.fullmatch(w) or w.casefold() in _QUALIFIERS or w[:1].islower()
        for w in name.split()
    )


_OUR = re.compile(rf"(?:{alternation(OUR).pattern})\s+$", re.I)


def longer_name(candidate: FieldValue, found: list[FieldValue], view: MessageView) -> str | None:
    """The longer candidate this one is the start of, or (after "our") whose words it has."""
    mine = words(candidate.value)
    ours = _after_our(candidate, view)
    best: str | None = None
    for other in found:
        theirs = words(other.value)
        if len(theirs) <= len(mine):
            continue
        starts = theirs[: len(mine)] == mine and _continues_name(other.value, candidate.value)
        longest = best is None or len(other.value) > len(best)
        if (starts or (ours and _subsequence(mine, theirs))) and longest:
            best = other.value
    return best


_ROLE = {"secretary", "chair", "president", "treasurer", "delegate", "rep", "convenor"}


def _continues_name(longer: str, shorter: str) -> bool:
    """The words after the shorter name go on naming the body: capitalised or small joining
    words ("... del Sindicato Minero de X"), no role ("... Secretary"), no comma between
    ("X, Annual Meeting")."""
    if re.match(rf"{re.escape(shorter)}\s*,", longer, re.I):
        return False
    extra = longer.split()[len(shorter.split()) :]
    return all(
        (w[:1].isupper() or w[:1].isdigit() or re.fullmatch(_CONNECTOR + r"|dos|das|da|do", w))
        and w.casefold() not in _ROLE
        for w in extra
    )


def _after_our(candidate: FieldValue, view: MessageView) -> bool:
    evidence = candidate.evidence
    if evidence is None or evidence.document == SUBJECT:
        return False
    text = view.source(evidence.document).text
    return _OUR.search(text[max(0, evidence.start - 20) : evidence.start]) is not None


def _subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


_ADDRESSEE = re.compile(
    rf"(?:{alternation(ADDRESSEE).pattern})\s+(?:the\s+|la\s+|le\s+|el\s+|il\s+|l['’])?", re.I
)


def addressed(value: str, view: MessageView) -> bool:
    """The body is named as where the motion was sent: "submitted to the X", "inviata al X"."""
    wanted = words(value)
    return any(following[: len(wanted)] == wanted for following in _addressees(view))


@lru_cache(maxsize=8)
def _addressees(view: MessageView) -> tuple[list[str], ...]:
    """The words after each "submitted to", "sent on to" ... of the message, found once."""
    return tuple(
        words(source.text[match.end() : match.end() + 160])[:12]
        for source in view.sources
        for match in _ADDRESSEE.finditer(source.text)
    )


_ENGLISH = alternation(words_of("ORG_COUNCIL_OF_TOWN", ("en",)))
_OFS = ("di", "de", "del", "de la", "du", "da", "do", "della", "of")
_ENDS_OF = re.compile(r"\b(?:of|di|de|du|da|do)$")
_TOWN = r"(?P<town>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})"


def council_of_town(value: str, view: MessageView) -> str | None:
    """A bare kind of body ("the Council", "City Council") read as the body of the one town
    the message names with the same word written small: "Northvale council tabled it" makes
    "City Council" the "Northvale City Council" (a town the gazetteer knows, so "Notre
    assemblée" names no town). The kind is the fullest the text gives
    ("City Council" for "the Council"); two towns, or none, complete nothing."""
    head = value.split()[-1]
    small = re.compile(rf"\b{_TOWN}[ \t]+(?-i:{re.escape(head.casefold())})\b")
    towns = {
        m["town"]
        for source in view.sources
        for m in small.finditer(source.text)
        if not _generic_phrase(m["town"]) and cities_named(m["town"])
    }
    town = _one_town(towns)
    if town is None:
        return _council_before_town(value, view)
    return f"{town} {_fullest_kind(head, view)}"


# "Consiglio comunale di", "Conseil municipal de": the council whose town follows the noun.
_NOUN_FIRST = tuple(
    re.compile(rf"(?:{entry})$", re.I) for entry in COUNCIL_OF_TOWN if not _ENGLISH.fullmatch(entry)
)
# "Città di X", "Ville de X", "Consiglio comunale di X": where a text names its town.
_TOWN_BODIES_OF = tuple(b for b in TOWN_BODIES if _ENDS_OF.search(b)) + COUNCIL_OF_TOWN
_TOWN_NAMED = re.compile(
    rf"(?:{alternation(_TOWN_BODIES_OF).pattern})"
    rf"[ \t]+(?:la[ \t]+|le[ \t]+|l['’])?(?-i:{_TOWN})",
    re.I,
)


def _council_before_town(value: str, view: MessageView) -> str | None:
    """A bare council of a language that names its town after the noun ("il Consiglio
    comunale") read as the council of the one town the message names so: "della Città di
    Borgo Lasco" makes it the "Consiglio comunale di Borgo Lasco"."""
    joined = next(
        (f"{value} {of}" for of in _OFS for form in _NOUN_FIRST if form.fullmatch(f"{value} {of}")),
        None,
    )
    if joined is None:
        return None
    towns = {
        m["town"]
        for source in view.sources
        for m in _TOWN_NAMED.finditer(source.text)
        if not _generic_phrase(m["town"]) and cities_named(m["town"])
    }
    town = _one_town(towns)
    return f"{joined} {town}" if town is not None else None


def _one_town(towns: set[str]) -> str | None:
    """The one town named, however its letterhead writes it ("COMMUNE DE LAVELANET" and "la
    commune de Lavelanet"), as the text or else the gazetteer writes it; two towns, None."""
    if len({town.casefold() for town in towns}) != 1:
        return None
    written = sorted(towns, key=str.isupper)[0]
    return cities_named(written)[0].name if written.isupper() else written


def _fullest_kind(head: str, view: MessageView) -> str:
    """ "City Council" when the text says so, else the word itself."""
    qualified = re.compile(rf"\b(?P<kind>\w+)[ \t]+(?-i:{re.escape(head)})\b", re.I)
    for source in view.sources:
        for m in qualified.finditer(source.text):
            if m["kind"].casefold() in _QUALIFIERS and m["kind"][:1].isupper():
                return f"{m['kind']} {head}"
    return head
