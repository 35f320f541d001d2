"""The first page: where the money stands, and the disputes that need attention."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from desk.common import words as enum_words
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
from desk.ui.table_or_note import TableOrNote
from desk.ui.worker import BackgroundOp


def _amounts(amounts: list[Money]) -> str:
    return "\n".join(money_text(m) for m in amounts) if amounts else "—"


class Tile(QFrame):
    """A figure with its title; double-click, Enter or Space opens what it counts (`activated`)."""

    activated = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the tiles: the keyboard opens them too
        self.setCursor(Qt.CursorShape.PointingHandCursor)
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
        for label in (self.title, self.value, self.detail):  # a double-click on the figure opens, not selects
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick:
            self.activated.emit()
            return True
        return False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
        else:
            super().keyPressEvent(event)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardPage(QWidget):
    """Where the money stands and what is due: read when the page is shown, again on Refresh. The figures are
    computed in the background (every deadline is derived: a fraction of a second on a large folder) while the
    page shows the latest disputes."""

    settled = Signal()  # the figures of the last `load()` are on screen
    rate_wanted = Signal(str, str, object)  # base, quote, day: a figure lacks the rate (the window opens Preferences)
    # Double-click or Enter: the window opens what was chosen.
    case_wanted = Signal(str)  # a deadline's case, by its key (`dispute:12`)
    record_wanted = Signal(str, int)  # a page and the record to select on it (a dispute of "Latest disputes")
    page_wanted = Signal(str)  # a tile's page

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
        for key, tile in self.tiles.items():
            tile.activated.connect(lambda key=key: self.open_tile(key))
            tile.setToolTip(self.tr("Double-click or press Enter to open"))
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
        self.shown_deadlines = _StateFilter(self)  # the Overdue and Due-this-week tiles narrow the list
        self.shown_deadlines.setSourceModel(self.deadlines)
        self.deadline_table = QTableView()
        self.deadline_table.setModel(self.shown_deadlines)
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
        self.deadline_table.activated.connect(self._open_deadline)  # double-click, or Enter
        self.table.activated.connect(self._open_dispute)
        self.narrowed = QLabel()  # "Showing overdue only · Show all"
        self.narrowed.setObjectName("tileDetail")
        self.narrowed.linkActivated.connect(lambda _href: self.show_deadlines(None))
        self.narrowed.hide()
        attention_tab = QWidget()
        attention_layout = QVBoxLayout(attention_tab)
        attention_layout.setContentsMargins(0, 4, 0, 0)
        attention_layout.addWidget(self.narrowed)
        self.attention = TableOrNote(self.deadline_table, self._nothing_due)
        attention_layout.addWidget(self.attention, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(attention_tab, self.tr("Needs attention"))
        no_disputes = self.tr("No disputes yet. A dispute is opened on one line of an order: on the Orders page.")
        self.latest = TableOrNote(self.table, lambda: no_disputes)
        self.tabs.addTab(self.latest, self.tr("Latest disputes"))
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
            f"{n} {enum_words(state).lower()}"
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

    # -- opening what is chosen -------------------------------------------------------------------------------

    def open_tile(self, key: str) -> None:
        """Overdue and Due this week narrow the deadlines below to theirs; the others open their page."""
        if key in ("overdue", "week"):
            self.show_deadlines(key)
            return
        pages = {
            "in_flight": "refunds",
            "recovered": "refunds",
            "follow_up": "refunds",
            "lost": "disputes",
            "disputes": "disputes",
            "deposits": "deposits",
            "accounts": "accounts",
        }
        self.page_wanted.emit(pages[key])

    def show_deadlines(self, which: str | None) -> None:
        """The Needs attention list, only the overdue ones (`overdue`), only those due this week (`week`) or all
        (None), with the first row chosen and the keyboard in the list: Enter opens its case."""
        self.shown_deadlines.set_state(which)
        self.attention.follow()  # an empty list narrowed stays empty without a signal: its note changes all the same
        words = {"overdue": self.tr("Showing overdue only"), "week": self.tr("Showing what is due this week only")}
        if which is None:
            self.narrowed.hide()
        else:
            self.narrowed.setText(self.tr('{0} · <a href="all">Show all</a>').format(words[which]))
            self.narrowed.show()
        self.tabs.setCurrentIndex(0)
        if self.shown_deadlines.rowCount():
            self.deadline_table.selectRow(0)
        self.deadline_table.setFocus()

    def _nothing_due(self) -> str:
        """What the Needs attention tab says while it lists nothing (all of it, or what a tile narrowed it to)."""
        if self.shown_deadlines.state == "overdue":
            return self.tr("Nothing is overdue.")
        if self.shown_deadlines.state == "week":
            return self.tr("Nothing is due in the next 7 days.")
        return self.tr("Nothing needs attention. Deadlines appear here once you open disputes or expect refunds.")

    def _open_deadline(self, index: QModelIndex) -> None:
        source = self.shown_deadlines.mapToSource(index)
        if source.isValid():
            self.case_wanted.emit(self.deadlines.deadline_at(source.row()).case)

    def _open_dispute(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_wanted.emit("disputes", self.disputes.row_at(index.row()).id)


class _StateFilter(QSortFilterProxyModel):
    """The deadlines of one tile: overdue, due this week (the rest of the list), or all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: str | None = None

    def set_state(self, which: str | None) -> None:
        self.beginFilterChange()
        self.state = which
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        model = self.sourceModel()
        if self.state is None or not isinstance(model, DeadlineModel):
            return True
        overdue = model.deadline_at(source_row).state == "overdue"
        return overdue if self.state == "overdue" else not overdue


def _kinds(deadlines: list[Deadline]) -> str:
    counts: dict[str, int] = {}
    for d in deadlines:
        kind = KIND_TITLES.get(d.kind, d.kind)
        title = QCoreApplication.translate("words", kind)
        title = title.lower() if title == kind else title  # English reads lower case in a list; others as written
        counts[title] = counts.get(title, 0) + 1
    return ", ".join(f"{n} × {title}" for title, n in counts.items())
