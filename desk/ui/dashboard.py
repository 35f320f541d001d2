"""The first page: where the money stands, and the disputes that need attention."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from desk.lists.specs import DISPUTES
from desk.models.disputes import FINISHED_STATES
from desk.money import Money
from desk.overview.attention import Attention, attention
from desk.overview.deadlines import Deadline
from desk.overview.first_steps import FirstSteps, first_steps
from desk.overview.summary import Summary, summarize
from desk.refunds.tracking import Arrival
from desk.ui.deadline_model import KIND_TITLES, DeadlineModel
from desk.ui.first_steps import FirstStepsPanel
from desk.ui.list_page import fit_columns, make_table
from desk.ui.locale_text import money_text
from desk.ui.table_model import ListModel, SessionFactory
from desk.ui.worker import BackgroundOp


def _amounts(amounts: list[Money]) -> str:
    return "\n".join(money_text(m) for m in amounts) if amounts else "—"


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardPage(QWidget):
    """Where the money stands and what is due: read when the page is shown, again on Refresh. The figures are
    computed in the background (every deadline is derived: a fraction of a second on a large folder) while the
    page shows the latest disputes."""

    settled = Signal()  # the figures of the last `load()` are on screen
    rate_wanted = Signal(str, str, object)  # base, quote, day: a figure lacks the rate (the window opens Preferences)

    def __init__(self, sessions: SessionFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-dashboard")
        self._sessions = sessions
        self.loaded = False  # the figures are read when the page is first shown
        self.busy = False  # the figures are being computed
        self._loads = 0  # counts loads: figures computed for an older one are dropped
        self.today: date | None = None  # None: the real today (tests and screenshots may fix it)
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")

        self.tiles = {
            "overdue": Tile(self.tr("Overdue")),
            "week": Tile(self.tr("Due this week")),
            "in_flight": Tile(self.tr("Money in flight")),
            "recovered": Tile(self.tr("Recovered")),
            "lost": Tile(self.tr("Lost")),
            "disputes": Tile(self.tr("Open disputes")),
            "follow_up": Tile(self.tr("Refunds to follow up")),
            "deposits": Tile(self.tr("Deposits held by marketplaces")),
            "accounts": Tile(self.tr("Member-account balances")),
        }
        for key in ("in_flight", "recovered", "lost"):  # their note may link to the rate Desk lacks
            self.tiles[key].detail.setTextFormat(Qt.TextFormat.RichText)
            self.tiles[key].detail.linkActivated.connect(self._link)
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, key in enumerate(("overdue", "week", "in_flight", "recovered", "lost")):
            grid.addWidget(self.tiles[key], 0, i)
        for i, key in enumerate(("disputes", "follow_up", "deposits", "accounts")):
            grid.addWidget(self.tiles[key], 1, i, 1, 2 if key == "accounts" else 1)
        for column in range(5):
            grid.setColumnStretch(column, 1)

        self.deadlines = DeadlineModel(self)
        self.deadline_table = QTableView()
        self.deadline_table.setModel(self.deadlines)
        self.deadline_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.deadline_table.setAlternatingRowColors(True)
        self.deadline_table.setShowGrid(False)
        self.deadline_table.setWordWrap(False)
        self.deadline_table.verticalHeader().setVisible(False)
        self.deadline_table.horizontalHeader().setStretchLastSection(True)
        self.deadline_table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.disputes = ListModel(DISPUTES, sessions, self)
        self.disputes.PAGE = 50
        self.table = make_table(self.disputes, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.deadline_table, self.tr("Needs attention"))
        self.tabs.addTab(self.table, self.tr("Latest disputes"))
        self.problems = QLabel()
        self.problems.setObjectName("tileDetail")
        self.problems.setWordWrap(True)
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        self.first_steps = FirstStepsPanel(self)
        self.first_steps.hide()  # until the figures say what a new folder still lacks
        layout.addWidget(self.first_steps)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)

    def load(self) -> None:
        self.loaded = True
        self.busy = True
        self._loads += 1
        today, sessions, generation = self.today or date.today(), self._sessions, self._loads

        def compute(_progress: Any, _cancelled: Any) -> tuple[Summary, Attention, FirstSteps]:
            with sessions() as session:
                return summarize(session), attention(session, today), first_steps(session)

        def show(figures: tuple[Summary, Attention, FirstSteps]) -> None:
            if generation == self._loads:
                self.busy = False
                self.show_summary(*figures[:2])
                self.first_steps.show_steps(figures[2])
                self.settled.emit()

        def fail(error: BaseException) -> None:
            if generation == self._loads:
                self.busy = False
                self.problems.setText(self.tr("Desk could not compute the figures: {0}").format(error))
                self.problems.show()
                self.settled.emit()

        # The latest disputes first: a background thread running Python would slow this thread's work (one GIL).
        self.disputes.reload()
        fit_columns(self.table)
        BackgroundOp(self, compute).on_success(show).on_failure(fail).run_in_background()

    def show_summary(self, s: Summary, a: Attention) -> None:
        overdue, week = a.overdue, a.this_week
        self.tiles["overdue"].show_figure(str(len(overdue)), _kinds(overdue) or self.tr("Nothing overdue"))
        # Red only when something is overdue: a red 0 reads as an alarm about nothing.
        self.tiles["overdue"].value.setObjectName("tileValueAlert" if overdue else "tileValue")
        self.tiles["overdue"].value.style().unpolish(self.tiles["overdue"].value)
        self.tiles["overdue"].value.style().polish(self.tiles["overdue"].value)
        self.tiles["week"].show_figure(str(len(week)), _kinds(week) or self.tr("Nothing due in the next 7 days"))
        for key in ("in_flight", "recovered", "lost"):
            amount: Money = getattr(a.flow, key)
            missing = a.flow.unconverted.get(key, [])
            self.tiles[key].show_figure(money_text(amount), self._no_rate(missing, amount.currency) if missing else "")
        self.tiles["in_flight"].detail.setText(
            self.tiles["in_flight"].detail.text() or self.tr("claimed or agreed, not yet arrived")
        )
        states = ", ".join(
            f"{n} {state.value.replace('_', ' ')}"
            for state, n in s.disputes_by_state.items()
            if n and state not in FINISHED_STATES
        )
        self.tiles["disputes"].show_figure(f"{s.open_disputes}", states)
        late = sum(1 for r in a.follow_up if Arrival.LATE in r.findings or Arrival.OVERDUE in r.findings)
        short = sum(1 for r in a.follow_up if Arrival.SHORT in r.findings)
        self.tiles["follow_up"].show_figure(
            str(len(a.follow_up)), self.tr("{0} late or overdue, {1} short").format(late, short)
        )
        self.tiles["deposits"].show_figure(
            _amounts(s.deposits_held), self.tr("Open applications: {0}").format(s.deposits_open)
        )
        self.tiles["accounts"].show_figure(
            "\n".join(money_text(balance) for _, balance in s.account_balances) or "—",
            "\n".join(name for name, _ in s.account_balances),
        )
        self.deadlines.set_deadlines(a.deadlines)
        self.deadline_table.resizeColumnsToContents()
        self.problems.setText("\n".join(a.problems))
        self.problems.setVisible(bool(a.problems))

    def _no_rate(self, missing: list[Money], home: str) -> str:
        """`no rate for 5.00 USD: add a rate`, the link asking for the rate of the day (one per currency when
        several lack one: `add USD`, `add CNY`)."""
        amounts = html.escape(", ".join(money_text(m) for m in missing))
        codes = list(dict.fromkeys(m.currency for m in missing))
        words = [self.tr("add a rate")] if len(codes) == 1 else [self.tr("add {0}").format(c) for c in codes]
        links = ", ".join(f'<a href="rate:{c}:{home}">{html.escape(w)}</a>' for c, w in zip(codes, words, strict=True))
        return self.tr("no rate for {0}: {1}").format(amounts, links)

    def _link(self, href: str) -> None:
        kind, _, rest = href.partition(":")
        if kind == "rate":
            base, _, quote = rest.partition(":")
            self.rate_wanted.emit(base, quote, self.today or date.today())


def _kinds(deadlines: list[Deadline]) -> str:
    counts: dict[str, int] = {}
    for d in deadlines:
        title = KIND_TITLES.get(d.kind, d.kind).lower()
        counts[title] = counts.get(title, 0) + 1
    return ", ".join(f"{n} × {title}" for title, n in counts.items())
