"""The language model's prebuilt index: current, equal to the model cut afresh, and what a
process reads instead of py3langid's own model."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np

from parsers.fields.language import KEPT, cut_model
from parsers.fields.language_index import INDEX, index_key, load_index


def test_the_shipped_index_is_built_from_the_py3langid_installed() -> None:
    assert load_index(KEPT) is not None, (
        f"{INDEX.name} was built from another py3langid or other languages: "
        "run `make language-index` and commit it"
    )


def test_the_index_holds_exactly_the_tables_a_cut_makes() -> None:
    shipped, fresh = load_index(KEPT), cut_model()
    assert shipped is not None and len(shipped) == len(fresh)
    for mine, theirs in zip(shipped, fresh, strict=True):
        assert np.array_equal(np.asarray(mine), np.asarray(theirs))


def test_an_index_built_for_other_languages_or_versions_is_not_used(tmp_path: Path) -> None:
    payload = INDEX.read_bytes().partition(b"\n")[2]
    stale = tmp_path / "stale.zlib"
    stale.write_bytes(b"format 0; py3langid==0.0; en\n" + payload)
    assert load_index(KEPT, stale) is None
    assert load_index(KEPT[:3], INDEX) is None
    assert load_index(KEPT, tmp_path / "missing.zlib") is None
    fresh = tmp_path / "fresh.zlib"
    fresh.write_bytes(index_key(KEPT).encode() + b"\n" + zlib.compress(pickle.dumps((1, 2))))
    assert load_index(KEPT, fresh) == (1, 2)


def test_a_damaged_index_is_not_used(tmp_path: Path) -> None:
    """A truncated file, or one that unpickles to something else, leaves detection to the
    model itself rather than failing every detection."""
    key = index_key(KEPT).encode() + b"\n"
    for name, payload in (
        ("truncated", INDEX.read_bytes().partition(b"\n")[2][:1000]),
        ("not-tables", zlib.compress(pickle.dumps({"a": 1}))),
    ):
        damaged = tmp_path / f"{name}.zlib"
        damaged.write_bytes(key + payload)
        assert load_index(KEPT, damaged) is None, name


def test_detection_reads_the_index_not_the_lzma_model() -> None:
    code = (
        "import json, py3langid.langid\n"
        "def refuse(*_args):\n"
        "    raise AssertionError('read the LZMA model')\n"
        "py3langid.langid._load_model_file = refuse\n"
        "from parsers.fields.language import detect_language\n"
        "print(json.dumps(detect_language('Die Versammlung fordert die Freilassung.')[0]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == "de"
