"""The Qt binding itself, where a release of it has broken Desk."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_keep_nones_references(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method that returns nothing
    (setText, processEvents, …): after a few thousand calls the process aborted with "deallocating None" (it did
    in `desk screenshot`). On Python 3.12 and later None is immortal and its count does not move."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50  # other code may drop a few of its own, never one per call
