"""Exports approved resolutions: picks them from the store, scrubs them, hands them to publisher."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import ExportError
from intake.store.models import ExportRun, Resolution
from publisher.export import ExportFormatError, export
from publisher.records import PublicResolution, scrub_personal_data

EXPORTABLE = ("approved", "published")  # never pending, rejected or merged


def public_records(session: Session) -> list[PublicResolution]:
    items = session.scalars(
        select(Resolution).where(Resolution.status.in_(EXPORTABLE)).order_by(Resolution.id)
    )
    return [to_public(item) for item in items]


def to_public(item: Resolution) -> PublicResolution:
    return PublicResolution(
        id=item.id,
        campaign=item.campaign,
        organisation=item.organisation,
        meeting_date=item.meeting_date,
        place=item.place,
        city=item.city,
        country_code=item.country_code,
        latitude=item.latitude,
        longitude=item.longitude,
        outcome=item.outcome,
        text=scrub_personal_data(item.text),
        approved_at=item.approved_at.isoformat() if item.approved_at else None,
    )


def run_export(
    session: Session, out_dir: Path, formats: Sequence[str], *, actor: str
) -> list[Path]:
    """Write every approved resolution to out_dir and record the export."""
    records = public_records(session)
    try:
        written = export(records, out_dir, formats)
    except ExportFormatError as err:
        raise ExportError(str(err)) from err
    except OSError as err:
        raise ExportError(f"cannot write to {out_dir}: {err.strerror}") from err
    session.add(
        ExportRun(
            kind="export",
            out_dir=str(out_dir),
            formats=list(formats),
            resolution_ids=[r.id for r in records],
            actor=actor,
        )
    )
    return written
