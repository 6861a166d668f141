"""Log output for operators: plain text, or JSON lines (`--log-format json`) for log collectors."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

LOG_FORMATS = ("text", "json")


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message (and the error, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (test runners swap it)."""

    @property
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def configure_logging(log_format: str, *, level: int) -> None:
    """Replace the root handlers: text as `LEVEL logger: message`, or JSON lines, on stderr."""
    handler = _StderrHandler()
    if log_format == "json":
        handler.setFormatter(JsonLinesFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Alembic says "Context impl SQLiteImpl." at INFO at every schema check: noise in a log.
    logging.getLogger("alembic").setLevel(level if level <= logging.DEBUG else logging.WARNING)


def error_line(message: str, *, log_format: str, exit_code: int) -> str:
    """The line an error ends a run with: `intake: ...`, or a JSON object like every log line."""
    if log_format != "json":
        return f"intake: {message}"
    entry = {
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "level": "error",
        "logger": "intake",
        "message": message,
        "exit_code": exit_code,
    }
    return json.dumps(entry, ensure_ascii=False)


def requested_format(args: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The log format asked for, known even when the settings could not be read: the
    --log-format option, else $INTAKE_LOG_FORMAT, else `log_format` in the config file."""
    env = os.environ if environ is None else environ
    for index, arg in enumerate(args):
        if arg == "--log-format" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--log-format="):
            return arg.partition("=")[2]
    if env.get("INTAKE_LOG_FORMAT"):
        return env["INTAKE_LOG_FORMAT"]
    return _configured_format(args, env)


def _configured_format(args: Sequence[str], env: Mapping[str, str]) -> str:
    from intake.settings import load_settings

    config = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "--config"), None)
    try:
        return load_settings(config, environ=env).log_format
    except Exception:  # noqa: BLE001 - the error being reported may be this very file
        return "text"
