"""Polls per folder: one lock per folder (two folders of an account side by side, one folder
never twice) and the job queue's poll per configured folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.errors import ConfigError, LockHeldError
from intake.settings import load_settings
from intake.sources.registry import open_source, poll_jobs
from intake.store.db import Database
from intake.store.locks import folder_key, poll_lock

ACCOUNT = """
[imap.accounts.branch]
host = "127.0.0.1"
port = 1143
security = "plaintext"
username = "secretary"
folders = ["INBOX", "Motions/2024"]
password_command = "echo x"
"""


def _take(db, *keys: str) -> None:  # type: ignore[no-untyped-def]
    with poll_lock(db, *keys):
        pass


def test_a_folder_held_stops_a_poll_of_it_and_of_its_account_not_of_another(db) -> None:  # type: ignore[no-untyped-def]
    inbox, motions = folder_key("imap:branch", "INBOX"), folder_key("imap:branch", "Motions")
    with poll_lock(db, inbox):
        with pytest.raises(LockHeldError, match="running for imap:branch folder INBOX"):
            _take(db, inbox)
        with pytest.raises(LockHeldError):
            _take(db, motions, inbox)  # the whole account
        with poll_lock(db, motions):  # its other folder: side by side
            pass
    with poll_lock(db, motions, inbox):
        pass


def test_a_poll_that_cannot_take_every_lock_holds_none(db) -> None:  # type: ignore[no-untyped-def]
    with poll_lock(db, "b"):
        with pytest.raises(LockHeldError, match="running for b:"):
            _take(db, "a", "b")
        with poll_lock(db, "a"):  # "a" was let go when "b" could not be had
            pass


def test_the_job_queue_polls_each_folder_of_an_account(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(f'source = "maildir:inbox"\n{ACCOUNT}')
    settings = load_settings(config, environ={})
    assert poll_jobs(settings) == [
        ("maildir:inbox", None),
        ("imap:branch", "INBOX"),
        ("imap:branch", "Motions/2024"),
    ]
    config.write_text('source = "imap:branhc"\n' + ACCOUNT)  # a typo: said, not a KeyError
    with pytest.raises(ConfigError, match="no IMAP account 'branhc'"):
        poll_jobs(load_settings(config, environ={}))


def test_a_folder_poll_reads_that_folder_and_holds_its_lock_only(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "intake.toml"
    config.write_text(f'source = "maildir:inbox"\n{ACCOUNT}')
    settings = load_settings(config, environ={})
    whole = open_source("imap:branch", settings, db=db)
    one = open_source("imap:branch", settings, db=db, folder="Motions/2024")
    assert one.account.folders == ("Motions/2024",)  # type: ignore[attr-defined]
    assert one.lock_keys == (folder_key("imap:branch", "Motions/2024"),)  # type: ignore[attr-defined]
    assert len(whole.lock_keys) == 2  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="imap:branch has no folder 'Sent' configured"):
        open_source("imap:branch", settings, db=db, folder="Sent")
    with pytest.raises(ConfigError, match="only an IMAP account has folders"):
        open_source("maildir:inbox", settings, folder="INBOX")


@pytest.mark.postgres
def test_stores_in_two_schemas_of_one_database_hold_their_own_poll_locks(postgres_url: str) -> None:
    """Advisory locks belong to the whole database: a store in another schema polls its own
    folder of the same name at the same moment."""
    from sqlalchemy import create_engine, text

    from intake.store.db import open_database

    other_schema = postgres_url.rsplit("%3D", 1)[1] + "_other"
    admin = create_engine(postgres_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{other_schema}"'))
    first, second = open_database(postgres_url), open_database(postgres_url + "_other")
    inbox = folder_key("imap:branch", "INBOX")
    try:
        with poll_lock(first, inbox):
            with poll_lock(second, inbox):  # the other store's folder
                pass
            with pytest.raises(LockHeldError):
                _take(first, inbox)  # this store's: held
    finally:
        first.dispose()
        second.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{other_schema}" CASCADE'))
        admin.dispose()


@pytest.mark.postgres
def test_two_folders_of_an_account_finishing_at_once_both_record_their_success(
    postgres_db: Database,
) -> None:
    """The source's row of its last success is written by each folder's poll as it ends: while
    one folder's poll holds the row it has just inserted (not yet committed), the other's end
    waits for it and then updates the row, instead of inserting a second one and failing."""
    import threading
    import time

    from sqlalchemy import func, insert, select, text

    from intake.pipeline.poll import PollSummary, _finish_run
    from intake.store.models import MailboxState, PollRun, utcnow

    db = postgres_db
    with db.transaction() as session:
        run = PollRun(source_name="imap:branch")
        session.add(run)
        session.flush()
        run_id = run.id
    summary = PollSummary("imap:branch", 1, 1, 0, 0, 0, 0.1)
    errors: list[BaseException] = []

    def finish() -> None:
        try:
            _finish_run(db, run_id, "imap:branch", summary)
        except BaseException as err:  # noqa: BLE001 - reported by the test below
            errors.append(err)

    with db.engine.connect() as other_folder:
        other_folder.execute(
            insert(MailboxState).values(
                source_name="imap:branch", folder="", last_success_at=utcnow()
            )
        )  # the other folder's poll, ending: inserted, not yet committed
        ending = threading.Thread(target=finish)
        ending.start()
        deadline = time.monotonic() + 60  # a bound on waiting, not a timing assertion
        waiting = text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND datname = current_database() AND query LIKE '%mailbox_state%'"
        )
        with db.engine.connect() as watcher:
            while not watcher.execute(waiting).scalar() and ending.is_alive():
                watcher.rollback()  # the activity view is read once a transaction
                assert time.monotonic() < deadline, "the second end never waited"
                time.sleep(0.05)
        other_folder.commit()
    ending.join(60)
    assert not errors, errors
    with db.transaction() as session:
        rows = session.scalar(select(func.count()).select_from(MailboxState))
        finished = session.get(PollRun, run_id)
        assert rows == 1
        assert finished is not None and finished.finished_at is not None
