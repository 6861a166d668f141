"""One item as an editor judges it, built from what the store holds: fields with evidence, the
diff to the model, documents, sender, suspected duplicates, provenance and the audit trail: an
`ItemView`, which the desk renders and `--json` prints as `as_dict()`.

No database library here: the ORM (detail.py) and the plain-SQL reader (read_item, through
intake/store/queue_sql.py) hand it the same records, and a test holds their views equal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from types import SimpleNamespace
from typing import Any

from intake.errors import NotFoundError
from intake.store import queue_sql

EDITABLE = ("organisation", "meeting_date", "place")
_CONTEXT = 50  # characters of source text shown either side of the evidence


@dataclass(frozen=True)
class MessageSummary:
    """The message an item came from, as the desk shows it (the sender: editors only)."""

    id: int
    subject: str | None
    sender: str | None
    sent_at: str | None
    message_id: str | None


@dataclass(frozen=True)
class ItemView:
    """One item as an editor judges it. The fields' order is `--json`'s keys' order."""

    id: int
    version: int
    status: str
    campaign: str | None
    outcome: str
    organisation: dict[str, Any]  # each editable field: value, confidence, evidence ...
    meeting_date: dict[str, Any]
    place: dict[str, Any]
    min_confidence: float | None
    similarity: float
    text: str
    left_out: dict[str, str] | None
    comparison: str
    diff: list[dict[str, str]]
    text_similarity: float | None
    amendments: list[Any]
    message: MessageSummary
    documents: list[dict[str, Any]]
    duplicates: list[dict[str, Any]]
    merged_into: int | None
    merged_from: list[dict[str, Any]]
    reject_reason: str | None
    reject_note: str | None
    updated_by: str | None
    history: list[dict[str, Any]]

    def field(self, name: str) -> dict[str, Any]:
        """One editable field's view, by its name in EDITABLE."""
        if name not in EDITABLE:
            raise KeyError(name)
        view: dict[str, Any] = getattr(self, name)
        return view

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ItemView:
        """The view again from its `--json` (a script's, or a test's)."""
        return cls(**{**data, "message": MessageSummary(**data["message"])})


def build_view(
    item: Any,
    message: Any,
    documents: list[Any],
    *,
    duplicates: list[dict[str, Any]],
    merged_from: list[dict[str, Any]],
    history: list[dict[str, Any]],
    model: str | None = None,
) -> ItemView:
    """The view of an item (a Resolution, or a record with its columns), its message and
    documents in order, and what other rows say of it; `model` is the campaign's model text."""
    # a translation is not compared sentence by sentence: a diff would mark all of it removed
    comparison = item.extraction.get("comparison") or ""
    diff = word_diff(model, item.text) if model and item.text.strip() and not comparison else []
    fields = {name: field_view(item, name, documents) for name in EDITABLE}
    return ItemView(
        id=item.id,
        version=item.version,
        status=item.status,
        campaign=item.campaign,
        outcome=item.outcome,
        organisation=fields["organisation"],
        meeting_date=fields["meeting_date"],
        place=fields["place"],
        min_confidence=item.min_confidence,
        similarity=round(item.similarity, 3),
        text=item.text,
        left_out=left_out(item.text, documents),
        comparison=comparison,
        diff=diff,
        text_similarity=diff_similarity(diff) if diff else None,
        amendments=item.extraction.get("amendments", []),
        message=MessageSummary(
            id=message.id,
            subject=message.subject,
            sender=message.sender,
            sent_at=message.sent_at.isoformat() if message.sent_at else None,
            message_id=message.message_id,
        ),
        documents=[document_view(d) for d in documents],
        duplicates=duplicates,
        merged_into=item.merged_into,
        merged_from=merged_from,
        reject_reason=item.reject_reason,
        reject_note=item.reject_note,
        updated_by=item.updated_by,
        history=history,
    )


def field_view(item: Any, name: str, documents: list[Any]) -> dict[str, Any]:
    value = getattr(item, name)
    confidence = getattr(item, f"{name}_confidence")
    extracted = item.extraction.get(name) or {}
    out: dict[str, Any] = {
        "value": value,
        "as_written": getattr(item, f"{name}_as_written"),
        "extracted_as_written": extracted.get("as_written"),
        "confidence": round(confidence, 2) if confidence is not None else None,
        "edited": extracted.get("value") != value,
        "evidence": evidence_view(extracted.get("evidence"), documents),
    }
    if name == "place":
        out["country_code"] = item.country_code
        out["vouched_by"] = vouched_by(item)
    return out


def left_out(text: str, documents: list[Any]) -> dict[str, str] | None:
    """What the resolution text was cut from: the document's text before and after it (a
    greeting, the date line, the sign-off), so an editor sees what the cut left out."""
    body = text.strip()
    for doc in documents if body else []:
        at = doc.text.find(body)
        if at >= 0:
            return {
                "document": doc.name,
                "before": doc.text[:at].strip(),
                "after": doc.text[at + len(body) :].strip(),
            }
    return None


def vouched_by(item: Any) -> str | None:
    """The editor who vouched for the item's place, a town the gazetteer lacks; None when
    the place is the gazetteer's (or was changed since)."""
    vouched = item.extraction.get("place_vouched") or {}
    return str(vouched["by"]) if vouched.get("place") == item.place and item.place else None


def evidence_view(evidence: dict[str, Any] | None, documents: list[Any]) -> dict[str, Any] | None:
    """The source text around the evidence span: before, the span itself, after."""
    if not evidence or not 0 <= evidence.get("document", -1) < len(documents):
        return None
    doc = documents[evidence["document"]]
    start, end = evidence["start"], evidence["end"]
    if not 0 <= start <= end <= len(doc.text):
        return None
    return {
        "document": doc.name,
        "quoted": in_quoted_text(doc, start),
        "rule": evidence.get("rule"),
        "before": _squash(doc.text[max(0, start - _CONTEXT) : start], keep="end"),
        "match": _squash(doc.text[start:end]),
        "after": _squash(doc.text[end : end + _CONTEXT], keep="start"),
    }


def in_quoted_text(doc: Any, start: int) -> bool:
    """Evidence from a message this one answers: the quoted part of a reply, or a line
    quoted with ">" that the reader left in the text (an interleaved reply)."""
    if doc.origin.rsplit("/", 1)[-1] == "quoted":
        return True
    line_start = doc.text.rfind("\n", 0, start) + 1
    return bool(doc.text[line_start:start].lstrip().startswith(">"))


def _squash(text: str, keep: str = "") -> str:
    flat = re.sub(r"\s+", " ", text)
    return flat.lstrip() if keep == "end" else flat.rstrip() if keep == "start" else flat.strip()


def document_view(doc: Any) -> dict[str, Any]:
    return {
        "number": doc.position + 1,
        "name": doc.name,
        "type": doc.type,
        "method": doc.method,
        "pages": doc.pages,
        "chars": len(doc.text),
        "warnings": doc.warnings,
        "failed": doc.failed,
        "ocr_confidence": doc.ocr_confidence,
    }


def word_diff(model: str, text: str) -> list[dict[str, str]]:
    """Word-level differences from the model: runs of "=" same, "-" removed, "+" added."""
    import difflib  # here: an edit reads EDITABLE and vouched_by, and compares nothing

    a, b = model.split(), text.split()
    out: list[dict[str, str]] = []
    folded_a, folded_b = [_fold(w) for w in a], [_fold(w) for w in b]
    matcher = difflib.SequenceMatcher(None, folded_a, folded_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append({"op": "=", "text": " ".join(b[j1:j2])})
            continue
        if i2 > i1:
            out.append({"op": "-", "text": " ".join(a[i1:i2])})
        if j2 > j1:
            out.append({"op": "+", "text": " ".join(b[j1:j2])})
    return out


def diff_similarity(diff: list[dict[str, str]]) -> float:
    """Over the whole text, rewritten slots included: 2 x words in common / words in both."""
    counts = {"=": 0, "-": 0, "+": 0}
    for part in diff:
        counts[part["op"]] += len(part["text"].split())
    total = 2 * counts["="] + counts["-"] + counts["+"]
    return round(2 * counts["="] / total, 3) if total else 1.0


def _fold(word: str) -> str:
    """Curly and straight quotes are the same word: a mail client's choice, not an amendment."""
    return word.translate(_QUOTES)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def read_item(
    reader: queue_sql.PlainReader,
    item_id: int,
    *,
    model_for: Callable[[str | None], str | None] = lambda campaign: None,
) -> ItemView:
    """The view of one item read through the DB-API driver, without SQLAlchemy: what
    detail.show_item gives through the ORM. `model_for` gives a campaign's model text."""
    item = queue_sql.item_record(reader, item_id)
    if item is None:
        raise NotFoundError(f"no review item {item_id}: see `intake queue list`")
    message = queue_sql.message_record(reader, item["message_pk"])
    documents = [SimpleNamespace(**d) for d in queue_sql.document_records(reader, message["id"])]
    return build_view(
        SimpleNamespace(**item),
        SimpleNamespace(**message),
        documents,
        duplicates=queue_sql.item_duplicates(reader, item_id),
        merged_from=queue_sql.merged_from(reader, item_id),
        history=queue_sql.history(reader, item_id),
        model=model_for(item["campaign"]),
    )
