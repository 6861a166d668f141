"""Errors raised by the pure stages; `intake` wraps them in its own hierarchy at the border."""


class ParseError(Exception):
    """The input cannot be read: the message says why in plain words."""
