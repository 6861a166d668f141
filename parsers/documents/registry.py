"""The reader for each detected type, and reading one file in the current process.

Types come from the file's content (`signatures.detect_type`), never from the declared type;
the declared type only decides between plain text and HTML when the content does not.
"""

from __future__ import annotations

from parsers.documents import archive, doc, docx, image, mail, msg, odt, pdf, rtf, text, tnef
from parsers.documents.base import Reader, ReaderLimits, Reading, single
from parsers.documents.signatures import detect_type
from parsers.errors import DocumentError
from parsers.types import Attachment, Document

READERS: dict[str, Reader] = {
    "pdf": pdf.read_pdf,
    "docx": docx.read_docx,
    "odt": odt.read_odt,
    "zip": archive.read_zip,
    "rtf": rtf.read_rtf,
    "doc": doc.read_doc,
    "msg": msg.read_msg,
    "tnef": tnef.read_tnef,
    "image": image.read_image,
    "eml": mail.read_eml,
    "html": text.read_html_file,
    "text": text.read_text_file,
}


def read_file(attachment: Attachment, limits: ReaderLimits) -> Reading:
    """Read one attachment here and now; never raises for bad input, marks the document failed."""
    if len(attachment.data) > limits.max_bytes:
        return single(
            failed(
                attachment,
                "unknown",
                f"too large: {len(attachment.data)} bytes (limit {limits.max_bytes})",
            )
        )
    type_name = detect_type(attachment.data)
    if type_name == "text" and "html" in attachment.content_type.lower():
        type_name = "html"
    reader = READERS.get(type_name)
    if reader is None:
        return single(
            failed(
                attachment, type_name, f"unsupported type ({attachment.content_type}, {type_name})"
            )
        )
    try:
        return reader(attachment.name, attachment.origin, attachment.data, limits)
    except DocumentError as err:
        return single(failed(attachment, type_name, str(err)))
    except MemoryError:
        return single(failed(attachment, type_name, "too large: ran out of memory"))
    except RecursionError:
        return single(failed(attachment, type_name, f"damaged {type_name}: nested too deeply"))
    except Exception as err:  # untrusted input: any library error is a failed document
        return single(failed(attachment, type_name, f"could not read {type_name}: {err}"))


def failed(attachment: Attachment, type_name: str, reason: str) -> Document:
    return Document(
        name=attachment.name,
        origin=attachment.origin,
        type=type_name,
        method="none",
        text="",
        failed=reason,
    )
