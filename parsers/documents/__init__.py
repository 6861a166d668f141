"""Reading bodies and attachments into Documents: see `reading` (the table and the walk) and `sandbox`."""

from parsers.documents.base import Reader, ReaderLimits, Reading

__all__ = ["Reader", "ReaderLimits", "Reading"]
