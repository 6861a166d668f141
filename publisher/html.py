"""Turns untrusted resolution text into safe HTML and Markdown; the one module that imports nh3.

Text from an e-mail is never trusted: it is escaped, its links are checked (http and https
only, no credentials, no odd characters), and the HTML we build from it is passed through nh3
with a short allowlist as a second line of defence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

import nh3
from markupsafe import Markup, escape

from publisher.records import Amendment
from publisher.reflow import Paragraph, paragraphs

ALLOWED_TAGS = {"p", "br", "a", "ins", "del", "ul", "li", "strong", "em"}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href"}, "ins": {"class"}, "del": {"class"}}
URL_SCHEMES = {"http", "https"}
_URL = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.I)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\""
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)(\d+)([.)])", re.M)
_MARKDOWN_RULE_START = re.compile(r"^(\s*)([-=])", re.M)
# anything markdown_escape would change: most titles and names hold none of it
_MARKDOWN_ANY = re.compile(r"[\\`*_{}\[\]()#+!|~&<>]|^\s*(?:\d+[.)]|[-=])", re.M)


def safe_url(url: str) -> str | None:
    """The URL if it is a plain http(s) link to a host, else None."""
    if any(ord(ch) < 33 or ch in "\\<>\"'`" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in URL_SCHEMES or not parts.hostname:
        return None
    if parts.username or parts.password:
        return None
    return url


def sanitise(html: str) -> Markup:
    """HTML reduced to the allowlist: no script, no event handler, no style, safe links only."""
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    )
    return Markup(cleaned)  # noqa: S704 - nh3 output is the sanitised form


def text_to_html(text: str, amendments: Sequence[Amendment] = ()) -> Markup:
    """Reflowed paragraphs of escaped text; checked links clickable; added passages marked <ins>."""
    marked = [a.submitted for a in amendments if a.change in ("added", "changed") and a.submitted]
    html = "\n".join(f"<p>{_paragraph(p, marked)}</p>" for p in paragraphs(text))
    return sanitise(html)


def text_to_markdown(text: str) -> str:
    """Reflowed paragraphs as escaped Markdown; lines kept apart (a list) end in a hard break."""
    return "\n\n".join("\\\n".join(map(markdown_escape, lines)) for lines in paragraphs(text))


def _paragraph(lines: Paragraph, marked: Sequence[str]) -> str:
    out = str(escape("\n".join(lines)))
    for passage in marked:
        escaped = str(escape(passage.strip()))
        if escaped and escaped in out:
            out = out.replace(escaped, f'<ins class="amendment">{escaped}</ins>', 1)
    out = _URL.sub(_link, out)
    return out.replace("\n", "<br>\n")


def _link(match: re.Match[str]) -> str:
    raw = match.group(0)
    url = raw.rstrip(_TRAILING_PUNCTUATION)
    tail = raw[len(url) :]
    target = safe_url(url.replace("&amp;", "&"))
    if target is None:
        return raw
    return f'<a href="{escape(target)}">{url}</a>{tail}'


def markdown_escape(text: str) -> str:
    """Plain text as Markdown that renders as the same text: no HTML, no links, no headings."""
    if _MARKDOWN_ANY.search(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _MARKDOWN_LINE_START.sub(r"\1\2\\\3", text)
    return _MARKDOWN_RULE_START.sub(r"\1\\\2", text)
