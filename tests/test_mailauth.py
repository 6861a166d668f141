"""Authentication-Results as our receiving server wrote them; links kept out of receipts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.outbox.mailauth import sender_is_authenticated
from intake.outbox.replies import (
    LINK_REMOVED,
    fold_address,
    reply_target,
    unusable_address,
    without_links,
)

OURS = "mx.campaign.example.org"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param([f"{OURS}; dkim=pass header.d=example.org"], True, id="dkim-aligned"),
        pytest.param([f"{OURS}; dkim=pass header.d=mail.example.org"], True, id="dkim-subdomain"),
        pytest.param([f"{OURS}; spf=pass smtp.mailfrom=bounce@example.org"], True, id="spf"),
        pytest.param([f"{OURS}; dmarc=pass header.from=example.org"], True, id="dmarc"),
        pytest.param([f"{OURS} 1; dkim=pass (good) header.d=Example.ORG"], True, id="version"),
        pytest.param([f"{OURS}; dkim=pass header.d=attacker.example"], False, id="unaligned"),
        pytest.param([f"{OURS}; spf=pass smtp.mailfrom=x@attacker.example"], False, id="spf-away"),
        pytest.param([f"{OURS}; dkim=fail header.d=example.org"], False, id="dkim-fail"),
        pytest.param([f"{OURS}; dkim=neutral header.d=example.org"], False, id="neutral"),
        pytest.param(["mx.other.example; dkim=pass header.d=example.org"], False, id="not-ours"),
        pytest.param(
            [f"{OURS}; dkim=fail header.d=example.org", f"{OURS}; dkim=pass header.d=example.org"],
            False,
            id="only-the-topmost-counts",
        ),
        pytest.param([f"{OURS}; dkim=pass header.d=org"], False, id="bare-suffix"),
        pytest.param([], False, id="none"),
    ],
)
def test_the_trusted_verdict(headers: list[str], expected: bool) -> None:
    assert sender_is_authenticated(headers, "example.org", OURS) is expected


def test_without_a_trusted_id_nobody_is_authenticated() -> None:
    assert not sender_is_authenticated(
        [f"{OURS}; dkim=pass header.d=example.org"], "example.org", None
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("see https://evil.example.net/login", id="scheme"),
        pytest.param("see www.evil.example", id="www"),
        pytest.param("see evil.example.net/pay", id="bare-host"),
        pytest.param("see evil[.]example", id="defanged"),
        pytest.param("see evil\u200b.example", id="zero-width"),
        pytest.param("see evil\uff0eexample", id="fullwidth-dot"),
        pytest.param("mail pay@evil.example", id="address"),
        pytest.param("see hxxps://evil", id="odd-scheme"),
    ],
)
def test_links_are_never_echoed(text: str) -> None:
    assert (
        without_links(text) == f"see {LINK_REMOVED}"
        or without_links(text) == f"mail {LINK_REMOVED}"
    )


@pytest.mark.parametrize(
    "text", ["Resolution from St. Albans", "Unite N.W. 14.03.2024", "Motion 2024.1", "Köln"]
)
def test_plain_words_are_kept(text: str) -> None:
    assert without_links(text) == text


@given(st.text(max_size=200))
def test_no_link_survives_and_stripping_is_idempotent(text: str) -> None:
    once = without_links(text)
    assert "://" not in once and "www." not in once.lower()
    assert without_links(once) == once


@pytest.mark.parametrize(
    ("address", "folded"),
    [("Victim+6@Example.COM", "victim@example.com"), ("a.b@x.org", "a.b@x.org")],
)
def test_addresses_fold_for_the_cap(address: str, folded: str) -> None:
    assert fold_address(address) == folded


@pytest.mark.parametrize(
    "address",
    ['"a b"@x.org', "jörg@x.org", "a@exämple.org", "a\r\n@x.org", "a@x", "a@-x.org", "@x.org"],
)
def test_unusable_addresses(address: str) -> None:
    assert unusable_address(address) is not None


def test_a_plain_address_is_usable() -> None:
    assert unusable_address("jo.bloggs+branch@mail.example.org") is None


def test_huge_input_is_bounded() -> None:
    assert without_links("x" * 1_000_000) == LINK_REMOVED
    assert without_links("word " * 200_000).count("word") <= 400
    many = ", ".join(f"a{n}@example.org" for n in range(50_000))
    raw = f"From: {many}\r\nSubject: x\r\n\r\nbody".encode()
    assert reply_target(raw).address is None
