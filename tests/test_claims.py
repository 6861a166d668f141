"""Claims and per-message failure: each message processed once, a killed run's claim taken again,
a message that never finishes quarantined, and text the database refuses never stopping a run.
On real SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import mailbox
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from intake.pipeline.poll import run_poll
from intake.pipeline.process import EXTRACTION_VERSION
from intake.pipeline.processing import open_pipeline, process_one, process_waiting
from intake.pipeline.reprocess import reprocess_messages
from intake.queue.listing import list_items
from intake.settings import Settings
from intake.sources.base import FetchedMessage
from intake.sources.local import MaildirSource
from intake.store.claims import ClaimPolicy, claim, new_token
from intake.store.messages import StoreResult, store_raw
from intake.store.models import AuditEntry, Message, Resolution
from intake.store.text import storable_text
from tests.mail import message, resolution_message

ORG = "Northfold Tenants Branch"
TRAILING = "Passed on 3 March 2024 in Inverness"


def _resolution(**kwargs: object) -> bytes:
    return resolution_message(ORG, TRAILING, **kwargs)


def _store(db, key: str, data: bytes) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return store_raw(session, FetchedMessage(key, data), "test").message_pk


def _maildir(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.Maildir(path, create=True)
    for data in messages:
        box.add(data)
    box.close()
    return path


NUL_SUBJECT = (
    b"From: Sam <sam@example.org>\r\nSubject: =?utf-8?q?Resolution=00?=\r\n"
    b"Date: Mon, 4 Mar 2024 10:00:00 +0000\r\nMessage-ID: <nul-subject@example.org>\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Our branch passed this=00 motion.=00\r\n"
)


def test_nul_in_subject_and_body_is_stored_and_the_run_goes_on(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL this stopped every poll with a DataError; now the text is cleaned."""
    inbox = _maildir(tmp_path / "inbox", [NUL_SUBJECT, _resolution()])
    summary = run_poll(db, Settings(), MaildirSource(inbox), jobs=1)
    assert (summary.stored, summary.processed) == (2, 2)
    with db.transaction() as session:
        rows = {m.message_id: m for m in session.scalars(select(Message))}
        nul = rows["<nul-subject@example.org>"]
        texts = [d.text for d in nul.documents]
    assert [m.status for m in rows.values()] == ["processed", "processed"]
    assert nul.subject == "Resolution"
    assert texts and all("\x00" not in t for t in texts) and "motion." in texts[0]
    assert reprocess_messages(db, Settings(), None, jobs=1) == 2  # `reprocess --all` too


def test_a_result_the_database_refuses_quarantines_that_message_only(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, monkeypatch, caplog
) -> None:
    """A write that fails is that message's failure, with its reason; no mail text is logged.

    The refused value is injected (an over-long kind); the refusal is the real database's on
    PostgreSQL. SQLite does not check lengths, so there the write fails on a NOT NULL instead.
    """
    import intake.pipeline.process

    record = intake.pipeline.process._record_message

    def refused(row, result):  # type: ignore[no-untyped-def]
        record(row, result)
        if "Speaker" in (row.subject or ""):
            row.source_key = None  # NOT NULL: refused by both databases

    monkeypatch.setattr(intake.pipeline.process, "_record_message", refused)
    speaker = message("Could you send a speaker?", subject="Speaker request from Sam Secret")
    inbox = _maildir(tmp_path / "inbox", [speaker, _resolution()])
    caplog.set_level(logging.INFO)
    summary = run_poll(db, Settings(), MaildirSource(inbox), jobs=1)
    assert (summary.processed, summary.quarantined) == (2, 1)
    with db.transaction() as session:
        statuses = sorted(m.status for m in session.scalars(select(Message)))
        failed = list_items(session, status="failed")
    assert statuses == ["failed", "processed"]
    assert [row.outcome.split(" at ")[0] for row in failed] == [
        "could not store the extraction result: IntegrityError"
    ]
    assert "Secret" not in caplog.text and "speaker" not in caplog.text.lower()


@given(st.text())
def test_storable_text_drops_only_what_databases_refuse(text: str) -> None:
    clean = storable_text(text)
    assert "\x00" not in clean
    clean.encode("utf-8")  # no lone surrogate left
    assert storable_text(clean) == clean


def test_same_mail_through_two_sources_with_other_line_endings_is_stored_once(db) -> None:  # type: ignore[no-untyped-def]
    lf = _resolution(message_id="<twice@example.org>").replace(b"\r\n", b"\n")
    crlf = lf.replace(b"\n", b"\r\n")
    first = _store(db, "maildir:/inbox:1", lf)
    with db.transaction() as session:
        again = store_raw(session, FetchedMessage("imap://x#INBOX;UID=7", crlf), "imap")
        assert session.scalar(select(func.count()).select_from(Message)) == 1
    assert again.duplicate and again.message_pk == first


def test_racing_stores_of_one_source_key_give_a_duplicate_not_a_failure(db) -> None:  # type: ignore[no-untyped-def]
    """Two pollers insert one key at once: the later insert waits, then does nothing."""
    data = _resolution()
    first_stored = threading.Event()
    results: dict[str, object] = {}

    def first() -> None:
        with db.transaction() as session:
            results["first"] = store_raw(session, FetchedMessage("k", data), "one")
            first_stored.set()
            time.sleep(0.5)  # the second insert is waiting on this transaction meanwhile

    def second() -> None:
        first_stored.wait(5)
        try:
            with db.transaction() as session:
                results["second"] = store_raw(session, FetchedMessage("k", data), "two")
        except Exception as err:  # what the race did before ON CONFLICT DO NOTHING
            results["second"] = err

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    a, b = results["first"], results["second"]
    assert isinstance(a, StoreResult) and isinstance(b, StoreResult), b
    assert (a.duplicate, b.duplicate, b.message_pk) == (False, True, a.message_pk)


def test_a_claim_left_by_a_killed_run_is_taken_again(db) -> None:  # type: ignore[no-untyped-def]
    pk = _store(db, "k1", _resolution())
    policy = ClaimPolicy(ttl_seconds=3600, max_attempts=3)
    assert claim(db, pk, new_token(), policy) is not None  # a run claims it, then is killed
    pipeline = open_pipeline(db, Settings(), jobs=1)
    assert process_waiting(db, pipeline).processed == 0  # the claim is still live: left alone
    expired = ClaimPolicy(ttl_seconds=0, max_attempts=3)
    done = process_waiting(db, _with_policy(pipeline, expired))
    assert done.processed == 1
    with db.transaction() as session:
        row = session.get(Message, pk)
        assert (row.status, row.attempts, row.claimed_by) == ("processed", 0, None)
        assert row.extraction_version == EXTRACTION_VERSION


def test_a_message_that_never_finishes_is_quarantined_and_the_next_is_reached(db) -> None:  # type: ignore[no-untyped-def]
    stuck = _store(db, "k1", _resolution())
    behind = _store(db, "k2", _resolution(message_id="<behind@example.org>"))
    policy = ClaimPolicy(ttl_seconds=0, max_attempts=2)
    for _ in range(2):  # two runs took it and were killed
        assert claim(db, stuck, new_token(), policy) is not None
    done = process_waiting(db, _with_policy(open_pipeline(db, Settings(), jobs=1), policy))
    assert done.processed == 1
    with db.transaction() as session:
        assert session.get(Message, behind).status == "processed"
        row = session.get(Message, stuck)
        failed = list_items(session, status="failed")
    assert row.status == "failed" and "did not finish in 2 attempts" in (row.error or "")
    assert [(r.id, "did not finish" in (r.outcome or "")) for r in failed] == [(stuck, True)]


def test_process_one_claims_processes_and_is_idempotent(db) -> None:  # type: ignore[no-untyped-def]
    pk = _store(db, "k1", _resolution())
    pipeline = open_pipeline(db, Settings(), jobs=1)
    first = process_one(db, pipeline, pk)
    assert first is not None and first.kind == "resolution"
    assert process_one(db, pipeline, pk) is None  # already processed at this version
    again = process_one(db, pipeline, pk, force=True)
    assert again is not None and again.resolution_id == first.resolution_id
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Resolution)) == 1
        actions = sorted(session.scalars(select(AuditEntry.action)))
    assert actions == ["queued", "reprocessed"]


def _with_policy(pipeline, policy: ClaimPolicy):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(pipeline, policy=policy)


def test_two_polls_of_different_sources_process_each_message_once(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Two real `intake poll` processes, two sources holding the same mail, run at once."""
    mails = [_resolution(message_id=f"<both-{n}@example.org>") for n in range(6)]
    first = _maildir(tmp_path / "first", mails)
    second = tmp_path / "second"
    second.mkdir()
    for n, data in enumerate(mails):  # the same mail as another source hands it over: CRLF
        (second / f"{n}.eml").write_bytes(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    env = {**os.environ, "INTAKE_DATABASE_URL": db.url}
    env.pop("INTAKE_CONFIG", None)
    polls = [
        subprocess.Popen(
            [sys.executable, "-m", "intake", "poll", "--jobs", "2", "--source", spec],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for spec in (f"maildir:{first}", f"eml-dir:{second}")
    ]
    outputs = [p.communicate(timeout=300) for p in polls]
    assert [p.returncode for p in polls] == [0, 0], outputs
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 6
        assert session.scalar(select(func.count()).select_from(Resolution)) == 6
        actions = list(session.scalars(select(AuditEntry.action)))
    assert actions.count("queued") == 6 and "reprocessed" not in actions
