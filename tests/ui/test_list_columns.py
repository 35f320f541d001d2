"""What matters is on screen: at 1280×800 on the demo, the Disputes page shows State, Next deadline, Claimed and Won
without scrolling; the next-deadline column reads as words, explains itself, sorts by date and marks what is
overdue in the Dashboard's colour."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desk.lists.deadlines import NextDeadline
from desk.ui.deadline_model import OVERDUE
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.table_model import SortRole


def _page(qtbot: QtBot, window: MainWindow, name: str) -> ListPage:
    window.resize(1280, 800)
    page = window.show_page(name)
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    qtbot.wait(50)  # the resize and the column fitting settle
    return page


def _column(page: ListPage, key: str) -> int:
    return [c.key for c in page.spec.columns].index(key)


def test_the_disputes_that_matter_fit_1280_pixels(qtbot: QtBot, window: MainWindow, artifacts: Path) -> None:
    page = _page(qtbot, window, "disputes")
    header = page.table.horizontalHeader()
    viewport = page.table.viewport().width()
    for key in ("state", "next_deadline", "claimed", "won"):
        section = _column(page, key)
        left = header.sectionViewportPosition(section)
        assert left >= 0 and left + header.sectionSize(section) <= viewport, key
    item = _column(page, "item")
    assert header.sectionSize(item) <= 22 * page.table.fontMetrics().averageCharWidth()  # long items elide
    claimed = page.model.index(0, _column(page, "claimed"))
    assert page.model.data(claimed, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    window.grab().save(str(artifacts / "list-columns-disputes-1280.png"))


def test_the_next_deadline_column_says_what_is_due_and_sorts_by_date(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window, "disputes")
    column = _column(page, "next_deadline")
    dues = [page.model.row_at(r).values["next_deadline"] for r in range(page.model.rowCount())]
    found = [d for d in dues if isinstance(d, NextDeadline)]
    assert found, "the demo has disputes waiting on the seller or an escalation"
    row = dues.index(found[0])
    index = page.model.index(row, column)
    text = page.model.data(index)
    deadline = found[0].deadline
    assert text.endswith(f"{deadline.due:%b} {deadline.due.day}, {deadline.due.year}")  # the locale's date (en_US)
    assert any(word in text for word in ("Seller's answer by", "Escalate by"))
    tip = page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert deadline.what in tip and "dispute:" not in tip and "Dispute" in tip

    # Sorted by it: the database orders by date, cases without a deadline last.
    header = page.table.horizontalHeader()
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.sort_column() == (column, Qt.SortOrder.AscendingOrder))
    keys = [page.model.data(page.model.index(r, column), SortRole) for r in range(page.model.rowCount())]
    dated = [k for k in keys if k is not None]
    assert dated == sorted(dated) and keys[: len(dated)] == dated  # the ones without a deadline come after


def test_an_overdue_deadline_is_marked(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window, "refunds")
    column = _column(page, "next_deadline")
    overdue = [
        r
        for r in range(page.model.rowCount())
        if isinstance(d := page.model.row_at(r).values["next_deadline"], NextDeadline) and d.deadline.due < date.today()
    ]
    assert overdue, "the demo has a refund that should have arrived"
    index = page.model.index(overdue[0], column)
    assert page.model.data(index).startswith("Overdue: Refund by")
    brush = page.model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE
    fine = [r for r in range(page.model.rowCount()) if r not in overdue]
    for r in fine:
        assert page.model.data(page.model.index(r, column), Qt.ItemDataRole.ForegroundRole) is None
    window.grab().save(str(Path(__file__).parents[1] / "artifacts" / "list-columns-refunds-1280.png"))
