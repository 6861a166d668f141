"""Incremental fetch against a real Dovecot: new mail only, UIDVALIDITY, actions, bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake.errors import MailboxError
from intake.sources.imap import ImapSource
from intake.store.mailbox_state import DatabaseFolderStates
from intake.store.models import MailboxState, Message
from tests.imap.conftest import (
    account_for,
    make_message,
    message_id_of,
    poll,
    stored_message_ids,
)
from tests.imap.dovecot import Account, Dovecot

pytestmark = pytest.mark.imap


def deliver(server: Dovecot, who: Account, count: int, folder: str = "INBOX") -> list[bytes]:
    messages = [make_message() for _ in range(count)]
    for data in messages:
        server.deliver(who, data, folder)
    return messages


def flags_by_uid(server: Dovecot, who: Account, folder: str = "INBOX") -> dict[int, set[bytes]]:
    with server.client(who) as client:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")  # this imapclient cannot FETCH "1:*"
        return {uid: set(item[b"FLAGS"]) for uid, item in client.fetch(uids, ["FLAGS"]).items()}


def test_first_poll_stores_every_message_and_leaves_the_server_alone(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    sent = deliver(dovecot, mailbox, 5)
    summary = poll(db, account_for(dovecot, mailbox, batch_size=2))
    assert (summary.fetched, summary.stored, summary.duplicates, summary.failed) == (5, 5, 0, 0)
    assert stored_message_ids(db) == sorted(map(message_id_of, sent))
    flags = flags_by_uid(dovecot, mailbox)
    assert all(b"\\Seen" not in f for f in flags.values()), "BODY.PEEK must not mark mail seen"
    with db.transaction() as session:
        raw = sorted(session.scalars(select(Message.raw)))
    assert raw == sorted(sent), "the bytes are stored verbatim"


def test_a_second_poll_with_no_new_mail_fetches_nothing_with_one_command(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    deliver(dovecot, mailbox, 3)
    account = account_for(dovecot, mailbox)
    poll(db, account)
    source = ImapSource(account, DatabaseFolderStates(db))
    assert list(source.fetch()) == []
    # CAPABILITY and LOGIN to connect, then one STATUS: no SELECT, no SEARCH, no FETCH.
    assert source.commands_sent == 3
    source.close()
    again = poll(db, account)
    assert (again.fetched, again.stored) == (0, 0)


def test_only_mail_above_the_last_uid_is_fetched(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    deliver(dovecot, mailbox, 3)
    account = account_for(dovecot, mailbox)
    poll(db, account)
    later = deliver(dovecot, mailbox, 2)
    summary = poll(db, account)
    assert (summary.fetched, summary.stored, summary.duplicates) == (2, 2, 0)
    assert set(map(message_id_of, later)) <= set(stored_message_ids(db))


def test_uidvalidity_change_rescans_and_neither_skips_nor_duplicates(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    sent = [make_message() for _ in range(3)]
    dovecot.recreate_folder(mailbox, "Resolutions", sent)
    account = account_for(dovecot, mailbox, folders=("Resolutions",))
    poll(db, account)
    # The server renumbers (folder recreated: a new UIDVALIDITY, UIDs from 1 again); the new
    # message gets UID 1, below the highest UID remembered: comparing UIDs alone would skip it.
    new = make_message()
    dovecot.recreate_folder(mailbox, "Resolutions", [new, *sent])
    summary = poll(db, account)
    assert (summary.fetched, summary.stored, summary.duplicates) == (4, 1, 3)
    assert stored_message_ids(db) == sorted(map(message_id_of, [*sent, new]))
    assert (poll(db, account).fetched) == 0


def test_a_message_appended_during_a_poll_is_stored_once(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    sent = deliver(dovecot, mailbox, 4)
    account = account_for(dovecot, mailbox, batch_size=2)
    source = ImapSource(account, DatabaseFolderStates(db))
    late = make_message()
    settle = source.settle

    def settle_and_append(message, outcome):  # type: ignore[no-untyped-def]
        settle(message, outcome)
        if message.source_key.endswith("UID=1"):
            dovecot.deliver(mailbox, late)

    source.settle = settle_and_append  # type: ignore[method-assign]
    from intake.pipeline.poll import run_poll
    from intake.settings import Settings

    first = run_poll(db, Settings(), source, process=False)
    second = poll(db, account)
    assert first.stored + second.stored == 5
    assert stored_message_ids(db) == sorted(map(message_id_of, [*sent, late]))


def test_flag_action_marks_stored_mail_with_a_keyword(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    deliver(dovecot, mailbox, 3)
    poll(db, account_for(dovecot, mailbox, action="flag", flag="$Intake"))
    flags = flags_by_uid(dovecot, mailbox)
    assert len(flags) == 3
    assert all(b"$Intake" in f and b"\\Seen" not in f for f in flags.values())


def test_move_action_creates_the_folder_and_moves_stored_mail(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    sent = deliver(dovecot, mailbox, 3)
    summary = poll(db, account_for(dovecot, mailbox, action="move", move_to="Intake/Stored"))
    assert summary.stored == 3
    assert flags_by_uid(dovecot, mailbox, "INBOX") == {}
    assert len(flags_by_uid(dovecot, mailbox, "Intake/Stored")) == 3
    assert stored_message_ids(db) == sorted(map(message_id_of, sent))


def test_a_crash_before_the_action_is_completed_by_the_next_poll(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    """The store commits, then the process dies before MOVE: the next poll finishes the job."""
    deliver(dovecot, mailbox, 3)
    account = account_for(dovecot, mailbox, action="move")
    source = ImapSource(account, DatabaseFolderStates(db))

    def die(message, outcome):  # type: ignore[no-untyped-def]
        raise MailboxError("simulated crash between commit and action")

    source.settle = die  # type: ignore[method-assign]
    from intake.pipeline.poll import run_poll
    from intake.settings import Settings

    with pytest.raises(MailboxError):
        run_poll(db, Settings(), source, process=False)
    stored_before = len(stored_message_ids(db))  # the first group's commit came first
    assert stored_before >= 1 and len(flags_by_uid(dovecot, mailbox, "INBOX")) == 3
    summary = poll(db, account)
    assert (summary.stored, summary.duplicates) == (3 - stored_before, stored_before)
    assert flags_by_uid(dovecot, mailbox, "INBOX") == {}
    assert len(flags_by_uid(dovecot, mailbox, "Intake/Stored")) == 3


def test_an_unreadable_message_is_failed_moved_aside_and_the_run_goes_on(
    db, dovecot, mailbox, monkeypatch
):  # type: ignore[no-untyped-def]
    """The server answers FETCH without a body for one UID (injected: Dovecot will not do it)."""
    deliver(dovecot, mailbox, 3)
    real_fetch = ImapSource._fetch

    def fetch_without_body_for_uid_2(self, uids, what):  # type: ignore[no-untyped-def]
        found = real_fetch(self, uids, what)
        if b"BODY.PEEK[]" in what and 2 in found:
            found[2] = {b"BODY[]": None}
        return found

    monkeypatch.setattr(ImapSource, "_fetch", fetch_without_body_for_uid_2)
    summary = poll(db, account_for(dovecot, mailbox, action="move"))
    assert (summary.stored, summary.failed) == (2, 1)
    assert len(flags_by_uid(dovecot, mailbox, "Intake/Failed")) == 1
    assert len(flags_by_uid(dovecot, mailbox, "Intake/Stored")) == 2


def test_odd_bytes_are_stored_verbatim(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    odd = [
        b"no headers at all, just a line\r\n",
        b"Subject: =?utf-8?q?broken=ZZ?=\r\nFrom: \xff\xfe@\xc3\r\n\r\nbody \x00 with a NUL\r\n",
        b"Subject: bare LF\nMessage-ID: <lf@x>\n\nbody\n",
    ]
    for data in odd:
        dovecot.deliver(mailbox, data)
    summary = poll(db, account_for(dovecot, mailbox))
    assert (summary.stored, summary.failed) == (3, 0)


def test_a_message_over_the_size_limit_is_kept_as_its_headers_for_an_editor(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    big = make_message("A long annex", body_size=200_000)
    dovecot.deliver(mailbox, big)
    deliver(dovecot, mailbox, 1)
    summary = poll(db, account_for(dovecot, mailbox, max_message_bytes=100_000))
    assert (summary.stored, summary.failed) == (2, 0)
    with db.transaction() as session:
        row = session.scalars(select(Message).where(Message.too_large.is_(True))).one()
        assert row.message_id == message_id_of(big)
        assert b"Subject: A long annex" in row.raw and len(row.raw) < 2_000


def test_login_refused_is_one_clear_error(db, refusing_dovecot):  # type: ignore[no-untyped-def]
    mailbox = refusing_dovecot.new_account()
    account = account_for(refusing_dovecot, mailbox, credential=lambda: "wrong")
    with pytest.raises(MailboxError, match=f"login refused for {mailbox.user}"):
        poll(db, account)


def test_a_missing_folder_is_reported_and_the_other_folders_are_polled(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    deliver(dovecot, mailbox, 2)
    account = account_for(dovecot, mailbox, folders=("Nope", "INBOX"))
    with pytest.raises(MailboxError, match="folder 'Nope' cannot be opened"):
        poll(db, account)
    assert len(stored_message_ids(db)) == 2
    with db.transaction() as session:
        errors = {s.folder: s.last_error for s in session.scalars(select(MailboxState))}
    assert "Nope" in (errors.get("Nope") or "") and errors.get("INBOX") is None


def test_the_server_stopped_mid_poll_then_the_next_poll_completes_the_work(db, dovecot, mailbox):  # type: ignore[no-untyped-def]
    sent = deliver(dovecot, mailbox, 6)
    account = account_for(dovecot, mailbox, action="flag", batch_size=2)
    source = ImapSource(account, DatabaseFolderStates(db))
    settle = source.settle

    def settle_then_stop_server(message, outcome):  # type: ignore[no-untyped-def]
        settle(message, outcome)
        if message.source_key.endswith("UID=3"):
            dovecot.stop()

    source.settle = settle_then_stop_server  # type: ignore[method-assign]
    from intake.pipeline.poll import run_poll
    from intake.settings import Settings

    try:
        with pytest.raises(MailboxError, match="connection to"):
            run_poll(db, Settings(), source, process=False)
    finally:
        dovecot.start(port=dovecot.port)
    poll(db, account)
    assert stored_message_ids(db) == sorted(map(message_id_of, sent))
    assert all(b"$Intake" in f for f in flags_by_uid(dovecot, mailbox).values())


def test_mail_read_from_a_maildir_then_over_imap_is_stored_once(db, dovecot, mailbox, tmp_path):  # type: ignore[no-untyped-def]
    """Dovecot hands out CRLF what the Maildir held with LF: one row, the IMAP copy a duplicate."""
    import mailbox as maildir_module

    from intake.pipeline.poll import run_poll
    from intake.settings import Settings
    from intake.sources.local import MaildirSource

    sent = [make_message().replace(b"\r\n", b"\n") for _ in range(2)]
    box = maildir_module.Maildir(tmp_path / "local", create=True)
    for data in sent:
        box.add(data)
        dovecot.deliver(mailbox, data)
    box.close()
    local = run_poll(db, Settings(), MaildirSource(tmp_path / "local"), process=False)
    remote = poll(db, account_for(dovecot, mailbox))
    assert (local.stored, remote.fetched, remote.stored, remote.duplicates) == (2, 2, 0, 2)
    assert len(stored_message_ids(db)) == 2
