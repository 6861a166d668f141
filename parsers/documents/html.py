"""HTML to readable text: paragraphs and list items kept; scripts, styles, images, hidden parts go.

Quoted replies (`<blockquote>`) come out prefixed with "> " and signature blocks after a "-- "
line, so the plain-text splitter in `parsers.quoting` can tell them from the new text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "address",
    "center",
    "dl",
    "dt",
    "dd",
}
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "svg", "object"}
_VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[str]] = [[]]
        self.skipping: list[str] = []

    @property
    def parts(self) -> list[str]:
        return self.stack[-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == self.skipping[-1] and tag not in _VOID_TAGS:
                self.skipping.append(tag)
            return
        values = dict(attrs)
        if tag in _SKIP_TAGS or _HIDDEN.search(values.get("style") or ""):
            if tag not in _VOID_TAGS:
                self.skipping.append(tag)
            return
        if tag == "blockquote":
            self.stack.append([])
        elif "signature" in (values.get("class") or "").lower():
            self.parts.append("\n-- \n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "blockquote" and len(self.stack) > 1:
            quoted = tidy("".join(self.stack.pop()))
            self.parts.append("\n" + "\n".join("> " + line for line in quoted.split("\n")) + "\n")
        elif tag in _BLOCK_TAGS or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        while len(self.stack) > 1:  # unclosed blockquotes
            self.handle_endtag("blockquote")
        return tidy("".join(self.parts))


def tidy(text: str) -> str:
    """Collapse runs of spaces, trim lines, keep at most one blank line between paragraphs."""
    text = text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(html: str) -> str:
    """Readable text from HTML: paragraphs kept, scripts, styles and tracking pixels dropped."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return collector.text()
