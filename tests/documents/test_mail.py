"""Bodies, charsets, forwards, quotes and attachments of the committed mail fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.documents import ReaderLimits
from parsers.extract import read_documents
from parsers.mime import parse_message
from parsers.types import Document

MAIL = Path(__file__).parents[2] / "fixtures" / "mail"


def normalised(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def documents(name: str) -> tuple[Document, ...]:
    return read_documents(parse_message((MAIL / name).read_bytes()), ReaderLimits())


def expected(name: str) -> str:
    return (MAIL / f"{Path(name).stem}.expected.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        pytest.param("koi8-r.eml", False, id="koi8-r"),
        pytest.param("windows-1252.eml", False, id="windows-1252"),
        pytest.param("iso-8859-1.eml", False, id="iso-8859-1"),
        pytest.param("shift-jis.eml", False, id="shift-jis"),
        pytest.param("declared-latin1-but-koi8-r.eml", True, id="declared-charset-lies"),
    ],
)
def test_charsets(name: str, warned: bool) -> None:
    (body,) = documents(name)
    assert body.text.strip() == expected(name)
    assert bool(body.warnings) is warned


def test_html_keeps_paragraphs_and_list_items_drops_scripts_and_pixels() -> None:
    (body,) = documents("html-only.eml")
    assert body.type == "body-html"
    assert normalised(body.text) == normalised(expected("html-only.eml"))
    assert "alert" not in body.text and "preheader" not in body.text


@pytest.mark.parametrize(
    ("name", "origin", "sender"),
    [
        pytest.param(
            "forwarded-attached.eml", "forwarded:1", "Bob <bob@example.org>", id="message-rfc822"
        ),
        pytest.param(
            "forwarded-inline.eml",
            "body/forwarded:1",
            "Bob <bob@example.org>",
            id="inline-forwarded-marker",
        ),
    ],
)
def test_forwarded_messages_keep_their_headers(name: str, origin: str, sender: str) -> None:
    found = {d.origin: d for d in documents(name)}
    forwarded = found[origin]
    assert forwarded.text.strip() == expected(name)
    assert dict(forwarded.headers)["From"] == sender
    assert "Date" in dict(forwarded.headers)
    assert not forwarded.is_context


def test_quoted_reply_and_signature_are_context_after_the_new_text() -> None:
    docs = documents("reply-with-signature.eml")
    assert [(d.origin, d.is_context) for d in docs] == [
        ("body", False),
        ("body/quoted", True),
        ("body/signature", True),
    ]
    assert docs[0].text == expected("reply-with-signature.eml")
    assert "Secretary, GMB Hull branch" in docs[2].text
    assert "[name of organisation]" in docs[1].text


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("apple-inline-pdf.eml", id="pdf-sent-inline"),
        pytest.param("octet-stream-pdf.eml", id="pdf-typed-octet-stream-no-extension"),
        pytest.param("rfc2231-filename.eml", id="rfc2231-file-name"),
    ],
)
def test_attachments_are_read_whatever_their_disposition(name: str) -> None:
    docs = documents(name)
    assert [d.type for d in docs] == ["body-text", "pdf"]
    assert docs[1].name == expected(name)
    assert docs[1].text.startswith("This meeting of Unite Leeds condemns")


def test_rfc2047_subject() -> None:
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen?= <j@example.org>\r\nSubject: =?iso-8859-1?q?R=E9solution?="
        b"\r\nDate: Mon, 3 Jun 2024 10:00:00 +0200\r\n\r\nhello\r\n"
    )
    message = parse_message(raw)
    assert (message.subject, message.sender) == ("Résolution", "Jürgen <j@example.org>")


def test_alternative_takes_html_when_plain_part_is_a_stub() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: s\r\nContent-Type: multipart/alternative; boundary=a"
        b"\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nView this mail in HTML.\r\n--a\r\n"
        b"Content-Type: text/html\r\n\r\n<p>This meeting of Unison Cardiff condemns the arrest"
        b" of Julian Assange and Chelsea Manning.</p>\r\n--a--\r\n"
    )
    (body,) = read_documents(parse_message(raw), ReaderLimits())
    assert body.text.startswith("This meeting of Unison Cardiff")


def test_alternative_takes_plain_when_it_says_as_much() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: s\r\nContent-Type: multipart/alternative; boundary=a"
        b"\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nThis meeting condemns the arrest.\r\n"
        b"--a\r\nContent-Type: text/html\r\n\r\n"
        b"<p>This meeting condemns the arrest.</p>\r\n--a--\r\n"
    )
    (body,) = read_documents(parse_message(raw), ReaderLimits())
    assert (body.type, body.text.strip()) == ("body-text", "This meeting condemns the arrest.")


def test_eml_attachment_typed_octet_stream_is_read_as_a_message() -> None:
    from parsers.documents.reading import read_attachments
    from parsers.sandbox import read_sandboxed
    from parsers.types import Attachment

    data = (MAIL / "forwarded-inline.eml").read_bytes()
    docs = read_attachments(
        (Attachment("x.bin", "application/octet-stream", data),), ReaderLimits(), read_sandboxed
    )
    forwarded = [d for d in docs if d.origin.endswith("forwarded:1")]
    assert forwarded[0].text.strip() == expected("forwarded-inline.eml")
