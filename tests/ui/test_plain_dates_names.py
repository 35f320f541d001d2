"""Dates and names as people read them (issue 12, points 4 and 5), where the demo's screenshots still showed ISO
dates or internal names: the Audit log's sentences and the void confirmation of an exchange rate write their dates
in the user's locale (German here); evidence is named by its file, a deposit document by its label."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import ExchangeRate
from desk.operations.voiding import VoidKind
from desk.ui.list_page import ListPage
from desk.ui.locale_text import use_locale
from desk.ui.main_window import MainWindow
from desk.ui.void_actions import VoidDialog
from desk.workspace import Workspace

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _page(qtbot: QtBot, window: MainWindow, name: str) -> ListPage:
    page = window.show_page(name)
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.loaded and not page.busy, timeout=30_000)
    return page


def _column(page: ListPage, title: str) -> list[str]:
    column = [c.title for c in page.model.spec.columns].index(title)
    while page.model.canFetchMore(page.model.index(0, 0).parent()):
        page.model.fetchMore(page.model.index(0, 0).parent())
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_audit_log_writes_its_dates_and_amounts_in_german(qtbot: QtBot, window: MainWindow) -> None:
    use_locale("de_DE")
    said = _column(_page(qtbot, window, "audit"), "What happened")
    assert not [text for text in said if ISO.search(text)]
    assert any(re.fullmatch(r"Exchange rate USD/CNY of \d\d\.\d\d\.2026 added", text) for text in said)
    received = next(text for text in said if "date received of refund part" in text)
    assert re.search(r"set to \d+,\d\d\xa0USD; date received of refund part \d+ set to \d\d\.\d\d\.2026$", received)


def test_voiding_a_rate_names_its_day_in_german(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    use_locale("de_DE")
    with demo_workspace.read() as s:
        rate = s.scalars(select(ExchangeRate).order_by(ExchangeRate.on_date.desc())).first()
        assert rate is not None
        rate_id, pair = rate.id, f"{rate.base}→{rate.quote}"
    dialog = VoidDialog(demo_workspace, VoidKind.RATE, [rate_id], window)
    qtbot.addWidget(dialog)
    assert dialog.names == [f"the rate {pair} of 23.11.2026"]
    dialog.reject()
