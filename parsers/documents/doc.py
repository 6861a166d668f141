"""Legacy Word (.doc) attachments, read by Debian's antiword, or catdoc where antiword gives up."""

from __future__ import annotations

import shutil
import subprocess
import tempfile

from parsers.documents.base import ReaderLimits, Reading, single
from parsers.errors import DocumentError
from parsers.types import Document

_COMMANDS = (["antiword", "-w", "0", "-m", "UTF-8.txt"], ["catdoc", "-w", "-d", "utf-8"])


def read_doc(name: str, origin: str, data: bytes, limits: ReaderLimits) -> Reading:
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        reasons = []
        for command in _COMMANDS:
            text, reason = _run([*command, handle.name], limits.seconds)
            if text is not None:
                return single(
                    Document(
                        name=name,
                        origin=origin,
                        type="doc",
                        method="text",
                        text=text.strip()[: limits.max_chars],
                    )
                )
            reasons.append(reason)
    raise DocumentError("could not read doc: " + "; ".join(reasons))


def _run(command: list[str], seconds: float) -> tuple[str | None, str]:
    program = shutil.which(command[0])
    if program is None:
        return None, f"{command[0]} is not installed"
    try:
        done = subprocess.run(
            [program, *command[1:]],
            capture_output=True,
            timeout=seconds,
            check=False,
            env={"LC_ALL": "C.UTF-8"},
        )
    except FileNotFoundError:
        return None, f"{command[0]} is not installed"
    except subprocess.TimeoutExpired:
        return None, f"{command[0]} timed out after {seconds:.0f} s"
    if done.returncode != 0 or not done.stdout.strip():
        return None, f"{command[0]}: {done.stderr.decode('utf-8', 'replace').strip()[:200]}"
    return done.stdout.decode("utf-8", "replace"), ""
