"""The organisation finders' words: each registered language's tables (`languages/<code>.py`,
the ORG_* tables), plus the few words of Portuguese and Catalan bodies, languages we hold no
full tables for yet, so a "Câmara Municipal de X" is still read. When `pt.py` or `ca.py`
arrive, these move there."""

from __future__ import annotations

from parsers.fields.languages import words

_UNREGISTERED: dict[str, dict[str, tuple[str, ...]]] = {
    "ORG_NOUNS": {
        "pt": (r"câmara", r"assembleia", r"congresso", r"conselho", r"sindicato", r"partido"),
        "ca": (r"parlament", r"consell", r"sindicat", r"ajuntament", r"assemblea"),
    },
    "ORG_COUNCIL_OF_TOWN": {
        "pt": (r"câmara municipal de", r"assembleia municipal de"),
        "ca": (r"ple de l['’]ajuntament de", r"ajuntament de"),
    },
    "ORG_BODY_VERBS": {
        "pt": (r"aprovou", r"adotou", r"saúda", r"defende", r"manifesta"),
        "ca": (r"va aprovar", r"aprova", r"reclama", r"es reafirma"),
    },
    "ORG_TEXT_NOUNS": {
        "pt": (r"moção", r"resolução", r"declaração"),
        "ca": (r"declaració", r"moció", r"resolució"),
    },
    "ORG_TEXT_VERBS": {"pt": (r"aprovou", r"adotou"), "ca": (r"va aprovar", r"ha aprovat")},
    "ORG_HEADING_OF": {
        "pt": (r"resolução (?:do|da)", r"moção (?:do|da)", r"declaração (?:do|da)"),
        "ca": (r"declaració (?:del|de la)", r"resolució (?:del|de la)"),
    },
    "ORG_HEADINGS": {
        "pt": (r"moção", r"resolução", r"projeto"),
        "ca": (r"declaració", r"moció", r"resolució"),
    },
    "ORG_TABLE_LABELS": {
        "pt": (r"órgão", r"aprovad[ao] por"),
        "ca": (r"òrgan", r"aprovad[ao] per"),
    },
}


def org_words(name: str) -> tuple[str, ...]:
    """One ORG_* table of every language, registered or not."""
    extra = _UNREGISTERED.get(name, {})
    return words(name) + tuple(w for code in sorted(extra) for w in extra[code])


MOVER = org_words("ORG_MOVER")
ADDRESSEE = org_words("ORG_ADDRESSEE")
OUR = org_words("ORG_OUR")
ORG_NOUNS = org_words("ORG_NOUNS")
COUNCIL_OF_TOWN = org_words("ORG_COUNCIL_OF_TOWN")
BODY_VERBS = org_words("ORG_BODY_VERBS")
TEXT_NOUNS = org_words("ORG_TEXT_NOUNS")
TEXT_VERBS = org_words("ORG_TEXT_VERBS")
HEADING_OF = org_words("ORG_HEADING_OF")
HEADINGS = org_words("ORG_HEADINGS")
TABLE_LABELS = org_words("ORG_TABLE_LABELS")
THIS = org_words("ORG_THIS")
MET_AS = org_words("ORG_MET_AS")
AS = org_words("ORG_AS")
MEMBERSHIP = org_words("ORG_MEMBERSHIP")
KIND_WORDS = org_words("ORG_KIND_WORDS")
SIGNED_FOR = org_words("ORG_SIGNED_FOR")
ORG_GENERIC = org_words("ORG_GENERIC")
TIME_OPENINGS = org_words("ORG_TIME_OPENINGS")
VENUES = org_words("ORG_VENUES")
MEETING_NOUNS = org_words("ORG_MEETING_NOUNS")
ROLES = org_words("ORG_ROLES")
