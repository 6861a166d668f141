"""Writes one document of an item to a private temporary file, for the editor to open."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from intake.errors import NotFoundError
from intake.queue.actions import get_item
from intake.store.models import Document
from parsers.errors import ParseError
from parsers.mime import parse_message

_UNSAFE = re.compile(r"[^\w.\- ]+")


def write_document(session: Session, item_id: int, which: str | None = None) -> Path:
    """The file as it arrived (an attachment), or the text read from a body, in a temp folder.

    `which` is a document number from `intake queue show`, or its name; default the first
    attachment, else the body.
    """
    item = get_item(session, item_id)
    documents = item.message.documents
    if not documents:
        raise NotFoundError(f"item {item_id} has no documents")
    doc = _choose(documents, which, item_id)
    folder = Path(tempfile.mkdtemp(prefix=f"intake-{item_id}-"))
    data = _original_bytes(item.message.raw, doc)
    name = _UNSAFE.sub("_", doc.name).strip(" .") or "document"
    if data is None:  # a body, or an attachment that came inside another file
        data, name = doc.text.encode("utf-8"), f"{Path(name).stem}.txt"
    target = folder / name
    target.write_bytes(data)
    return target


def _choose(documents: list[Document], which: str | None, item_id: int) -> Document:
    if which is None:
        attachments = [d for d in documents if not d.type.startswith("body")]
        return (attachments or documents)[0]
    if which.isdigit() and 1 <= int(which) <= len(documents):
        return documents[int(which) - 1]
    for doc in documents:
        if doc.name == which:
            return doc
    names = ", ".join(f"{d.position + 1}. {d.name}" for d in documents)
    raise NotFoundError(f"item {item_id} has no document {which!r}: it has {names}")


def _original_bytes(raw: bytes, doc: Document) -> bytes | None:
    if doc.type.startswith("body"):
        return None
    try:
        message = parse_message(raw)
    except ParseError:
        return None
    for attachment in message.attachments:
        if attachment.name == doc.name:
            return attachment.data
    return None
