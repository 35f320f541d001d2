"""Python's cycle collector, run on the window's thread only.

The collector runs in whichever thread happens to allocate when its threshold is crossed. In the window that may
be a background operation's thread (a check, a packet, an import), and a Qt widget caught in a reference cycle (a
dialog whose slot is a lambda naming the dialog) would then be destroyed there. Qt forbids that: the widget's
timers cannot be stopped from another thread, they outlive it and fire into freed memory. The suite crashed so, at
random. So while the window runs, the automatic collector is off and a timer on the window's thread collects, as
often as the thresholds would have asked for."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds (the youngest first, as gc would)."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] > thresholds[generation]:
                due = generation
            else:
                break
        return gc.collect(due) if due >= 0 else 0


def collect_on_this_thread(app: QObject) -> MainThreadCollector:
    """Install the collector once on `app` (the QApplication): later calls return the one installed."""
    existing = app.findChild(MainThreadCollector)
    return existing if isinstance(existing, MainThreadCollector) else MainThreadCollector(app)
