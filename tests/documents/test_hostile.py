"""Hostile input: each ends as a failed document with a plain reason; the rest is still read."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.charsets import decode_text
from parsers.documents import ReaderLimits, Reading, registry
from parsers.documents.html import html_to_text
from parsers.documents.reading import read_message_documents
from parsers.errors import ParseError
from parsers.mime import parse_message
from parsers.quoting import split_text
from parsers.sandbox import read_sandboxed
from parsers.types import Attachment, Body, ParsedMessage

from . import bombs

LIMITS = ReaderLimits(seconds=20)


def failure(data: bytes, limits: ReaderLimits = LIMITS) -> str | None:
    (document,) = read_sandboxed(Attachment("hostile", "application/pdf", data), limits).documents
    assert document.text == ""
    return document.failed


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(bombs.zip_bomb_docx, "too large: unpacks to", id="zip-bomb-docx"),
        pytest.param(
            bombs.many_pages_pdf, "too large: 10000 pages (limit 200)", id="pdf-10000-pages"
        ),
        pytest.param(bombs.reference_loop_pdf, "damaged PDF", id="pdf-reference-loop"),
        pytest.param(bombs.encrypted_pdf, "encrypted PDF", id="pdf-with-password"),
        pytest.param(bombs.decompression_bomb_png, "too large:", id="decompression-bomb-png"),
    ],
)
def test_bombs_fail_with_a_plain_reason(make: Callable[[], bytes], reason: str) -> None:
    assert (failure(make()) or "").startswith(reason)


def test_attachment_over_the_size_limit() -> None:
    data = b"%PDF-1.4\n" + b"0" * (50 * 1024 * 1024)
    assert failure(data) == f"too large: {len(data)} bytes (limit {LIMITS.max_bytes})"


def _sleeps(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    time.sleep(30)
    raise AssertionError("not reached")


def _allocates(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    # bytes(n) maps zeroed pages without writing them: the 512 MiB address-space limit is what
    # stops it, at once. A bytearray writes every page first: under load the 1 s timeout came
    # before the limit and the reason read "timed out". Without the limit all 6.4 GB would map.
    hoard = [bytes(64 * 1024 * 1024) for _ in range(100)]
    raise AssertionError(len(hoard))


def _dies(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    import faulthandler

    faulthandler.disable()  # keep the expected crash quiet
    os.abort()


@pytest.mark.parametrize(
    ("reader", "reason"),
    [
        pytest.param(_sleeps, "timed out after 1 s", id="hang"),
        pytest.param(_allocates, "too large: ran out of memory", id="memory"),
        pytest.param(_dies, "reader crashed (SIGABRT)", id="crash"),
    ],
)
def test_sandbox_contains_a_bad_reader(
    monkeypatch: pytest.MonkeyPatch, reader: Callable[..., Reading], reason: str
) -> None:
    monkeypatch.setitem(registry.READERS, "text", reader)  # children are forked: they see it
    limits = ReaderLimits(seconds=1, memory_bytes=512 * 1024 * 1024)
    started = time.monotonic()
    assert (failure(b"plain text", limits) or "").startswith(reason)
    assert time.monotonic() - started < 5


def test_one_bad_attachment_does_not_stop_the_rest() -> None:
    message = ParsedMessage(
        message_id=None,
        subject="s",
        sender="a",
        sender_address=None,
        date=None,
        headers=(),
        bodies=(Body("text/plain", "Resolution attached."),),
        attachments=(
            Attachment("bomb.docx", "application/octet-stream", bombs.zip_bomb_docx()),
            Attachment("big.pdf", "application/pdf", bombs.many_pages_pdf()),
            Attachment("r.txt", "text/plain", b"This meeting condemns the arrest."),
        ),
    )
    docs = read_message_documents(message, LIMITS)
    assert [(d.name, d.failed is None) for d in docs] == [
        ("body", True),
        ("bomb.docx", False),
        ("big.pdf", False),
        ("r.txt", True),
    ]
    assert docs[-1].text == "This meeting condemns the arrest."


def test_mime_nested_1000_deep_still_reads_the_other_parts() -> None:
    message = parse_message(bombs.nested_mime(1000))
    assert message.bodies[0].text.strip() == "Our resolution is attached."
    assert [a.name for a in message.attachments] == ["resolution.txt"]
    assert any("nested deeper" in defect for defect in message.defects)


def test_zip_nesting_is_bounded() -> None:
    import io
    import zipfile

    from parsers.documents.reading import read_attachments

    data = b"This meeting condemns the arrest."
    for level in range(8):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(f"level{level}.zip" if level else "r.txt", data)
        data = buffer.getvalue()
    docs = read_attachments(
        (Attachment("deep.zip", "application/zip", data),),
        ReaderLimits(max_depth=3),
        read_sandboxed,
    )
    assert docs[-1].failed == "nested too deeply (limit 3)"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "koi8-r", "latin-1", "bogus"]))
def test_decode_text_never_raises(data: bytes, declared: str | None) -> None:
    text, charset, _ = decode_text(data, declared)
    assert isinstance(text, str) and charset


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_html_and_quote_splitting_never_raise(text: str) -> None:
    html_to_text(text)
    split = split_text(text, "Fwd: x")
    assert all(line in text for line in split.new.splitlines())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_parse_message_raises_only_parse_error(data: bytes) -> None:
    with contextlib.suppress(ParseError):
        parse_message(b"From: a@example.org\r\nSubject: x\r\n" + data)
