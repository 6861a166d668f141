"""Outlook's own formats: a .msg file and a TNEF winmail.dat, alone and attached to mail."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.documents import ReaderLimits
from parsers.documents.reading import read_attachments
from parsers.documents.signatures import detect_type
from parsers.extract import read_documents
from parsers.mime import parse_message
from parsers.sandbox import read_sandboxed
from parsers.types import Attachment, Document

FIXTURES = Path(__file__).parents[2] / "fixtures"
DOCS = FIXTURES / "docs"
LIMITS = ReaderLimits(languages=("en",))


def normalised(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def expected(path: Path) -> str:
    return normalised(path.with_name(f"{path.stem}.expected.txt").read_text(encoding="utf-8"))


def read_file(name: str) -> list[Document]:
    data = (DOCS / name).read_bytes()
    attachment = Attachment(name, "application/octet-stream", data)
    return read_attachments((attachment,), LIMITS, read_sandboxed)


@pytest.mark.parametrize(
    ("name", "doc_type"),
    [
        pytest.param("outlook-with-pdf.msg", "msg", id="outlook-msg"),
        pytest.param("winmail.dat", "tnef", id="tnef-winmail-dat"),
    ],
)
def test_outlook_files_are_typed_by_content(name: str, doc_type: str) -> None:
    assert detect_type((DOCS / name).read_bytes()) == doc_type


def test_msg_gives_its_body_then_its_attachment() -> None:
    docs = read_file("outlook-with-pdf.msg")
    origin = "attachment/message:outlook-with-pdf.msg"
    assert [(d.name, d.origin, d.type, d.failed) for d in docs] == [
        ("body", origin, "body-text", None),
        ("Cardiff resolution.pdf", origin, "pdf", None),
    ]
    assert normalised("\n".join(d.text for d in docs)) == expected(DOCS / "outlook-with-pdf.msg")


def test_msg_keeps_subject_sender_and_date() -> None:
    headers = dict(read_file("outlook-with-pdf.msg")[0].headers)
    assert headers == {
        "From": "Cardiff Unison Secretary",
        "Date": "2024-06-08 18:30:00+00:00",
        "Subject": "Resolution passed by Cardiff Unison",
        "To": "Campaign <campaign@example.org>",
    }


def test_winmail_dat_body_in_its_code_page_then_its_attachment() -> None:
    docs = read_file("winmail.dat")
    origin = "attachment/tnef:winmail.dat"
    assert [(d.name, d.origin, d.type, d.failed) for d in docs] == [
        ("body", origin, "body-text", None),
        ("Motion – Ynys Môn.txt", origin, "text", None),  # the long name, not MOTION~1.TXT
    ]
    assert "Ynys Môn" in docs[0].text  # attBody is Windows-1252, not UTF-8
    assert normalised("\n".join(d.text for d in docs)) == expected(DOCS / "winmail.dat")


@pytest.mark.parametrize(
    ("name", "attached_as", "inner"),
    [
        pytest.param(
            "outlook-msg-octet-stream.eml",
            "FW Resolution.msg",
            "Cardiff resolution.pdf",
            id="msg-typed-octet-stream",
        ),
        pytest.param(
            "winmail-dat.eml", "winmail.dat", "Motion – Ynys Môn.txt", id="winmail-dat-ms-tnef"
        ),
    ],
)
def test_outlook_file_attached_to_mail(name: str, attached_as: str, inner: str) -> None:
    path = FIXTURES / "mail" / name
    docs = read_documents(parse_message(path.read_bytes()), LIMITS)
    assert [d.name for d in docs] == ["body", "body", inner]
    assert docs[0].text.strip() == "See attached."
    assert all(attached_as in d.origin for d in docs[1:])
    assert all(d.failed is None and not d.is_context for d in docs)
    assert normalised("\n".join(d.text for d in docs[1:])) == expected(path)
