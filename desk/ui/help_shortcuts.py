"""Help → Keyboard Shortcuts: the keys of the actions that exist, read from the window's menus, each page's actions
and its lists' own keys each time it is shown, so the list cannot go stale when a shortcut changes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTableView, QWidget

from desk.ui.help_texts import GETTING_STARTED
from desk.ui.tr_context import TrContext

Row = tuple[str, str]  # what the action does, its keys


HelpShortcuts = TrContext("HelpShortcuts")


def plain(text: str) -> str:
    """An action's text without its mnemonic marks ("&Import Orders…" → "Import Orders…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_of(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


def menu_rows(window: QMainWindow) -> list[Row]:
    """ "File → Import Orders…" and its keys, for every menu entry (and submenu entry) that has keys."""
    rows: list[Row] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} → {plain(action.text())}")
            elif keys_of(action) and not action.isSeparator():
                rows.append((f"{path} → {plain(action.text())}", keys_of(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    return rows


def page_rows(page: QWidget) -> list[Row]:
    """The page's own actions (its buttons) that have keys, whether or not a record is chosen now (most act on the
    chosen one, and are off until one is)."""
    return [(plain(a.text()), keys_of(a)) for a in page.actions() if keys_of(a)]


def list_rows(pages: Iterable[QWidget]) -> list[Row]:
    """The keys every list has (Copy, Void…): those of the first list that has keys, said once."""
    for page in pages:
        table = getattr(page, "table", None)
        rows = (
            [(plain(a.text()), keys_of(a)) for a in table.actions() if keys_of(a)]
            if isinstance(table, QTableView)
            else []
        )
        if rows:
            return rows
    return []


def _table(rows: list[Row]) -> list[str]:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")

    lines = [HelpShortcuts.tr("| Action | Keys |"), "|---|---|"]
    lines += [f"| {cell(what)} | {cell(keys)} |" for what, keys in rows]
    return [*lines, ""]


def shortcuts_markdown(window: QMainWindow, pages: list[tuple[str, QWidget]]) -> str:
    """The whole list as Markdown: the window's menus, then each page's actions (`pages`: title and page, in the
    navigation's order; empty while no data folder is open), then the keys of every list."""
    lines = [HelpShortcuts.tr("# Keyboard Shortcuts"), ""]
    lines.append(
        HelpShortcuts.tr(
            "The keys of the menus work on every page. A page's own keys work while that page is shown, on the "
            "record chosen in its list. Every action with keys is listed here, as this copy of Desk has them."
        )
    )
    lines += ["", HelpShortcuts.tr("## Menus"), "", *_table(menu_rows(window))]
    if not pages:
        lines.append(HelpShortcuts.tr("Each page's own keys are listed here once a data folder is open."))
    for title, page in pages:
        rows = page_rows(page)
        if rows:
            lines += [HelpShortcuts.tr("## {0} page").format(title), "", *_table(rows)]
    every_list = list_rows(page for _title, page in pages)
    if every_list:
        lines += [HelpShortcuts.tr("## In every list"), ""]
        lines.append(
            HelpShortcuts.tr("While a list has the keyboard. Void… is offered on lists whose records can be voided.")
        )
        lines += ["", *_table(every_list)]
    lines += ["", HelpShortcuts.tr("See also: [Getting Started]({0}.md).").format(GETTING_STARTED)]
    return "\n".join(lines)
