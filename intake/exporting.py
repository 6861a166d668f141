"""`intake export`: chosen formats of the publication, without marking anything published."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from intake.errors import ExportError
from intake.publishing import output_lock, public_records, with_languages
from intake.store.models import ExportRun
from publisher.export import ExportFormatError, export
from publisher.swap import FolderError


def run_export(
    session: Session, out_dir: Path, formats: Sequence[str], *, actor: str
) -> list[Path]:
    """Write every approved resolution to out_dir in the given formats and record the export."""
    records = with_languages(public_records(session))
    try:
        with output_lock(out_dir):
            written = export(records, out_dir, formats)
    except (ExportFormatError, FolderError) as err:
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
