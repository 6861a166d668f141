"""Acknowledgements to senders: owed when a message is processed or published, sent later.

Queueing is a row in `acknowledgements` (once per message and kind), written in the worker's
transaction; nothing is sent there. `intake acknowledge` (or the end of `intake publish`) sends
what is owed, each in its own transaction, so a failed send is retried by the next run and
never holds up intake. Off by default: `[acknowledge] enabled = true`.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.replies import (
    ReplyTarget,
    compose_reply,
    published_text,
    received_text,
    reply_target,
)
from intake.settings import Settings
from intake.smtp import smtp_config, smtp_connection
from intake.store.db import Database
from intake.store.models import Acknowledgement, Message, Resolution, utcnow

log = logging.getLogger(__name__)
KINDS = ("received", "published")


@dataclass(frozen=True)
class AckSettings:
    """The [acknowledge] section."""

    enabled: bool = False
    from_address: str = ""
    reply_to: str | None = None
    max_per_address_per_day: int = 3
    max_age_hours: float = 72.0
    max_attempts: int = 5
    batch: int = 200
    base_url: str = ""  # from [publish], for the link in "published"


def ack_settings(settings: Settings) -> AckSettings:
    section = settings.extra.get("acknowledge", {})
    return AckSettings(
        enabled=bool(section.get("enabled", False)),
        from_address=str(section.get("from_address", "")),
        reply_to=str(section["reply_to"]) if section.get("reply_to") else None,
        max_per_address_per_day=int(section.get("max_per_address_per_day", 3)),
        max_age_hours=float(section.get("max_age_hours", 72)),
        max_attempts=int(section.get("max_attempts", 5)),
        batch=int(section.get("batch", 200)),
        base_url=str(settings.extra.get("publish", {}).get("base_url", "")),
    )


def queue_acknowledgement(session: Session, message: Message, kind: str) -> None:
    """Owe the sender a reply of this kind, once; an ineligible sender is recorded as skipped."""
    exists = session.scalar(
        select(Acknowledgement.id).where(
            Acknowledgement.message_pk == message.id, Acknowledgement.kind == kind
        )
    )
    if exists is not None:
        return
    target = _target(message)
    session.add(
        Acknowledgement(
            message_pk=message.id,
            kind=kind,
            recipient=(target.address or "")[:500],
            status="skipped" if target.skip_reason else "pending",
            last_error=target.skip_reason,
        )
    )


def _target(message: Message, own: tuple[str, ...] = ()) -> ReplyTarget:
    try:
        return reply_target(message.raw, own_addresses=own)
    except Exception as err:  # headers we cannot read: no reply, never a crash in the worker
        return ReplyTarget(None, f"unreadable headers ({type(err).__name__})", None, "")


@dataclass
class AckSummary:
    sent: int = 0
    skipped: int = 0
    deferred: int = 0
    failed: int = 0
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    off: bool = False  # [acknowledge] enabled is false: nothing was tried

    def line(self) -> str:
        if self.off:
            return (
                "acknowledgements are off, none sent: "
                "to send them, set enabled = true in [acknowledge]"
            )
        text = (
            f"acknowledgements: sent {self.sent}, skipped {self.skipped}, "
            f"deferred {self.deferred}, failed {self.failed}"
        )
        return text + (f" ({self.error}; will retry)" if self.error else "")


def send_acknowledgements(
    db: Database, settings: Settings, *, now: datetime | None = None
) -> AckSummary:
    """Send what is owed; a connection failure ends the run and leaves the rest pending."""
    config = ack_settings(settings)
    summary = AckSummary()
    if not config.enabled:
        summary.off = True
        return summary
    now = now or utcnow()
    with db.transaction() as session:
        owed = list(
            session.scalars(
                select(Acknowledgement.id)
                .where(Acknowledgement.status == "pending")
                .order_by(Acknowledgement.id)
                .limit(config.batch)
            )
        )
    if not owed:
        return summary
    smtp = smtp_config(settings)
    try:
        with smtp_connection(smtp, settings) as client:
            for ack_id in owed:
                with db.transaction() as session:
                    outcome = _send_one(session, client, config, ack_id, now)
                setattr(summary, outcome, getattr(summary, outcome) + 1)
    except (smtplib.SMTPException, OSError) as err:
        summary.error = f"SMTP {smtp.host}:{smtp.port}: {type(err).__name__}: {err}"
        log.warning("acknowledgements stopped: %s", summary.error)
    return summary


def _send_one(
    session: Session, client: smtplib.SMTP, config: AckSettings, ack_id: int, now: datetime
) -> str:
    ack = session.get(Acknowledgement, ack_id)
    if ack is None or ack.status != "pending":
        return "skipped"
    message = session.get(Message, ack.message_pk)
    item = session.scalar(select(Resolution).where(Resolution.message_pk == ack.message_pk))
    own = tuple(a for a in (config.from_address, config.reply_to or "") if a)
    target = _target(message, own) if message is not None else None
    reason = _why_not(ack, message, item, target, config, now)
    if reason is not None:
        ack.status, ack.last_error = "skipped", reason
        return "skipped"
    if _sent_in_last_day(session, ack.recipient, now) >= config.max_per_address_per_day:
        ack.last_error = f"deferred: {config.max_per_address_per_day} sent to it in 24 h"
        return "deferred"
    assert message is not None and item is not None and target is not None
    reply = compose_reply(
        target,
        from_address=config.from_address,
        body=_body(ack, item, target, config),
        reply_to=config.reply_to,
    )
    ack.attempts += 1
    try:
        client.send_message(reply)
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as err:
        ack.last_error = f"{type(err).__name__}: {err}"[:1000]
        ack.status = "failed" if ack.attempts >= config.max_attempts else "pending"
        return "failed"
    except (smtplib.SMTPException, OSError) as err:
        ack.last_error = f"{type(err).__name__}: {err}"[:1000]
        raise
    ack.status, ack.sent_at, ack.last_error = "sent", now, None
    return "sent"


def _why_not(
    ack: Acknowledgement,
    message: Message | None,
    item: Resolution | None,
    target: ReplyTarget | None,
    config: AckSettings,
    now: datetime,
) -> str | None:
    """Why this reply must not go out, or None."""
    if message is None or item is None or target is None:
        return "message or review item gone"
    if target.skip_reason:
        return target.skip_reason
    if not config.from_address:
        return "no [acknowledge] from_address"
    since = (message.received_at or message.stored_at) if ack.kind == "received" else ack.created_at
    if _aware(since) < now - timedelta(hours=config.max_age_hours):
        return f"too old (over {config.max_age_hours:g} h): not answered after the fact"
    if item.status in ("rejected", "merged"):
        return f"review item {item.status}"
    if ack.kind == "published" and not config.base_url:
        return "no [publish] base_url for the link"
    return None


def _body(ack: Acknowledgement, item: Resolution, target: ReplyTarget, config: AckSettings) -> str:
    if ack.kind == "published":
        return published_text(target.subject, f"{config.base_url}resolutions/{item.id}.html")
    return received_text(target.subject, item.organisation, item.meeting_date, item.place)


def _sent_in_last_day(session: Session, recipient: str, now: datetime) -> int:
    stamps = session.scalars(
        select(Acknowledgement.sent_at).where(
            Acknowledgement.recipient == recipient, Acknowledgement.status == "sent"
        )
    )
    since = now - timedelta(days=1)
    return sum(1 for stamp in stamps if stamp is not None and _aware(stamp) >= since)


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
