"""Flattens MIME nested too deep before the standard parser sees it (it recurses once per level).

A part nested deeper than the limit keeps its bytes but loses its `multipart/` type, so the parser
reads it as one opaque leaf and every part around it is still read.
"""

from __future__ import annotations

import re

_MULTIPART = re.compile(rb"^content-type:\s*multipart/", re.IGNORECASE)
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)
NEUTRAL_TYPE = b"Content-Type: application/x-mime-nested-too-deep"


def flatten_deep_nesting(raw: bytes, max_depth: int) -> tuple[bytes, bool]:
    """The message with parts below max_depth made opaque, and whether anything was changed."""
    if raw.lower().count(b"boundary") <= max_depth:
        return raw, False
    lines = raw.split(b"\n")
    out: list[bytes] = []
    open_boundaries: list[bytes] = []
    opaque = False
    changed = False
    index = 0
    while index < len(lines):
        line = lines[index]
        closing = _closes(line, open_boundaries)
        if closing is not None:
            del open_boundaries[closing + 1 :]
            if line.rstrip().endswith(b"--") and line.rstrip()[2:-2] == open_boundaries[-1]:
                open_boundaries.pop()
            opaque = False
        elif not opaque and _MULTIPART.match(line):
            header, index = _folded(lines, index)
            boundary = _BOUNDARY.search(header)
            if len(open_boundaries) >= max_depth:
                out.append(NEUTRAL_TYPE + b"\r")
                opaque, changed = True, True
                index += 1
                continue
            if boundary:
                open_boundaries.append(boundary.group(1) or boundary.group(2))
            out.append(header)
            index += 1
            continue
        out.append(line)
        index += 1
    return b"\n".join(out), changed


def _closes(line: bytes, open_boundaries: list[bytes]) -> int | None:
    """The index of the open boundary this delimiter line belongs to, or None."""
    if not line.startswith(b"--"):
        return None
    stripped = line.rstrip()
    for position in range(len(open_boundaries) - 1, -1, -1):
        boundary = open_boundaries[position]
        if stripped in (b"--" + boundary, b"--" + boundary + b"--"):
            return position
    return None


def _folded(lines: list[bytes], index: int) -> tuple[bytes, int]:
    """A header with its continuation lines, and the index of its last line."""
    parts = [lines[index]]
    while index + 1 < len(lines) and lines[index + 1][:1] in (b" ", b"\t"):
        index += 1
        parts.append(lines[index])
    return b"\n".join(parts), index
