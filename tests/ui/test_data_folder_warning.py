"""The window says, as a folder opens, that the folder is not safe where it is (a network drive, or a volume that
cannot lock files: made here at the OS edge, `fcntl.flock` refusing as an SMB mount does). The message comes with
the opened folder (`desk.opening`); the window only shows it."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk.ui.open_folder import OpenFolder


def _open(qtbot: QtBot, folder: Path) -> OpenFolder:
    opened = OpenFolder(folder, remember=False)
    opened.window.show()
    qtbot.waitExposed(opened.window)
    with qtbot.waitSignal(opened.window.page_loaded, timeout=30_000):
        opened.open_first()
    return opened


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no flock to refuse, and Wine offers no network share")
def test_a_folder_without_locks_is_warned_about(
    qtbot: QtBot, data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    def refuse(fd: int, operation: int) -> None:
        raise OSError(errno.ENOTSUP, os.strerror(errno.ENOTSUP))

    monkeypatch.setattr(fcntl, "flock", refuse)
    opened = _open(qtbot, data_folder)
    try:
        box = opened.window.findChild(QMessageBox, "folderWarning")
        assert box is not None and box.isVisible()  # said where it cannot slip by, and kept in the status bar
        for shown in (box.text(), opened.window.statusBar().currentMessage()):
            assert "cannot lock files" in shown and str(data_folder.resolve()) in shown
            assert "back it up" in shown
        box.accept()
    finally:
        opened.window.close()
        opened.close()


def test_a_folder_on_this_computer_is_not_warned_about(qtbot: QtBot, data_folder: Path) -> None:
    opened = _open(qtbot, data_folder)
    try:
        assert "lock files" not in opened.window.statusBar().currentMessage()
        assert opened.window.findChild(QMessageBox, "folderWarning") is None
        assert "network" not in opened.window.statusBar().currentMessage()
    finally:
        opened.window.close()
        opened.close()
