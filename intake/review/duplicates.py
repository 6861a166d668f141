"""Suspected duplicates: the same organisation and meeting, or a near-identical text (rapidfuzz).

Every resolution of a campaign shares the model text, so two branches' texts are 98% alike
by any ratio: "near-identical" here means a few characters apart in all (case, spacing and
quote style ignored), the same text sent twice. Organisations are compared as tokens so that
"UCU, UEA branch" and "UEA UCU branch" meet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.store.models import Message, Resolution

SAME_ORGANISATION = 90.0  # token_sort_ratio of the organisation names
SAME_TEXT = 10  # at most this many characters changed in the whole text
_IGNORED_STATUSES = ("merged",)  # a merged item is already one resolution with its target


@dataclass(frozen=True)
class Candidate:
    id: int
    message_pk: int
    status: str
    organisation: str
    meeting_date: str
    text: str
    sender: str

    @property
    def sender_address(self) -> str:
        return self.sender.rsplit("<", 1)[-1].rstrip(">").strip().lower()


@dataclass(frozen=True)
class Duplicate:
    id: int
    status: str
    why: str  # "same organisation and meeting" | "near-identical text (98%)"
    other_sender: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "status": self.status,
            "why": self.why,
            "other_sender": self.other_sender,
        }


def load_candidates(session: Session) -> list[Candidate]:
    query = (
        select(Resolution, Message.sender)
        .join(Message, Resolution.message_pk == Message.id)
        .where(Resolution.status.not_in(_IGNORED_STATUSES))
    )
    return [
        Candidate(
            item.id,
            item.message_pk,
            item.status,
            (item.organisation or "").casefold(),
            item.meeting_date or "",
            _fold(item.text),
            sender or "",
        )
        for item, sender in session.execute(query)
    ]


def duplicates_of(item: Candidate, others: Iterable[Candidate]) -> list[Duplicate]:
    """The others that look like the same resolution as this item."""
    found = []
    for other in others:
        if other.id == item.id:
            continue
        why = _why_same(item, other)
        if why:
            found.append(
                Duplicate(other.id, other.status, why, other.sender_address != item.sender_address)
            )
    return found


def _why_same(a: Candidate, b: Candidate) -> str | None:
    if (
        a.organisation
        and a.meeting_date
        and a.meeting_date == b.meeting_date
        and fuzz.token_sort_ratio(a.organisation, b.organisation) >= SAME_ORGANISATION
    ):
        return "same organisation and meeting"
    if a.text and b.text and abs(len(a.text) - len(b.text)) <= SAME_TEXT:
        distance = Levenshtein.distance(a.text, b.text, score_cutoff=SAME_TEXT)
        if distance <= SAME_TEXT:
            return f"near-identical text ({distance} characters apart)"
    return None


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def duplicate_map(session: Session, ids: Iterable[int]) -> dict[int, list[Duplicate]]:
    """Suspected duplicates for each of these ids (loads the candidates once)."""
    candidates = load_candidates(session)
    by_id = {c.id: c for c in candidates}
    return {i: duplicates_of(by_id[i], candidates) if i in by_id else [] for i in ids}
