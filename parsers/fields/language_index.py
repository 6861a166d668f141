"""The language model cut to our languages, prebuilt as package data: a process reads it in a
fifth of a second instead of the second and more py3langid's whole LZMA-compressed model takes.

The index is `language-index.zlib` beside this module: a first line naming what it was built
from (py3langid's version and the languages kept), then the model's tables pickled and
zlib-compressed (our own package data, trusted as our code is). An index built from anything
else is not used (the model is read from py3langid and cut, as before) and a test says so.
Rebuild it after upgrading py3langid or changing the languages told apart:

    make language-index        (python -m parsers.fields.language_index)
"""

from __future__ import annotations

import pickle
import zlib
from pathlib import Path
from typing import Any

INDEX = Path(__file__).with_name("language-index.zlib")
_FORMAT = 1  # raise when the tables pickled change shape


def index_key(languages: tuple[str, ...]) -> str:
    from importlib.metadata import version

    return f"format {_FORMAT}; py3langid=={version('py3langid')}; {','.join(languages)}"


def load_index(languages: tuple[str, ...], path: Path = INDEX) -> tuple[Any, ...] | None:
    """The cut model's tables, or None when there is no index or it was built otherwise."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    key, _, payload = data.partition(b"\n")
    if key.decode("ascii", "replace") != index_key(languages):
        return None
    try:  # our own package data, as trusted as code; a damaged or foreign file is not used
        tables = pickle.loads(zlib.decompress(payload))
    except Exception:  # noqa: BLE001 - zlib, pickle and numpy raise many kinds; the model is read instead
        return None
    return tables if isinstance(tables, tuple) else None


def write_index(path: Path = INDEX) -> int:
    """Read and cut py3langid's model, write the index; returns its size in bytes."""
    from parsers.fields.language import KEPT, cut_model

    payload = zlib.compress(pickle.dumps(cut_model(), protocol=5), 6)
    data = index_key(KEPT).encode("ascii") + b"\n" + payload
    path.write_bytes(data)
    return len(data)


if __name__ == "__main__":
    print(f"wrote {INDEX} ({write_index() / 1e6:.1f} MB)")
