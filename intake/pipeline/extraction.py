"""The pure extraction a worker runs on one message, and its configuration: no database here,
so `intake extract` and `intake eval` never import the store (SQLAlchemy and the models).
"""

from __future__ import annotations

import gc
import logging
import os
import re
from dataclasses import replace

from intake.settings import Settings, load_campaigns
from parsers.campaign import campaign_languages
from parsers.documents import ReaderLimits
from parsers.extract import ExtractConfig, MessageResult, extract_message
from parsers.fields.organisation import Registry
from parsers.types import Extraction

log = logging.getLogger("intake.pipeline.process")


def extract_config(settings: Settings, *, registry: Registry = ()) -> ExtractConfig:
    campaigns = load_campaigns(settings)
    limits = ReaderLimits(
        max_bytes=settings.max_attachment_bytes,
        seconds=settings.document_seconds,
        memory_bytes=settings.document_memory_mb * 1024 * 1024,
        languages=campaign_languages(campaigns),  # scans read in the campaigns' languages
    )
    return ExtractConfig(campaigns=campaigns, limits=limits, organisations=registry)


def extract_safely(message_pk: int, raw: bytes, config: ExtractConfig) -> MessageResult:
    """The pure pipeline on one message; a crash becomes that message's failure, never raised.

    Runs in an extraction worker. The log line names the message and the error's type and
    place, never its text: mail text does not belong in an operator's cron log.
    """
    try:
        result = extract_message(raw, config)
    except MemoryError:
        raise  # the worker ends; the parent quarantines the message with the memory limit
    except Exception as err:  # a bug in a stage must not stop the run: quarantine the message
        from intake.store.text import error_place  # the store's module: only when it is needed

        log.error("message %s: extraction crashed (%s)", message_pk, error_place(err))
        return MessageResult(None, Extraction(kind="failed", reason=f"internal error: {err}"))
    return _slim(result)


def failed_result(_message_pk: int, reason: str) -> MessageResult:
    return MessageResult(None, Extraction(kind="failed", reason=reason))


def _slim(result: MessageResult) -> MessageResult:
    """Only what the store keeps travels back from a worker: not the attachments' bytes."""
    if result.message is None:
        return result
    return MessageResult(replace(result.message, attachments=(), bodies=()), result.extraction)


_warmed: list[bool] = []


def warm_up(config: ExtractConfig) -> None:
    """Build the tables extraction loads lazily (gazetteer, date words) here, once, before any
    worker is forked: the workers then share them instead of each spending seconds on its own.
    The document readers too (pdfplumber, python-docx, ...: over a second of imports), which
    the warm-up message, having no attachment, would not load."""
    if _warmed or not config.campaigns:
        return
    import parsers.documents.registry  # noqa: F401

    model = re.sub(r"\[[^\]]*\]", "Example Branch, London, 3 March 2024", config.campaigns[0].model)
    raw = (
        "From: Example Secretary <secretary@example.org>\r\nSubject: Resolution passed\r\n"
        "Date: Mon, 4 Mar 2024 10:00:00 +0000\r\nMessage-ID: <warm-up@example.org>\r\n\r\n"
        f"{model}\r\n"
    )
    extract_safely(0, raw.encode("utf-8"), config)
    _warmed.append(True)
    # What is loaded now lives as long as the process: the cyclic collector leaves it alone,
    # so a full collection in a worker or a document's sandbox (forked from here) neither
    # walks it nor copies its pages.
    gc.freeze()


def default_jobs(jobs: int) -> int:
    """0 means one worker per core this process may use."""
    return jobs if jobs > 0 else max(1, len(os.sched_getaffinity(0)))
