"""Did our own receiving server vouch for the sender? Authentication-Results (RFC 8601), pure.

Only the topmost Authentication-Results header whose authserv-id is the one we trust counts: a
sender can write any header, and RFC 8601 (section 5) has the receiving server remove copies of
its own id that arrive from outside. The From domain must be aligned (DMARC's relaxed sense) with
a passing DKIM signature (header.d) or SPF check (smtp.mailfrom), or DMARC itself must pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*(?P<method>[a-z0-9_-]+)\s*=\s*(?P<result>[a-z]+)\b(?P<props>.*)$", re.I)
_PROPERTY = re.compile(r"(?P<key>[a-z]+\.[a-z0-9_-]+)\s*=\s*(?P<value>\"[^\"]*\"|[^\s;]+)", re.I)


def sender_is_authenticated(
    header_values: Iterable[str], from_domain: str, trusted_authserv_id: str | None
) -> bool:
    """True when the trusted server's verdict shows the From domain was not forged."""
    if not trusted_authserv_id or not from_domain:
        return False
    verdict = _trusted_verdict(header_values, trusted_authserv_id)
    if verdict is None:
        return False
    for method, result, props in _results(verdict):
        if result != "pass":
            continue
        if method == "dmarc" and aligned(props.get("header.from", ""), from_domain):
            return True
        if method == "dkim" and aligned(props.get("header.d", ""), from_domain):
            return True
        if method == "spf" and aligned(_domain(props.get("smtp.mailfrom", "")), from_domain):
            return True
    return False


def _trusted_verdict(header_values: Iterable[str], trusted: str) -> str | None:
    """The body (after the authserv-id) of the topmost header from our server, or None."""
    for value in header_values:  # in the order they stand in the message: topmost first
        text = _COMMENT.sub(" ", " ".join(value.split()))
        authserv, _, rest = text.partition(";")
        if authserv.split() and authserv.split()[0].lower() == trusted.lower():
            return rest
    return None


def _results(body: str) -> list[tuple[str, str, dict[str, str]]]:
    found = []
    for clause in body.split(";"):
        match = _RESULT.match(clause)
        if match is None:
            continue
        props = {
            p["key"].lower(): p["value"].strip('"').lower()
            for p in _PROPERTY.finditer(match["props"])
        }
        found.append((match["method"].lower(), match["result"].lower(), props))
    return found


def aligned(domain: str, from_domain: str) -> bool:
    """The same domain, or one inside the other (DMARC relaxed alignment, without a suffix list)."""
    a, b = domain.strip(".").lower(), from_domain.strip(".").lower()
    if not a or not b or "." not in a or "." not in b:
        return False
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _domain(address: str) -> str:
    return address.rpartition("@")[2] if "@" in address else address
