"""SIGKILL `intake poll` at random points: every message ends up stored once, every action applied.

Seeded: the kill delays and the scenario of each run come from INTAKE_CRASH_SEED (default 20240115),
so a failing run can be replayed. Where in the code a delay lands still depends on the machine.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from intake.store.db import Database, open_database
from tests.imap.conftest import make_message, message_id_of, stored_message_ids
from tests.imap.dovecot import Account, Dovecot

pytestmark = [pytest.mark.imap, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("INTAKE_CRASH_SEED", "20240115"))
RUNS = 30


def config(server: Dovecot, who: Account, action: str, batch_size: int) -> str:
    return f"""
[imap.accounts.crash]
host = "{server.host}"
port = {server.port}
security = "plaintext"
username = "{who.user}"
folders = ["INBOX"]
action = "{action}"
batch_size = {batch_size}
"""


def poll_process(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "poll", "--no-process"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def server_state(server: Dovecot, who: Account) -> dict[str, Counter[str]]:
    """Message-IDs per folder, and which INBOX messages carry the keyword."""
    found: dict[str, Counter[str]] = {}
    with server.client(who) as client:
        for folder in ("INBOX", "Intake/Stored"):
            if not client.folder_exists(folder):
                continue
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            items = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]", "FLAGS"])
            for item in items.values():
                mid = message_id_of(item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"])
                found.setdefault(folder, Counter())[mid] += 1
                if b"$Intake" in item[b"FLAGS"]:
                    found.setdefault("flagged", Counter())[mid] += 1
    return found


def test_sigkill_at_random_points_loses_and_repeats_nothing(tmp_path, dovecot):  # type: ignore[no-untyped-def]
    rng = random.Random(SEED)
    log = []
    for run in range(RUNS):
        who = dovecot.new_account()
        action = rng.choice(["none", "flag", "move"])
        batch_size = rng.choice([1, 2, 5])
        url = f"sqlite:///{tmp_path / f'crash-{run}.sqlite'}"
        db = open_database(url)
        db.upgrade()
        conf = tmp_path / f"crash-{run}.toml"
        conf.write_text(config(dovecot, who, action, batch_size))
        env = {
            **os.environ,
            "INTAKE_DATABASE_URL": url,
            "INTAKE_CONFIG": str(conf),
            "INTAKE_IMAP_CRASH_PASSWORD": who.password,
        }
        sent = [make_message() for _ in range(rng.randint(3, 6))]
        for data in sent:
            dovecot.deliver(who, data)
        kills = rng.randint(1, 2)
        for _ in range(kills):
            delay = rng.uniform(0.3, 1.0)  # the interpreter starts in ~0.35 s: kills span the run
            process = poll_process(env)
            time.sleep(delay)
            process.kill()
            process.wait()
            late = make_message()  # mail keeps arriving between the crashes
            dovecot.deliver(who, late)
            sent.append(late)
        final = poll_process(env)
        _out, err = final.communicate(timeout=60)
        assert final.returncode == 0, err.decode()
        log.append(f"run {run}: action={action} batch={batch_size} kills={kills}")
        _check(db, dovecot, who, action, sent, " / ".join(log[-1:]))
        db.dispose()


def _check(
    db: Database, server: Dovecot, who: Account, action: str, sent: list[bytes], where: str
) -> None:
    expected = Counter(map(message_id_of, sent))
    stored = Counter(stored_message_ids(db))
    assert stored == expected, f"{where}: stored exactly once"
    state = server_state(server, who)
    if action == "move":
        assert state.get("INBOX", Counter()) == Counter(), f"{where}: INBOX emptied"
        assert state["Intake/Stored"] == expected, f"{where}: all moved once"
    elif action == "flag":
        assert state["flagged"] == expected, f"{where}: all flagged"
    else:
        assert state["INBOX"] == expected and "flagged" not in state, f"{where}: untouched"
