"""Editors' actions on review items, each audited, each refused when the item changed meanwhile.

Every action takes the version the editor saw (`expected_version`; None means "the current
one"). If someone else changed the item since, the action is refused with a ConflictError that
says who changed what and when. Two editors racing on the same row are caught again at flush by
SQLAlchemy's version counter (`Resolution.version`), so no change is ever silently overwritten.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from intake.errors import ConflictError, NotFoundError, ValidationError
from intake.queue.duplicates import refresh_duplicates
from intake.queue.item_view import EDITABLE
from intake.store.models import AuditEntry, Organisation, OrganisationAlias, Resolution, utcnow
from intake.store.statuses import ReviewStatus, allowed

REJECT_REASONS = ("not-a-resolution", "not-passed", "duplicate", "spam", "other")
_DATETIME_COLUMNS = {"approved_at", "published_at"}
# what an editor cares to hear about another's change (not timestamps or confidences)
_SAID = {"status", "organisation", "meeting_date", "place", "reject_reason", "merged_into"}
_UNDOABLE = ("approve", "reject", "reopen", "edit", "merge", "undo")


def get_item(session: Session, item_id: int, *, for_update: bool = False) -> Resolution:
    query = select(Resolution).where(Resolution.id == item_id)
    if for_update:  # PostgreSQL makes a second editor wait here, then see the new version
        query = query.with_for_update().execution_options(populate_existing=True)
    item = session.scalar(query)
    if item is None:
        raise NotFoundError(f"no review item {item_id}: see `intake queue list`")
    return item


def check_version(session: Session, item: Resolution, expected: int | None) -> None:
    """Refuse when the item is no longer the one the editor saw; a version it never had is a
    mistake in the command, not someone else's change."""
    if expected is None or item.version == expected:
        return
    if not 1 <= expected < item.version:
        raise ValidationError(
            f"item {item.id} has no version {expected}: it is at version {item.version} "
            f"(`intake queue show {item.id}` says which)"
        )
    raise ConflictError(conflict_message(session, item, expected))


def conflict_message(session: Session, item: Resolution, seen: int) -> str:
    changes = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.resolution_id == item.id, AuditEntry.action != "queued")
        .order_by(AuditEntry.id.desc())
        .limit(max(1, item.version - seen))
    ).all()
    said = "; ".join(_said(entry) for entry in reversed(changes)) or "changed"
    who = item.updated_by or "someone"
    return (
        f"item {item.id} was changed by {who} since you saw it ({said}): "
        "nothing done, look at it again"
    )


def _said(entry: AuditEntry) -> str:
    after = entry.details.get("after", {})
    what = ", ".join(f"{k} → {v}" for k, v in after.items() if k in _SAID)
    at = entry.at.strftime("%Y-%m-%d %H:%M")
    return f"{entry.actor} at {at}: {entry.action}" + (f" {what}" if what else "")


def _items(session: Session, ids: list[int], expected: int | None) -> list[Resolution]:
    if expected is not None and len(ids) != 1:
        raise ValidationError("--expected-version goes with a single id")
    items = [get_item(session, i, for_update=True) for i in ids]
    for item in items:
        check_version(session, item, expected)
    return items


class NeedsForceError(ValidationError):
    """An approval that would publish what may not be a passed resolution: --force says yes."""

    def __init__(self, item_id: int, doubts: list[str]) -> None:
        self.doubts = " and ".join(doubts)
        super().__init__(
            f"item {item_id} not approved: {self.doubts}; its page would say it passed a "
            "resolution. Check it (edit or reject), or approve it with --force"
        )


def approval_doubts(item: Resolution) -> list[str]:
    """Why approving the item would publish what may not be a passed resolution: the page
    says "passed a resolution" and names the organisation."""
    doubts = []
    if item.outcome != "passed":
        doubts.append(f"its outcome is {item.outcome}, not passed")
    if not (item.organisation or "").strip():
        doubts.append("it names no organisation")
    return doubts


def doubtful(session: Session, ids: list[int]) -> list[int]:
    """Those of the items that approval_doubts would stop."""
    return [i for i in ids if approval_doubts(get_item(session, i))]


def approve(
    session: Session,
    ids: list[int],
    *,
    editor: str,
    expected_version: int | None = None,
    force: bool = False,
) -> list[int]:
    """Approve pending (or rejected) items; all or nothing. An item not passed, or naming no
    organisation, is refused unless `force`: its page would say what it does not."""
    items = _items(session, ids, expected_version)
    for item in items:
        if item.status not in ("pending", "rejected"):
            raise ValidationError(
                f"item {item.id} is {item.status}: only pending items are approved"
            )
        if doubts := [] if force else approval_doubts(item):
            raise NeedsForceError(item.id, doubts)
    for item in items:
        change(
            session,
            item,
            editor,
            "approve",
            status="approved",
            approved_at=utcnow(),
            reject_reason=None,
            reject_note=None,
        )
    return [item.id for item in items]


def without_text(session: Session, ids: list[int]) -> list[int]:
    """Those of the items with no resolution text: their published page would be empty."""
    query = select(Resolution.id).where(Resolution.id.in_(ids), func.trim(Resolution.text) == "")
    return sorted(session.scalars(query))


def empty_text_warning(ids: list[int]) -> str:
    which = ", ".join(map(str, ids))
    return (
        f"item {which} has no resolution text: its published page will be empty "
        "(reject it before publishing if that is wrong)"
        if len(ids) == 1
        else f"items {which} have no resolution text: their published pages will be empty "
        "(reject them before publishing if that is wrong)"
    )


def reject(
    session: Session,
    ids: list[int],
    *,
    reason: str,
    editor: str,
    note: str | None = None,
    expected_version: int | None = None,
) -> list[int]:
    """Reject items with one of the known reasons; all or nothing."""
    if reason not in REJECT_REASONS:
        raise ValidationError(f"unknown reason {reason!r}: use one of {', '.join(REJECT_REASONS)}")
    items = _items(session, ids, expected_version)
    for item in items:
        # A published item may be rejected outright: the next publish withdraws it everywhere.
        if item.status not in ("pending", "approved", "published"):
            raise ValidationError(f"item {item.id} is {item.status}: reopen it first")
    for item in items:
        change(
            session,
            item,
            editor,
            "reject",
            status="rejected",
            reject_reason=reason,
            reject_note=note,
            approved_at=None,
        )
    return [item.id for item in items]


def reopen(
    session: Session, item_id: int, *, editor: str, expected_version: int | None = None
) -> Resolution:
    """Put an approved, rejected or merged item back in the pending queue."""
    (item,) = _items(session, [item_id], expected_version)
    if item.status == "published":
        raise ValidationError(
            f"item {item.id} is published: reject it first (`intake queue reject {item.id} "
            "--reason other`; the next publish takes its page down), then reopen it"
        )
    if item.status not in ("approved", "rejected", "merged"):
        raise ValidationError(f"item {item.id} is {item.status}: it is in the queue already")
    change(
        session,
        item,
        editor,
        "reopen",
        status="pending",
        approved_at=None,
        reject_reason=None,
        reject_note=None,
        merged_into=None,
    )
    return item


def edit(
    session: Session,
    item_id: int,
    changes: dict[str, str],
    *,
    editor: str,
    expected_version: int | None = None,
    vouch: bool = False,
) -> Resolution:
    """Correct fields; each is read by extraction's own normalisers, or the edit is refused.

    An edited field's "as written" becomes what the editor typed; the audit entry keeps the
    extracted one in its "before". With `vouch`, a town the gazetteer lacks is taken as
    typed, in its country, with no coordinates; the item says who vouched for it."""
    (item,) = _items(session, [item_id], expected_version)
    values = normalised_fields(changes, near=item.country_code, vouch=vouch)
    if item.status not in ("pending", "approved", "rejected"):
        raise ValidationError(f"item {item.id} is {item.status}: reopen it to edit")
    if values.pop("place_vouched", False):  # same flush as the edit: one version step
        vouched = {"place": values["place"], "by": editor}
        item.extraction = {**item.extraction, "place_vouched": vouched}
    for name in EDITABLE:
        if name in values:
            values[f"{name}_as_written"] = " ".join(changes[name].split())
            values[f"{name}_confidence"] = 1.0
    after = {
        name: values.get(f"{name}_confidence", getattr(item, f"{name}_confidence"))
        for name in EDITABLE
    }
    values["min_confidence"] = min(c if c is not None else 0.0 for c in after.values())
    change(session, item, editor, "edit", **values)
    return item


def normalised_fields(
    changes: dict[str, str], *, near: str | None = None, vouch: bool = False
) -> dict[str, Any]:
    """Column values for the edited fields; raises before anything is changed. `near` is the
    item's country, where a town typed without one is looked for; `vouch` takes a town the
    gazetteer lacks (then "place_vouched" is true)."""
    from intake.queue import normalise  # the gazetteer and date readers: only for an edit

    unknown = set(changes) - {*EDITABLE, "country"}
    if unknown:
        raise ValidationError(f"cannot edit {', '.join(sorted(unknown))}")
    if not changes:
        raise ValidationError("nothing to edit: give --organisation, --date or --place")
    values: dict[str, Any] = {}
    if "organisation" in changes:
        values["organisation"] = normalise.organisation(changes["organisation"])
    if "meeting_date" in changes:
        values["meeting_date"] = normalise.meeting_date(changes["meeting_date"])
    if "place" in changes:
        found = normalise.place(
            changes["place"], country=changes.get("country"), near=near, vouch=vouch
        )
        values.update(
            place_vouched=found.vouched,
            place=found.place,
            city=found.city,
            country_code=found.country_code,
            latitude=found.latitude,
            longitude=found.longitude,
        )
    elif "country" in changes:
        values["country_code"] = normalise.country_code(changes["country"])
    return values


def merge(
    session: Session, item_id: int, *, into: int, editor: str, expected_version: int | None = None
) -> Resolution:
    """Fold one item into another: both messages stay as provenance of the one resolution.

    Both rows are locked in id order (PostgreSQL: two editors merging A into B and B into A
    wait for each other instead of deadlocking), and the target's version moves too, so on
    SQLite, which has no row locks, the second of two such merges fails its version check
    instead of both succeeding and both items vanishing."""
    if item_id == into:
        raise ValidationError(f"item {item_id} cannot be merged into itself")
    locked = {i: get_item(session, i, for_update=True) for i in sorted((item_id, into))}
    item, target = locked[item_id], locked[into]
    check_version(session, item, expected_version)
    if target.merged_into == item.id:  # the crossed merge, by someone else, came first
        raise ConflictError(
            f"item {into} was merged into {item.id} by {target.updated_by or 'someone'} "
            "meanwhile: nothing done"
        )
    if target.status == "merged":
        raise ValidationError(
            f"item {into} is itself merged into {target.merged_into}: merge into that one"
        )
    if item.status in ("merged", "published"):
        raise ValidationError(f"item {item.id} is {item.status}: it cannot be merged")
    target.updated_at, target.updated_by = utcnow(), editor  # claims the target's version
    _audit(session, target, editor, "merged-in", {"from": item.id, "message": item.message_pk})
    change(session, item, editor, "merge", status="merged", merged_into=target.id, approved_at=None)
    return item


def undo(session: Session, item_id: int, *, editor: str, expected_version: int | None) -> str:
    """Take back this editor's last change of the item, if nobody changed it since."""
    (item,) = _items(session, [item_id], expected_version)
    last = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.resolution_id == item.id, AuditEntry.action.in_(_UNDOABLE))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if last is None or last.actor != editor or last.action == "undo":
        raise ValidationError(f"nothing of yours to undo on item {item.id}")
    before = {k: _from_json(k, v) for k, v in last.details["before"].items()}
    change(session, item, editor, "undo", **before)
    return last.action


def record_alias(session: Session, item: Resolution, spelling: str, *, editor: str) -> str:
    """Remember `spelling` as another name of the item's organisation, in the registry."""
    name = item.organisation
    spelling = " ".join(spelling.split())
    if not name or not spelling or spelling.casefold() == name.casefold():
        return "no alias needed"
    organisation = session.scalar(select(Organisation).where(Organisation.name == name))
    if organisation is None:
        organisation = Organisation(name=name, country_code=item.country_code)
        session.add(organisation)
    existing = session.scalar(select(OrganisationAlias).where(OrganisationAlias.alias == spelling))
    if existing is not None:
        return f"{spelling!r} is already an alias of {existing.organisation.name!r}"
    organisation.aliases.append(OrganisationAlias(alias=spelling))
    _audit(session, item, editor, "alias", {"organisation": name, "alias": spelling})
    return f"recorded {spelling!r} as an alias of {name!r}"


def change(session: Session, item: Resolution, editor: str, action: str, **values: Any) -> None:
    """Set values on the item and audit them (before and after); flush to claim the version."""
    if "status" in values:
        values["status"] = allowed(ReviewStatus(item.status), ReviewStatus(values["status"])).value
    before = {key: _jsonable(getattr(item, key)) for key in values}
    for key, value in values.items():
        setattr(item, key, value)
    item.updated_at, item.updated_by = utcnow(), editor
    after = {key: _jsonable(value) for key, value in values.items()}
    _audit(session, item, editor, action, {"before": before, "after": after})
    item_id = item.id  # the failed flush expires the item: say its id without reloading it
    try:
        session.flush()
    except StaleDataError as err:  # someone committed between our read and our write
        raise ConflictError(
            f"item {item_id} was changed by someone else at the same moment: "
            "nothing done, look at it again"
        ) from err
    if values.keys() & {"organisation", "meeting_date", "text"}:
        refresh_duplicates(session, item)


def _audit(
    session: Session, item: Resolution, editor: str, action: str, details: dict[str, Any]
) -> None:
    session.add(
        AuditEntry(
            resolution_id=item.id,
            message_pk=item.message_pk,
            actor=editor,
            action=action,
            details=details,
        )
    )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _from_json(key: str, value: Any) -> Any:
    return datetime.fromisoformat(value) if key in _DATETIME_COLUMNS and value else value
