"""`intake publish`: approved resolutions from the store, as plain records, to the publisher.

The store is read in one transaction, the site is built and swapped in outside it, and a second
transaction marks what went out as published, records the run and owes the senders a reply.
An item an editor changed in between is not marked: the next publish takes it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import ExportError, LockHeldError, NoOutputFolderError
from intake.publish_marking import mark_published, record_withdrawn
from intake.settings import Settings, load_campaigns
from intake.store.db import Database
from intake.store.models import AuditEntry, ExportRun, Resolution, utcnow
from parsers.fields.language import detect_language
from publisher.build import FORK_AT
from publisher.parallel import forked
from publisher.records import Amendment, PublicResolution, organisation_type
from publisher.reuse import previous_records
from publisher.scrub import leftovers, scrub_line, scrub_personal_data
from publisher.site import OUTPUTS, PublishReport, SiteConfig, SiteError, publish_site
from publisher.swap import FolderBusyError, FolderError, publish_lock

PUBLISHABLE = ("approved", "published")  # never pending, rejected or merged
LANGUAGE_SAMPLE = 600  # characters (about 90 words): enough to tell five languages apart
RECORD_SHAPE = 2  # bump when to_public or the scrub changes: every record is made afresh
NO_BASE_URL = (
    "[publish] base_url is not set: social posts and the feed carry no links; "
    "set it to the folder's public address, ending in /"
)


@dataclass(frozen=True)
class PublishOutcome:
    report: PublishReport
    newly_published: tuple[int, ...]
    dry_run: bool
    warnings: tuple[str, ...] = ()
    read: int = 0  # rows read and scrubbed afresh; the others' records came from the build

    def lines(self) -> list[str]:
        plan = self.report.plan
        if not self.dry_run and not any(ids for _, ids in self._changes()):
            return []  # nothing changed: nothing to say (cron mails every line)
        verb = "would publish" if self.dry_run else "published"
        head = (
            f"{verb} {len(plan.manifest.items)} resolution(s) to {self.report.out_dir}: "
            f"{len(plan.added)} new, {len(plan.updated)} updated, "
            f"{len(plan.withdrawn)} withdrawn, {len(plan.unchanged)} unchanged"
        )
        details = [f"  {name}: {', '.join(map(str, ids))}" for name, ids in self._changes() if ids]
        failed = [f"  not published, {i}: {why}" for i, why in sorted(self.report.failures.items())]
        return [head, *details, *failed]

    def _changes(self) -> list[tuple[str, tuple[int, ...]]]:
        plan = self.report.plan
        return [("new", plan.added), ("updated", plan.updated), ("withdrawn", plan.withdrawn)]


def site_config(settings: Settings, *, outputs: tuple[str, ...] = OUTPUTS) -> SiteConfig:
    """The [publish] section, with the first campaign's title and hashtags as defaults."""
    section: dict[str, Any] = dict(settings.extra.get("publish", {}))
    campaign = load_campaigns(settings)[0]
    templates = section.get("templates_dir")
    return SiteConfig(
        base_url=str(section.get("base_url", "")),
        site_title=str(section.get("site_title", f"Resolutions: {campaign.title}")),
        language=str(section.get("language", "en")),
        campaign_title=str(section.get("campaign_title", campaign.title)),
        hashtags=tuple(section.get("hashtags", campaign.hashtags)),
        social_max_length=int(section.get("social_max_length", 280)),
        feed_entries=int(section.get("feed_entries", 100)),
        tombstone_days=int(section.get("tombstone_days", 30)),
        entry_id_prefix=str(section.get("entry_id_prefix", "urn:x-resolution-intake:resolution:")),
        templates_dir=(settings.config_dir / templates) if templates else None,
        outputs=outputs,
        processes=settings.publish.processes,
    )


def output_folder(settings: Settings, out: Path | None, *, command: str = "publish") -> Path:
    """--out, else [publish] out_dir, else export_dir (relative to the config file's folder)."""
    if out is not None:
        return out
    configured = settings.extra.get("publish", {}).get("out_dir") or settings.export_dir
    if not configured:
        raise NoOutputFolderError(
            f"{command}: no output folder: pass --out DIR, "
            "or set [publish] out_dir (or export_dir) in the config file"
        )
    return settings.config_dir / str(configured)


def publish_warnings(config: SiteConfig) -> tuple[str, ...]:
    """What the operator should fix, though the publish went ahead."""
    return () if config.base_url else (NO_BASE_URL,)


def show_amendments_default(settings: Settings) -> bool:
    return bool(settings.extra.get("publish", {}).get("show_amendments", False))


def public_records(
    session: Session,
    *,
    show_amendments: bool = False,
    now: datetime | None = None,
    ids: list[int] | None = None,
) -> list[PublicResolution]:
    """The public records of publishable rows (all, or those of `ids`)."""
    query = select(Resolution).where(Resolution.status.in_(PUBLISHABLE)).order_by(Resolution.id)
    if ids is None:
        return [
            to_public(i, show_amendments=show_amendments, now=now) for i in session.scalars(query)
        ]
    records = []
    for start in range(0, len(ids), 1000):
        chunk = session.scalars(query.where(Resolution.id.in_(ids[start : start + 1000])))
        records += [to_public(i, show_amendments=show_amendments, now=now) for i in chunk]
    return records


def to_public(
    item: Resolution, *, show_amendments: bool = False, now: datetime | None = None
) -> PublicResolution:
    """The public record: personal data scrubbed, lines an editor marked public kept."""
    published = item.published_at or now
    return PublicResolution(
        id=item.id,
        campaign=item.campaign,
        organisation=_scrubbed(item.organisation),
        meeting_date=item.meeting_date,
        place=_scrubbed(item.place),
        city=item.city,
        country_code=item.country_code,
        latitude=item.latitude,
        longitude=item.longitude,
        outcome=item.outcome,
        text=scrub_personal_data(item.text, public_lines=item.public_lines or ()),
        approved_at=_iso(item.approved_at),
        country=_country_name(item.country_code),
        organisation_type=organisation_type(item.organisation),
        updated_at=_iso(item.updated_at),
        published_at=_iso(published),
        amendments=_amendments(item)
        if item.extraction.get("show_amendments", show_amendments)
        else (),
        language=_stored_language(item),
    )


def personal_data_warnings(session: Session, ids: list[int]) -> list[str]:
    """For the editor at approval: what in the public text still looks like an address or a
    phone number after the scrub (a digit run of nine or more, an @ or an at/dot form)."""
    lines = []
    for item_id in ids:
        item = session.get(Resolution, item_id)
        found = leftovers(to_public(item).text) if item is not None else []
        if found:
            shown = "; ".join(dict.fromkeys(found))
            lines.append(
                f"item {item_id} may still show personal data when published: {shown} "
                "(edit the text, or reopen the item, if it is)"
            )
    return lines


def _stored_language(item: Resolution) -> str | None:
    stored = item.extraction.get("language")
    return stored if isinstance(stored, str) and stored else None


def with_languages(
    records: list[PublicResolution],
    known: dict[int, PublicResolution] | None = None,
    *,
    processes: int = 2,
) -> list[PublicResolution]:
    """Records whose language extraction did not store get the one their text reads in (for
    <html lang>); a text the last build already read keeps its language without reading."""
    known = known or {}
    unread = []
    for record in records:
        before = known.get(record.id)
        if record.language is None and not (before is not None and before.text == record.text):
            unread.append(record.text)
    read = iter(_detected_all(unread, processes))
    out = []
    for record in records:
        if record.language is None:
            before = known.get(record.id)
            same_text = before is not None and before.text == record.text
            language = before.language if same_text and before else next(read)
            record = replace(record, language=language)
        out.append(record)
    return out


def _detected_all(texts: list[str], processes: int) -> list[str | None]:
    """The language of each text; half of them read by a second process when there are many."""
    if len(texts) < FORK_AT or (os.cpu_count() or 1) < 2 or processes < 2:
        return [_detected(text) for text in texts]
    _detected(texts[0])  # the model is loaded before the fork, once for both processes
    waiting = forked(lambda: [_detected(text) for text in texts[1::2]])
    try:
        mine = [_detected(text) for text in texts[0::2]]
    finally:
        theirs = waiting()
    out: list[str | None] = [None] * len(texts)
    out[0::2], out[1::2] = mine, theirs
    return out


def _detected(text: str) -> str | None:
    return detect_language(text[:LANGUAGE_SAMPLE])[0]


def _iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC whatever the database hands back (SQLite: naive, meaning UTC)."""
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def _scrubbed(value: str | None) -> str | None:
    return scrub_line(value) if value else value


def _amendments(item: Resolution) -> tuple[Amendment, ...]:
    return tuple(
        Amendment(
            change=str(a.get("change", "")),
            model=scrub_line(str(a.get("model", ""))),
            submitted=scrub_line(str(a.get("submitted", ""))),
        )
        for a in item.extraction.get("amendments", [])
        if isinstance(a, dict)
    )


def _country_name(code: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return getattr(country, "common_name", None) or getattr(country, "name", None)


def run_publish(
    db: Database,
    settings: Settings,
    out_dir: Path,
    *,
    actor: str,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PublishOutcome:
    """Publish every approved resolution to out_dir, atomically; record and mark what went out."""
    now = now or utcnow().replace(microsecond=0)
    config = site_config(settings)
    with output_lock(out_dir):
        with db.transaction() as session:
            kept, fresh, versions, sources, known = _current_records(
                session, settings, out_dir, now
            )
        # outside the transaction: the language is read by two processes when there are many
        languages = with_languages(fresh, known, processes=config.processes)
        records = sorted([*kept, *languages], key=lambda r: r.id)
        read = len(fresh)
        report = _build(records, out_dir, config, now=now, dry_run=dry_run, sources=sources)
        warnings = publish_warnings(config)
        if dry_run:
            return PublishOutcome(report, (), dry_run=True, warnings=warnings, read=read)
        with db.transaction() as session:
            newly = mark_published(session, sorted(report.plan.manifest.items), versions, now)
            record_withdrawn(session, report.plan.withdrawn)
            _record_run(session, report, config, actor)
    return PublishOutcome(report, newly, dry_run=False, warnings=warnings, read=read)


def _current_records(
    session: Session, settings: Settings, out_dir: Path, now: datetime
) -> tuple[
    list[PublicResolution],
    list[PublicResolution],
    dict[int, int],
    dict[int, str],
    dict[int, PublicResolution],
]:
    """The public records of every publishable row (kept from the build, and read afresh), its
    version, its key for the next run, and the records the live build holds.

    A row whose key is the one the live build was made from is not read or scrubbed again:
    its record comes back from the build. The key is the version the row will have once this
    publish marks it (approved rows go up by one), with what else shapes a public record.
    """
    show = show_amendments_default(settings)
    rows = session.execute(
        select(Resolution.id, Resolution.version, Resolution.status).where(
            Resolution.status.in_(PUBLISHABLE)
        )
    ).all()
    # the versions of the rows this publish may mark (published ones are marked already)
    versions = {item_id: version for item_id, version, status in rows if status == "approved"}
    sources = {
        item_id: f"{version + (status == 'approved')}:{show}:{RECORD_SHAPE}"
        for item_id, version, status in rows
    }
    try:
        cached = previous_records(out_dir)
    except FolderError as err:
        raise ExportError(f"publish: {err}") from err
    kept = {i: r for i, (key, r) in cached.items() if sources.get(i) == key}
    stale = sorted(set(sources) - set(kept))
    fresh = public_records(session, show_amendments=show, now=now, ids=stale)
    known = {i: r for i, (_, r) in cached.items()}
    return list(kept.values()), fresh, versions, sources, known


def _build(
    records: list[PublicResolution],
    out_dir: Path,
    config: SiteConfig,
    *,
    now: datetime,
    dry_run: bool,
    sources: dict[int, str],
) -> PublishReport:
    try:
        return publish_site(records, out_dir, config, now=now, dry_run=dry_run, sources=sources)
    except (SiteError, FolderError) as err:
        raise ExportError(f"publish: {err}") from err
    except OSError as err:
        raise ExportError(f"cannot write to {out_dir}: {err.strerror or err}") from err


def _record_run(session: Session, report: PublishReport, config: SiteConfig, actor: str) -> None:
    run = ExportRun(
        kind="publish",
        out_dir=str(report.out_dir),
        formats=list(config.outputs),
        resolution_ids=sorted(report.plan.manifest.items),
        actor=actor,
    )
    session.add(run)
    session.flush()
    session.add(
        AuditEntry(
            actor=actor,
            action="publish",
            details={"export_run": run.id, "rendered": report.rendered, **report.plan.summary()},
        )
    )


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """One publish or export per output folder at a time, as intake errors."""
    try:
        with publish_lock(out_dir):
            yield
    except FolderBusyError as err:
        raise LockHeldError(str(err)) from err
    except FolderError as err:
        raise ExportError(str(err)) from err
