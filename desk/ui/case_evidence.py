"""A case's Evidence tab on the Orders and Disputes pages: the files that support it and, for a dispute, what its
reason expects (`desk.evidence.checklist`): each expectation met by which files, or MISSING — required ones in the
alert colour, recommended ones said to be so — with the page it comes from as a tooltip.

A file counts for an expectation only once the user confirmed what it shows. Under an expectation not met, the
files that might show it are offered, each with "Confirm What This Shows…" (a button under the checklist, the
context menu, a double-click), which asks the user (`desk.ui.confirm_shows_dialog`).

It follows the selection of the page's table and reads when it is shown: a case has few evidence rows, so the
reads are milliseconds on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QBrush, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.common import format_size
from desk.evidence.cases import CaseRef
from desk.evidence.checklist import Check, checklist
from desk.evidence.view import EvidenceItem, list_evidence
from desk.language import words
from desk.models import Dispute, Order, OrderLine
from desk.ui.confirm_shows_dialog import ConfirmShowsDialog
from desk.ui.evidence_drop import ALERT
from desk.ui.locale_text import shown
from desk.ui.reach import runs
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.ui.tree_widgets import flat_tree, rich_tooltip

if TYPE_CHECKING:
    from desk.workspace import Workspace

OFFERED = Qt.ItemDataRole.UserRole + 1  # on a row offering a file for an expectation: (evidence id, key)
MISSING = QT_TRANSLATE_NOOP("CaseEvidence", "MISSING")  # a required expectation no file meets yet
FILE_COLUMNS = (
    QT_TRANSLATE_NOOP("CaseEvidence", "Name"),
    QT_TRANSLATE_NOOP("CaseEvidence", "Kind"),
    QT_TRANSLATE_NOOP("CaseEvidence", "Captured"),
    QT_TRANSLATE_NOOP("CaseEvidence", "Size"),
    QT_TRANSLATE_NOOP("CaseEvidence", "Warning"),
    QT_TRANSLATE_NOOP("CaseEvidence", "Linked to"),
)
CHECK_COLUMNS = (
    QT_TRANSLATE_NOOP("CaseEvidence", "Status"),
    QT_TRANSLATE_NOOP("CaseEvidence", "Expected"),
    QT_TRANSLATE_NOOP("CaseEvidence", "Met by"),
)


@dataclass(frozen=True)
class CaseEvidenceData:
    """What the tab shows for a case: its evidence (for a dispute, its order's too; for an order, its disputes'
    too: the checklist counts both), the checklist, and a dispute's reason in words."""

    case: CaseRef
    items: list[EvidenceItem]
    checks: list[Check]
    reason: str | None


def order_case(order: Order) -> CaseRef:
    return CaseRef("order", order.id, f"{order.platform.value}:{order.order_no}")


def read_case_evidence(session: Session, case: CaseRef) -> CaseEvidenceData | None:
    """None when the case is gone."""
    reason = None
    if case.kind == "dispute":
        dispute = session.get(Dispute, case.id)
        if dispute is None:
            return None
        related = [case, order_case(dispute.order_line.order)]
        reason = shown(dispute.reason)
    elif case.kind == "order":
        order = session.get(Order, case.id)
        if order is None:
            return None
        disputes = session.scalars(
            select(Dispute.id)
            .join(OrderLine, OrderLine.id == Dispute.order_line_id)
            .where(OrderLine.order_id == order.id)
        )
        related = [case] + [CaseRef("dispute", d, f"dispute {d}") for d in disputes]
    else:
        related = [case]
    found: dict[int, EvidenceItem] = {}
    for each in related:
        for item in list_evidence(session, each):
            found.setdefault(item.id, item)
    items = [found[i] for i in sorted(found)]
    return CaseEvidenceData(case, items, checklist(session, case), reason)


class CaseEvidence(QWidget):
    """The Evidence tab of one page. `show_case` chooses the case; `refresh` reads it again (after an add)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case: CaseRef | None = None
        self.data: CaseEvidenceData | None = None
        self._stale = False
        self.setObjectName("caseEvidence")
        self.setStyleSheet(f"QLabel#evidenceAlert {{ color: {ALERT.name()}; font-weight: 600; }}")

        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        self.hint = QLabel(self.tr("Drop files here or on the row, or use Add Evidence…"))
        self.hint.setObjectName("countLabel")
        self.add_button = QToolButton()
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setVisible(False)  # until the page gives it its action
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.hint)
        top.addWidget(self.add_button)

        self.checks_title = QLabel()
        self.checks_title.setObjectName("sectionTitle")
        self.checks = flat_tree([QCoreApplication.translate("CaseEvidence", c) for c in CHECK_COLUMNS], self)
        self.checks.setObjectName("evidenceChecklist")
        self.checks.setRootIsDecorated(True)  # the files offered for an expectation sit under it
        self.confirm_action = QAction(self.tr("Confirm What This Shows…"), self)
        self.confirm_action.setToolTip(self.tr("Say which item of the checklist the chosen file shows"))
        self.confirm_action.triggered.connect(lambda _checked=False: self.confirm_shows())
        runs(self.confirm_action, "evidence.edit_evidence")
        self.confirm_button = QToolButton()
        self.confirm_button.setDefaultAction(self.confirm_action)
        self.checks.addAction(self.confirm_action)
        self.checks.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.checks.customContextMenuRequested.connect(self._checks_menu)
        self.checks.itemDoubleClicked.connect(lambda item, _column: self._confirm_offered(item))
        self.files_title = QLabel(self.tr("Files"))
        self.files_title.setObjectName("sectionTitle")
        self.files = flat_tree([QCoreApplication.translate("CaseEvidence", c) for c in FILE_COLUMNS], self)
        self.files.setObjectName("evidenceFiles")

        self.checks_panel = QWidget()
        left = QVBoxLayout(self.checks_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.checks_title)
        left.addWidget(self.checks, 1)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.confirm_button)
        left.addLayout(confirm_row)
        files_panel = QWidget()
        right = QVBoxLayout(files_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.files_title)
        right.addWidget(self.files, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.checks_panel)
        self.splitter.addWidget(files_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._show(None)

    # -- which case ---------------------------------------------------------------------------------------------

    def set_add_action(self, action: QAction) -> None:
        """Offer the page's Add Evidence… here too."""
        self.add_button.setDefaultAction(action)
        self.add_button.setVisible(True)

    def follow(self, view: QTableView, case_of_row: Callable[[int], CaseRef]) -> None:
        """Show the case of the row selected in `view`."""
        self._view, self._case_of_row = view, case_of_row
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        # A reset clears the selection without a signal (a search that finds nothing): look again.
        view.model().modelReset.connect(self._selection_changed)

    def _selection_changed(self, *_args: object) -> None:
        rows = self._view.selectionModel().selectedRows()
        self.show_case(self._case_of_row(rows[0].row()) if rows else None)

    def show_case(self, case: CaseRef | None) -> None:
        self.case = case
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when the tab is shown: paging through orders reads nothing here

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.case is None:
            self._show(None)
            return
        with self.workspace.read() as session:
            self._show(read_case_evidence(session, self.case))

    # -- showing it ---------------------------------------------------------------------------------------------

    def _show(self, data: CaseEvidenceData | None) -> None:
        self.data = data
        self.files.clear()
        self.checks.clear()
        if data is None:
            self.confirm_action.setEnabled(False)
            self.checks_panel.setVisible(False)
            self._summary(self.tr("Choose a row to see its evidence."), alert=False)
            self.files_title.setText(self.tr("Files"))
            return
        for item in data.items:
            self.files.addTopLevelItem(self._file_row(item, data.case))
        names = {item.id: item.name for item in data.items}
        for check in data.checks:
            row = self._check_row(check, names)
            self.checks.addTopLevelItem(row)
            row.setExpanded(True)
        self.checks_panel.setVisible(bool(data.checks))
        self.confirm_action.setEnabled(bool(data.checks) and bool(data.items))
        if data.reason is not None:
            self.checks_title.setText(self.tr("Expected for a {0} dispute").format(data.reason.replace(" ", "-")))
        for tree in (self.files, self.checks):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
                tree.setColumnWidth(column, min(tree.columnWidth(column) + 12, 280))
        count = len(data.items)
        self.files_title.setText(self.tr("Files ({0})").format(count) if count else self.tr("Files"))
        missing = [words.tr(c.expectation.label) for c in data.checks if c.missing and c.expectation.required]
        offered = {i for c in data.checks if c.missing for i in c.candidates}
        if missing:
            text = self.tr("Missing: {0}").format("; ".join(missing))
            if offered:
                text += " " + self.tr("— confirm what the files offered under the checklist show.")
            self._summary(text, alert=True)
        elif data.checks:
            self._summary(self.tr("Everything required for this dispute is here."), alert=False)
        elif not count:
            self._summary(self.tr("No evidence yet."), alert=False)
        else:
            self._summary(self.tr("%n file(s) support this case.", "", count), alert=False)

    def _summary(self, text: str, *, alert: bool) -> None:
        self.summary.setText(text)
        self.summary.setObjectName("evidenceAlert" if alert else "countLabel")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _file_row(self, item: EvidenceItem, case: CaseRef) -> QTreeWidgetItem:
        here = [self.tr("this case")] if case.label in item.cases else []
        linked = ", ".join(here + [c for c in item.cases if c != case.label])
        row = QTreeWidgetItem(
            [
                item.name,
                item.kind.replace("_", " "),
                shown(item.captured_at) if item.captured_at else self.tr("unknown"),
                format_size(item.size),
                item.warning or "",
                linked,
            ]
        )
        row.setData(0, Qt.ItemDataRole.UserRole, item.id)
        row.setToolTip(
            0,
            rich_tooltip(
                f"{item.media_type} · sha256 {item.sha256}" + (f"\n{item.description}" if item.description else "")
            ),
        )
        row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if item.warning:
            row.setForeground(4, QBrush(ALERT))
            row.setToolTip(4, rich_tooltip(item.warning))
        return row

    def _check_row(self, check: Check, names: dict[int, str]) -> QTreeWidgetItem:
        expectation = check.expectation
        label = words.tr(expectation.label)  # the policy file's words (desk.policies.data_words)
        label = label if expectation.required else self.tr("{0} (recommended)").format(label)
        if not check.missing:
            status = self.tr("Met")
        elif expectation.required:
            status = QCoreApplication.translate("CaseEvidence", MISSING)
        else:
            status = self.tr("missing")
        met_by = ", ".join(names.get(i, f"#{i}") for i in check.met_by)
        row = QTreeWidgetItem([status, label, met_by])
        source = self.tr("Why: {0}").format(expectation.source)
        for column in range(len(CHECK_COLUMNS) - 1):
            row.setToolTip(column, rich_tooltip(source))
        row.setToolTip(2, rich_tooltip("\n".join(names.get(i, f"#{i}") for i in check.met_by) or source))
        if check.missing and expectation.required:
            font = QFont(row.font(0))
            font.setBold(True)
            row.setFont(0, font)
            row.setForeground(0, QBrush(ALERT))
            row.setForeground(1, QBrush(ALERT))
        elif check.missing:
            row.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
        if check.missing:  # once met, other files need not be offered
            for evidence_id in check.candidates:
                row.addChild(self._offered_row(check, evidence_id, names))
        return row

    def _offered_row(self, check: Check, evidence_id: int, names: dict[int, str]) -> QTreeWidgetItem:
        name = names.get(evidence_id, "")
        row = QTreeWidgetItem([self.tr("To confirm"), self.tr("{0} might show this").format(name), ""])
        row.setData(0, OFFERED, (evidence_id, check.expectation.key))
        tip = self.tr("Not counted until you confirm what it shows: double-click, or Confirm What This Shows…")
        for column in range(len(CHECK_COLUMNS)):
            row.setToolTip(column, rich_tooltip(tip))
        row.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
        return row

    # -- confirming what a file shows -------------------------------------------------------------------------------

    def _checks_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.checks)
        menu.addAction(self.confirm_action)
        menu.exec(self.checks.viewport().mapToGlobal(pos))

    def _confirm_offered(self, item: QTreeWidgetItem) -> None:
        if item.data(0, OFFERED) is not None:
            self.confirm_shows()

    def confirm_shows(self) -> ConfirmShowsDialog | None:
        """Ask what a file shows: the file and item of the row chosen in the checklist, if it offers one."""
        if self.data is None or not self.data.items:
            return None
        item = self.checks.currentItem()
        offered = item.data(0, OFFERED) if item is not None else None
        evidence_id, key = offered if offered is not None else (None, None)
        dialog = ConfirmShowsDialog(
            self.workspace, self.data.items, self.data.checks, evidence_id=evidence_id, key=key, parent=self
        )
        if dialog.exec() == ConfirmShowsDialog.DialogCode.Accepted:
            self.refresh()  # the page reloads too (announced); this tab reads its case again at once
        return dialog
