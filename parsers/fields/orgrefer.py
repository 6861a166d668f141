"""How a message refers to a body it names elsewhere: a short mention completed to the full
name ("the Executive Board" -> "Lakeland Workers Party Executive Board"), the writer's own
body named short ("our County Committee"), and a body named only as the motion's addressee."""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.fields.context import SUBJECT, MessageView
from parsers.fields.languages import alternation
from parsers.fields.orgforms import NAME, NAME_WORD
from parsers.fields.orgname import ORG_WORD, normalise_organisation
from parsers.fields.orgwords import ADDRESSEE, KIND_WORDS, OUR
from parsers.types import FieldValue

_CONNECTOR = r"(?:of|for|and|&|de|du|des|di|del|della|dell['’]|dello|degli|y|e|et|und|der)"
_NAME_WORD = rf"(?:{_CONNECTOR}\s+)*(?:[A-ZÀ-Ý][\w'’.·-]*|dell['’][A-ZÀ-Ý][\w'’.·-]*)"
_OF = r"(?:of|de|di|del|della|dell['’]|des|du|der|do|da|dels)"


def words(name: str) -> list[str]:
    return re.sub(r"[^\w&/]+", " ", name.casefold().replace("’", "'")).split()


def bare(value: str) -> bool:
    """One or two organisation, qualifying or lower-case words: "Executive Board", "Consiglio
    comunale", "Steering Committee", "Collettivo"; a name of its own has a proper word
    ("Harbour Dockers Union") or more words ("Collectif rennais pour la liberté de la presse")."""
    parts = value.split()
    if any(len(w) > 1 and w.isupper() for w in parts):
        return False  # an acronym names the body itself: "KTU", "NEU"
    return len(parts) <= 2 and _generic_phrase(value)


def full_name_in_text(value: str, view: MessageView) -> str | None:
    """The longest full name the message gives the bare words: "X's Executive Board",
    "Executive Board of X", "Collettivo Studenti di Lettere"."""
    head = re.escape(value).replace(r"\ ", r"\s+")
    proper = re.escape(value[:1].upper() + value[1:]).replace(r"\ ", r"\s+")
    followed = rf"(?:\b[\w.]+-)?\b{head}(?:\s+{_NAME_WORD})+"  # "Collettivo Studenti di X"
    patterns: tuple[str, ...] = (followed,) if " " not in value else ()
    patterns += (
        rf"(?:{NAME_WORD}[ \t]+(?:{_OF}[ \t]+)?)+{proper}\b",  # "United Northvale Peace Conference"
        rf"(?i:(?:(?P<owner>{NAME})['’]s?\s+)?(?P<bare>{head})"
        rf"(?:\s+{_OF}\s+(?:the\s+|la\s+|le\s+|l['’])?(?P<whole>{NAME}))?)",
    )
    longest = ""
    for source in view.sources:
        for pattern in patterns:
            for match in re.finditer(pattern, source.text):
                if re.search(r"\w['’]s\s", match.group(0)) and not match.groupdict().get("owner"):
                    continue  # "X's Executive Board" is read by the owner's pattern
                name = normalise_organisation(_joined(match))
                if len(name.split()) > len(value.split()) and not _generic_phrase(name):
                    longest = max(longest, name, key=len)
    return longest or None


# Words that say what kind a body is without naming it: "City Council", "the House".
_QUALIFIERS = {w.casefold() for w in KIND_WORDS}


def _generic_phrase(name: str) -> bool:
    """ "City Council", "National Executive": a kind of body, not a name."""
    return all(
        ORG_WORD.fullmatch(w) or w.casefold() in _QUALIFIERS or w[:1].islower()
        for w in name.split()
    )


def _joined(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("owner"):
        return f"{groups['owner']} {groups['bare']}"
    return re.sub(rf"(?:\s+{_CONNECTOR})+$", "", " ".join(match.group(0).split()))


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
