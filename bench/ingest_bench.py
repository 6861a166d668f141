"""`intake extract` and `intake poll` against the bare libraries, on the realistic corpus.

python -m bench ingest                          (each message ten times)
python bench/ingest_bench.py --copies 2 --jobs 2

The messages of fixtures/eval-realistic, scans and photos left out (a message with an image
attachment or a PDF without a text layer: OCR is measured in documents_bench), each written
COPIES times with a fresh Message-ID into an eml-dir. Then, each in a fresh process:

- the floor: mail-parser on each message, pdfplumber on each PDF attachment, python-docx on
  each DOCX and odfpy on each ODT, one after the other in one process;
- `intake extract --json DIR`;
- `intake poll --source eml-dir:DIR` into a fresh SQLite file, extraction included.

Wall and CPU time (the process and everything it started), the largest single process (max
RSS) and, for the poll, the peak of the whole process tree (sum of proportional set sizes,
sampled every 50 ms). Goals: floor/extract >= 0.8, floor/poll >= 0.6, poll under 300 MB.
A report, not a test.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: `python bench/ingest_bench.py`
    sys.path.insert(0, str(ROOT))

from bench.poll_jobs_bench import _MESSAGE_ID, CORPUS  # noqa: E402

_PDF_TEXT_CHARS = 20  # per page; below it the page is a scan (what the readers OCR)


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    max_rss_mb: float
    tree_peak_mb: float = 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=0, help="0: one per core")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # the floor's own process
    args = parser.parse_args()
    if args.floor is not None:
        bare_libraries(args.floor)
        return
    work = Path(tempfile.mkdtemp(prefix="intake-bench-ingest-"))
    inbox, count = make_inbox(work / "inbox", args.copies)
    print(f"corpus: {count} messages ({args.copies} copies, scans and photos left out)")
    print(f"load average before: {_load()}")
    floor = timed([sys.executable, str(Path(__file__).resolve()), "--floor", str(inbox)])
    _line("bare libraries (one process)", floor, count)
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    intake = [sys.executable, "-m", "intake"]
    extract = timed([*intake, "extract", "--json", *jobs, str(inbox)])
    _line("intake extract --json", extract, count)
    database = work / "poll.sqlite"
    env = {**os.environ, "INTAKE_DATABASE_URL": f"sqlite:///{database}"}
    env.pop("INTAKE_CONFIG", None)
    subprocess.run([*intake, "db", "upgrade"], env=env, check=True, capture_output=True)
    poll = timed([*intake, "poll", "--source", f"eml-dir:{inbox}", *jobs], env=env, tree=True)
    _line("intake poll (SQLite)", poll, count)
    print(f"load average after: {_load()}")
    print(
        f"floor/extract {floor.wall / extract.wall:.2f} (goal >= 0.8; CPU "
        f"{floor.cpu / extract.cpu:.2f}), floor/poll {floor.wall / poll.wall:.2f} "
        f"(goal >= 0.6; CPU {floor.cpu / poll.cpu:.2f}), poll peak {poll.tree_peak_mb:.0f} MB "
        f"tree, {poll.max_rss_mb:.0f} MB largest process (goal < 300 MB)"
    )


def make_inbox(inbox: Path, copies: int) -> tuple[Path, int]:
    inbox.mkdir(parents=True)
    count = 0
    for source in sorted(CORPUS.glob("*.eml")):
        data = source.read_bytes()
        if _scan_or_photo(data):
            continue
        body = _MESSAGE_ID.sub(b"", data, count=1)
        for copy in range(copies):
            fresh = f"Message-ID: <ingest-{copy}-{source.stem[:24]}@example.org>\r\n".encode()
            (inbox / f"{copy:02d}-{source.name}").write_bytes(fresh + body)
            count += 1
    return inbox, count


def _scan_or_photo(raw: bytes) -> bool:
    """An image attachment, or a PDF whose pages have (almost) no text layer."""
    import pypdfium2

    from parsers.mime import parse_message

    for attachment in parse_message(raw).attachments:
        data = attachment.data
        if attachment.content_type.startswith("image/") or data[:3] == b"\xff\xd8\xff":
            return True
        if data[:4] == b"%PDF":
            pdf = pypdfium2.PdfDocument(data)
            pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
            if all(len(text.strip()) < _PDF_TEXT_CHARS for text in pages):
                return True
    return False


def bare_libraries(inbox: Path) -> None:
    """The floor: what the libraries alone take to read every message and document."""
    import base64

    import docx
    import mailparser
    import pdfplumber
    from odf import opendocument, teletype
    from odf.text import P

    for path in sorted(inbox.glob("*.eml")):
        mail = mailparser.parse_from_bytes(path.read_bytes())
        for attachment in mail.attachments:
            payload = attachment["payload"]
            data = base64.b64decode(payload) if attachment["binary"] else payload.encode()
            if data[:4] == b"%PDF":
                with pdfplumber.open(io.BytesIO(data)) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
            elif data[:2] == b"PK" and b"opendocument" in data[:100]:
                document = opendocument.load(io.BytesIO(data))
                [teletype.extractText(p) for p in document.getElementsByType(P)]
            elif data[:2] == b"PK":
                [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def timed(command: list[str], *, env: dict[str, str] | None = None, tree: bool = False) -> Run:
    """Run a command in a fresh process; its wall time, CPU time and memory."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    sampler = _TreeSampler(process.pid) if tree else None
    if sampler:
        sampler.start()
    assert process.stderr is not None
    errors = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if sampler:
        sampler.stop.set()
        sampler.join()
    if process.returncode not in (0, 7):  # 7: some messages quarantined
        raise SystemExit(f"{' '.join(command)} failed:\n{errors.decode()[-2000:]}")
    return Run(
        wall,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,
        sampler.peak_kb / 1024 if sampler else 0.0,
    )


class _TreeSampler(threading.Thread):
    """The peak of the sum of proportional set sizes over a process and its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.stop = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.05):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _tree(self.pid)))


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _line(label: str, run: Run, count: int) -> None:
    tree = f", tree peak {run.tree_peak_mb:.0f} MB" if run.tree_peak_mb else ""
    print(
        f"{label:32} {run.wall:7.1f} s wall ({1000 * run.wall / count:6.1f} ms/msg), "
        f"{run.cpu:7.1f} s CPU, largest process {run.max_rss_mb:.0f} MB{tree}",
        flush=True,
    )


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
