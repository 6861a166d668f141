"""Organisation words per language that the organisation finders and the scorer read: the
cue of a mover or forwarder (not the body that voted), the headings that are never a body, and
the nouns of a council named by its town."""

from __future__ import annotations

# Before a name: the body moved, proposed, sponsored or forwarded the motion; it did not vote it.
MOVER: dict[str, tuple[str, ...]] = {
    "en": (
        r"moved by",
        r"proposed by",
        r"proposer",
        r"seconded by",
        r"submitted by",
        r"tabled by",
        r"co-sponsored by",
        r"sponsored by",
        r"originally adopted by",
        r"drafted by",
        r"forwarded by",
        r"put forward by",
        r"brought by",
        r"origin",
    ),
    "de": (r"eingereicht von", r"Antragsteller(?:in)?", r"vorgelegt von", r"weitergeleitet von"),
    "fr": (r"propos[ée]e? par", r"présent[ée]e? par", r"déposée? par", r"à l['’]initiative de"),
    "es": (r"presentad[ao] por", r"propuest[ao] por", r"a propuesta de"),
    "it": (
        r"presentat[ao] da(?:l|lla|i|gli)?",
        r"propost[ao] da(?:l|lla|i|gli)?",
        r"su proposta d(?:i|el|ella)",
        r"promoss[ao] da(?:l|lla|i|gli)?",
        r"depositat[ao] da(?:l|lla|i|gli)?",
    ),
}
