"""Starting the GUI: the QApplication, the workspace, the main window; and `desk screenshot`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QThreadPool
from PySide6.QtWidgets import QApplication

from desk import __version__
from desk.errors import DeskError
from desk.ui.collector import collect_on_this_thread
from desk.ui.errors import install_bug_hook
from desk.ui.first_paint import after_first_paint
from desk.ui.main_window import MainWindow
from desk.ui.open_folder import OpenFolder
from desk.ui.pages import PAGE_NAMES
from desk.ui.startup_probe import report_ready_and_quit, report_shown
from desk.ui.style import apply_style

ORGANIZATION = "Desk"
APPLICATION = "Desk"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName("desk")
    from desk.ui.language import install

    install(app)  # the saved choice, else the system's language (Preferences changes it)
    apply_style(app)
    collect_on_this_thread(app)  # never in a background operation's thread (desk.ui.collector)
    return app


def run_gui(data_dir: Path) -> int:
    """Show the window first, then open the data folder: the window appears at once even on a large folder. The
    open folder and its window belong to `OpenFolder` (File → Open Data Folder… replaces both)."""
    app = make_application()
    uninstall_bug_hook = install_bug_hook()  # from here on a bug anywhere is logged and shown
    folder = OpenFolder(data_dir)
    window = folder.window
    probe = bool(os.environ.get("DESK_EXIT_WHEN_SHOWN"))  # bench/startup.py: report the moments, then leave

    def first_paint() -> None:
        if probe:
            report_shown()
            window.page_loaded.connect(report_ready_and_quit)
        folder.open_first(on_failure=lambda: app.exit(1))  # on a worker: the window paints while it opens
        from desk.viewer_copies import remove_old_copies  # not before the first paint: 20 ms of imports

        remove_old_copies()  # what the system's viewer was given from the Evidence page on earlier days

    after_first_paint(window, first_paint)
    window.show()
    try:
        code = app.exec()
        QThreadPool.globalInstance().waitForDone()  # a cancelled add may be finishing its last chunk in the folder
    finally:
        uninstall_bug_hook()
    folder.close()
    from desk.viewer_copies import remove_old_copies

    remove_old_copies()
    return int(code)


def screenshot(data_dir: Path, output: Path, page: str = "dashboard", size: tuple[int, int] = (1280, 800)) -> Path:
    """Render the main window on `page` to a PNG without showing it on a screen."""
    from desk.workspace import Workspace

    if page not in PAGE_NAMES:
        raise DeskError(f"unknown page {page!r}; pages: {', '.join(PAGE_NAMES)}")
    app = make_application()
    with Workspace.open(data_dir) as workspace:
        window = MainWindow(data_dir, remember=False)
        window.resize(QSize(*size))
        window.select_page(page)
        window.show()
        loaded: list[str] = []
        wait = QEventLoop()
        window.page_loaded.connect(loaded.append)
        window.page_loaded.connect(wait.quit)
        window.attach(workspace)
        if not loaded:  # the Dashboard's figures are computed in the background
            # Not a loop over processEvents(flags, ms): on Python 3.11 that overload of PySide6 6.12 drops a
            # reference to None each call, and enough calls abort the process ("deallocating None", seen).
            wait.exec()
        for _ in range(3):
            app.processEvents()
        image = window.grab()
        window.close()
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        if not image.save(str(partial), "PNG"):
            raise DeskError(f"could not write the screenshot {output}")
        partial.replace(output)
    return output
