"""The project's scripts under tools/ as modules, for the tests that check them: loaded from their files (tools/ is no
package), once per run each."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).parents[1] / "tools"


@cache
def tool(name: str, copy: str = "") -> ModuleType:
    """tools/<name>.py, run as a module named desk_tool_<name>; a `copy` of another name is a module of its own,
    for a test that changes the script's settings (its pace) without changing them for the others."""
    spec = importlib.util.spec_from_file_location(f"desk_tool_{name}{copy and '_' + copy}", TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while a class is made
    spec.loader.exec_module(module)
    return module
