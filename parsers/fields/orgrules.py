"""The phrases that name the body that passed a resolution, per language: the campaign's own
slot ("This meeting of X condemns"), "That this meeting of X", "We, the members of X", "the
meeting of X held on", "X passed the following", and their translations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.campaign import Campaign
from parsers.fields.context import Source
from parsers.fields.languages import alternation, joined, pairs, weekday_table, words
from parsers.fields.orgname import assembly_of, make_candidate
from parsers.fields.orgwords import BODY_VERBS, KIND_WORDS, MEETING_NOUNS
from parsers.types import FieldValue

_N = r"(?P<org>(?:[^\n.;:\[\]()]|\.(?=\w)|(?<=\d)\.(?= \w)){3,120}?)"
# The same within a clause: the people who carried it after a comma are not the name before
# ("held at the Trades Club in X, delegates carried the following motion").
_N_NO_COMMA = _N.replace(r"[^\n.;:", r"[^\n,.;:")
# A kind written small after the noun: "le Conseil municipal", "il Consiglio comunale".
_KIND = "|".join(w for w in KIND_WORDS if w.islower())
# A name's first letter: a capital, or a small letter before one ("eThekwini Workers' Forum").
_OPENING = r"(?<!\w)(?-i:[a-z]?[A-ZÀ-Ý])"
# A run of name words: capitalised words joined by the small words names use, and a trailing
# lower-case "branch"; no demonstrative ("This Trades Council" is the model's own wording). At
# most fifteen words: a longer run is no name, and the bound keeps long text linear.
# A word of a name; an article or a pronoun with a capital opens the next sentence or line, and
# an all-capitals preposition ends a heading's name ("STATEMENT OF THE X ON ...").
_NAME_TOKEN = rf"(?!(?:{joined('ORG_NOT_NAME_WORDS')})\b)[A-ZÀ-Ý0-9](?:[\w'’·&/-]|\.(?=\w))*"
_RUN = (
    rf"(?P<org>(?!(?:{joined('ORG_NOT_NAME_OPENINGS')})\b)"
    rf"{_OPENING}(?:[\w'’·&/-]|\.(?=\w))*(?:\s+(?:(?:{joined('ORG_RUN_LINKS')})\s+){{0,2}}"
    rf"{_NAME_TOKEN}){{0,14}}(?:\s+(?:{joined('ORG_UNITS_AFTER')}|(?-i:{_KIND})))?)"
)
# A name that starts with a capital: what the rules that read the framing look for; after a
# meeting's noun, a unit written small may open it ("afdeling X van de Y").
_CAP = rf"(?P<org>{_OPENING}(?:[^\n.;:\[\]()]|\.(?=\w)){{2,120}}?)"
_UNIT_CAP = _CAP.replace("(?P<org>", rf"(?P<org>(?:(?-i:{joined('ORG_UNITS_BEFORE')})\s+)?", 1)
_MEETING_LINK = (
    r"of|des|der|de\s+la|du|de\s+l['’]|del|de\s+los|de\s+las|de|della|dell['’]|dei|degli|di|"
    + alternation(words("ORG_MEETING_OF_LINKS")).pattern
)
_ARTICLE = rf"(?:{joined('ORG_RUN_ARTICLES')})"
_WEEKDAY_NAMES = "|".join(sorted((n for n in weekday_table() if len(n) > 3), key=len, reverse=True))
_AFTER_MEETING = (
    r"held|on|at|in|last|yesterday|hat|celebrad[ao]|tenut[ao]si|tenut[ao]|"
    r"(?:am|vom|el|le|il|du|del|de|dello|della)\s+\d|"
    rf"(?:am|vom|le|el|il|on|di|de|del)\s+(?:{_WEEKDAY_NAMES})|"
    r"(?:a|ont|ha|han|hanno|has|have)\s+(?:unanim\w+\s+)?(?:adopt|approv|vot|pass|aprob)\w*"
)
# A branch named before its meeting ("the Eastvale branch AGM of the X"): the branch is the body.
_UNIT_AFTER = (
    rf"(?-i:[A-ZÀ-Ý][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]*)){{0,3}}\s+"
    rf"(?-i:{joined('ORG_UNITS_AFTER')})"
)
# A meeting's noun, also after an elided article ("nell'assemblea del X").
_MEETING_NOUNS = "|".join(w.replace(" ", r"\s+") for w in sorted(MEETING_NOUNS, key=len)[::-1])
# What a body does to a motion or in a statement.
_BODY_VERBS = alternation(BODY_VERBS).pattern


def _phrases(table: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(rule, pattern) of one table of phrases in every language, {name} the body's name,
    {name_in_clause} the same without a comma."""
    names = (("{name_in_clause}", _N_NO_COMMA), ("{name}", _N))
    compiled = []
    for rule, phrase in pairs(table):
        for slot, pattern in names:
            phrase = phrase.replace(slot, pattern)
        compiled.append((rule, re.compile(phrase, re.I)))
    return tuple(compiled)


# (rule, pattern): most specific first; the phrases of each language, then those built from
# the words of every language.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *_phrases("ORG_SLOT_PHRASES"),
    *_phrases("ORG_PASSED_BY_PHRASES"),
    (
        "named-meeting-of",
        re.compile(
            rf"(?:\b(?P<unit>{_UNIT_AFTER})\s+)?\b(?:{_MEETING_NOUNS})\s+(?P<link>(?:{_MEETING_LINK})"
            rf"\s*(?:the\s+)?)(?:(?-i:[a-zà-ÿ]+)\s+(?:{_MEETING_LINK})\s*(?:the\s+)?)?"
            rf"{_UNIT_CAP}(?=\s*,|\s*\(|\s+(?:{_AFTER_MEETING})\b)",
            re.I,
        ),
    ),
    (
        "named-meeting-called-by",
        re.compile(
            rf"\b(?:{_MEETING_NOUNS})\b[^.\n]{{0,120}}?\b(?:{joined('ORG_CALLED_BY')})\s+"
            rf"(?:the\s+)?{_CAP}(?=\s*[,.(]|\s*$|\s+(?:{_AFTER_MEETING})\b)",
            re.I,
        ),
    ),
    (
        "named-body-meeting",
        re.compile(
            rf"\b(?:[Tt]he|[Aa]t|[Tt]o)\s+{_RUN}\s+(?:(?-i:[a-z]+)\s+)?(?i:{_MEETING_NOUNS})\s+"
            rf"(?=(?i:{_AFTER_MEETING})\b)",
            re.M,
        ),
    ),
    (
        "body-met",
        re.compile(
            rf"(?:^|\n|[.!?]\s+)(?:{_ARTICLE}\s+)?{_RUN}\s+(?:{joined('ORG_MET')})",
            re.M,
        ),
    ),
    (
        "named-our-body",
        re.compile(
            rf"\b(?:{joined('ORG_OUR_THIS')})\s+"
            r"(?:\w+\s+){0,2}?\((?P<org>[^()\n]{3,80})\)",
            re.I,
        ),
    ),
    (
        "named-body-acts",
        re.compile(
            rf"(?:^|\n|[.!?]\s+|\bthe\s+|,\s+(?=(?:the|a|o|la|le|il|el)\s|l['’]))"
            # a time opening the sentence ("Tonight X passed"), not a demonstrative ("This X")
            rf"(?:(?!(?:{joined('ORG_NOT_NAME_OPENINGS')})\b)(?i:{joined('ORG_TIME_OPENINGS')}),?\s+)?"
            rf"(?:[\"“„«]\s*)?(?:{_ARTICLE}\s+|[Ll]['’])?"
            rf"{_RUN}(?:\s*\([A-Z][\w&.-]{{1,9}}\))?"
            rf"(?:\s+in\s+[A-Z][\w-]+)?"
            rf"(?:,[^,\n]{{3,100}},)?(?:\s+(?:{joined('ORG_MEETINGS_AFTER')})"
            rf"(?:\s+on\s+[\w ]{{3,25}}?)?)?\s+"
            rf"(?:(?:{joined('ORG_AUXILIARIES')})\s+)?(?:(?:{joined('ORG_UNANIMOUSLY')})\s+)?"
            rf"(?:{_BODY_VERBS})\b",
            re.M,
        ),
    ),
    *_phrases("ORG_VERB_FIRST_PHRASES"),
)


_ORG_SLOT_NAME = re.compile(r"organi[sz]ation|group|body|branch|union|name", re.I)
_SLOT = re.compile(r"\[([^\[\]]{1,200})\]")


def campaign_slot(campaign: Campaign) -> re.Pattern[str] | None:
    """The organisation slot of this campaign's own model: its words before and after the
    `[name of organisation]` placeholder ("This meeting of [X] opposes"), as a pattern."""
    slots = list(_SLOT.finditer(campaign.model))
    chosen = next((m for m in slots if _ORG_SLOT_NAME.search(m.group(1))), None)
    if chosen is None:
        return None
    sentence_start = max(campaign.model.rfind(".", 0, chosen.start()), 0)
    before = campaign.model[sentence_start : chosen.start()].strip(" .\n").split()[-3:]
    after = campaign.model[chosen.end() :].split()[:1]
    if not before or not after or _SLOT.search(" ".join(before + after)):
        return None
    head = r"\s+".join(re.escape(w) for w in before)
    tail = re.escape(after[0].strip(",.;:"))
    # the model's brackets may be left around the name filled in: "This meeting of [X] condemns"
    return re.compile(rf"\b{head}\s+(?:the\s+)?\[?{_N}\]?,?\s+{tail}\b", re.I)


def from_patterns(source: Source, slot: re.Pattern[str] | None = None) -> list[FieldValue]:
    """The candidates the phrases of every language find in one text; `slot` is the campaign's
    own organisation slot."""
    rules = PATTERNS + ((("slot-campaign", slot),) if slot is not None else ())
    found: list[FieldValue] = []
    for rule, pattern in rules:
        for match in pattern.finditer(source.text):
            made = make_candidate(
                source,
                match.group("org"),
                match.start("org"),
                rule,
                need_org_word=rule.startswith(("passed", "body", "named")),
            )
            found.extend(_unit_of(match, assembly_of(match, made)))
    return found


def _unit_of(match: re.Match[str], made: list[FieldValue]) -> list[FieldValue]:
    """ "the Eastvale branch AGM of the X Union": the branch of the union met."""
    unit = match.groupdict().get("unit")
    if not made or not unit:
        return made
    link = " ".join(match["link"].split())
    return [replace(made[0], value=f"{unit} {link} {made[0].value}")]
