"""TNEF (winmail.dat) from Outlook: the one module that imports tnefparse."""

from __future__ import annotations

from tnefparse.tnef import TNEF

from parsers.charsets import decode_text
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
    body = _body(tnef, here)
    if body is not None:
        new, context = read_body(body)
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


def _body(tnef: TNEF, origin: str) -> Body | None:
    """The plain body, else the HTML one; attBody is bytes in the sender's OEM code page."""
    codepage = getattr(tnef, "codepage", None)  # "cp1252" ..., from attOemCodepage
    plain = _text(getattr(tnef, "body", None), codepage)
    if plain.strip():
        return Body("text/plain", plain, origin=origin)
    html = _text(getattr(tnef, "htmlbody", None), None)
    if html.strip():
        return Body("text/html", html, origin=origin)
    return None


def _text(value: object, codepage: str | None) -> str:
    if isinstance(value, bytes):
        return decode_text(value, codepage)[0]
    return str(value) if value else ""
