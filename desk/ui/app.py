"""Starting the GUI: the QApplication, the workspace, the main window; and `desk screenshot`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.errors import DeskError
from desk.ui.main_window import MainWindow
from desk.ui.pages import PAGE_NAMES
from desk.ui.style import apply_style
from desk.workspace import Workspace

ORGANIZATION = "Desk"
APPLICATION = "Desk"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName("desk")
    apply_style(app)
    return app


def run_gui(data_dir: Path) -> int:
    app = make_application()
    try:
        workspace = Workspace.open(data_dir)
    except DeskError as exc:
        QMessageBox.critical(None, app.tr("Desk cannot open the data folder"), str(exc))
        return 1
    window = MainWindow(workspace)
    if os.environ.get("DESK_EXIT_WHEN_SHOWN"):  # start-up benchmark: report and leave once the window is up
        from desk.ui.startup_probe import exit_when_shown

        exit_when_shown(window)
    window.show()
    code = app.exec()
    workspace.close()
    return int(code)


def screenshot(data_dir: Path, output: Path, page: str = "dashboard", size: tuple[int, int] = (1280, 800)) -> Path:
    """Render the main window on `page` to a PNG without showing it on a screen."""
    if page not in PAGE_NAMES:
        raise DeskError(f"unknown page {page!r}; pages: {', '.join(PAGE_NAMES)}")
    app = make_application()
    with Workspace.open(data_dir) as workspace:
        window = MainWindow(workspace, remember=False)
        window.resize(QSize(*size))
        window.show_page(page)
        window.show()
        for _ in range(3):
            app.processEvents()
        window.pages[page].ensure_loaded()
        app.processEvents()
        image = window.grab()
        window.close()
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        if not image.save(str(partial), "PNG"):
            raise DeskError(f"could not write the screenshot {output}")
        partial.replace(output)
    return output
