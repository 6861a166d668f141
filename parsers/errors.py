"""Errors raised by the pure stages; `intake` wraps them in its own hierarchy at the border."""


class ParseError(Exception):
    """The input cannot be read: the message says why in plain words."""


class DocumentError(ParseError):
    """One document cannot be read; str(err) is the plain reason shown to editors."""
