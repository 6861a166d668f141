"""The public record of a resolution, and the scrubbing that keeps personal data out of it."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d[\d ().-]{7,}\d(?![\w/])")
_REDACTED = "[removed]"


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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def scrub_personal_data(text: str) -> str:
    """Remove e-mail addresses and phone numbers from text meant for publication."""
    text = _EMAIL.sub(_REDACTED, text)
    return _PHONE.sub(lambda m: m.group(0) if _looks_like_date(m.group(0)) else _REDACTED, text)


def _looks_like_date(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    return len(digits) <= 8 and bool(
        re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", candidate.strip())
    )
