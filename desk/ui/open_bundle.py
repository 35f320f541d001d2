"""A lawyer's bundle opened from the file manager (Open with › Desk, or dropped on Desk's icon): Tools › Verify
Bundle… on its own, with no main window and no data folder; it ends when its window is closed."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QThreadPool

from desk.ui.app import make_application
from desk.ui.errors import install_bug_hook
from desk.ui.verify_dialog import VerifyBundleDialog


def check_bundle_window(path: Path) -> int:
    """0 when the bundle is intact, 1 otherwise (as `desk verify-bundle`)."""
    make_application()
    uninstall_bug_hook = install_bug_hook()
    try:
        dialog = VerifyBundleDialog(path.expanduser().absolute())
        # A loop of its own rather than the application's: under Wine a window shown keeps app.exec() from ending.
        wait = QEventLoop()
        dialog.finished.connect(wait.quit)
        dialog.show()
        dialog.start()
        probe = bool(os.environ.get("DESK_EXIT_WHEN_SHOWN"))  # tests: leave once it has answered
        if probe and dialog.op is not None:
            dialog.op.finished.connect(wait.quit)
        if not probe or dialog.busy:
            wait.exec()
        if dialog.busy and dialog.op is not None:  # closed while checking: nothing is left to show the answer
            dialog.op.cancel()
        QThreadPool.globalInstance().waitForDone()
        dialog.close()
    finally:
        uninstall_bug_hook()
    return 0 if dialog.verified is not None and dialog.verified.intact else 1
