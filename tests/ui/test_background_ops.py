"""A background operation, once ended, keeps nothing of its work alive: the window runs one for every page it
reads, and what each closed over (the workspace, its database engine and every statement the engine compiled)
once stayed for as long as the app ran."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk.common import Cancelled, Progress
from desk.ui.worker import BackgroundOp


class Work:
    """Stands for what an operation closes over: a workspace, a page's rows."""

    def total(self, _progress: Progress, _cancelled: Cancelled) -> int:
        return 42


def test_an_ended_operation_lets_go_of_what_its_work_closed_over(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    work = Work()
    gone = weakref.ref(work)
    results: list[int] = []
    op = BackgroundOp(owner, work.total).on_success(results.append)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.run_in_background()
    assert results == [42]
    del op, work
    gc.collect()
    assert gone() is None
