"""The window's one error path: a user's error is a message; a bug — raised in a background operation, in one of
its callbacks, or in any slot — is written to the log and shown in a dialog that says where the log is; and a
background operation always ends (`finished`), whatever its callbacks do. Real BackgroundOps on the real thread
pool; the dialogs are found among the application's windows."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar, QWidget
from pytestqt.qtbot import QtBot

from desk.common import Cancelled, Progress
from desk.errors import DeskError
from desk.logs import use_data_folder
from desk.ui.errors import install_bug_hook, show_error
from desk.ui.operation_dialog import OperationDialog
from desk.ui.worker import BackgroundOp


@contextmanager
def bug_hook() -> Iterator[None]:
    """Desk's hook, as the window installs it (in the test's body: pytest-qt puts its own back for each phase)."""
    uninstall = install_bug_hook()
    try:
        yield
    finally:
        uninstall()


def boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == name]


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Path]:
    """The data folder's log, as it is once the window has opened the folder."""
    folder = tmp_path / "shop"
    use_data_folder(folder)
    yield folder / "logs" / "desk.log"
    for box in boxes("bugDialog") + boxes("errorMessage"):
        box.close()


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def broken(_progress: Progress, _cancelled: Cancelled) -> int:
    return {"a": 1}["b"]  # a bug inside the operation


def test_a_bug_inside_a_background_operation_ends_it_logs_it_and_shows_the_dialog(
    qtbot: QtBot, owner: QWidget, log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)  # the OS edge: no file manager in a test
    with bug_hook():
        op = BackgroundOp(owner, broken)  # no failure callback: the worker's default says what happened
        with qtbot.waitSignal(op.finished, timeout=10_000):
            op.run_in_background()
        assert not op.running and isinstance(op.error, KeyError)
        qtbot.waitUntil(lambda: len(boxes("bugDialog")) == 1)
    text = log.read_text("utf-8")
    assert "Traceback (most recent call last)" in text and "in broken" in text and "KeyError: 'b'" in text
    dialog = boxes("bugDialog")[0]
    assert "This is a bug in Desk" in dialog.text() and str(log) in dialog.informativeText()
    folder_button = next(b for b in dialog.buttons() if b.text() == "Open Log Folder")
    folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(log.parent))]


def test_a_raising_failure_callback_still_ends_the_operation_and_is_reported(
    qtbot: QtBot, owner: QWidget, log: Path
) -> None:
    def refuse(_progress: Progress, _cancelled: Cancelled) -> int:
        raise DeskError("no dispute 12")

    def clumsy_handler(error: BaseException) -> None:
        raise RuntimeError(f"the handler broke on {error}")

    with bug_hook():
        op = BackgroundOp(owner, refuse).on_failure(clumsy_handler)
        with qtbot.waitSignal(op.finished, timeout=10_000):
            op.run_in_background()
        qtbot.waitUntil(lambda: len(boxes("bugDialog")) == 1)
    assert "RuntimeError: the handler broke on no dispute 12" in log.read_text("utf-8")


def test_a_raising_success_callback_still_ends_the_operation(qtbot: QtBot, owner: QWidget, log: Path) -> None:
    def clumsy_handler(result: int) -> None:
        raise ValueError(f"cannot show {result}")

    with bug_hook():
        op = BackgroundOp(owner, lambda _p, _c: 7).on_success(clumsy_handler)
        with qtbot.waitSignal(op.finished, timeout=10_000):
            op.run_in_background()
    assert "ValueError: cannot show 7" in log.read_text("utf-8")


def test_under_any_hook_a_raising_callback_reaches_the_hook_and_the_operation_ends(
    qtbot: QtBot, owner: QWidget
) -> None:
    def clumsy_handler(error: BaseException) -> None:
        raise RuntimeError("handler broke")

    with qtbot.capture_exceptions() as captured:  # pytest-qt's hook: how a bug in a dialog fails a test
        op = BackgroundOp(owner, broken).on_failure(clumsy_handler)
        with qtbot.waitSignal(op.finished, timeout=10_000):
            op.run_in_background()
    assert [type(exc) for _, exc, _ in captured] == [RuntimeError]


def test_a_users_error_without_a_failure_callback_is_a_message_not_a_bug(
    qtbot: QtBot, owner: QWidget, log: Path
) -> None:
    def refuse(_progress: Progress, _cancelled: Cancelled) -> int:
        raise DeskError("no dispute 12")

    with bug_hook():
        op = BackgroundOp(owner, refuse)
        with qtbot.waitSignal(op.finished, timeout=10_000):
            op.run_in_background()
        qtbot.waitUntil(lambda: len(boxes("errorMessage")) == 1)
    assert boxes("errorMessage")[0].text() == "no dispute 12" and not boxes("bugDialog")
    assert not log.exists()


def test_a_bug_left_by_an_owner_that_closed_is_still_logged(qtbot: QtBot, log: Path) -> None:
    release = threading.Event()

    def waits_then_breaks(_progress: Progress, _cancelled: Cancelled) -> int:
        release.wait(10)
        return 1 // 0

    owner = QWidget()
    with bug_hook():
        op = BackgroundOp(owner, waits_then_breaks)
        with qtbot.waitSignal(op.finished, timeout=10_000):
            op.run_in_background()
            owner.deleteLater()
            qtbot.waitUntil(lambda: op.cancelled)  # the owner is gone: the work is no longer wanted
            release.set()
    assert "ZeroDivisionError" in log.read_text("utf-8")


def test_a_slot_that_raises_is_logged_and_shown(qtbot: QtBot, log: Path) -> None:
    def slot() -> None:
        raise LookupError("a page lost its row")

    with bug_hook():
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: len(boxes("bugDialog")) == 1)
    assert "LookupError: a page lost its row" in log.read_text("utf-8")


def test_one_bug_dialog_at_a_time_but_every_bug_logged(qtbot: QtBot, log: Path) -> None:
    def slot() -> None:
        raise LookupError("again")

    with bug_hook():
        for _ in range(3):
            QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: log.exists() and log.read_text("utf-8").count("LookupError: again") == 3)
    assert len(boxes("bugDialog")) == 1


def test_show_error_shows_the_users_error_over_the_dialog(qtbot: QtBot, owner: QWidget, log: Path) -> None:
    missing = log.parent / "gone.jpg"
    try:
        missing.read_bytes()
    except OSError as error:
        problem = show_error(owner, error, title="Add Evidence")
    assert not problem.is_bug
    (box,) = boxes("errorMessage")
    assert box.windowTitle() == "Add Evidence" and box.text() == f"{missing}: no such file or folder"
    assert box.parent() is owner


class _Dialog(OperationDialog):
    """The smallest dialog on the shared base, keeping its failure path (the Claim Packet dialog's base)."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = QProgressBar(self)
        self.status = QLabel(self)


def test_the_operation_dialogs_default_failure_path_shows_the_error(qtbot: QtBot, log: Path) -> None:
    dialog = _Dialog()
    qtbot.addWidget(dialog)

    def refuse(_progress: Progress, _cancelled: Cancelled) -> int:
        raise DeskError("the folder /proc/nope cannot be written")

    op = dialog.begin(refuse, "Working…", lambda _result: None)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.run_in_background()
    assert not dialog.busy and not dialog.bar.isVisible()
    qtbot.waitUntil(lambda: len(boxes("errorMessage")) == 1)
    assert boxes("errorMessage")[0].text() == "the folder /proc/nope cannot be written"
