"""TNEF (winmail.dat) from Outlook: the one module that imports tnefparse."""

from __future__ import annotations

from tnefparse.tnef import TNEF

from parsers.documents.base import ReaderLimits, Reading
from parsers.documents.bodies import read_body
from parsers.errors import DocumentError
from parsers.types import Attachment, Body, Document


def read_tnef(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    try:
        tnef = TNEF(data)
    except Exception as err:  # tnefparse raises bare ValueErrors and struct errors
        raise DocumentError(f"could not read winmail.dat: {err}") from err
    here = f"{origin}/tnef:{name}"
    documents: tuple[Document, ...] = ()
    body = _text(getattr(tnef, "body", None)) or _text(getattr(tnef, "htmlbody", None))
    if body:
        kind = "text/plain" if _text(getattr(tnef, "body", None)) else "text/html"
        new, context = read_body(Body(kind, body, origin=here))  # type: ignore[arg-type]
        documents = new + context
    children = tuple(
        Attachment(
            str(a.long_filename() or a.name or "attachment"),
            "application/octet-stream",
            bytes(a.data),
            origin=here,
        )
        for a in tnef.attachments
        if a.data
    )
    return Reading(documents, children)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value) if value else ""
