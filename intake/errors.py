"""The one hierarchy of errors the project raises, and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of `intake`, documented in the README; scripts and cron rely on them."""

    OK = 0
    FAILURE = 1  # an unexpected error: a bug, reported with --debug
    USAGE = 2  # bad arguments (click's own code for usage errors)
    CONFIG = 3  # missing or invalid configuration
    DATABASE = 4  # database unreachable or schema behind
    MAILBOX = 5  # mailbox unreachable, login refused, folder missing
    LOCKED = 6  # another run holds the lock
    PARTIAL = 7  # the run finished but some messages failed
    NOT_FOUND = 8  # an unknown id
    CONFLICT = 9  # someone else changed the item since it was shown
    EXPORT = 10  # publication failed
    NO_MATCH = 11  # a filter matched no item (like grep's 1: scripts can tell "none" from "error")
    TERMINAL = 12  # the terminal went away during `intake review`; every finished action is kept


class IntakeError(Exception):
    """Base of every error we raise on purpose; the message says what to do."""

    exit_code = ExitCode.FAILURE


class ConfigError(IntakeError):
    exit_code = ExitCode.CONFIG


class DatabaseError(IntakeError):
    exit_code = ExitCode.DATABASE


class SchemaBehindError(DatabaseError):
    pass


class MailboxError(IntakeError):
    exit_code = ExitCode.MAILBOX


class LockHeldError(IntakeError):
    exit_code = ExitCode.LOCKED


class PartialFailureError(IntakeError):
    """The run finished, but some messages could not be stored (they stay on the server)."""

    exit_code = ExitCode.PARTIAL


class NotFoundError(IntakeError):
    exit_code = ExitCode.NOT_FOUND


class ConflictError(IntakeError):
    exit_code = ExitCode.CONFLICT


class NoMatchError(IntakeError):
    exit_code = ExitCode.NO_MATCH


class TerminalLostError(IntakeError):
    exit_code = ExitCode.TERMINAL


class ValidationError(IntakeError):
    """An editor's input that cannot be accepted (a date like 31/02/2020, an unknown reason)."""

    exit_code = ExitCode.USAGE


class NoOutputFolderError(IntakeError):
    """`publish` or `export` without --out and without a configured folder."""

    exit_code = ExitCode.USAGE


class ExportError(IntakeError):
    exit_code = ExitCode.EXPORT
