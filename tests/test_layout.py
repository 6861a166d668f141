"""The shape of the house: parsers/ stays pure, publisher/ never reads the store."""

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
