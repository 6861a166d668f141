"""The SMTP client for acknowledgements: stdlib smtplib, TLS, login from the environment.

Settings come from the [smtp] section; the password from INTAKE_SMTP_PASSWORD or
`password_command`, never from the file.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from intake.errors import ConfigError
from intake.sections import SmtpSection
from intake.settings import Settings, secret

SmtpConfig = SmtpSection


def smtp_config(settings: Settings) -> SmtpConfig:
    """The [smtp] section, already checked when settings were built; a host is needed here."""
    if not settings.smtp.host:
        raise ConfigError("acknowledgements are on but [smtp] host is not set")
    return settings.smtp


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
