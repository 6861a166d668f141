"""The public record of a resolution, and the scrubbing that keeps personal data out of it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from parsers.fields.languages import SIGN_OFFS, language, words

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d[\d ().-]{7,}\d(?![\w/])")
_REDACTED = "[removed]"

# A line that opens a signature block: "-- ", a closing formula, a phone's footer.
_SIGNATURE_DASHES = re.compile(r"^(?:--|__+|—)\s*$")
_CLOSING = re.compile(
    r"^(?:" + "|".join(SIGN_OFFS + words("SENT_FROM_DEVICE")) + r")[\s,.!]*$", re.I
)
_SIGNATURE_TAIL_LINES = 10  # a closing further from the end than this is part of the text
NBSP = "\u00a0"  # between day, month and year, so a headline never breaks inside a date
MONTHS = tuple(names[0].capitalize() for names in language("en").MONTHS)  # as published


@dataclass(frozen=True)
class Amendment:
    """A difference from the model resolution, for pages that show amendments."""

    change: str  # added | removed | changed
    model: str = ""
    submitted: str = ""


@dataclass(frozen=True)
class PublicResolution:
    """What may be published: no sender, no address, no phone number."""

    id: int
    campaign: str | None
    organisation: str | None
    meeting_date: str | None
    place: str | None
    city: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    outcome: str
    text: str
    approved_at: str | None
    country: str | None = None
    organisation_type: str = "other"
    updated_at: str | None = None
    published_at: str | None = None
    amendments: tuple[Amendment, ...] = field(default=())  # empty unless an editor shows them

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def title(self) -> str:
        """'Resolution passed by ORG, PLACE, 14 March 2024' for people: headlines, index, posts."""
        return self._title(self.meeting_date_label)

    @property
    def plain_title(self) -> str:
        """The title with the ISO date, for the data files and the feed."""
        return self._title(self.meeting_date.replace("/", " to ") if self.meeting_date else None)

    def _title(self, when: str | None) -> str:
        parts = [self.organisation or "a meeting", self.place, when]
        return "Resolution passed by " + ", ".join(p for p in parts if p)

    @property
    def meeting_date_label(self) -> str | None:
        """The meeting date for people: '14 March 2024', '14 to 15 March 2024' (no-break spaces)."""
        return readable_date(self.meeting_date) if self.meeting_date else None

    @property
    def place_label(self) -> str | None:
        """The place with its country, named once: 'Manchester, United Kingdom'."""
        if not self.place or not self.country or self.country.casefold() in self.place.casefold():
            return self.place or self.country
        return f"{self.place}, {self.country}"

    @property
    def sort_date(self) -> str:
        """The meeting's (first) day, else the approval day: what 'newest first' orders by."""
        return (self.meeting_date or self.approved_at or "").split("/")[0][:10]


def readable_date(value: str, *, space: str = NBSP) -> str:
    """'2024-03-14' as '14 March 2024'; a range 'A/B' as 'A to B' without repeating month or year.

    Anything that is not an ISO date is returned as it is.
    """
    try:
        days = [date.fromisoformat(part) for part in value.split("/")]
    except ValueError:
        return value
    first, last = days[0], days[-1]
    if first == last:
        return _day_month_year(first, space)
    if (first.year, first.month) == (last.year, last.month):
        start = str(first.day)
    elif first.year == last.year:
        start = f"{first.day}{space}{MONTHS[first.month - 1]}"
    else:
        start = _day_month_year(first, space)
    return f"{start} to {_day_month_year(last, space)}"


def _day_month_year(day: date, space: str) -> str:
    return space.join((str(day.day), MONTHS[day.month - 1], str(day.year)))


def scrub_personal_data(text: str, *, public_lines: Iterable[str | int] = ()) -> str:
    """Remove the signature block, e-mail addresses and phone numbers from text to publish.

    `public_lines` are lines an editor marked public (by their text, or by their index): they
    are kept verbatim, even inside a signature block.
    """
    lines = text.split("\n")
    keep_text = {str(p).strip() for p in public_lines if isinstance(p, str) and p.strip()}
    keep_index = {p for p in public_lines if isinstance(p, int)}
    cut = signature_start(lines)
    out = []
    for index, line in enumerate(lines):
        public = index in keep_index or line.strip() in keep_text
        if public:
            out.append(line)
        elif index < cut:
            out.append(scrub_line(line))
    return "\n".join(out).rstrip()


def scrub_line(line: str) -> str:
    """Remove e-mail addresses and phone numbers from one line (dates are kept)."""
    line = _EMAIL.sub(_REDACTED, line)
    return _PHONE.sub(lambda m: m.group(0) if _looks_like_date(m.group(0)) else _REDACTED, line)


def signature_start(lines: Sequence[str]) -> int:
    """The index of the first line of a trailing signature block, else len(lines)."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    for index in range(max(0, last - _SIGNATURE_TAIL_LINES), last):
        line = lines[index].strip()
        if _SIGNATURE_DASHES.match(line) or _CLOSING.match(line):
            return index
    return len(lines)


def _looks_like_date(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    return len(digits) <= 8 and bool(
        re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", candidate.strip())
    )


# Kinds of organisation for the index, most specific first; matched on whole words.
ORGANISATION_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "student",
        ("student", "students", "university", "college", "school", "campus", "iysse", "su"),
    ),
    (
        "trade union",
        (
            "union",
            "branch",
            "unite",
            "unison",
            "gmb",
            "rmt",
            "neu",
            "nea",
            "cwu",
            "pcs",
            "ucu",
            "aslef",
            "local",
            "lodge",
            "chapel",
            "trades council",
            "gewerkschaft",
            "ver.di",
            "verdi",
            "syndicat",
            "cgt",
            "sindicato",
            "sindacato",
        ),
    ),
    (
        "workplace",
        ("workers", "staff", "depot", "hospital", "plant", "factory", "rank-and-file", "committee"),
    ),
    ("political", ("party", "socialist", "labour", "greens", "partei", "parti", "partido")),
    (
        "community",
        ("community", "residents", "association", "society", "club", "church", "group", "network"),
    ),
)


def organisation_type(name: str | None) -> str:
    """A coarse kind of organisation from its name, for the index; 'other' when unsure."""
    if not name:
        return "other"
    words = " " + re.sub(r"[^\w.&-]+", " ", name.lower()) + " "
    for kind, markers in ORGANISATION_TYPES:
        if any(f" {marker} " in words for marker in markers):
            return kind
    return "other"
