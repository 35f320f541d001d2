"""The dates in a deadline's details and its rule follow the user's locale like its Due column (issue 12): the
domain gives them as dates (`desk.common.Dated`), the window writes them with `date_text`; the CLI keeps ISO."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.ui.dashboard import DashboardPage
from desk.ui.list_page import ListPage
from desk.ui.locale_text import date_text, use_locale
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
GERMAN = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")  # 06.12.2026


@pytest.fixture
def german(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[MainWindow]:
    use_locale("de_DE")
    win = MainWindow(demo_workspace.root)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.page_loaded):
        win.attach(demo_workspace)
    yield win
    use_locale("en_US")


def test_the_dashboards_deadlines_read_their_dates_in_the_users_locale(qtbot: QtBot, german: MainWindow) -> None:
    page = german.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    model = page.deadlines
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        d = model.deadline_at(row)
        detail = model.data(model.index(row, 4))
        rule = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert not ISO.search(detail) and not ISO.search(rule), (detail, rule)
        for day in (p for p in d.detail.parts if isinstance(p, date)):
            assert date_text(day) in detail
        assert ISO.search(str(d.detail)) or not any(isinstance(p, date) for p in d.detail.parts)  # the CLI's form
    shown = [model.data(model.index(row, 4)) for row in range(model.rowCount())]
    assert any(GERMAN.search(text) for text in shown), shown
    page.grab().save("/tmp/pw_dashboard_de.png")


def test_a_lists_next_deadline_explains_itself_in_the_users_locale(qtbot: QtBot, german: MainWindow) -> None:
    page = german.show_page("disputes")
    qtbot.waitUntil(lambda: isinstance(page, ListPage) and page.model.rowCount() > 0)
    assert isinstance(page, ListPage)
    column = next(
        c
        for c in range(page.model.columnCount())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Next deadline"
    )
    tips = [
        page.model.data(page.model.index(row, column), Qt.ItemDataRole.ToolTipRole)
        for row in range(page.model.rowCount())
    ]
    explained = [t for t in tips if t]
    assert explained and all(not ISO.search(t) for t in explained), explained
    assert any(GERMAN.search(t) for t in explained), explained


def test_the_letter_ladder_says_its_dates_in_the_users_locale(qtbot: QtBot, demo_workspace: Workspace) -> None:
    """Why a letter is offered or not, and the other roads ("paid … on …"), carry their dates as dates: the Letters
    dialog writes them as the user's locale does."""
    from sqlalchemy import select

    from desk.models import Dispute
    from desk.ui.letter_dialog import LetterDialog

    with demo_workspace.read() as s:
        dispute_id = s.scalars(select(Dispute.id).order_by(Dispute.id)).first()
    assert dispute_id is not None
    use_locale("de_DE")
    try:
        dialog = LetterDialog(demo_workspace, dispute_id)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [dialog.rungs.item(i).text() for i in range(dialog.rungs.count())]
        texts += [dialog.roads.item(i).text() for i in range(dialog.roads.count())]
        texts.append(dialog.rung_warnings.text())
        dialog.grab().save("/tmp/pw_letter_de.png")
    finally:
        use_locale("en_US")
    assert not [t for t in texts if ISO.search(t)], texts
    assert any(GERMAN.search(t) for t in texts), texts
