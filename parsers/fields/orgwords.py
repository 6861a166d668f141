"""The organisation finders' words: the ORG_* tables of every registered language
(`languages/<code>.py`), read once."""

from __future__ import annotations

from parsers.fields.languages import words

MOVER = words("ORG_MOVER")
ADDRESSEE = words("ORG_ADDRESSEE")
OUR = words("ORG_OUR")
ORG_NOUNS = words("ORG_NOUNS")
COUNCIL_OF_TOWN = words("ORG_COUNCIL_OF_TOWN")
BODY_VERBS = words("ORG_BODY_VERBS")
TEXT_NOUNS = words("ORG_TEXT_NOUNS")
TEXT_VERBS = words("ORG_TEXT_VERBS")
HEADING_OF = words("ORG_HEADING_OF")
HEADINGS = words("ORG_HEADINGS")
TABLE_LABELS = words("ORG_TABLE_LABELS")
THIS = words("ORG_THIS")
MET_AS = words("ORG_MET_AS")
AS = words("ORG_AS")
MEMBERSHIP = words("ORG_MEMBERSHIP")
KIND_WORDS = words("ORG_KIND_WORDS")
SIGNED_FOR = words("ORG_SIGNED_FOR")
ORG_GENERIC = words("ORG_GENERIC")
TIME_OPENINGS = words("ORG_TIME_OPENINGS")
VENUES = words("ORG_VENUES")
MEETING_NOUNS = words("ORG_MEETING_NOUNS")
ROLES = words("ORG_ROLES")
