"""Reading bodies and attachments into Documents: see `reading` (table and walk), `sandbox`."""

from parsers.documents.base import Reader, ReaderLimits, Reading

__all__ = ["Reader", "ReaderLimits", "Reading"]
