"""The SMTP client for acknowledgements: stdlib smtplib, TLS, login from the environment.

Settings come from the [smtp] section; the password from INTAKE_SMTP_PASSWORD or
`password_command`, never from the file.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from intake.errors import ConfigError
from intake.settings import Settings, secret

SECURITY = ("starttls", "ssl", "none")  # "none" only for a relay on this machine


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str
    username: str
    timeout: float
    ca_file: str | None


def smtp_config(settings: Settings) -> SmtpConfig:
    section = settings.extra.get("smtp", {})
    security = str(section.get("security", "starttls"))
    if security not in SECURITY:
        raise ConfigError(f"smtp.security {security!r}: use one of {', '.join(SECURITY)}")
    host = str(section.get("host", ""))
    if not host:
        raise ConfigError("acknowledgements are on but smtp.host is not set")
    if security == "none" and host not in ("localhost", "127.0.0.1", "::1"):
        raise ConfigError("smtp.security = 'none' is only allowed for a relay on localhost")
    default_port = {"starttls": 587, "ssl": 465, "none": 25}[security]
    return SmtpConfig(
        host=host,
        port=int(section.get("port", default_port)),
        security=security,
        username=str(section.get("username", "")),
        timeout=float(section.get("timeout", 30)),
        ca_file=str(section["ca_file"]) if section.get("ca_file") else None,
    )


@contextmanager
def smtp_connection(config: SmtpConfig, settings: Settings) -> Iterator[smtplib.SMTP]:
    """A logged-in connection; raises smtplib.SMTPException or OSError when it cannot."""
    context = ssl.create_default_context(cafile=config.ca_file)
    client: smtplib.SMTP
    if config.security == "ssl":
        client = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=context)
    else:
        client = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    try:
        if config.security == "starttls":
            client.starttls(context=context)
        if config.username:
            client.login(config.username, secret(settings, "smtp", "password"))
        yield client
    finally:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
