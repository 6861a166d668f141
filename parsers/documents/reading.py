"""All the documents of one message: bodies split into new text and context, then every
attachment and whatever it holds, each read in the sandbox, within depth and count bounds."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace

from parsers.documents.base import ReaderLimits, Reading
from parsers.documents.bodies import read_body
from parsers.fields.language import SUPPORTED, detect_language
from parsers.types import Attachment, Document, ParsedMessage

FileReader = Callable[[Attachment, ReaderLimits], Reading]


def read_message_documents(
    message: ParsedMessage, limits: ReaderLimits, read: FileReader | None = None
) -> tuple[Document, ...]:
    """New text of the bodies first, then attachments, then quoted replies and signatures."""
    if read is None:
        from parsers.sandbox import read_sandboxed

        read = read_sandboxed
    new: list[Document] = []
    context: list[Document] = []
    for body in message.bodies:
        body_new, body_context = read_body(body, message.subject)
        new.extend(body_new)
        context.extend(body_context)
    files = read_attachments(message.attachments, scan_languages(limits, new), read)
    return tuple(
        new + [d for d in files if not d.is_context] + context + [d for d in files if d.is_context]
    )


def scan_languages(limits: ReaderLimits, new: list[Document]) -> ReaderLimits:
    """Scans are read in the language of the message's own words, and English, when that is
    plain; in all the campaigns' languages when the message says too little to tell (each
    language Tesseract tries costs time on every page). The language is told among the
    campaigns' and every one we hold words for: a Portuguese note's scan is read in Portuguese
    though no campaign lists it."""
    if len(limits.languages) <= 2:
        return limits
    candidates = tuple(dict.fromkeys((*limits.languages, *SUPPORTED)))
    language, sure = detect_language(" ".join(d.text for d in new), candidates)
    if language is None or sure < SURE_OF_LANGUAGE:
        return limits
    english = ("en",) if "en" in limits.languages else ()
    return replace(limits, languages=tuple(dict.fromkeys((language, *english))))


SURE_OF_LANGUAGE = 0.9


def read_attachments(
    attachments: tuple[Attachment, ...], limits: ReaderLimits, read: FileReader
) -> list[Document]:
    documents: list[Document] = []
    queue = deque((attachment, 0) for attachment in attachments)
    while queue:
        attachment, depth = queue.popleft()
        if len(documents) >= limits.max_parts:
            documents.append(_skipped(attachment, f"too many documents (limit {limits.max_parts})"))
            break
        reading = read(attachment, limits)
        documents.extend(reading.documents)
        for child in reading.children:
            if depth + 1 > limits.max_depth:
                documents.append(_skipped(child, f"nested too deeply (limit {limits.max_depth})"))
            else:
                queue.append((child, depth + 1))
    return documents


def _skipped(attachment: Attachment, reason: str) -> Document:
    return Document(
        name=attachment.name,
        origin=attachment.origin,
        type="unknown",
        method="none",
        text="",
        failed=reason,
    )
