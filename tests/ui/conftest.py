"""Qt tests: the application is set up as `desk` sets it up, with settings kept in the test's own folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.ui.import_dialog import ImportDialog
from desk.ui.language import install as install_language
from desk.ui.locale_text import use_locale
from desk.ui.main_window import MainWindow
from desk.ui.open_folder import OpenFolder
from desk.workspace import Workspace

# Linux has no native format of its own (Qt keeps INI files there): its tests keep theirs in each test's folder.
NATIVE_SETTINGS = sys.platform in ("win32", "darwin")
TEST_ORGANIZATION = "Desk tests"


@pytest.fixture(autouse=True)
def desk_app(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    from desk.ui.app import make_application

    app = make_application()
    if NATIVE_SETTINGS:
        # The registry (Windows) or the property list (macOS) real users get, under a name of the tests' own: a
        # developer's own Desk settings are never read or cleared.
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        QCoreApplication.setOrganizationName(TEST_ORGANIZATION)
    else:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    use_locale("en_US")  # what the expected texts are written in, whatever the machine's locale
    install_language(app, "en")  # the same: English, with its plural forms, whatever the machine's language
    yield app
    QSettings().clear()
    # What the test's widgets asked to be deleted (pytest-qt closes and deletes the ones it was given) goes now: no
    # event loop runs between tests to do it, and every widget left alive is polished, styled and walked again by
    # each test after it (the suite's set-ups grew from 0.6 s to 4 s so).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace) -> MainWindow:
    """The main window, shown, on a copy of the demo folder, its Dashboard's figures on screen."""
    win = MainWindow(demo_workspace.root)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # pytest-qt's 5 s default was once not enough, with the Windows lane's two streams on the same two cores
    with qtbot.waitSignal(win.page_loaded, timeout=30_000):
        win.attach(demo_workspace)
    return win


@pytest.fixture
def opened(qtbot: QtBot, demo_folder: Path) -> Iterator[OpenFolder]:
    """The demo folder open as `desk` opens it at start, its Dashboard on screen."""
    folder = OpenFolder(demo_folder)
    folder.window.show()
    qtbot.waitExposed(folder.window)
    with qtbot.waitSignal(folder.window.page_loaded, timeout=30_000):
        folder.open_first()
    yield folder
    qtbot.waitUntil(lambda: not folder.opening, timeout=30_000)
    folder.window.close()
    folder.window.deleteLater()  # its menus' actions hold it through their slots: only Qt can let it go
    folder.close()


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace) -> ImportDialog:
    """The import dialog on the test's workspace, shown."""
    d = ImportDialog(workspace)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d

