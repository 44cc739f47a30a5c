"""The relations and biblio subpackages import only the standard library, the shared
leaf modules and their own subpackage, and never a private name (the boundary a
later import-linter contract would state)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

EXTRACT = Path(__file__).parents[1] / "textkit" / "extract"
# Modules every relations/biblio module may import (besides its own subpackage).
SHARED = {
    "textkit.model",
    "textkit.schema",
    "textkit.dates",
    "textkit.script",
    "textkit.gazetteer",
    "textkit.gazetteer.protocol",
    "textkit.extract.model",
    "textkit.extract.cues",
    "textkit.extract.linking",
    "textkit.extract.context",
    "textkit.extract.text",
}
FILES = sorted((EXTRACT / "relations").glob("*.py")) + sorted((EXTRACT / "biblio").glob("*.py"))


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import statement in *path*, at any depth."""
    out: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.append((node.module, [a.name for a in node.names]))
    return out


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_extract_relations_boundaries(path: Path) -> None:
    own = f"textkit.extract.{path.parent.name}"
    for module, names in _imports(path):
        top = module.split(".")[0]
        if top != "textkit":
            assert top in sys.stdlib_module_names or top == "__future__", module
            continue
        assert module in SHARED or module.startswith(own + "."), f"{path.name} imports {module}"
        private = [n for n in names if n.startswith("_")]
        assert not private or module.startswith(own + "."), f"{path.name}: {module}.{private}"
