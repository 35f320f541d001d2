"""The cycle collector runs on the window's thread only (desk.ui.collector): a widget caught in a reference cycle
is never destroyed by a background thread, where Qt cannot stop its timers (the suite crashed so, at random)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desk.ui.collector import MainThreadCollector


def test_the_window_turns_the_automatic_collector_off_and_collects_on_its_own_thread(
    qtbot: QtBot, desk_app: QApplication
) -> None:
    collector = desk_app.findChild(MainThreadCollector)
    assert isinstance(collector, MainThreadCollector) and collector.timer.isActive()
    assert not gc.isenabled()

    class Cyclic(QLineEdit):
        def __init__(self) -> None:
            super().__init__()
            self.setObjectName("cyclic")
            self.again = lambda: self  # a cycle: only the collector frees it

    def alive() -> bool:
        return any(w.objectName() == "cyclic" for w in QApplication.allWidgets())

    Cyclic()  # dropped at once, kept alive by its cycle alone

    kept: list[list[object]] = []

    def allocate() -> None:  # what a background operation builds: far past the youngest generation's threshold
        kept.extend([QObject] for _ in range(3 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert alive()  # the worker thread destroyed nothing (with the automatic collector on, it would have)
    qtbot.waitUntil(lambda: not alive(), timeout=5_000)  # the window's thread did
