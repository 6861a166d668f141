"""The languages the extraction reads: one module per language code holding every word table
of that language, and the functions the finders use to read them.

Adding a language is one file, `<code>.py`, filling every table of `TABLES` (a test insists),
and its code in `REGISTERED`. Word entries are regular-expression fragments matched
case-insensitively on word boundaries; a space in an entry is any run of blanks.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from types import ModuleType

REGISTERED = ("en", "de", "fr", "es", "it", "pt", "ca", "nl")

# Every table a language module defines: name -> what it holds.
TABLES: dict[str, str] = {
    "PASSED": "the meeting voted for it",
    "PROPOSED": "it will be put to a meeting, or is a draft",
    "DEFEATED": "the meeting voted it down",
    "DEFERRED": "the meeting put it off (tabled, deferred): still proposed, no defeat",
    "MEETING": "a sentence about a meeting",
    "NOT_MEETING": "a nearby date or place is not the meeting's",
    "FUTURE": "a date in the future",
    "TOWN_BODIES": "bodies named for their town: its council, its mayor, the City of",
    "TOWN_BODY_OF": "a body named for its town, the town's name after it: 'Comune di X'",
    "TOWN_BODY_AFTER": "a body named for its town, the town's name before it: 'X City Council'",
    "NATIONAL": "words saying a body is the whole country's (national, federal)",
    "PARLIAMENTS": "a country's parliament, its whole name: it sits in the capital",
    "PLACE_LEADING": "words that may stand before a town's name, not making it another name",
    "STREET_WORDS": "words before a name that make it a street: 'viale Monza'",
    "VENUE_WORDS": "words naming a building or institution named for its town",
    "NOT_TOWNS": "capitalised words that are also a town's name but mean the word",
    "VENUE_IN": "words putting a venue in a town: 'Irish Centre in Camden'",
    "PLACE_PREPOSITIONS": "the word right before a town in a meeting's sentence: 'held in X'",
    "PLACE_JOINERS": "small words inside a town's name: 'upon', 'sur', 'di'",
    "NAME_LINKS": "small words linking the parts of a body's name: 'of', 'für', 'de'",
    "EARLIER_MEETING": "an earlier meeting recalled: previous minutes, a motion recalled",
    "NEAR": "words before a town named only as a landmark: near, south of",
    "DATE_JOINERS": "the word between the first and last day of a meeting over several days",
    "WEAK_PASSED": "vote words that also say a committee agreed to do something else",
    "ORG_WORDS": "words that make a phrase the name of a body",
    "MONTHS": "month names, January first",
    "WEEKDAYS": "weekday names, Monday first",
    "YESTERDAY": "the day before the message",
    "DAY_BEFORE_YESTERDAY": "two days before the message",
    "TODAY": "the day of the message",
    "SIGN_OFFS": "closing formulas above a signature",
    "AUTO_REPLY_SUBJECTS": "subjects of automatic replies and bounces",
    "BOUNCE_SUBJECT_WORDS": "words of those subjects that say the mail bounced",
    "NEGATION": "words that make a vote word negated or conditional",
    "MOTION_NOUNS": "words that show a sentence is about the motion itself",
    "MOTIONS_PLURAL": "motions in the plural: a vote on them is other bodies' votes",
    "AMENDMENT": "an amendment",
    "VOTE_TIES": "words that tie a vote verb to the vote",
    "COUNT_JOINERS": "the word between the numbers of a count",
    "MOTION_WORDS": "clause words of a motion and its demand",
    "QUESTION": "a message that asks something",
    "SPEAKER": "a message about a speaker",
    "THANKS": "a thank-you",
    "NEWSLETTER": "a newsletter or list post",
    "NEWSLETTER_FOOTER": "the footer of a newsletter",
    "NEWS_ITEMS": "a bulletin's name for itself ('in this issue'): news of many things",
    "SPAM": "words of spam",
    "REPLY_PREFIXES": "subject prefixes of a reply",
    "FORWARD_PREFIXES": "subject prefixes of a forward",
    "FORWARD_DASHED": "the line between dashes above a forwarded message",
    "FORWARD_LINES": "a line of its own above a forwarded message",
    "ORIGINAL_MESSAGE": "the line between dashes above the message a reply answers",
    "HEADER_FROM": "the From header name of a quoted header block",
    "HEADER_SENT": "the Sent/Date header names of a quoted header block",
    "WROTE": "the verb of an 'On ..., X wrote:' line",
    "SENT_FROM_DEVICE": "a phone's or mail program's footer",
    "ORG_NOUNS": "more nouns of bodies: assemblies, councils, parliaments, parties",
    "ORG_MOVER": "before a name: the body moved, proposed, sponsored or forwarded it, not voted it",
    "ORG_ADDRESSEE": "before a name: the body the motion was sent or submitted to",
    "ORG_OUR": "a possessive before a name: the writer's own body named short",
    "ORG_COUNCIL_OF_TOWN": "a council named by its town: the words before the town",
    "ORG_BODY_VERBS": "what a body does when it votes, states or adopts",
    "ORG_TEXT_NOUNS": "the noun of a text a body adopts ('the statement X issued')",
    "ORG_TEXT_VERBS": "the verb after the body in 'the statement X issued'",
    "ORG_HEADING_OF": "a heading naming the body whose text follows ('Statement of the')",
    "ORG_HEADINGS": "headings and document words that are never a body",
    "ORG_TABLE_LABELS": "a table cell labelling the body beside or below it",
    "ORG_THIS": "a demonstrative before a body's noun: the text naming its own body ('this House')",
    "ORG_MET_AS": "'meeting ... as the X': the verbs of meeting",
    "ORG_AS": "the word between the meeting and the body it met as",
    "ORG_MEMBERSHIP": "a signature's last word saying the signer is a member or rep of the body",
    "ORG_KIND_WORDS": "words saying what kind a body is, not naming it ('City Council')",
    "ORG_SIGNED_FOR": "in a signature, on the body's behalf: 'for the X', 'pour le X'",
    "ORG_GENERIC": "phrases never a body's name: 'this meeting', 'our branch', 'members'",
    "ORG_TIME_OPENINGS": "a time opening a sentence, never a body: 'Yesterday', 'Gestern'",
    "ORG_VENUES": "a building closing a name: where the meeting was, not who met",
    "ORG_MEETING_NOUNS": "a meeting's noun in 'the general meeting of X held on'",
    "ORG_ROLES": "a signer's role before the body's name in a signature ('Secretary, X')",
    "ORG_ARTICLES": "an article or possessive opening a body's name, dropped from it",
    "ORG_MEMBERS": "the members after a body's name ('a meeting of X members'): the body is X",
    "ORG_RECURRING": "a meeting's recurrence ('annual'): when a described meeting is held",
    "MOTION_FORM": "clause verbs and formulas of a motion",
    "MOTION_TITLES": "what a body calls the text it adopts",
    "NOT_ABOUT": "words before a name saying the text is not about it",
    "EVENT": "an event: vigil, rally, public meeting",
    "OPEN_LETTER": "an open letter or petition, signed rather than voted",
    "OFFICIAL_RECORD": "an official record of a decision",
    "ADOPTED_TEXT": "what a body issues as its own adopted text (statement, decision)",
    "DATE_ORDER": "day and month order of a numeric date: ('DMY',); none when both are written",
    "COUNTRIES": "the countries where the language is most written, likeliest first",
    "DAY_ARTICLES": "the article before a day's number: 'Saturday the 5th', 'samedi le 5'",
    "DATE_OF": "the word between a day, its month and its year: '5 de mayo de 2024'",
    "ON_DATE": "small words between a meeting word or a weekday's cue and the date: 'held on the'",
    "LAST_WEEKDAY": "before or after a weekday: the last one ('last Friday', 'vendredi dernier')",
    "NEXT_WEEKDAY": "before or after a weekday: the coming one ('next Friday')",
    "PART_OF_DAY": "after a weekday: the part of the day ('Friday night')",
    "DATE_CUES": "words right before a date that make it the meeting's: 'meeting on', 'adopted'",
    "MEETING_NOUNS": "nouns of a meeting ('the branch's AGM')",
    "DATE_LABELS": "a form's or a minutes table's label of the meeting's date ('Date:')",
    "PLACE_LABELS": "a form's or a minutes table's label of the meeting's place ('Venue:')",
    "AREA_WORDS": "an administrative area named with 'of' ('Province of X'): no body's name",
    "SALUTATIONS": "the words opening a letter's greeting ('Dear'): a date above is the letter's",
    "MOTION_OPENING": "the motion's first verb after the meeting words of the model's opening",
    "ATTRIBUTION_ON": "the word opening an 'On <date>, X wrote:' line",
    "ATTRIBUTION_AT": "the word before the time in that line ('at 10:00')",
    "MONTH_WORDS": "month abbreviations that are also words ('may'): a month only beside a day",
    "AGREED_ELSE": "after a weak vote word: it agreed to do something else than vote the text",
    "AGREED_TEXT": "after a weak vote word: what it agreed to do is issue the text itself",
    "ORG_LEGAL_FORMS": "a legal form after a body's name, dropped: 'e.V.', 'Ltd'",
    "ORG_GENITIVES": "(ending, noun): a genitive ending of a body's noun undone",
    "ORG_COMPOUND_ENDINGS": "a body's noun closing a compound: 'Mieterverein'",
    "ORG_NAME_ENDS": "what follows a body's name and ends it: 'X on Tuesday', 'X has'",
    "ORG_MEETING_OF_ARTICLES": "the article before a meeting's noun written small",
    "ORG_MEETING_OF": "a meeting's noun written small before the body: 'the meeting of X'",
    "ORG_MEETING_OF_LINKS": "the word between that noun and the body: 'of the', 'della'",
    "ORG_LOCAL_GOVERNMENTS": "a local government named for its town: 'City of X'",
    "ORG_NOT_VERB_THE": "before 'the', a time or a link, not a verb opening a name ('Save the X')",
    "ORG_MEETING_QUALIFIERS": "a word closing a phrase that makes it a meeting, not a body",
    "ORG_LAST_ARTICLES": "an article or possessive: the last one before a body opens its name",
    "ORG_INNER_LINKS": "a word before an article inside a name: 'branch of the X Party'",
    "ORG_NOT_OPENINGS": "a preposition opening a phrase, so not a body's name ('At the')",
    "ORG_ELIDED_ARTICLES": "an article elided onto a body's name, dropped: l', dell'",
    "ORG_SUBJECT_NOUNS": "a subject line's word for the text, before its body: 'Resolution from X'",
    "ORG_SUBJECT_VOTES": "in a subject line, the vote after that word: 'Motion passed by X'",
    "ORG_SUBJECT_LINKS": "in a subject line, the word between the text and its body: 'from', 'der'",
    "ORG_SUBJECT_TOPICS": "in a subject line, after the body, the word opening the topic: 'on'",
    "ORG_SLOT_PHRASES": "(rule, pattern): the model's slot, 'This meeting of {name} condemns'",
    "ORG_PASSED_BY_PHRASES": "(rule, pattern): the body that passed it: 'adopted by {name} on'",
    "ORG_VERB_FIRST_PHRASES": "(rule, pattern): the vote's verb before the body that passed it",
    "ORG_NOT_NAME_WORDS": "written so, never a word inside a run of name words: 'The', 'Wir', 'ON'",
    "ORG_NOT_NAME_OPENINGS": "written so, never the first word of a name: 'This', 'Cette'",
    "ORG_RUN_LINKS": "small words joining the capitalised words of a name: 'of', 'für'",
    "ORG_UNITS_AFTER": "a unit written small after a body's name: 'X branch'",
    "ORG_RUN_ARTICLES": "written so, an article before a run of name words: 'The', 'L''",
    "ORG_OUR_THIS": "'our' or 'this' before a body's noun whose name follows in brackets",
    "ORG_MEETINGS_AFTER": "the meeting after a body's name, before its verb: 'X AGM condemns'",
    "ORG_AUXILIARIES": "the auxiliary between a body and its verb: 'has', 'hat', 'ont'",
    "ORG_UNANIMOUSLY": "'unanimously' between a body and its verb",
    "ORG_MET": "'met' after a body's name, then what follows it: 'X met on'",
    "ORG_TOPIC_WORDS": "after a body's name in a heading or a title, the word opening the topic",
    "ORG_NAME_STOPS": "a word a name's run of words never takes: it opens what follows",
    "ORG_ROLE_LINKS": "in a signature, the word between a role and the body, a space after",
    "ORG_SIGNED_FOR_ARTICLES": "the article after 'for' in a signature: 'for the X', a space after",
    "ORG_SIGNATURE_ROLES": "a role after the body on a signature line ('X, secretary') ends it",
    "ORG_CONTACT_WORDS": "words of a contact line (telephone): never a body's name",
    "ORG_LETTERHEAD_MEETINGS": "a meeting after a body in a letterhead: 'X - Annual Meeting'",
    "ORG_UNIT_OF": "the word between a body's noun and the town or body it is a unit of",
    "ORG_SMALL_WORDS": "small words written small inside a body's name: 'of', 'und', 'della'",
    "ORG_RECORD_HEADINGS": "a record's heading before the body whose decision it records",
    "ORG_MEETING_TITLES": "a meeting's title with a capital before its body: 'Congress of the X'",
    "ORG_UNITS_BEFORE": "a unit written small before its name and its parent's: 'afdeling X van'",
    "ORG_CALLED_BY": "after a meeting, the words before the body that called it: 'called by'",
    "ORG_HEAD_NOUNS": "beside ORG_WORDS and ORG_NOUNS, a noun heading a body's name: 'Bond van X'",
    "ORG_NOT_HEADS": "organisation words naming people or a meeting, never heading a name",
    "ORG_MENTION_LINKS": "small words joining the name words of a body's name: 'of the', 'van de'",
    "ORG_MENTION_UNITS": "a unit of a larger body: 'X branch', 'afdeling X' ('X branch, Y Union')",
    "ORG_MENTION_AGAINST": "right before a name, making it a venue or an addressee: 'at the X'",
}
# Tables a language may leave empty, or leave out: the words do not exist in it, or the mail does
# not show them.
MAY_BE_EMPTY = frozenset(
    {
        "WEAK_PASSED",
        "TOWN_BODY_AFTER",
        "SPAM",
        "BOUNCE_SUBJECT_WORDS",
        "FORWARD_LINES",
        "COUNT_JOINERS",
        "DATE_ORDER",
        "DAY_ARTICLES",
        "DATE_OF",
        "MONTH_WORDS",
        "AGREED_ELSE",
        "AGREED_TEXT",
        "ORG_LEGAL_FORMS",
        "ORG_GENITIVES",
        "ORG_COMPOUND_ENDINGS",
        "ORG_NAME_ENDS",
        "ORG_MEETING_OF_ARTICLES",
        "ORG_MEETING_OF",
        "ORG_MEETING_OF_LINKS",
        "ORG_LOCAL_GOVERNMENTS",
        "ORG_NOT_VERB_THE",
        "ORG_MEETING_QUALIFIERS",
        "ORG_LAST_ARTICLES",
        "ORG_INNER_LINKS",
        "ORG_NOT_OPENINGS",
        "ORG_ELIDED_ARTICLES",
        "ORG_SUBJECT_NOUNS",
        "ORG_SUBJECT_VOTES",
        "ORG_SUBJECT_LINKS",
        "ORG_SUBJECT_TOPICS",
        "ORG_SLOT_PHRASES",
        "ORG_PASSED_BY_PHRASES",
        "ORG_VERB_FIRST_PHRASES",
        "ORG_NOT_NAME_WORDS",
        "ORG_NOT_NAME_OPENINGS",
        "ORG_RUN_LINKS",
        "ORG_UNITS_AFTER",
        "ORG_RUN_ARTICLES",
        "ORG_OUR_THIS",
        "ORG_MEETINGS_AFTER",
        "ORG_AUXILIARIES",
        "ORG_UNANIMOUSLY",
        "ORG_MET",
        "ORG_TOPIC_WORDS",
        "ORG_NAME_STOPS",
        "ORG_ROLE_LINKS",
        "ORG_SIGNED_FOR_ARTICLES",
        "ORG_SIGNATURE_ROLES",
        "ORG_CONTACT_WORDS",
        "ORG_LETTERHEAD_MEETINGS",
        "ORG_UNIT_OF",
        "ORG_SMALL_WORDS",
        "ORG_NOT_HEADS",
    }
)
# Subject prefixes of languages we hold no tables for (Swedish, Finnish, Polish), still seen.
OTHER_REPLY_PREFIXES = (r"sv", r"vs", r"odp")
OTHER_WROTE = (r"написал\(а\)", r"написал")


def language(code: str) -> ModuleType:
    """The word tables of one registered language."""
    if code not in REGISTERED:
        raise KeyError(f"no word tables for language {code!r}; registered: {REGISTERED}")
    return importlib.import_module(f"{__name__}.{code}")


def entries(code: str, name: str) -> tuple[str, ...]:
    """One table of one registered language; a table that may be empty may be left out."""
    if name in MAY_BE_EMPTY:
        return tuple(getattr(language(code), name, ()))
    return tuple(getattr(language(code), name))


def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """A table of (word, what it stands for) pairs, of every registered language in turn."""
    found: list[tuple[str, str]] = []
    for code in REGISTERED:
        found.extend((first, second) for first, second in getattr(language(code), name, ()))
    return tuple(found)


def table(name: str) -> dict[str, tuple[str, ...]]:
    """One table of every registered language: language code -> its words."""
    return {code: entries(code, name) for code in REGISTERED}


def words(name: str, languages: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The words of one table in the given languages (every registered one when None);
    a language we hold no words for adds none."""
    chosen = [code for code in (languages or REGISTERED) if code in REGISTERED]
    return tuple(word for code in chosen for word in entries(code, name))


def alternatives(*names: str) -> str:
    """The words of these tables in every language as one alternation to place inside a
    pattern: longest first, each once, a space as any run of blanks."""
    found = {word for name in names for word in words(name)}
    return "|".join(w.replace(" ", r"\s+") for w in sorted(found, key=len, reverse=True))


def joined(name: str, *, longest_first: bool = False) -> str:
    """The entries of one table in every language as one alternation to place inside a
    pattern, each once and as written (no word boundaries added): in the order the languages
    list them, or longest first where a shorter entry would shadow a longer one."""
    entries = list(dict.fromkeys(words(name)))
    return "|".join(sorted(entries, key=len, reverse=True) if longest_first else entries)


@lru_cache(maxsize=256)
def alternation(entries: tuple[str, ...], *, elided: bool = False) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of the entries on word boundaries; with
    `elided`, also right after an elided article ("l'assemblea")."""
    # a space in a cue is any run of blanks: text hard-wrapped between its words
    ordered = [word.replace(" ", r"\s+") for word in sorted(entries, key=len, reverse=True)]
    start = _ELIDED_START if elided else _WORD_START
    return re.compile(start + r"(?:" + "|".join(ordered) + r")(?![\w])", re.IGNORECASE)


# Where an entry may start: not inside a word, nor after an apostrophe inside one ("it's");
# for the date and place finders also after an elided article or preposition ("l'assemblea",
# "dell'assemblea", "d'une réunion").
_WORD_START = r"(?<![\w'])"
_ELIDED_START = r"(?:(?<![\w'])|(?<=\b[ldnscjmt]')|(?<=ll')|(?<=\bun')|(?<=\bqu'))"


def cues(
    source: str | dict[str, tuple[str, ...]],
    languages: tuple[str, ...] | None = None,
    *,
    elided: bool = False,
) -> re.Pattern[str]:
    """The pattern for a table's cues (by name, or a {code: words} table) in the given
    languages (all when None); `elided`: see `alternation`."""
    if isinstance(source, str):
        return _table_pattern(source, languages, elided)
    chosen = languages or tuple(source)
    return alternation(tuple(w for code in chosen for w in source.get(code, ())), elided=elided)


@lru_cache(maxsize=512)
def _table_pattern(
    name: str, languages: tuple[str, ...] | None, elided: bool = False
) -> re.Pattern[str]:
    return alternation(words(name, languages), elided=elided)


def _numbered(name: str, start: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for code in REGISTERED:
        for number, names in enumerate(entries(code, name), start=start):
            for spelled in names:
                found.setdefault(spelled, number)
    return found


def day_first_languages() -> frozenset[str]:
    """The languages whose numeric dates put the day first (12.03.2024 is 12 March)."""
    return frozenset(code for code in REGISTERED if language(code).DATE_ORDER == ("DMY",))


def language_countries() -> dict[str, tuple[str, ...]]:
    """Each language -> the countries where it is most written, likeliest first."""
    return {code: tuple(language(code).COUNTRIES) for code in REGISTERED}


def month_table() -> dict[str, int]:
    """Every month name and abbreviation of every language -> month number."""
    return _numbered("MONTHS", 1)


def weekday_table() -> dict[str, int]:
    """Every weekday name of every language -> weekday number (Monday 0)."""
    return _numbered("WEEKDAYS", 0)


PASSED = table("PASSED")
PROPOSED = table("PROPOSED")
DEFEATED = table("DEFEATED")
MEETING = table("MEETING")
NOT_MEETING = table("NOT_MEETING")
FUTURE = table("FUTURE")
DATE_JOINERS = words("DATE_JOINERS")
NEAR = words("NEAR")
TOWN_BODIES = words("TOWN_BODIES")
MONTHS = table("MONTHS")
WEEKDAYS = table("WEEKDAYS")
ORG_WORDS = words("ORG_WORDS")
YESTERDAY = words("YESTERDAY")
DAY_BEFORE_YESTERDAY = words("DAY_BEFORE_YESTERDAY")
TODAY = words("TODAY")
SIGN_OFFS = words("SIGN_OFFS")
WEAK_PASSED = re.compile(r"^(?:" + "|".join(words("WEAK_PASSED")) + r")$", re.I)
