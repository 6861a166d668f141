"""Acknowledgements to senders: owed when a message is processed or published, sent later.

Queueing is a row in `acknowledgements` (once per message and kind), written by the pipeline in
its own short transaction after the processing's commit (`owe_received`), never inside
extraction's; nothing is sent there. `intake acknowledge` (or the end of `intake publish`) sends
what is owed, each in its own transaction, so a failed send is that reply's failure, retried by
the next run, and never holds up intake or the replies behind it. Off by default:
`[acknowledge] enabled = true`.

A "received" reply goes out only when our receiving server vouched for the sender (SPF or DKIM
aligned with From, see intake.outbox.mailauth), or once an editor has approved the item: anyone can
put any address in From, and a receipt must not become a way to mail strangers.
"""

from __future__ import annotations

import logging
import smtplib
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.orm import Session

from intake.outbox.replies import (
    ReplyTarget,
    compose_reply,
    fold_address,
    published_text,
    received_text,
    reply_target,
)
from intake.outbox.smtp import smtp_config, smtp_connection
from intake.sections import AckSection
from intake.settings import Settings
from intake.store.db import Database
from intake.store.models import Acknowledgement, Message, Resolution, utcnow
from intake.store.statuses import AckStatus, move

log = logging.getLogger(__name__)
KINDS = ("received", "published")


AckSettings = AckSection
OWED = (AckStatus.PENDING, AckStatus.HELD)  # what a run of `intake acknowledge` looks at
EDITOR_ACTED = ("approved", "published")  # an unauthenticated sender is answered only then
HELD = (
    "held: the sender is not authenticated by our server; "
    "the receipt goes out once an editor approves the item"
)


def ack_settings(settings: Settings) -> AckSection:
    return settings.acknowledge


def owe_received(db: Database, *message_pks: int) -> None:
    """After these messages' processing committed: owe each sender a "received" reply, once.

    A crash between the two commits loses only the replies: reprocessing a message owes it again.
    """
    if not message_pks:
        return
    kind = "received"
    already = select(Acknowledgement.message_pk).where(
        Acknowledgement.message_pk.in_(message_pks), Acknowledgement.kind == kind
    )
    owed = (
        select(Message.id, Message.raw)
        .where(Message.id.in_(message_pks), Message.id.not_in(already))
        .order_by(Message.id)
    )
    with db.transaction() as session:  # in SQLAlchemy Core: one read, one insert for the group
        rows = [acknowledgement_row(pk, raw, kind) for pk, raw in session.execute(owed)]
        if rows:
            session.execute(insert(Acknowledgement.metadata.tables["acknowledgements"]), rows)


def queue_acknowledgement(session: Session, message: Message, kind: str) -> None:
    """Owe the sender a reply of this kind, once; an ineligible sender is recorded as skipped."""
    exists = session.scalar(
        select(Acknowledgement.id).where(
            Acknowledgement.message_pk == message.id, Acknowledgement.kind == kind
        )
    )
    if exists is not None:
        return
    session.add(Acknowledgement(**acknowledgement_row(message.id, message.raw, kind)))


def acknowledgement_row(message_pk: int, raw: bytes, kind: str) -> dict[str, Any]:
    """The columns of a reply owed to a message's sender: pending, or skipped with the reason.
    Publishing queues replies in bulk with the same rows."""
    target = _target_of(raw)
    return {
        "message_pk": message_pk,
        "kind": kind,
        "recipient": _printable(target.address or "")[:500],
        "status": (AckStatus.SKIPPED if target.skip_reason else AckStatus.PENDING).value,
        "last_error": target.skip_reason,
    }


def _printable(address: str) -> str:
    """What the table keeps to show an operator: a refused address may hold anything."""
    return "".join(c if c.isascii() and c.isprintable() else "?" for c in address)


def _target(
    message: Message, own: tuple[str, ...] = (), trusted_authserv_id: str | None = None
) -> ReplyTarget:
    return _target_of(message.raw, own, trusted_authserv_id)


def _target_of(
    raw: bytes, own: tuple[str, ...] = (), trusted_authserv_id: str | None = None
) -> ReplyTarget:
    try:
        return reply_target(raw, own_addresses=own, trusted_authserv_id=trusted_authserv_id)
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

    @property
    def has_news(self) -> bool:
        """Something was sent, failed or went wrong: worth a line in a cron mail."""
        return bool(self.sent or self.failed or self.error)

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
    """Send what is owed; a lost connection ends the run and leaves the rest for the next one."""
    config = ack_settings(settings)
    summary = AckSummary()
    if not config.enabled:
        summary.off = True
        return summary
    now = now or utcnow()
    with db.transaction() as session:
        owed = _owed(session, config.batch)
    if not owed:
        return summary
    smtp = smtp_config(settings)
    send = _Sender(config, settings.publish.base_url, now)
    try:
        with smtp_connection(smtp, settings) as client:
            for ack_id in owed:
                with db.transaction() as session:  # each reply's outcome commits on its own
                    outcome = send.one(session, client, ack_id)
                if outcome == "stopped":
                    break
                setattr(summary, outcome, getattr(summary, outcome) + 1)
    except (smtplib.SMTPException, OSError) as err:
        send.error = send.error or f"{type(err).__name__}: {err}"
    if send.error:
        summary.error = f"SMTP {smtp.host}:{smtp.port}: {send.error}"
        log.warning("acknowledgements stopped: %s", summary.error)
    return summary


def _owed(session: Session, batch: int) -> list[int]:
    """Pending replies, and held receipts whose item an editor has approved since."""
    acted = select(Resolution.message_pk).where(Resolution.status.in_(EDITOR_ACTED))
    return list(
        session.scalars(
            select(Acknowledgement.id)
            .where(
                or_(
                    Acknowledgement.status == AckStatus.PENDING.value,
                    and_(
                        Acknowledgement.status == AckStatus.HELD.value,
                        Acknowledgement.message_pk.in_(acted),
                    ),
                )
            )
            .order_by(Acknowledgement.id)
            .limit(batch)
        )
    )


@dataclass
class _Sender:
    """Decides and sends one reply at a time; `error` is set when the connection was lost."""

    config: AckSection
    base_url: str
    now: datetime
    error: str | None = None
    # (folded recipient, sent at, campaign) of the last day's replies: read once, then kept up
    recent: list[tuple[str, datetime, str | None]] | None = None

    def one(self, session: Session, client: smtplib.SMTP, ack_id: int) -> str:
        ack = session.get(Acknowledgement, ack_id)
        if ack is None or ack.status not in OWED:
            return "skipped"
        message = session.get(Message, ack.message_pk)
        item = session.scalar(select(Resolution).where(Resolution.message_pk == ack.message_pk))
        target = _target(message, self._own(), self.config.trusted_authserv_id) if message else None
        if message is None or item is None or target is None:
            _decide(ack, AckStatus.SKIPPED, "message or review item gone")
            return "skipped"
        reason = _why_not(ack, message, item, target, self.config, self.base_url, self.now)
        if reason == HELD:
            _decide(ack, AckStatus.HELD, HELD)
            return "deferred"
        if reason is not None:
            _decide(ack, AckStatus.SKIPPED, reason)
            return "skipped"
        limit = self._over_limit(session, ack, item)
        if limit is not None:
            _decide(ack, AckStatus.PENDING, limit)
            return "deferred"
        return self._send(client, ack, item, target)

    def _own(self) -> tuple[str, ...]:
        return tuple(a for a in (self.config.from_address, self.config.reply_to or "") if a)

    def _over_limit(self, session: Session, ack: Acknowledgement, item: Resolution) -> str | None:
        if self.recent is None:
            self.recent = _sent_since(session, self.now - timedelta(days=1))
        hour = self.now - timedelta(hours=1)
        campaign = sum(1 for _, at, c in self.recent if at >= hour and c == item.campaign)
        if campaign >= self.config.max_per_hour:
            return f"deferred: {self.config.max_per_hour} replies sent for the campaign this hour"
        folded = fold_address(ack.recipient)
        same = sum(1 for to, _, _ in self.recent if to == folded)
        if same >= self.config.max_per_address_per_day:
            return f"deferred: {self.config.max_per_address_per_day} sent to it in 24 h"
        return None

    def _send(
        self, client: smtplib.SMTP, ack: Acknowledgement, item: Resolution, target: ReplyTarget
    ) -> str:
        ack.attempts += 1
        try:
            reply = compose_reply(
                target,
                from_address=self.config.from_address,
                body=_body(ack, item, target, self.base_url),
                reply_to=self.config.reply_to,
            )
            client.send_message(reply)
        except Exception as err:  # noqa: BLE001 - whatever one reply does, it is that reply's
            return self._failed(client, ack, err)
        _decide(ack, AckStatus.SENT, None)
        ack.sent_at = self.now
        if self.recent is not None:
            self.recent.append((fold_address(ack.recipient), self.now, item.campaign))
        return "sent"

    def _failed(self, client: smtplib.SMTP, ack: Acknowledgement, err: Exception) -> str:
        ack.last_error = f"{type(err).__name__}: {err}"[:1000]
        retry = _transient(err) and ack.attempts < self.config.max_attempts
        move(ack, AckStatus.PENDING if retry else AckStatus.FAILED)
        if _connection_lost(err):
            self.error = ack.last_error
            return "stopped"
        with suppress(smtplib.SMTPException, OSError):  # a clean state for the next reply
            client.rset()
        return "failed"


def _decide(ack: Acknowledgement, status: AckStatus, why: str | None) -> None:
    """The reply's new status, checked against the table of moves, and why (None when sent)."""
    move(ack, status)
    ack.last_error = why


def _connection_lost(err: Exception) -> bool:
    if isinstance(err, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(err, smtplib.SMTPResponseException) and err.smtp_code == 421:
        return True
    return isinstance(err, OSError) and not isinstance(err, smtplib.SMTPException)


def _transient(err: Exception) -> bool:
    """A 4xx answer or a lost connection may go through later; a 5xx or a bad address never."""
    if _connection_lost(err):
        return True
    if isinstance(err, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in err.recipients.values())
    if isinstance(err, smtplib.SMTPResponseException):
        return 400 <= err.smtp_code < 500
    return False


def _why_not(
    ack: Acknowledgement,
    message: Message,
    item: Resolution,
    target: ReplyTarget,
    config: AckSection,
    base_url: str,
    now: datetime,
) -> str | None:
    """Why this reply must not go out (now, or HELD until an editor acts), or None."""
    if target.skip_reason:
        return target.skip_reason
    if not config.from_address:
        return "no [acknowledge] from_address"
    if item.status in ("rejected", "merged"):
        return f"review item {item.status}"
    since = (message.received_at or message.stored_at) if ack.kind == "received" else ack.created_at
    if ack.kind == "received" and not target.authenticated:
        if item.status not in EDITOR_ACTED:
            return HELD
        if item.status == "published":
            return "published before the receipt could go: the published reply says it all"
        since = max(_aware(since), _aware(item.approved_at or item.updated_at))
    if _aware(since) < now - timedelta(hours=config.max_age_hours):
        return f"too old (over {config.max_age_hours:g} h): not answered after the fact"
    if ack.kind == "published" and not base_url:
        return "no [publish] base_url for the link"
    return None


def _body(ack: Acknowledgement, item: Resolution, target: ReplyTarget, base_url: str) -> str:
    if ack.kind == "published":
        return published_text(target.subject, f"{base_url}resolutions/{item.id}.html")
    return received_text(target.subject, item.organisation, item.meeting_date, item.place)


def _sent_since(session: Session, since: datetime) -> list[tuple[str, datetime, str | None]]:
    """(folded recipient, sent at, campaign) of every reply sent since `since`."""
    rows = session.execute(
        select(Acknowledgement.recipient, Acknowledgement.sent_at, Resolution.campaign)
        .outerjoin(Resolution, Resolution.message_pk == Acknowledgement.message_pk)
        .where(Acknowledgement.status == "sent", Acknowledgement.sent_at >= since)
    )
    stamped = [(fold_address(to), _aware(at), c) for to, at, c in rows if at is not None]
    return [row for row in stamped if row[1] >= since]


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
