"""Rows the benchmarks seed their databases with."""

from __future__ import annotations

from typing import Any

from intake.store.models import Message


def stored_message(n: int, **fields: Any) -> Message:
    """Message number n+1, processed, with a token body (the benchmarks never parse it)."""
    return Message(
        id=n + 1,
        source_key=f"bench:{n}",
        source_name="bench",
        sha256=f"{n:064d}",
        raw=b"From: x@example.org\r\n\r\nx",
        size=30,
        status="processed",
        **fields,
    )
