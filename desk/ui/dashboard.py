"""The first page: where the money stands, and the disputes that need attention."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk.lists import DISPUTES
from desk.models.disputes import FINISHED_STATES
from desk.money import Money
from desk.summary import Summary, summarize
from desk.ui.list_page import fit_columns, make_table
from desk.ui.table_model import ListModel, SessionFactory


def _amounts(amounts: list[Money]) -> str:
    return "\n".join(m.format() for m in amounts) if amounts else "—"


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName("tileTitle")
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardPage(QWidget):
    def __init__(self, sessions: SessionFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-dashboard")
        self._sessions = sessions
        self.loaded = False  # the first rows are read when the page is first shown
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")

        self.tiles = {
            "disputes": Tile(self.tr("Open disputes")),
            "claimed": Tile(self.tr("Claimed in open disputes")),
            "refunds": Tile(self.tr("Refunds still to arrive")),
            "won": Tile(self.tr("Won in disputes")),
            "deposits": Tile(self.tr("Deposits held by marketplaces")),
            "accounts": Tile(self.tr("Member-account balances")),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 3, i % 3)

        recent = QLabel(self.tr("Latest disputes"))
        recent.setObjectName("sectionTitle")
        self.disputes = ListModel(DISPUTES, sessions, self)
        self.disputes.PAGE = 50
        self.table = make_table(self.disputes, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(recent)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        self.loaded = True
        with self._sessions() as session:
            summary = summarize(session)
        self.show_summary(summary)
        self.disputes.reload()
        fit_columns(self.table)

    def show_summary(self, s: Summary) -> None:
        states = ", ".join(
            f"{n} {state.value.replace('_', ' ')}"
            for state, n in s.disputes_by_state.items()
            if n and state not in FINISHED_STATES
        )
        self.tiles["disputes"].show_figure(f"{s.open_disputes}", states)
        self.tiles["claimed"].show_figure(_amounts(s.claimed_open))
        waiting = self.tr("Payment-method parts not yet in full: {0}").format(s.refunds_waiting)
        self.tiles["refunds"].show_figure(_amounts(s.refunds_outstanding), waiting)
        self.tiles["won"].show_figure(_amounts(s.won_total))
        self.tiles["deposits"].show_figure(
            _amounts(s.deposits_held), self.tr("Open applications: {0}").format(s.deposits_open)
        )
        self.tiles["accounts"].show_figure(
            "\n".join(balance.format() for _, balance in s.account_balances) or "—",
            "\n".join(name for name, _ in s.account_balances),
        )
