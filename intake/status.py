"""`intake status`: counts by status, the last poll per source, the last export, as data
(intake/cli/status.py prints it)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from intake.errors import NotFoundError, ValidationError
from intake.queue.listing import counts
from intake.store.mailbox_state import folder_health
from intake.store.models import AuditEntry, ExportRun, MailboxState, PollRun


def collect_status(
    session: Session, *, stale_after: timedelta = timedelta(hours=1)
) -> dict[str, Any]:
    report: dict[str, Any] = counts(session)
    last = session.scalar(select(PollRun).order_by(PollRun.id.desc()).limit(1))
    report["last_poll"] = (
        None
        if last is None
        else {
            "source": last.source_name,
            "started_at": last.started_at.isoformat(),
            "finished_at": last.finished_at.isoformat() if last.finished_at else None,
            "fetched": last.fetched,
            "stored": last.stored,
            "duplicates": last.duplicates,
            "failed": last.failed,
        }
    )
    report["sources"] = [
        {
            "source": s.source_name,
            "folder": s.folder,
            "last_success_at": s.last_success_at.isoformat() if s.last_success_at else None,
            "highest_uid": s.highest_uid,
            "stale": s.stale,
            "last_error": s.last_error,
        }
        for s in folder_health(session, stale_after=stale_after)
    ]
    export = session.scalar(  # `intake export`; publishes are reported on their own below
        select(ExportRun).where(ExportRun.kind == "export").order_by(ExportRun.id.desc()).limit(1)
    )
    report["last_export"] = (
        None
        if export is None
        else {
            "at": export.at.isoformat(),
            "kind": export.kind,
            "out_dir": export.out_dir,
            "count": len(export.resolution_ids),
        }
    )
    report["last_publish"] = _last_publish(session)
    return report


def _last_publish(session: Session) -> dict[str, Any] | None:
    run = session.scalar(
        select(ExportRun).where(ExportRun.kind == "publish").order_by(ExportRun.id.desc()).limit(1)
    )
    if run is None:
        return None
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.action == "publish").order_by(AuditEntry.id.desc())
    )
    changes = (
        entry.details if entry is not None and entry.details.get("export_run") == run.id else {}
    )
    return {
        "at": run.at.isoformat(),
        "out_dir": run.out_dir,
        "count": len(run.resolution_ids),
        "added": changes.get("added", []),
        "updated": changes.get("updated", []),
        "withdrawn": changes.get("withdrawn", []),
    }


def forget_source(
    session: Session, source: str, *, folder: str | None, configured: list[str]
) -> list[str]:
    """Drop what we remember of a source that is no longer configured (a typo, an old account),
    so it stops being reported stale. Stored mail is kept. Returns the folders forgotten."""
    if source in configured:
        raise ValidationError(
            f"{source} is still in the configuration: remove it there first "
            "(forgetting it would make the next poll read the whole mailbox again)"
        )
    where = [MailboxState.source_name == source]
    if folder is not None:
        where.append(MailboxState.folder == folder)
    folders = list(session.scalars(select(MailboxState.folder).where(*where)))
    if not folders:
        rows = session.execute(select(MailboxState.source_name, MailboxState.folder))
        known = sorted(f"{name} {box}".strip() for name, box in rows)
        raise NotFoundError(
            f"no folder of {source}{f' named {folder!r}' if folder else ''} in `intake status` "
            f"(known: {', '.join(known) or 'none'})"
        )
    session.execute(delete(MailboxState).where(*where))
    return folders
