"""For `bench/startup.py`: print a line and quit once the window has painted for the first time."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    print("shown", flush=True)
    sys.stdout.flush()
    QCoreApplication.quit()


def exit_when_shown(window: QWidget) -> None:
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
