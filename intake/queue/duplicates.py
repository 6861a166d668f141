"""Suspected duplicates: the same organisation and meeting, or a near-identical text (rapidfuzz).

Every resolution of a campaign shares the model text, so two branches' texts are 98% alike
by any ratio: "near-identical" here means a few characters apart in all (case, spacing and
quote style ignored), the same text sent twice. Organisations are compared as tokens so that
"UCU, UEA branch" and "UEA UCU branch" meet.

They are found when an item is written (`refresh_duplicates`: extraction, an edit, a
promotion) and stored both ways in `suspected_duplicates`, so that listing the queue only
reads them; a merged item is left out when they are read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import set_committed_value

from intake.store.models import Message, Resolution, SuspectedDuplicate

SAME_ORGANISATION = 90.0  # token_sort_ratio of the organisation names
SAME_TEXT = 10  # at most this many characters changed in the whole text
_IGNORED_STATUSES = ("merged",)  # a merged item is already one resolution with its target
_PAIRS = SuspectedDuplicate.metadata.tables["suspected_duplicates"]


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


def load_candidates(connection: Session | Connection, *conditions: object) -> list[Candidate]:
    """Every review item (or those meeting the conditions), as the rules compare them. Only
    the columns the rules read: a migration calls this too, before later columns exist."""
    query = (
        select(
            Resolution.id,
            Resolution.message_pk,
            Resolution.status,
            Resolution.organisation,
            Resolution.meeting_date,
            Resolution.text,
            Message.sender,
        )
        .join(Message, Resolution.message_pk == Message.id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Resolution.id)
    )
    return [candidate(*row) for row in connection.execute(query)]


def candidate(
    pk: int,
    message_pk: int,
    status: str,
    organisation: str | None,
    meeting_date: str | None,
    text: str | None,
    sender: str | None,
) -> Candidate:
    return Candidate(
        pk,
        message_pk,
        status,
        (organisation or "").casefold(),
        meeting_date or "",
        _fold(text or ""),
        sender or "",
    )


def duplicates_of(item: Candidate, others: Iterable[Candidate]) -> list[Duplicate]:
    """The others that look like the same resolution as this item."""
    others = [other for other in others if other.id != item.id]
    close = _close_texts(item, others) | {
        other.id for other in others if item.meeting_date == other.meeting_date
    }
    found = []
    for other in others:
        why = _why_same(item, other) if other.id in close else None
        if why:
            found.append(
                Duplicate(other.id, other.status, why, other.sender_address != item.sender_address)
            )
    return found


def _close_texts(item: Candidate, others: list[Candidate]) -> set[int]:
    """The others whose text is at most SAME_TEXT characters from the item's."""
    near = [o for o in others if o.text and abs(len(o.text) - len(item.text)) <= SAME_TEXT]
    return {near[k].id for k in _close_to(item.text, [o.text for o in near])}


def _why_same(a: Candidate, b: Candidate) -> str | None:
    from rapidfuzz import fuzz  # only where duplicates are found, not where they are listed
    from rapidfuzz.distance import Levenshtein

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
    """Suspected duplicates for each of these ids, as stored; merged items on neither side."""
    wanted = list(ids)
    mine, other = aliased(Resolution), aliased(Resolution)
    query = (
        select(SuspectedDuplicate, other.status)
        .join(mine, mine.id == SuspectedDuplicate.resolution_id)
        .join(other, other.id == SuspectedDuplicate.other_id)
        .where(
            SuspectedDuplicate.resolution_id.in_(wanted),
            mine.status.not_in(_IGNORED_STATUSES),
            other.status.not_in(_IGNORED_STATUSES),
        )
        .order_by(SuspectedDuplicate.resolution_id, SuspectedDuplicate.other_id)
    )
    found: dict[int, list[Duplicate]] = {i: [] for i in wanted}
    for pair, status in session.execute(query):
        found[pair.resolution_id].append(
            Duplicate(pair.other_id, status, pair.why, pair.other_sender)
        )
    return found


def refresh_duplicates(session: Session, item: Resolution) -> None:
    """Find the item's suspected duplicates again, after its organisation, meeting date or
    text was written, and store them both ways. Only items that could match are read: the
    same meeting date, or a text of about the same length."""
    session.flush()  # the item has its id and its values are in the database
    sender = session.scalar(select(Message.sender).where(Message.id == item.message_pk))
    me = candidate(
        item.id,
        item.message_pk,
        item.status,
        item.organisation,
        item.meeting_date,
        item.text,
        sender,
    )
    _store_lengths(session.connection(), [me])
    set_committed_value(item, "folded_length", len(me.text))  # the item's version stays
    length = len(me.text)
    near: list[ColumnElement[bool]] = [
        Resolution.folded_length.between(length - SAME_TEXT, length + SAME_TEXT)
    ]
    if me.meeting_date:
        near.append(Resolution.meeting_date == item.meeting_date)
    others = load_candidates(session, Resolution.id != item.id, or_(*near))
    ends = (SuspectedDuplicate.resolution_id, SuspectedDuplicate.other_id)
    session.execute(delete(SuspectedDuplicate).where(or_(*(end == item.id for end in ends))))
    _store_pairs(session.connection(), [(me.id, d) for d in duplicates_of(me, others)])


def _store_lengths(connection: Connection, candidates: list[Candidate]) -> None:
    """Written beside the ORM (Core), so that no item's version (editors' check) moves."""
    table = Resolution.metadata.tables["resolutions"]
    statement = (
        update(table).where(table.c.id == bindparam("pk")).values(folded_length=bindparam("n"))
    )
    if candidates:
        connection.execute(statement, [{"pk": c.id, "n": len(c.text)} for c in candidates])


def _store_pairs(connection: Connection, pairs: list[tuple[int, Duplicate]]) -> None:
    rows = [
        {"resolution_id": a, "other_id": b, "why": d.why, "other_sender": d.other_sender}
        for mine, d in pairs
        for a, b in ((mine, d.id), (d.id, mine))
    ]
    if rows:
        connection.execute(insert(_PAIRS), rows)


def pairs_among(candidates: list[Candidate]) -> list[tuple[int, Duplicate]]:
    """Every suspected pair among these items, once (lower id first), each compared only with
    those of the same meeting date or of a text about as long: for storing them all at once."""
    by_length = sorted(candidates, key=lambda c: (len(c.text), c.id))
    lengths = [len(c.text) for c in by_length]
    texts = [c.text for c in by_length]
    by_date: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_date.setdefault(c.meeting_date, []).append(c)
    found: dict[tuple[int, int], Duplicate] = {}
    for i, a in enumerate(by_length):
        end = bisect_right(lengths, lengths[i] + SAME_TEXT)
        close = [by_length[i + 1 + k] for k in _close_to(a.text, texts[i + 1 : end])]
        same_day = [b for b in by_date.get(a.meeting_date, []) if b.id > a.id and a.meeting_date]
        for b in {b.id: b for b in close + same_day}.values():
            why = _why_same(a, b)
            if why:
                low, high = (a, b) if a.id < b.id else (b, a)
                found[(low.id, high.id)] = Duplicate(
                    high.id, high.status, why, high.sender_address != low.sender_address
                )
    return [(low, d) for (low, _), d in sorted(found.items())]


def _close_to(text: str, texts: list[str]) -> list[int]:
    """Positions of the texts at most SAME_TEXT characters from this one (in C)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    if not text or not texts:
        return []
    found = process.extract(
        text, texts, scorer=Levenshtein.distance, score_cutoff=SAME_TEXT, limit=None
    )
    return [index for _, _, index in found]


def rebuild_duplicates(connection: Connection) -> int:
    """Find and store every suspected pair again: the migration that made the table, and
    loads that write items in bulk. Returns the number of pairs."""
    candidates = load_candidates(connection)
    _store_lengths(connection, candidates)
    connection.execute(delete(_PAIRS))
    pairs = pairs_among(candidates)
    _store_pairs(connection, pairs)
    return len(pairs)
