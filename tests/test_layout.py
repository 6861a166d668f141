"""The shape of the house: parsers/ stays pure, publisher/ never reads the store, and inside
intake/ the arrows point one way: cli -> queue / pipeline / outbox -> store."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "parsers": ("intake", "publisher", "sqlalchemy", "socket", "imapclient", "os.environ"),
    "publisher": ("intake", "sqlalchemy", "imapclient"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_the_outside(package: str) -> None:
    bad = []
    for path in (ROOT / package).rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package]):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
        if "os.environ" in FORBIDDEN[package] and "os.environ" in source:
            bad.append(f"{path.relative_to(ROOT)} reads os.environ")
    assert not bad, "\n".join(bad)


# Inside intake/: what each room may not import. Only intake/cli/ (and intake/app.py, the context
# handed to commands) know click and rich; the store knows none of the rooms above it; the review
# core and the outbox never drive the pipeline.
UI = ("click", "rich", "intake.cli", "intake.app")
ROOMS = {
    "intake/store": (*UI, "intake.queue", "intake.pipeline", "intake.outbox"),
    "intake/queue": (*UI, "intake.pipeline", "intake.outbox"),
    "intake/outbox": (*UI, "intake.queue", "intake.pipeline"),
    "intake/pipeline": UI,
}


@pytest.mark.parametrize("room", sorted(ROOMS))
def test_imports_inside_intake_point_one_way(room: str) -> None:
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / room).rglob("*.py"))
        for name in sorted(_imports(path))
        if any(name == f or name.startswith(f + ".") for f in ROOMS[room])
    ]
    assert not bad, "\n".join(bad)


def test_the_rooms_hold_every_module_they_name() -> None:
    """The rule above would pass on an empty folder: each room holds modules."""
    for room in ROOMS:
        assert len(list((ROOT / room).glob("*.py"))) > 1, room
