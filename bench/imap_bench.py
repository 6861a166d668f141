"""IMAP intake against a private Dovecot: throughput vs a bare fetch, the empty poll, peak memory.

python -m bench imap      (needs dovecot-imapd; run as root, like the test suite)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import imapclient

from tests.imap.conftest import make_message
from tests.imap.dovecot import Dovecot

ROOT = Path(__file__).resolve().parents[1]
BATCH = 100
SMALL, LARGE = 2_000, 20_000


def main() -> None:
    rng = random.Random(7)
    work = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    server = Dovecot(work)
    server.start()
    try:
        small, large = server.new_account(), server.new_account()
        sizes = fill(server, small, SMALL, rng)
        fill(server, large, LARGE, rng)
        print(
            f"folder: {SMALL} messages, {sum(sizes) / 1e6:.1f} MB, sizes 1 KB-200 KB "
            f"(median {sorted(sizes)[len(sizes) // 2] / 1000:.0f} KB); batches of {BATCH}"
        )
        floor = bare_fetch(server, small)
        stored = timed_poll(server, small, work / "small.sqlite")
        print(f"bare imapclient fetch, writes nothing: {SMALL / floor:8.0f} msg/s ({floor:.2f} s)")
        print(
            f"intake poll --no-process (SQLite):     {SMALL / stored['seconds']:8.0f} msg/s "
            f"({stored['seconds']:.2f} s, ratio {floor / stored['seconds']:.2f} of the floor)"
        )
        print(f"peak memory of that poll: {stored['max_rss_mb']:.0f} MB")
        whole = timed_poll(server, large, work / "large.sqlite")
        print(
            f"first poll of {LARGE}: {LARGE / whole['seconds']:.0f} msg/s, peak memory "
            f"{whole['max_rss_mb']:.0f} MB (vs {stored['max_rss_mb']:.0f} MB for {SMALL})"
        )
        empty = empty_poll(server, large, work / "large.sqlite")
        print(
            f"poll with no new mail, {LARGE} messages: {empty['commands']} IMAP commands "
            f"(CAPABILITY, LOGIN, STATUS), {empty['seconds'] * 1000:.1f} ms in the source; "
            f"`intake poll` process wall time {empty['wall']:.2f} s"
        )
    finally:
        server.remove()


def fill(server: Dovecot, who, count: int, rng: random.Random) -> list[int]:  # type: ignore[no-untyped-def]
    """MULTIAPPEND in chunks; sizes mixed: mostly small, some attachments-sized."""
    sizes = []
    with server.client(who, timeout=120) as client:
        chunk = []
        for n in range(count):
            size = (
                rng.choice([1_000, 3_000, 5_000, 10_000, 30_000, 200_000])
                if rng.random() < 0.2
                else rng.randint(1_000, 8_000)
            )
            data = make_message(body_size=size, seq=n)
            sizes.append(len(data))
            chunk.append(data)
            if len(chunk) == 100:
                client.multiappend("INBOX", chunk)
                chunk = []
        if chunk:
            client.multiappend("INBOX", chunk)
    return sizes


def bare_fetch(server: Dovecot, who) -> float:  # type: ignore[no-untyped-def]
    """The floor: the same SEARCH and batched FETCHes, bytes thrown away."""
    started = time.monotonic()
    client = imapclient.IMAPClient(server.host, server.port, ssl=False)
    client.login(who.user, who.password)
    client.select_folder("INBOX", readonly=True)
    uids = sorted(client.search(["UID", "1:*"]))
    for start in range(0, len(uids), BATCH):
        batch = uids[start : start + BATCH]
        client.fetch(batch, ["RFC822.SIZE", "INTERNALDATE"])
        client.fetch(batch, ["BODY.PEEK[]"])
    client.logout()
    return time.monotonic() - started


def timed_poll(server: Dovecot, who, database: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """`intake poll` in a child process: its own wall time and peak RSS."""
    url = f"sqlite:///{database}"
    env = {**os.environ, "INTAKE_DATABASE_URL": url, "INTAKE_IMAP_PASSWORD": who.password}
    subprocess.run(
        [sys.executable, "-m", "intake", "db", "upgrade"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    source = f"imap://{who.user}@{server.host}:{server.port}/INBOX"
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _REPORT_PEAK,
            "poll",
            "--no-process",
            "--allow-plaintext",
            "--source",
            source,
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.monotonic() - started
    seconds = float(done.stdout.rsplit(" in ", 1)[1].split()[0])
    peak_kb = int(done.stderr.rsplit("MAXRSS", 1)[1].split()[0])
    return {"seconds": seconds, "wall": wall, "max_rss_mb": peak_kb / 1024}


# `intake` as usual, printing its own peak RSS at exit (a child's, not the bench's).
_REPORT_PEAK = """
import atexit, resource, runpy, sys
atexit.register(lambda: print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                              file=sys.stderr))
sys.argv = ["intake", *sys.argv[1:]]
runpy.run_module("intake", run_name="__main__")
"""


def empty_poll(server: Dovecot, who, database: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from intake.sources.imap import ImapSource
    from intake.sources.imap_config import ImapAccount
    from intake.store.db import open_database
    from intake.store.mailbox_state import DatabaseFolderStates

    db = open_database(f"sqlite:///{database}")
    account = ImapAccount(
        name=f"imap://{who.user}@{server.host}:{server.port}/INBOX",
        host=server.host,
        port=server.port,
        username=who.user,
        credential=lambda: who.password,
        security="plaintext",
    )
    source = ImapSource(account, DatabaseFolderStates(db))
    started = time.monotonic()
    assert list(source.fetch()) == []
    seconds = time.monotonic() - started
    commands = source.commands_sent
    source.close()
    wall = timed_poll(server, who, database)["wall"]
    return {"commands": commands, "seconds": seconds, "wall": wall}
