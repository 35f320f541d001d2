"""What can be done on each page, as buttons beside its search field: open a dispute on an order line, record
what happened in a dispute. The dialogs do the work; here they are offered and the page refreshed after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTableView

from desk.ui.dispute_dialogs import CaseDialog, OpenDisputeDialog, RecordEventDialog
from desk.ui.list_page import ListPage
from desk.ui.order_dialog import OrderDialog
from desk.ui.refund_dialogs import ReceiveRefundDialog
from desk.workspace import Workspace


def install_actions(name: str, page: ListPage, workspace: Workspace) -> None:
    if name == "orders":
        _action(page, page.tr("New Order…"), "Ctrl+N", lambda: edit_order_on(page, workspace, new=True))
        _action(page, page.tr("Edit Order…"), "Ctrl+Shift+E", lambda: edit_order_on(page, workspace, new=False))
        _action(page, page.tr("Open Dispute…"), "Ctrl+D", lambda: open_dispute_from(page, workspace))
    elif name == "disputes":
        _action(page, page.tr("Record Event…"), "Ctrl+E", lambda: record_event_on(page, workspace))
    elif name == "refunds":
        _action(page, page.tr("Record Arrival…"), "Ctrl+Shift+R", lambda: receive_refund_on(page, workspace))


def _action(page: ListPage, text: str, shortcut: str, run: Callable[[], object]) -> QAction:
    action = QAction(text, page)
    action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(run)
    page.add_button(action)
    return action


def selected_line_no(page: ListPage) -> int | None:
    """The line chosen in the order's Lines tab, if any."""
    if not page.detail_models:
        return None
    view = page.detail_tabs.widget(0)
    if not isinstance(view, QTableView):
        return None
    rows = view.selectionModel().selectedRows()
    return int(page.detail_models[0].row_at(rows[0].row())["line_no"]) if rows else None


def _on_selected(page: ListPage, title: str, choose_first: str, make: Callable[[int], CaseDialog]) -> CaseDialog | None:
    """Run a dialog on the page's selected record; read the page again after it saved. None when nothing was
    chosen or the dialog was cancelled."""
    row_id = page.selected_id()
    if row_id is None:
        QMessageBox.information(page, title, choose_first)
        return None
    dialog = make(row_id)
    if dialog.exec() != CaseDialog.DialogCode.Accepted:
        return None
    reload_keeping(page, row_id)
    return dialog


def open_dispute_from(page: ListPage, workspace: Workspace) -> int | None:
    dialog = _on_selected(
        page,
        page.tr("Open a dispute"),
        page.tr("Choose an order first."),
        lambda order_id: OpenDisputeDialog(workspace, order_id, selected_line_no(page), page),
    )
    return dialog.dispute_id if isinstance(dialog, OpenDisputeDialog) else None


def record_event_on(page: ListPage, workspace: Workspace) -> bool:
    def make(dispute_id: int) -> CaseDialog:
        return RecordEventDialog(workspace, dispute_id, page)

    return _on_selected(page, page.tr("Record an event"), page.tr("Choose a dispute first."), make) is not None


def receive_refund_on(page: ListPage, workspace: Workspace) -> bool:
    def make(refund_id: int) -> CaseDialog:
        return ReceiveRefundDialog(workspace, refund_id, page)

    return _on_selected(page, page.tr("Record what arrived"), page.tr("Choose a refund first."), make) is not None


def edit_order_on(page: ListPage, workspace: Workspace, *, new: bool) -> int | None:
    """A new order, or the selected one edited; the new order's id is only known after the dialog saved."""
    if not new:
        dialog = _on_selected(
            page,
            page.tr("Edit an order"),
            page.tr("Choose an order first."),
            lambda order_id: OrderDialog(workspace, order_id, page),
        )
        return dialog.order_id if isinstance(dialog, OrderDialog) else None
    created = OrderDialog(workspace, None, page)
    if created.exec() != OrderDialog.DialogCode.Accepted or created.order_id is None:
        return None
    reload_keeping(page, created.order_id)
    return created.order_id


def reload_keeping(page: ListPage, row_id: int) -> None:
    """Read the page again and select the same record, so its details show what just changed."""
    page.load()
    model = page.model
    for row in range(model.rowCount()):
        if model.row_at(row).id == row_id:
            page.table.selectRow(row)
            return
