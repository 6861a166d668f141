"""Text from e-mails as it may reach an editor's terminal: the one function all of it goes
through (`visible`), whatever prints it (rich tables, plain lines, prompts, error lines).

A subject can carry escape sequences (set the window title, clear the screen, an OSC 8 link),
a carriage return that overwrites what an editor reads, bidi overrides that reorder it, and
square brackets that rich would read as markup. Each control or bidi character is shown as a
visible placeholder (ESC as ␛, U+202E as ⟨U+202E⟩), so the editor sees that it is there, and
no text is ever read as markup: the consoles of the desk are made with markup off and get
`Text` objects, never markup strings.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls (U+009B is a one-byte CSI), and the
# characters that change the direction of what follows (Trojan Source, CVE-2021-42574).
_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_C1_AND_BIDI = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _placeholder(match: re.Match[str]) -> str:
    char = match.group(0)
    if char < "\x20":
        return chr(0x2400 + ord(char))  # the Control Pictures block: ␛ ␇ ␍ ...
    if char == "\x7f":
        return "␡"
    return f"⟨U+{ord(char):04X}⟩"


def visible(value: object, *, newlines: bool = True) -> str:
    """`value` as text safe to print: controls and bidi characters as placeholders.

    A CR LF pair is a line end; a lone CR would overwrite the line, so it is shown. Without
    `newlines` (one cell, one line), a newline or tab is a space."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n")
    if not newlines:
        text = text.replace("\n", " ").replace("\t", " ")
    return _HIDDEN.sub(_placeholder, text)


def visible_all(tree: Any) -> Any:
    """Every string inside a dict, list or view dataclass made `visible` (the keys are ours)."""
    if is_dataclass(tree) and not isinstance(tree, type):
        return replace(tree, **{f.name: visible_all(getattr(tree, f.name)) for f in fields(tree)})
    if isinstance(tree, str):
        return visible(tree)
    if isinstance(tree, dict):
        return {key: visible_all(value) for key, value in tree.items()}
    if isinstance(tree, list | tuple):
        return [visible_all(value) for value in tree]
    return tree


def json_text(value: Any, **options: Any) -> str:
    """JSON for scripts that prints safely: json escapes C0 controls itself; DEL, C1 and bidi
    characters are written as \\uXXXX too: the data is unchanged, the terminal safe."""
    import json  # here: piped, the listing prints lines without it

    text = json.dumps(value, ensure_ascii=False, **options)
    return _C1_AND_BIDI.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
