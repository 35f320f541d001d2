"""Driving the window in UI tests: a list page once its rows are read, every id a list holds, and acting on a
modal window (or a menu) once it shows (its exec() would block the test otherwise)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow


def list_page(qtbot: QtBot, window: MainWindow, name: str) -> ListPage:
    """The page `name`, shown, with its first rows read (and no filter still working)."""
    page = window.show_page(name)
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.loaded and not page.busy, timeout=30_000)
    return page


def all_ids(page: ListPage) -> list[int]:
    """The ids of every row of the list, fetching the pages not read yet."""
    while page.model.canFetchMore(page.model.index(0, 0).parent()):
        page.model.fetchMore(page.model.index(0, 0).parent())
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> list[str]:
    """Run `act` on the next window of `kind` once it shows; the message boxes' texts seen on the way."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                if isinstance(widget, QMessageBox):
                    seen.append(widget.text())
                act(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    return seen


def when_modal(handle: Callable[[QWidget], None], *, popups: bool = False) -> list[bool]:
    """Run `handle` on the modal window that opens next (with `popups`, a popup menu too); the list gets True once
    it has run, whatever `handle` raised."""
    done: list[bool] = []

    def look() -> None:
        modal = QApplication.activeModalWidget() or (QApplication.activePopupWidget() if popups else None)
        if modal is None:
            QTimer.singleShot(20, look)
            return
        try:
            handle(modal)
        finally:
            done.append(True)

    QTimer.singleShot(0, look)
    return done


def drag_over(widget: QWidget, pos: QPoint, mime: QMimeData) -> tuple[bool, bool]:
    """A drag of `mime` entering `widget` and moving to `pos`, offering to copy or move: (enter accepted, move
    accepted). A drop or a leave follows: Qt keeps the widget entered as the drag's target until then."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, move)
    return enter.isAccepted(), move.isAccepted()
