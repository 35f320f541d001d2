"""The leak scan (issue 12, plain words): on the demo folder, every page of the main window with its detail tabs,
every dialog that opens without typing, every PDF the demo can make and the CLI's read commands, read as a person
reads them — no table or column name, machine key, seed number, rule key, source file name, Python repr or enum
value (tests/leaks.py). A check that finds leaks in a dialog another engineer is reworking is marked xfail with
the reason, so that it names them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.ui.evidence_preview import EvidencePreview
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.pages import PAGE_NAMES
from desk.ui.worker import operations_running
from desk.workspace import Workspace
from tests.leaks import ISO_DATE, Leak, leaks

ROWS = 60  # rows of each list read: enough for every kind of row of the demo


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
            if model.rowCount(model.index(row, 0, parent)) > 0:
                stack.append(model.index(row, 0, parent))


def _tree_items(item: QTreeWidgetItem) -> Iterator[str]:
    for column in range(item.columnCount()):
        yield item.text(column)
        yield item.toolTip(column)
    for child in range(item.childCount()):
        yield from _tree_items(item.child(child))


def texts_of(top: QWidget) -> Iterator[str]:
    """Every text a person can read in `top` and its children."""
    for w in [top, *top.findChildren(QWidget)]:
        yield w.windowTitle()
        yield w.toolTip()
        for action in w.actions():
            yield action.text()
            yield action.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        elif isinstance(w, QLineEdit):
            yield w.text()
            yield w.placeholderText()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            yield w.toPlainText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w.tabText(i)
                yield w.tabToolTip(i)
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            yield from (header.text(i) for i in range(header.columnCount()))
            for i in range(w.topLevelItemCount()):
                yield from _tree_items(w.topLevelItem(i))
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                yield w.item(i).text()
                yield w.item(i).toolTip()
        elif isinstance(w, QAbstractItemView):
            yield from _model_texts(w)


# Dates in ISO form the window shows on purpose (listed, so that the scan names any other):
# - what a kept file says (an e-mail's body, a chat's text): the user's evidence, shown as it is;
# - Import Orders' column hints ("e.g. 2026-10-01"): a form the file may hold.
KNOWN_ISO_PLACES = ("(Import Orders)",)


def known_iso_texts(top: QWidget) -> tuple[str, ...]:
    known: list[str] = []
    window = top if isinstance(top, MainWindow) else top.window()
    for preview in window.findChildren(EvidencePreview):
        known += [preview.text_view.toPlainText(), preview.email_view.body.toPlainText()]
    return tuple(text for text in known if ISO_DATE.search(text))


def scan(where: str, top: QWidget) -> list[Leak]:
    found: list[Leak] = []
    known = known_iso_texts(top)
    for text in texts_of(top):
        if text:
            found += [leak for leak in leaks(where, text, window=True) if not _known_iso(leak, known)]
    return found


def _known_iso(leak: Leak, known: tuple[str, ...]) -> bool:
    """An ISO date in a place or a text listed above; one outside them is a leak."""
    if leak.what != "an ISO date":
        return False
    if any(place in leak.where for place in KNOWN_ISO_PLACES):
        return True
    text = leak.text
    for k in known:
        text = text.replace(k, "")
    return not ISO_DATE.search(text)


def _settle(qtbot: QtBot) -> None:
    """Until the background loads that showing a page, a row or a dialog started (its figures, a preview) have
    landed: waited for, not guessed (a fixed pause was both slow and, on a busy machine, sometimes too short)."""
    qtbot.wait(20)  # what was queued (a load started by a zero timer) starts
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=30_000)
    qtbot.wait(20)  # and what it delivered is drawn


def in_dialog(qtbot: QtBot, where: str, trigger: Callable[[], object]) -> tuple[list[Leak], list[str]]:
    """Run `trigger`, read the dialog (or message) it opens, close it without acting; the leaks it showed and the
    titles of what opened."""
    found: list[Leak] = []
    seen: list[str] = []

    def grab(tries: int = 40) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            if tries:
                QTimer.singleShot(50, lambda: grab(tries - 1))
            return
        _settle(qtbot)
        seen.append(modal.windowTitle() or type(modal).__name__)
        found.extend(scan(f"{where} ({seen[-1]})", modal))
        QTimer.singleShot(0, lambda: grab_next(modal))
        close = getattr(modal, "reject", None) or modal.close
        close()

    def grab_next(previous: QWidget) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not previous:
            grab(0)

    QTimer.singleShot(50, grab)
    trigger()
    _settle(qtbot)
    for top in QApplication.topLevelWidgets():  # a dialog shown without exec()
        if top.isVisible() and not isinstance(top, MainWindow) and top.windowTitle():
            seen.append(top.windowTitle())
            found.extend(scan(f"{where} ({top.windowTitle()})", top))
            top.close()
    return found, seen


# Dialogs another engineer is reworking (issue 12's safe dialogs): their leaks are listed here and fixed there.
OTHERS: tuple[str, ...] = ()


DETAILED = 9  # rows whose details (tabs, the evidence preview, the deposit panel) are read: all of the demo's kinds


def page_leaks(qtbot: QtBot, window: MainWindow, name: str) -> list[Leak]:
    page = window.show_page(name)
    _settle(qtbot)
    found = scan(f"the {name} page", page)
    if isinstance(page, ListPage):
        for row in range(min(page.model.rowCount(), DETAILED)):
            page.table.selectRow(row)
            _settle(qtbot)
            found += scan(f"the {name} page, row {row + 1}", page)
    return found


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_page_shows_an_internal_word(qtbot: QtBot, window: MainWindow, name: str) -> None:
    found = page_leaks(qtbot, window, name)
    assert not found, "\n".join(map(str, found))


def test_no_page_of_an_empty_folder_shows_an_internal_word(qtbot: QtBot, workspace: Workspace) -> None:
    win = MainWindow(workspace.root)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.page_loaded):
        win.attach(workspace)
    found = [leak for name in PAGE_NAMES for leak in page_leaks(qtbot, win, name)]
    assert not found, "\n".join(map(str, found))


def test_the_window_menus_dialogs_open_without_internal_words(qtbot: QtBot, window: MainWindow) -> None:
    found: list[Leak] = []
    others: list[Leak] = []
    opened: list[str] = []
    for action in window.findChildren(QAction):
        text = action.text().replace("&", "").rstrip("…")
        if text in ("Import Orders", "Export for Lawyer", "About Desk"):
            got, seen = in_dialog(qtbot, text, action.trigger)
            (others if text.startswith(OTHERS) else found).extend(got)
            opened += seen
    found += scan("the main window", window)
    assert len(opened) >= 3, opened
    assert not found, "\n".join(map(str, found))
    if others:
        pytest.xfail("in dialogs another engineer is reworking:\n" + "\n".join(map(str, others)))


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_the_dialogs_of_each_page_open_without_internal_words(qtbot: QtBot, window: MainWindow, name: str) -> None:
    page = window.show_page(name)
    _settle(qtbot)
    if isinstance(page, ListPage) and page.model.rowCount():
        page.table.selectRow(0)
        _settle(qtbot)
    mine: list[Leak] = []
    others: list[Leak] = []
    for action in page.actions():
        text = action.text().replace("&", "").rstrip("…")
        if not text or text.startswith("Add Evidence"):
            continue
        got, seen = in_dialog(qtbot, f"{name}: {text}", action.trigger)
        print(f"{name}: {text} opened {seen}")
        (others if text.startswith(OTHERS) else mine).extend(got)
    assert not mine, "\n".join(map(str, mine))
    if others:
        pytest.xfail("in dialogs another engineer is reworking:\n" + "\n".join(map(str, others)))
