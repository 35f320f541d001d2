"""The layers contract (pyproject.toml, checked by import-linter in CI) names every module of desk, and only an
operation opens a write transaction: a report, a list or a dialog that writes fails here."""

from __future__ import annotations

import ast
import pkgutil
import re
import tomllib
from pathlib import Path

import desk

ROOT = Path(desk.__file__).parent


def layered_names() -> set[str]:
    config = tomllib.loads((ROOT.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    return {name.strip() for layer in layers for name in re.split(r"[|:]", layer)}


def test_the_layers_contract_names_every_module_of_desk() -> None:
    modules = {f"desk.{m.name}" for m in pkgutil.iter_modules(desk.__path__)}
    assert modules - layered_names() == set(), "add these to the layers contract in pyproject.toml"
    assert layered_names() - modules == set(), "the layers contract names modules that do not exist"


def opens_a_write(tree: ast.AST) -> bool:
    """`ws.write()`, `self.workspace.write()`, `workspace.write()`: a write transaction opened here."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "write"
            and not node.args
            and ast.unparse(node.func.value).split(".")[-1] in {"ws", "workspace", "_workspace"}
        ):
            return True
    return False


def test_only_operations_open_a_write_transaction() -> None:
    writers = {
        path.relative_to(ROOT).as_posix()
        for path in ROOT.rglob("*.py")
        if opens_a_write(ast.parse(path.read_text(encoding="utf-8")))
    }
    outside = {w for w in writers if not w.startswith("operations/") and w != "workspace.py"}
    assert outside == set(), "these open ws.write(): make the change an operation"


def test_the_write_check_finds_a_write() -> None:
    assert opens_a_write(ast.parse("with self.workspace.write() as session:\n    pass"))
    assert not opens_a_write(ast.parse("stream.write(data)"))
