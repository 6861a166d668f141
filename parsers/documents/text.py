"""Plain-text and HTML files and bodies, and HTML turned into readable text."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from parsers.types import Document

if TYPE_CHECKING:
    from parsers.documents import ReaderLimits

_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
_SKIP_TAGS = {"script", "style", "head", "title"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text from HTML: paragraphs kept, scripts and styles dropped."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = unescape("".join(collector.parts))
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def read_text_file(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Document:
    text = data.decode("utf-8", errors="replace")[: limits.max_chars]
    return Document(name=name, origin=origin, type="text", method="text", text=text)


def read_html_file(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Document:
    text = html_to_text(data.decode("utf-8", errors="replace"))[: limits.max_chars]
    return Document(name=name, origin=origin, type="html", method="text", text=text)
