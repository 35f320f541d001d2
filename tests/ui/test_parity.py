"""Every operation of the command line has its place in the window (issue 12, point 1).

The CLI's operations are found by walking `desk`'s argparse parser: each subcommand's handler, and the functions of
its module it calls, import the operations they run from `desk.operations`. The window's are what its actions,
buttons and lists say they lead to (`desk.ui.reach`), collected from the main window on the demo folder with every
page built. A command that runs no operation only reads: it is reachable when a page shows what it prints."""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import textwrap
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

from pytestqt.qtbot import QtBot

from desk.cli import build_parser
from desk.ui.main_window import MainWindow
from desk.ui.pages import PAGE_NAMES
from desk.ui.reach import reachable

# Commands that only read, and the page that shows what they print.
READ_ONLY_PAGES = {
    "orders": "orders",
    "search": "orders",  # the search field above every list
    "dispute show": "disputes",
    "refund show": "refunds",
    "evidence list": "evidence",
    "deposit check": "deposits",
    "deposit show": "deposits",
    "account list": "accounts",
    "account show": "accounts",
}
# Commands that only read, and the tab of Preferences that shows what they print.
READ_ONLY_PREFERENCES = {"policy list": "rules"}

# Commands that are not the business's work: the window itself and tools around it.
NOT_IN_WINDOW = {
    "gui": "opens the window",
    "demo": "fills an empty folder with demo data, to try Desk",
    "screenshot": "draws the window into a file, for documentation",
    "keyring": "says which keyring keeps Desk's keys; the window says it when one is missing",
    "self-test": "checks that an installation works (the installer and support run it)",
    "open-bundle": "what Windows' Open with runs on a bundle: the Verify Bundle window, on its own",
}


# -- the command line -------------------------------------------------------------------------------------------


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    """Every runnable command as ("refund record", its handler)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))
            return
    yield " ".join(path), parser.get_default("handler")


def _operation(module: str, name: str) -> str | None:
    """`module.name` when it is an operation (a function defined in desk.operations.<module>)."""
    found = getattr(importlib.import_module(f"desk.operations.{module}"), name, None)
    defined_here = inspect.isfunction(found) and found.__module__ == f"desk.operations.{module}"
    return f"{module}.{name}" if defined_here else None


def operations_called(handler: Callable[..., Any]) -> set[str]:
    """The operations a handler imports, itself or through the functions of its module it calls."""
    module: ModuleType = inspect.getmodule(handler)  # type: ignore[assignment]
    found: set[str] = set()
    seen: set[Any] = set()
    todo = [handler]
    while todo:
        function = todo.pop()
        if function in seen:
            continue
        seen.add(function)
        for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(function)))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desk.operations."):
                kind = (node.module or "").removeprefix("desk.operations.")
                found |= {op for alias in node.names if (op := _operation(kind, alias.name))}
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                called = getattr(module, node.func.id, None)
                if inspect.isfunction(called) and called.__module__ == module.__name__:
                    todo.append(called)
    return found


def cli_operations() -> dict[str, set[str]]:
    """Each operation the command line runs, with the commands that run it."""
    by_operation: dict[str, set[str]] = {}
    for command, handler in commands(build_parser()):
        for op in operations_called(handler) if handler is not None else ():
            by_operation.setdefault(op, set()).add(command)
    return by_operation


# -- the window ---------------------------------------------------------------------------------------------------


def window_operations(qtbot: QtBot, window: MainWindow) -> set[str]:
    for name in PAGE_NAMES:
        page = window.show_page(name)
        qtbot.waitUntil(lambda page=page: page.loaded, timeout=30_000)
    return set(reachable(window))


def test_the_command_lines_operations_are_found() -> None:
    found = cli_operations()
    assert found["refunds.record_refund"] == {"refund record"}
    assert found["packets.make_deposit_packet"] == {"packet"}  # through a function of its module
    assert "refunds.receive_refund" in found and "accounts.preview_withdrawal" not in found


def test_every_operation_of_the_command_line_has_its_place_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    cli = cli_operations()
    reached = window_operations(qtbot, window)
    unknown = {name for name in reached if _operation(*name.split(".", 1)) is None}
    assert not unknown, f"the window names operations that do not exist: {sorted(unknown)}"
    unreached = {op: sorted(commands) for op, commands in cli.items() if op not in reached}
    assert not unreached, f"operations of the command line the window cannot reach: {unreached}"


def test_every_command_that_only_reads_is_shown_by_a_page_or_is_not_the_windows() -> None:
    readers = {command for command, handler in commands(build_parser()) if not operations_called_or_none(handler)}
    unplaced = readers - set(READ_ONLY_PAGES) - set(READ_ONLY_PREFERENCES) - set(NOT_IN_WINDOW)
    assert not unplaced, f"commands that only read and that no page shows: {sorted(unplaced)}"
    assert set(READ_ONLY_PAGES.values()) <= set(PAGE_NAMES)
    stale = (set(READ_ONLY_PAGES) | set(NOT_IN_WINDOW) | set(READ_ONLY_PREFERENCES)) - readers
    assert not stale, f"no longer commands that only read: {sorted(stale)}"


def operations_called_or_none(handler: Callable[..., Any] | None) -> set[str]:
    return operations_called(handler) if handler is not None else set()


def test_what_preferences_shows_for_a_command_is_there_and_reached_from_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desk.ui.preferences import TABS

    for command, tab in READ_ONLY_PREFERENCES.items():
        assert tab in TABS, command
        dialog = window.tools_menu.run_preferences()  # the Tools menu's Preferences… action runs this
        assert dialog is not None
        dialog.show_tab(tab)
        rules = dialog.rules_tab.rules
        assert rules.topLevelItemCount() > 0, f"{command}: Preferences shows nothing"
        dialog.reject()
