"""What the GUI benchmarks share: Desk's window on a data folder, resident memory, and how long the GUI thread is
kept from answering while work it started runs in the background."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

POLL_S = 0.001  # between two turns of the event loop while waiting: lets the background thread hold the GIL


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:"))


class Painted(QObject):
    """Notes when a widget has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False


def desk_window(app: QApplication, ws: Workspace) -> MainWindow:
    """Desk's main window on its Dashboard, the data folder attached, its figures painted."""
    window = MainWindow(ws.root, remember=False)
    window.resize(1280, 800)
    window.show()
    loaded: list[str] = []
    window.page_loaded.connect(loaded.append)
    window.attach(ws)
    until(app, lambda: bool(loaded))
    for _ in range(5):
        app.processEvents()
    return window


def until(app: QApplication, done: Callable[[], bool]) -> float:
    """Turn the event loop until `done()`, then once more (the repaint); the longest turn in ms: how long the GUI
    thread could not answer a click while the work went on."""
    longest = 0.0
    while True:
        finished = done()
        started = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - started)
        if finished:
            return longest * 1000
        time.sleep(POLL_S)


def responsive(app: QApplication, start: Callable[[], None], done: Callable[[], bool]) -> tuple[float, float]:
    """Run `start` (on the GUI thread, as a click does) and wait until `done()`: (ms to the result on screen, the
    longest ms the GUI thread was blocked, `start` itself included)."""
    started = time.perf_counter()
    start()
    blocked = (time.perf_counter() - started) * 1000
    longest = until(app, done)
    return (time.perf_counter() - started) * 1000, max(blocked, longest)
