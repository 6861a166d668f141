"""OLE compound files (legacy Word .doc, Outlook .msg): the one module that imports olefile."""

from __future__ import annotations

import io

import olefile


def ole_kind(data: bytes) -> str:
    """ "doc", "msg" or "ole", by the streams the compound file holds."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = ["/".join(entry) for entry in ole.listdir()]
    except Exception:  # not a readable compound file: let the readers say so
        return "ole"
    if any(stream.startswith("__substg1.0_") for stream in streams):
        return "msg"
    if "WordDocument" in streams:
        return "doc"
    return "ole"
