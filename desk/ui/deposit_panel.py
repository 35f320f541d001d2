"""The selected deposit application on the Deposits page: its prerequisites and document checklist as a tickable
list, what satisfies each item and why (`desk.deposits.check`), Submit, and the review and its history
(`desk.deposits.view`: each submission's review window, rejections with their reasons, approval, what arrived and
how it compares with the deposit).

A prerequisite Desk checks against its own data (the store's orders, its disputes) shows met or not with the
reason and cannot be ticked; one only the user can vouch for is ticked to confirm it and unticked to take it back
(the `confirm_prerequisite` operation). A document is met by the evidence linked to it: files dropped on its row
become that evidence. Submit is `submit_deposit_application`. The core decides; when it refuses, its message is
shown as it is; when it changed something, the change is announced (desk.ui.changes) and the page reads again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from textwrap import fill
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.deposits.applications import DepositEvent, allowed_events, get_application
from desk.deposits.check import Finding, Report, check
from desk.deposits.view import summary
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.operations import Result
from desk.operations.deposits import (
    ConfirmPrerequisite,
    SubmitDepositApplication,
    confirm_prerequisite,
    submit_deposit_application,
)
from desk.overview.names import checklist_name
from desk.policies import load_policies
from desk.ui.changes import announce
from desk.ui.evidence_drop import ALERT, FileDrops, accept_file_drops
from desk.ui.locale_text import country_text, date_text, shown
from desk.ui.reach import runs
from desk.ui.tr_context import QT_TRANSLATE_NOOP, TrContext
from desk.ui.tree_widgets import flat_tree, rich_tooltip

if TYPE_CHECKING:
    from desk.ui.list_page import ListPage
    from desk.workspace import Workspace

ITEM_ID = Qt.ItemDataRole.UserRole  # a prerequisite's code, a document's checklist item id
REQUIREMENT_COLUMNS = (
    QT_TRANSLATE_NOOP("DepositPanel", "Requirement"),
    QT_TRANSLATE_NOOP("DepositPanel", "Status"),
    QT_TRANSLATE_NOOP("DepositPanel", "Why"),
)
DOCUMENT_COLUMNS = (
    QT_TRANSLATE_NOOP("DepositPanel", "Document"),
    QT_TRANSLATE_NOOP("DepositPanel", "Status"),
    QT_TRANSLATE_NOOP("DepositPanel", "Met by"),
)
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("DepositPanel", "Date"),
    QT_TRANSLATE_NOOP("DepositPanel", "What happened"),
    QT_TRANSLATE_NOOP("DepositPanel", "Detail"),
)
DETAIL_WIDTH = 36  # characters a line of the history's Detail holds (it is put on lines, not cut)
HOW = {
    "orders": QT_TRANSLATE_NOOP("DepositPanel", "checked against the store's orders in Desk"),
    "disputes": QT_TRANSLATE_NOOP("DepositPanel", "checked against its disputes in Desk"),
}


DepositPanelTexts = TrContext("DepositPanelTexts")


@dataclass(frozen=True)
class DepositData:
    """What the panel shows of one application, read in one go."""

    id: int
    report: Report
    summary: dict[str, Any]
    item_names: dict[int, str]  # checklist item id → its name (desk.overview.names), where files dropped go


def read_deposit(session: Any, application_id: int) -> DepositData | None:
    """None when the application is gone."""
    try:
        application = get_application(session, application_id)
    except DeskError:
        return None
    labels = {item.id: checklist_name(item) for item in application.checklist}
    report = check(session, application, date_text)
    return DepositData(
        application_id, report, summary(session, application, load_policies(session), country_text), labels
    )


def item_id(finding: Finding) -> int | None:
    """The checklist item a document finding names (`checklist:N`)."""
    if finding.case is None:
        return None
    _, _, number = finding.case.partition(":")
    return int(number) if number.isdigit() else None


def _titles(columns: tuple[str, ...]) -> list[str]:
    return [QCoreApplication.translate("DepositPanel", c) for c in columns]


def _fit(tree: QTreeWidget, widest: int = 300) -> None:
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column) + 12, widest))


def _fit_height(tree: QTreeWidget, least: int = 3) -> None:
    """As tall as its rows (a few prerequisites), so the documents below get the room."""
    rows = max(tree.topLevelItemCount(), least)
    row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else tree.fontMetrics().height() + 6
    tree.setFixedHeight(tree.header().sizeHint().height() + rows * row + 2 * tree.frameWidth() + 4)


def _alert(row: QTreeWidgetItem, *columns: int) -> None:
    for column in columns:
        row.setForeground(column, QBrush(ALERT))
    font = QFont(row.font(1))
    font.setBold(True)
    row.setFont(1, font)


class DepositPanel(QWidget):
    """One application: `show_application` chooses it, `refresh` reads it again. `today` fixes the date that
    confirmations and submissions are recorded on (None: the real today)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.application_id: int | None = None
        self.data: DepositData | None = None
        self.today: date | None = None
        self._stale = False
        self.setObjectName("depositPanel")
        self.setStyleSheet(f"QLabel#depositAlert {{ color: {ALERT.name()}; font-weight: 600; }}")

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("depositSubmit")
        self.submit_button.clicked.connect(self.submit)
        runs(self.submit_button, "deposits.submit_deposit_application")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.submit_button)
        self.status = QLabel()  # ready or what is missing; the review window while in review
        self.status.setWordWrap(True)
        self.message = QLabel()  # the core's word when it refused something
        self.message.setObjectName("depositAlert")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        self.prerequisites = flat_tree(_titles(REQUIREMENT_COLUMNS), self)
        self.prerequisites.setObjectName("depositPrerequisites")
        self.prerequisites.itemChanged.connect(self._ticked)
        runs(self.prerequisites, "deposits.confirm_prerequisite")
        self.documents = flat_tree(_titles(DOCUMENT_COLUMNS), self)
        self.documents.setObjectName("depositDocuments")
        self.history = flat_tree(_titles(HISTORY_COLUMNS), self)
        self.history.setObjectName("depositHistory")
        self.history.setUniformRowHeights(False)  # reasons and the arrival's detail are sentences, on lines
        self.drops: FileDrops = accept_file_drops(
            self.documents, workspace, self.case_at, self.refresh, needs_case=True
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._section(self.tr("Prerequisites")))
        left_layout.addWidget(self.prerequisites)
        documents_title = QHBoxLayout()
        documents_title.addWidget(self._section(self.tr("Documents")))
        hint = QLabel(self.tr("Drop files on a document to add them as its evidence"))
        hint.setObjectName("countLabel")
        documents_title.addStretch(1)
        documents_title.addWidget(hint)
        left_layout.addLayout(documents_title)
        left_layout.addWidget(self.documents, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._section(self.tr("Review and history")))
        right_layout.addWidget(self.history, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self._show(None)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    # -- which application ---------------------------------------------------------------------------------------

    def follow(self, view: QTableView, id_of_row: Callable[[int], int]) -> None:
        """Show the application of the row selected in `view`."""
        self._view, self._id_of_row = view, id_of_row
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.model().modelReset.connect(self._selection_changed)

    def _selection_changed(self, *_args: object) -> None:
        rows = self._view.selectionModel().selectedRows()
        self.show_application(self._id_of_row(rows[0].row()) if rows else None)

    def show_application(self, application_id: int | None) -> None:
        if application_id != self.application_id:
            self.message.setVisible(False)
        self.application_id = application_id
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.application_id is None:
            self._show(None)
            return
        with self.workspace.read() as session:
            self._show(read_deposit(session, self.application_id))

    # -- what the user does ----------------------------------------------------------------------------------------

    def _on(self) -> date:
        return self.today or date.today()

    def _ticked(self, row: QTreeWidgetItem, column: int) -> None:
        if column != 0 or self.application_id is None:
            return
        code = row.data(0, ITEM_ID)
        if not isinstance(code, str):
            return
        undo = row.checkState(0) != Qt.CheckState.Checked
        # After the view is done with the click: reading the application again rebuilds the list and so deletes
        # the row the view is still handling.
        QTimer.singleShot(0, lambda: self.confirm(code, undo=undo))

    def confirm(self, code: str, *, undo: bool = False) -> bool:
        """Confirm (or take back) the prerequisite `code` today; the core's reason when it refuses."""
        if self.application_id is None:
            return False
        request = ConfirmPrerequisite(self.application_id, code, self._on(), undo=undo)
        try:
            result = confirm_prerequisite(self.workspace, request)
        except DeskError as error:
            self.refresh()  # the tick goes back to what is stored
            self._refused(self.tr("Desk could not change the prerequisite"), str(error))
            return False
        self._changed(result)
        return True

    def submit(self) -> bool:
        """Submit (or resubmit) the application today; the core's list of what is missing when it refuses."""
        if self.application_id is None:
            return False
        request = SubmitDepositApplication(self.application_id, self._on())
        try:
            result = submit_deposit_application(self.workspace, request)
        except DeskError as error:
            self.refresh()
            self._refused(self.tr("The application was not submitted"), str(error))
            return False
        self._changed(result)
        return True

    def _refused(self, title: str, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        QMessageBox.warning(self, title, text)

    def _changed(self, result: Result) -> None:
        """Show what was written, and tell the pages: the Deposits list reads again (state and dates change) and
        keeps this application selected."""
        self.message.setVisible(False)
        self.refresh()
        announce(result)

    def case_at(self, pos: QPoint) -> CaseRef | None:
        """The checklist item under `pos` in the documents' viewport."""
        row = self.documents.itemAt(pos)
        ident = row.data(0, ITEM_ID) if row is not None else None
        if not isinstance(ident, int) or self.data is None:
            return None
        name = self.data.item_names.get(ident)
        return CaseRef("checklist", ident, name) if name is not None else None

    # -- showing it ----------------------------------------------------------------------------------------------

    def _show(self, data: DepositData | None) -> None:
        self.data = data
        with QSignalBlocker(self.prerequisites):
            self.prerequisites.clear()
        self.documents.clear()
        self.history.clear()
        if data is None:
            self.title.setText(self.tr("Choose an application to see its requirements and review."))
            self.status.setText("")
            self.submit_button.setEnabled(False)
            self.splitter.setVisible(False)
            return
        self.splitter.setVisible(True)
        s = data.summary
        self.title.setText(
            self.tr("{0} on {1} — deposit {2} — {3}").format(
                s["store"], shown(s["platform"]), shown(s["deposit"]), shown(s["state"]).replace("_", " ")
            )
        )
        with QSignalBlocker(self.prerequisites):
            for finding in data.report.of_kind("prerequisite"):
                self.prerequisites.addTopLevelItem(self._prerequisite_row(finding))
        for finding in data.report.of_kind("document"):
            self.documents.addTopLevelItem(self._document_row(finding))
        self._history(s)
        for tree in (self.prerequisites, self.documents):
            _fit(tree, widest=360)
        _fit(self.history, widest=160)
        _fit_height(self.prerequisites)
        events = allowed_events(s["state"])
        resubmit = DepositEvent.RESUBMITTED in events
        self.submit_button.setText(self.tr("Resubmit") if resubmit else self.tr("Submit"))
        self.submit_button.setEnabled(resubmit or DepositEvent.SUBMITTED in events)
        self._status(data)

    def _status(self, data: DepositData) -> None:
        pending = [
            row for row in data.summary["submissions"] if row["decided_on"] is None and row["window"] is not None
        ]
        missing = data.report.missing
        if pending:
            w = pending[-1]["window"]
            text = self.tr("In review since {0}: a decision is expected {1} to {2} ({3}).").format(
                shown(pending[-1]["submitted_on"]), shown(w["earliest"]), shown(w["latest"]), w["counted"]
            )
            alert = self._on() > w["latest"]
            if alert:
                text += " " + self.tr("The window has passed: ask the platform.")
        elif not self.submit_button.isEnabled():
            text, alert = "", False
        elif missing:
            text = self.tr("{0} of {1} requirements not met yet: {2}.").format(
                len(missing), len([f for f in data.report.findings if f.required]), "; ".join(f.label for f in missing)
            )
            alert = True
        else:
            text, alert = self.tr("Everything required is met: ready to submit."), False
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setObjectName("depositAlert" if alert else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _prerequisite_row(self, f: Finding) -> QTreeWidgetItem:
        row = QTreeWidgetItem([f.label, self.tr("Met") if f.met else self.tr("Not met"), f.explained])
        row.setData(0, ITEM_ID, f.code)
        row.setCheckState(0, Qt.CheckState.Checked if f.met else Qt.CheckState.Unchecked)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if f.how == "confirmation":
            row.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            how = self.tr("Tick once it is true; untick to take it back.")
        else:
            row.setFlags(flags)  # Desk's data says: not the user's to tick
            row.setData(0, ITEM_ID, None)
            checked = QCoreApplication.translate("DepositPanel", HOW.get(f.how, f.how))
            how = self.tr("Not tickable: {0}.").format(checked)
        source = "\n" + self.tr("Source: {0}").format(f.source) if f.source else ""
        tip = rich_tooltip(f"{f.explained}\n{how}{source}")
        for column in range(len(REQUIREMENT_COLUMNS)):
            row.setToolTip(column, tip)
        if not f.met:
            _alert(row, 1, 2)
        return row

    def _document_row(self, f: Finding) -> QTreeWidgetItem:
        label = f.label if f.required else self.tr("{0} (recommended)").format(f.label)
        status = self.tr("Met") if f.met else self.tr("MISSING") if f.required else self.tr("missing")
        names = ", ".join(name for _, name in f.evidence) or self.tr("drop a file here")
        row = QTreeWidgetItem([label, status, names])
        row.setData(0, ITEM_ID, item_id(f))
        row.setCheckState(0, Qt.CheckState.Checked if f.met else Qt.CheckState.Unchecked)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # ticked by its evidence
        tip = rich_tooltip(
            "\n".join(self.tr("{0} (evidence {1})").format(name, ident) for ident, name in f.evidence)
            or self.tr("No file yet: drop one on this row.")
        )
        row.setToolTip(2, tip)
        row.setToolTip(0, rich_tooltip(f.source or f.label))
        if not f.met and f.required:
            _alert(row, 0, 1, 2)
        elif not f.met:
            row.setForeground(1, self.palette().brush(self.palette().ColorRole.PlaceholderText))
        return row

    def _event(self, on: Any, what: str, detail: str = "", *, alert: bool = False, tip: str = "") -> None:
        row = QTreeWidgetItem([shown(on), what, fill(detail, DETAIL_WIDTH)])
        if alert:
            _alert(row, 1, 2)
        if tip or detail:
            row.setToolTip(2, rich_tooltip(tip or detail))
        self.history.addTopLevelItem(row)

    def _history(self, s: dict[str, Any]) -> None:
        self._event(s["created_on"], self.tr("Application created"), self.tr("deposit {0}").format(shown(s["deposit"])))
        for sub in s["submissions"]:
            what = self.tr("Submitted") if sub["seq"] == 1 else self.tr("Resubmitted ({0})").format(sub["seq"])
            w = sub["window"]
            if w is not None:
                detail = self.tr("review window {0} to {1} ({2})").format(
                    shown(w["earliest"]), shown(w["latest"]), w["counted"]
                )
                self._event(sub["submitted_on"], what, detail, tip=f"{detail}\n{w['rule']}")
            else:
                self._event(sub["submitted_on"], what, sub["window_problem"] or "", alert=True)
            outcome = shown(sub["outcome"])
            if sub["decided_on"] is not None:
                if sub["reason"]:
                    self._event(sub["decided_on"], self.tr("Rejected"), sub["reason"], alert=True)
                else:
                    self._event(sub["decided_on"], outcome.capitalize())
        arrival = s["arrival"]
        if arrival is not None:
            self._event(arrival["on"], self.tr("Paid"), self.tr("{0} arrived").format(shown(arrival["amount"])))
            if arrival["follow_up"]:
                difference = arrival["difference"]
                gap = self.tr("difference {0}").format(shown(difference)) if difference is not None else ""
                cause = self.tr("likely cause: {0}").format(arrival["cause"]) if arrival["cause"] else ""
                what = self.tr("Arrival: {0} — follow up").format(arrival["finding"])
                detail = "; ".join(p for p in (gap, cause, arrival["detail"]) if p)
                self._event(arrival["on"], what, detail, alert=True)
            else:
                self._event(arrival["on"], self.tr("Arrival checked"), arrival["detail"])
        if s["notes"]:
            for line in str(s["notes"]).splitlines():
                self._event(None, self.tr("Note"), line)


def install_deposit_panel(page: ListPage, workspace: Workspace) -> DepositPanel:
    """The Deposits page's detail area: the selected application first, before its plain lists. After a change
    here the page reads its list again from the change announced (desk.ui.changes), keeping the application
    selected."""
    panel = DepositPanel(workspace, page)
    page.detail_tabs.insertTab(0, panel, DepositPanelTexts.tr("Application"))
    page.detail_tabs.setCurrentIndex(0)
    page.splitter.setStretchFactor(0, 1)  # few applications, much to show of each
    page.splitter.setStretchFactor(1, 3)
    panel.follow(page.table, lambda row: page.model.row_at(row).id)
    return panel
