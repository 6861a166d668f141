"""Where a signature block starts: the one detector for extraction, quoting and the public scrub.

Two kinds of line open a signature: a delimiter (`-- `, a rule, a phone's "Sent from my ..."
footer), which opens it wherever it stands, and a closing formula on a line of its own ("In
solidarity,", "Mit solidarischen Grüßen"), which opens it only near the end of a text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.fields.languages import SIGN_OFFS, alternation, words

TAIL_LINES = 10  # a closing further from the end than this is part of the text

DELIMITER = re.compile(
    r"^(?:--|__+|—|" + "|".join(words("SENT_FROM_DEVICE")) + r")\s*$", re.IGNORECASE
)
# Closing formulas of every language we hold words for, as written on a line of their own.
SIGN_OFF = re.compile(r"^(?:" + "|".join(SIGN_OFFS) + r")[\s,.!]*$", re.IGNORECASE)


def is_delimiter(line: str) -> bool:
    """A line that opens a signature wherever it stands."""
    return bool(DELIMITER.match(line.strip()))


_OPENS_WITH_SIGN_OFF = alternation(SIGN_OFFS)


def opens_with_sign_off(line: str) -> bool:
    """A short line that starts with a closing formula, a name may follow ("In solidarity, Jo"):
    where extraction looks for the body a signature names."""
    line = line.strip()
    return len(line) < 40 and bool(_OPENS_WITH_SIGN_OFF.match(line))


def is_sign_off(line: str) -> bool:
    """A closing formula alone on its line ("In solidarity,")."""
    return bool(SIGN_OFF.match(line.strip()))


def signature_start(lines: Sequence[str], *, tail: int = TAIL_LINES) -> int:
    """The index of the first line of a trailing signature block, else len(lines)."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    for index in range(max(0, last - tail), last):
        if is_delimiter(lines[index]) or is_sign_off(lines[index]):
            return index
    return len(lines)
