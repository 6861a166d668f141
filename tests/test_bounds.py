"""Bounds: no message can hold a run for long or take unbounded memory. Asserts results and
sizes, never timings (speed is measured in bench/)."""

from __future__ import annotations

import mailbox
import time
from pathlib import Path

from sqlalchemy import select

from intake.pipeline.poll import run_poll
from intake.settings import Settings
from intake.sources.local import EmlDirSource, MaildirSource
from intake.store.models import Message
from parsers.mime import MAX_HEADER_CHARS, MAX_TEXT_CHARS, parse_message
from tests.mail import message, resolution_message

HEAD = b"Date: Mon, 4 Mar 2024 10:00:00 +0000\r\nMessage-ID: <bounds@example.org>\r\n"


def test_a_four_megabyte_header_line_is_read_up_to_its_bound() -> None:
    raw = HEAD + b"From: a@example.org\r\nSubject: " + b"ab " * 1_400_000 + b"\r\n\r\nbody\r\n"
    parsed = parse_message(raw)
    assert 0 < len(parsed.subject) <= MAX_HEADER_CHARS
    assert all(len(value) <= MAX_HEADER_CHARS for _, value in parsed.headers)


def test_a_from_of_fifty_thousand_addresses_is_read_up_to_its_bound() -> None:
    addresses = b", ".join(b"person%d@example.org" % i for i in range(50_000))
    parsed = parse_message(HEAD + b"From: " + addresses + b"\r\nSubject: s\r\n\r\nbody\r\n")
    assert parsed.sender_address == "person0@example.org"
    assert len(dict(parsed.headers)["From"]) <= MAX_HEADER_CHARS


def test_a_ten_megabyte_text_body_is_cut_with_a_warning() -> None:
    body = b"the branch met and talked at length. " * 280_000
    raw = HEAD + b"From: a@example.org\r\nSubject: s\r\nContent-Type: text/plain\r\n\r\n" + body
    (only,) = parse_message(raw).bodies
    assert len(only.text) == MAX_TEXT_CHARS
    assert any("text cut at" in w for w in only.warnings)


def test_local_sources_keep_only_the_head_of_an_over_large_message(tmp_path: Path) -> None:
    big = message("x" * 5000, subject="Large")
    (tmp_path / "big.eml").write_bytes(big)
    (tmp_path / "small.eml").write_bytes(message("short", subject="Small"))
    fetched = {
        m.source_key.rsplit(":", 1)[1]: m for m in EmlDirSource(tmp_path, max_bytes=2000).fetch()
    }
    assert fetched["big.eml"].too_large and b"Subject: Large" in fetched["big.eml"].data
    assert b"xxxx" not in fetched["big.eml"].data and len(fetched["big.eml"].data) < 2000
    assert not fetched["small.eml"].too_large and fetched["small.eml"].data.endswith(b"short\n")


def _inbox(path: Path, count: int) -> Path:
    box = mailbox.Maildir(path, create=True)
    for n in range(count):
        box.add(resolution_message(message_id=f"<bounded-{n}@example.org>"))
    box.close()
    return path


def test_a_message_over_its_time_budget_is_quarantined_and_the_run_goes_on(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, monkeypatch
) -> None:
    """The hang is injected (the real slow inputs are now bounded); the kill is real."""
    import intake.pipeline.extraction

    extract = intake.pipeline.extraction.extract_message

    def hangs_on_the_first(raw: bytes, config):  # type: ignore[no-untyped-def]
        if b"<bounded-0@" in raw:
            time.sleep(60)
        return extract(raw, config)

    monkeypatch.setattr(intake.pipeline.extraction, "extract_message", hangs_on_the_first)
    settings = Settings(message_seconds=1.0)
    summary = run_poll(db, settings, MaildirSource(_inbox(tmp_path / "in", 3)), jobs=2)
    assert (summary.processed, summary.quarantined) == (3, 1)
    with db.transaction() as session:
        rows = {m.message_id: m for m in session.scalars(select(Message))}
    stuck = rows["<bounded-0@example.org>"]
    assert stuck.status == "failed" and "longer than its budget of 1 s" in (stuck.error or "")
    assert {m.status for k, m in rows.items() if k != stuck.message_id} == {"processed"}


def test_a_message_over_its_memory_budget_is_quarantined(db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The allocation is injected; the limit that stops it is the real address-space limit."""
    import intake.pipeline.extraction

    extract = intake.pipeline.extraction.extract_message

    def allocates(raw: bytes, config):  # type: ignore[no-untyped-def]
        if b"<bounded-1@" in raw:
            return len(bytearray(3 * 1024**3))
        return extract(raw, config)

    monkeypatch.setattr(intake.pipeline.extraction, "extract_message", allocates)
    settings = Settings(message_memory_mb=1536)
    summary = run_poll(db, settings, MaildirSource(_inbox(tmp_path / "in", 3)), jobs=1)
    assert (summary.processed, summary.quarantined) == (3, 1)
    with db.transaction() as session:
        row = session.scalars(
            select(Message).where(Message.message_id == "<bounded-1@example.org>")
        ).one()
    assert row.status == "failed" and "memory limit of 1536 MiB" in (row.error or "")


def test_max_seconds_covers_processing(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With no time left, nothing is taken for processing: the messages wait, stored."""
    summary = run_poll(db, Settings(), MaildirSource(_inbox(tmp_path / "in", 3)), max_seconds=0)
    assert summary.processed == 0
    with db.transaction() as session:
        assert {m.status for m in session.scalars(select(Message))} == {"new"}


def test_a_message_in_hand_when_the_run_time_ends_goes_back_untouched(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, monkeypatch
) -> None:
    """`--max-seconds` stops the message in hand too; it is not a failure and not an attempt.

    The slow extraction is injected; the stop and the hand-back are real.
    """
    import intake.pipeline.extraction
    from intake.pipeline.extraction import warm_up
    from intake.pipeline.processing import open_pipeline, process_waiting

    pipeline = open_pipeline(db, Settings(), jobs=1)
    warm_up(pipeline.config)  # before the slow extraction is put in its place
    monkeypatch.setattr(
        intake.pipeline.extraction, "extract_message", lambda raw, config: time.sleep(60)
    )
    run_poll(db, Settings(), MaildirSource(_inbox(tmp_path / "in", 1)), process=False)
    done = process_waiting(db, pipeline, deadline=time.monotonic() + 2)
    assert (done.processed, done.skipped) == (0, 1)
    with db.transaction() as session:
        row = session.scalars(select(Message)).one()
    assert (row.status, row.attempts, row.claimed_by) == ("new", 0, None)
