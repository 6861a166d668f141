"""Builds test messages from the campaign's model text, so tests read like the cases they prove."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = tomllib.loads((ROOT / "intake/campaigns/assange-manning.toml").read_text())["model"].strip()


def filled_model(organisation: str, trailing: str) -> str:
    return MODEL.replace("[name of organisation / group]", organisation).replace(
        "[Date, and place where meeting was held]", trailing
    )


def message(
    body: str,
    *,
    subject: str = "Our resolution",
    sender: str = "Jo <jo@example.org>",
    date: datetime | None = None,
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "resolutions@campaign.example.org"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2024, 3, 15, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="example.org")
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    return bytes(msg)


def resolution_message(
    organisation: str = "Unite North West 522 Branch",
    trailing: str = "Passed unanimously on 14 March 2024 in Manchester",
    **kwargs: object,
) -> bytes:
    body = "Dear campaign,\n\nOur branch passed this:\n\n" + filled_model(organisation, trailing)
    body += "\n\nIn solidarity,\nJo Bloggs\nSecretary\n+44 7700 900123\njo@example.org\n"
    return message(body, **kwargs)  # type: ignore[arg-type]
