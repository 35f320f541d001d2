"""For `bench/startup.py`: report when the window first shows and when its page has its rows, then quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer


def _say(word: str) -> None:
    print(word, flush=True)
    sys.stdout.flush()


def report_shown() -> None:
    """Called after the window's first paint."""
    _say("shown")


def report_ready_and_quit() -> None:
    """Print `ready` once the events queued so far (the repaint with the rows) are done, then quit."""

    def ready() -> None:
        _say("ready")
        QCoreApplication.quit()

    QTimer.singleShot(0, ready)
