"""What every field finder needs to know about one message: its texts, languages, dates, and
where the resolution sits. Built once per message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from parsers.fields.gazetteer import LANGUAGE_COUNTRIES
from parsers.fields.language import detect_language
from parsers.fields.languages import REGISTERED, alternatives

SUBJECT = -1  # Evidence.document for the subject line
# "Date: ..." or "Sent: ..." above a quoted or forwarded message, in any language.
_QUOTED_DATE = re.compile(rf"^[>\s]*(?:{alternatives('HEADER_SENT')})\s*:\s*(.+)$", re.I | re.M)
# "On <date>, X wrote:", "Le <date>, X a écrit :", "Op <date> schreef X:".
_ON_WROTE = re.compile(
    rf"^[>\s]*(?:{alternatives('ATTRIBUTION_ON')}) (.{{8,80}}?)"
    rf"(?:,| (?:{alternatives('ATTRIBUTION_AT')}) ).*(?:{alternatives('WROTE')})",
    re.I | re.M,
)
_TLD_COUNTRY = {
    "uk": "GB",
    "de": "DE",
    "at": "AT",
    "ch": "CH",
    "fr": "FR",
    "be": "BE",
    "es": "ES",
    "it": "IT",
    "ie": "IE",
    "au": "AU",
    "nz": "NZ",
    "ca": "CA",
    "us": "US",
    "za": "ZA",
    "in": "IN",
    "mx": "MX",
    "ar": "AR",
}


@dataclass(frozen=True)
class Source:
    """One text to search: a document (index into the documents) or the subject (-1)."""

    index: int
    text: str
    language: str | None
    origin: str = "body"
    bases: tuple[tuple[int, datetime], ...] = ()  # (offset, Date header of a quoted message)

    def quoted_at(self, offset: int) -> bool:
        """Whether the text at `offset` is quoted from an earlier message: a quoted part, or a
        line marked "> ". Quoted words are context, never the meeting's evidence at >= 0.8."""
        if self.origin.endswith("quoted"):
            return True
        line = self.text.rfind("\n", 0, offset) + 1
        return self.text[line : line + 1] in {">", "|"} or self.text.startswith(" >", line)

    def base_at(self, offset: int, default: datetime | None) -> datetime | None:
        """The date that "yesterday" at this offset is relative to."""
        base = default
        for start, when in self.bases:
            if start <= offset:
                base = when
        return base


@dataclass(frozen=True)
class Resolution:
    """Where the resolution is: its document, span and the spans matched to model sentences."""

    index: int
    start: int
    end: int
    matched: tuple[tuple[int, int], ...] = ()

    def inside_model_text(self, index: int, offset: int) -> bool:
        return index == self.index and any(s <= offset < e for s, e in self.matched)


@dataclass(frozen=True)
class MessageView:
    subject: str
    sent: datetime | None
    sender_address: str | None
    sources: tuple[Source, ...]  # the subject first, then the documents in order
    language: str | None
    resolution: Resolution | None = None
    org_country: str | None = None
    utc_offset: float | None = None  # hours east of UTC in the sender's Date, when not zero
    # The campaign's distractors (a prison, a court): a town named right after one is theirs.
    distractors: tuple[str, ...] = ()

    def country_hints(self, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Evidence of the country: `extra` (countries the text names), the organisation's
        registry entry, the sender's country domain."""
        hints: list[str] = list(extra)
        if self.org_country:
            hints.append(self.org_country)
        tld = (self.sender_address or "").rsplit(".", 1)[-1].lower()
        if tld in _TLD_COUNTRY:
            hints.append(_TLD_COUNTRY[tld])
        return tuple(dict.fromkeys(hints))

    def language_hints(self) -> tuple[str, ...]:
        """The countries where the message's language is most written: a weak hint."""
        return LANGUAGE_COUNTRIES.get(self.language or "", ())

    def source(self, index: int) -> Source:
        for source in self.sources:
            if source.index == index:
                return source
        raise KeyError(index)


def build_view(
    subject: str,
    sent: datetime | None,
    sender_address: str | None,
    documents: list[tuple[str, str]],
    languages: tuple[str, ...],
    document_dates: tuple[datetime | None, ...] = (),
) -> MessageView:
    """A view of the message: `documents` are (text, origin) in Extraction.documents order;
    `document_dates` the Date of the forwarded message each came from (None for our own).
    Each text's language is told among the campaign's and every one we hold words for, so a
    Dutch motion sent to a campaign that lists no Dutch is still read with Dutch words."""
    languages = tuple(dict.fromkeys((*languages, *REGISTERED)))
    forwarded = next((d for d in document_dates if d is not None), None)
    subject_bases = ((0, forwarded),) if forwarded and _FORWARD_SUBJECT.match(subject) else ()
    sources = [
        Source(SUBJECT, subject, detect_language(subject, languages)[0], "subject", subject_bases)
    ]
    for index, (text, origin) in enumerate(documents):
        language = detect_language(text, languages)[0]
        own = document_dates[index] if index < len(document_dates) else None
        bases = ((0, own),) if own is not None else ()
        sources.append(Source(index, text, language, origin, bases + quoted_dates(text)))
    main = _main_language(sources)
    offset = next(filter(None, map(_hours_east, (*document_dates, sent))), None)
    return MessageView(subject, sent, sender_address, tuple(sources), main, utc_offset=offset)


def _hours_east(when: datetime | None) -> float | None:
    """The offset of a Date from UTC in hours; None for none or zero, since mail servers that
    stamp every message in UTC make +0000 say nothing of where the sender is."""
    delta = when.utcoffset() if when is not None else None
    return delta.total_seconds() / 3600 if delta else None


_FORWARD_SUBJECT = re.compile(rf"^\s*(?:{alternatives('FORWARD_PREFIXES')})\s*:", re.I)
_DATE_HEADER = re.compile(rf"(?:{alternatives('HEADER_SENT')})", re.I)


def header_date(headers: tuple[tuple[str, str], ...]) -> datetime | None:
    """The Date of a forwarded message, from its own headers as the reader kept them."""
    for name, value in headers:
        if _DATE_HEADER.fullmatch(name.strip()):
            found = _read_header_date(value)
            if found is not None:
                return found
    return None


def _main_language(sources: list[Source]) -> str | None:
    weights: dict[str, int] = {}
    for source in sources:
        if source.language and source.index != SUBJECT:
            weights[source.language] = weights.get(source.language, 0) + len(source.text)
    return max(weights, key=lambda k: weights[k]) if weights else sources[0].language


def quoted_dates(text: str) -> tuple[tuple[int, datetime], ...]:
    """Date lines of forwarded or quoted messages, so their "yesterday" is read against them."""
    found: list[tuple[int, datetime]] = []
    for pattern in (_QUOTED_DATE, _ON_WROTE):
        for match in pattern.finditer(text):
            when = _read_header_date(match.group(1))
            if when is not None:
                found.append((match.start(), when))
    return tuple(sorted(found, key=lambda pair: pair[0]))


def _read_header_date(value: str) -> datetime | None:
    value = value.strip()
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    from parsers.fields.datetext import find_dates

    for mention in find_dates(value):
        if mention.kind in {"explicit", "iso"} and mention.has_year:
            return datetime.fromisoformat(mention.readings[0])
    return None
