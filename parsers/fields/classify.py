"""Is a message a resolution, and was it passed? Headers first (RFC 3834), then the words."""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.types import Outcome, ParsedMessage

_AUTO_HEADERS: dict[str, Callable[[str], bool]] = {
    "auto-submitted": lambda v: v.strip().lower() != "no",
    "x-autoreply": lambda v: True,
    "x-autorespond": lambda v: True,
    "precedence": lambda v: v.strip().lower() in {"bulk", "list", "junk", "auto_reply"},
    "list-id": lambda v: True,
}
_PASSED = re.compile(
    r"\b(passed|carried|adopted|unanimous(ly)?|agreed|approved|voted (for|to)|"
    r"beschlossen|verabschiedet|angenommen|einstimmig|adopt[ée]e?s?|vot[ée]e?|unanimit[ée]|"
    r"aprobad[ao]|unanimidad|approvat[ao]|all'unanimit[àa])\b",
    re.IGNORECASE,
)
_PROPOSED = re.compile(
    r"\b(will (move|be moving|propose|table)|to be moved|draft|proposed|we (plan|intend) to)\b",
    re.IGNORECASE,
)
_DEFEATED = re.compile(r"\b(was lost|defeated|voted down|fell|rejected)\b", re.IGNORECASE)


def automatic_reason(message: ParsedMessage) -> str | None:
    """Why this message was sent by a machine (auto-reply, list, bounce), or None."""
    for name, test in _AUTO_HEADERS.items():
        value = message.header(name)
        if value is not None and test(value):
            return f"automatic message ({name}: {value.strip()})"
    content_type = (message.header("content-type") or "").lower()
    if "multipart/report" in content_type:
        return "delivery report (bounce)"
    return None


def outcome_of(text: str) -> Outcome:
    """Passed, proposed or defeated, from the words around the resolution."""
    if _DEFEATED.search(text):
        return "defeated"
    if _PASSED.search(text):
        return "passed"
    if _PROPOSED.search(text):
        return "proposed"
    return "unknown"
