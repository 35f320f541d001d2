"""A desktop notification from a process without a window (`desk due --remind`, run by the system's scheduler): a
notification-area icon shows one message, then goes.

Best effort, and never the only road (the command prints the list; the window shows its banner when it opens):
- Windows shows it as a toast, unless Focus Assist (Do not disturb) is on or notifications are off for Desk;
- macOS shows it in Notification Center once the user has allowed Desk's notifications;
- Linux needs a notification area (KDE, XFCE, Cinnamon; GNOME only with an extension) and a display: under cron
  there is none, and nothing is tried.
Qt says the same of itself: on some systems the message "may not appear at all"."""

from __future__ import annotations

import os
import sys

SHOWN_FOR_MS = 10_000  # the message's time on screen: the icon (and so the process) must stay that long
MOST_LINES = 6


def can_show() -> bool:
    """False where trying would fail or abort: no display on Linux (cron), or Qt's offscreen platform."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal"):
        return False
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return False
    return True


def notify(title: str, lines: list[str]) -> bool:
    """Show `title` and the first lines of `lines`; True when the system took the message."""
    if not can_show():
        return False
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from desk.paths import resource

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "desk"])
    if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
        return False
    tray = QSystemTrayIcon(QIcon(str(resource("icons", "desk.svg"))))
    tray.show()
    shown = lines[:MOST_LINES]
    if len(lines) > MOST_LINES:
        shown.append(f"… and {len(lines) - MOST_LINES} more: desk due --reminders")
    tray.showMessage(title, "\n".join(shown), QSystemTrayIcon.MessageIcon.Information, SHOWN_FOR_MS)
    QTimer.singleShot(SHOWN_FOR_MS, app.quit)
    app.exec()
    tray.hide()
    return True
