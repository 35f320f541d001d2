"""What can be done on each page, as buttons beside its search field: open a dispute on an order line, record
what happened in a dispute, record a refund on a dispute or an order, add evidence to an order or a dispute (Add
Evidence…, or files dropped on its row or on its Evidence tab), a deposit application's steps, a member account's
ledger; an order export dropped on the Orders page beside its rows opens the Import dialog on it. The dialogs do
the work and announce what changed (`desk.ui.changes`): the main window reloads the pages that show it, keeping
their selection. An action on a record is off while no record it applies to is selected (`enable_on_selection`):
an empty list offers only what starts one (New Order…, Add Rate…). Each action names the operations it leads to
(`desk.ui.reach`), so that tests/ui/test_parity.py can check that the window reaches every operation of the
command line."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView

from desk.evidence.cases import CaseRef
from desk.lists.listing import Row
from desk.ui.account_dialogs import CostReturnDialog, NewAccountDialog, PayOrderDialog
from desk.ui.account_panel import close_selected_withdrawal, install_header, run_on_account
from desk.ui.case_evidence import CaseEvidence
from desk.ui.deposit_dialogs import DepositEventDialog, NewDepositDialog, RequireDocumentDialog
from desk.ui.deposit_packet_dialog import DepositPacketDialog
from desk.ui.deposit_panel import install_deposit_panel
from desk.ui.dispute_dialogs import CaseDialog, OpenDisputeDialog, RecordEventDialog
from desk.ui.edit_dispute_dialog import EditDisputeDialog
from desk.ui.evidence_drop import AddEvidenceDialog, accept_file_drops, choose_and_add
from desk.ui.evidence_edit import delete_for_good_action, evidence_actions, install_on_files
from desk.ui.import_drop import accept_import_drops
from desk.ui.letter_dialog import LetterDialog
from desk.ui.list_menu import NEEDS_ROW
from desk.ui.list_page import ListPage
from desk.ui.order_dialog import OrderDialog
from desk.ui.packet_dialog import PacketDialog
from desk.ui.party_dialogs import EditStoreDialog, EditSupplierDialog
from desk.ui.preferences import open_preferences
from desk.ui.reach import runs
from desk.ui.record_refund_dialog import RecordRefundDialog
from desk.ui.refund_dialogs import ReceiveRefundDialog
from desk.ui.register_export import save_register_from
from desk.ui.tr_context import TrContext
from desk.ui.withdrawal_account_dialog import WithdrawalAccountDialog
from desk.ui.withdrawal_dialog import AddFundsDialog, WithdrawalDialog
from desk.workspace import Workspace

PageActions = TrContext("PageActions")


def install_actions(name: str, page: ListPage, workspace: Workspace) -> None:
    """Each page's actions: its main three or four as buttons, the rarer ones in the row's More menu (the row fits
    a 1280 px window whatever the page); each has its shortcut and is in the list's menu either way."""
    if name == "orders":
        new = partial(edit_order_on, page, workspace, new=True)
        _action(page, PageActions.tr("New Order…"), "Ctrl+N", new, "orders.create_order", needs_row=False)
        edit = partial(edit_order_on, page, workspace, new=False)
        _action(page, PageActions.tr("Edit Order…"), "Ctrl+Shift+E", edit, "orders.edit_order")
        opening = partial(open_dispute_from, page, workspace)
        _action(page, PageActions.tr("Open Dispute…"), "Ctrl+D", opening, "disputes.open_dispute")
        install_record_refund(page, workspace)
        install_evidence(page, workspace, more=True)  # also the Evidence tab's button, and files dropped on a row
        accept_import_drops(page, workspace)  # an export dropped beside the rows opens the Import dialog on it
    elif name == "disputes":
        event = partial(record_event_on, page, workspace)
        _action(page, PageActions.tr("Record Event…"), "Ctrl+E", event, "disputes.record_dispute_event")
        install_record_refund(page, workspace)
        packet = partial(claim_packet_on, page, workspace)
        making = ("packets.make_claim_packet", "disputes.set_statement")
        _action(page, PageActions.tr("Claim Packet…"), "Ctrl+Shift+P", packet, *making)
        letters = ("letters.make_letter", "letters.mark_letter_sent")
        _action(page, PageActions.tr("Letter…"), "Ctrl+Shift+L", partial(letter_on, page, workspace), *letters)
        correct = partial(edit_dispute_on, page, workspace)
        _action(page, PageActions.tr("Edit Dispute…"), "Ctrl+Shift+E", correct, "disputes.edit_dispute", more=True)
        install_evidence(page, workspace, more=True)
        # Every packet's page numbers, whichever case: it needs no row.
        register = partial(save_register_from, page, workspace)
        saving = PageActions.tr("Save Bates Register…")
        _action(page, saving, "", register, "packets.save_register", needs_row=False, more=True)
    elif name == "refunds":
        arrival = partial(receive_refund_on, page, workspace)
        _action(page, PageActions.tr("Record Arrival…"), "Ctrl+Shift+R", arrival, "refunds.receive_refund")
    elif name == "accounts":
        install_header(page, workspace)
        install_account_actions(page, workspace)
    elif name == "evidence":
        # Files dropped anywhere on the page go to the case its Case filter shows, or to no case.
        case_for_drop = getattr(page, "case_for_drop", lambda: None)
        accept_file_drops(page, workspace, lambda _pos: case_for_drop(), needs_case=False)
        adding = _action(
            page,
            PageActions.tr("Add Evidence…"),
            ADD_EVIDENCE_SHORTCUT,
            lambda: add_to_shown_case(page, workspace),
            "evidence.add_evidence",
            needs_row=False,
        )
        adding.setToolTip(PageActions.tr("Add files as evidence: of the case the Case filter shows, or of no case yet"))
        for action in evidence_actions(page, workspace, page.selected_id, case_for_drop):
            page.add_button(action)
            enable_on_selection(page, action)
        # Destroying is the second deliberate step: offered on voided files only, shown with "Voided too".
        for_good = delete_for_good_action(page, workspace, page.selected_id)
        page.add_button(for_good)
        enable_on_selection(page, for_good, lambda row: row.voided)
    elif name == "deposits":
        install_deposit_panel(page, workspace)
        install_deposit_actions(page, workspace)
    elif name == "suppliers":
        choose = PageActions.tr("Choose a supplier first.")
        supplier = partial(edit_party_on, page, EditSupplierDialog, workspace, choose)
        _action(page, PageActions.tr("Edit Supplier…"), "Ctrl+Shift+E", supplier, "parties.save_supplier")
    elif name == "stores":
        store = partial(edit_party_on, page, EditStoreDialog, workspace, PageActions.tr("Choose a store first."))
        _action(page, PageActions.tr("Edit Store…"), "Ctrl+Shift+E", store, "parties.save_store")
    elif name == "rates":
        add_rate = partial(open_preferences, page, workspace, tab="rates")
        rates = ("rates.set_exchange_rate", "rates.import_exchange_rates")
        added = _action(page, PageActions.tr("Add Rate…"), "Ctrl+N", add_rate, *rates, needs_row=False)
        added.setToolTip(PageActions.tr("Add or import exchange rates, in Preferences"))


def _action(
    page: ListPage,
    text: str,
    shortcut: str,
    run: Callable[[], object],
    *operations: str,
    needs_row: bool = True,
    more: bool = False,
) -> QAction:
    """A button beside the page's search field, or with `more` an entry of its More menu; `operations`: those it
    leads to (desk.ui.reach); `needs_row`: it acts on the selected record, and is off while none is selected."""
    action = QAction(text, page)
    action.setProperty(NEEDS_ROW, needs_row)
    action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: run())  # not `run` itself: Qt would pass it `checked`
    runs(action, *operations)
    page.add_button(action, more=more)
    if needs_row:
        enable_on_selection(page, action)
    return action


def _kept(row: Row) -> bool:
    return not row.voided  # a voided record is out of every dialog's sight: restore it first


def enable_on_selection(page: ListPage, action: QAction, applies: Callable[[Row], bool] = _kept) -> None:
    """Keep `action` enabled only while the page's selected record is one it `applies` to: on an empty list, or
    with nothing selected, a button that acts on a record is off rather than answering "choose one first"."""

    def update(*_args: object) -> None:
        row = page.current_row()
        action.setEnabled(row is not None and applies(page.model.row_at(row)))

    selection = page.table.selectionModel()
    selection.selectionChanged.connect(update)
    selection.currentRowChanged.connect(update)
    page.model.modelReset.connect(update)  # the selection goes without a signal when the list is read again
    page.model.rowsRemoved.connect(update)
    update()


def install_record_refund(page: ListPage, workspace: Workspace) -> QAction:
    """Record Refund…: on the Disputes page the refund settles the selected dispute; on the Orders page it is a
    refund of the whole order (a cancellation, an item out of stock)."""
    refund = partial(record_refund_on, page, workspace)
    operations = ("refunds.plan_refund", "refunds.record_refund")
    action = _action(page, PageActions.tr("Record Refund…"), "Ctrl+Shift+U", refund, *operations)
    action.setToolTip(PageActions.tr("A refund the seller or platform approved: see how it comes back, then keep it"))
    return action


def record_refund_on(page: ListPage, workspace: Workspace) -> int | None:
    """The new refund's id; None when nothing was chosen or the dialog was cancelled."""
    on_dispute = page.spec.name == "disputes"

    def make(row_id: int) -> RecordRefundDialog:
        if on_dispute:
            return RecordRefundDialog(workspace, dispute_id=row_id, parent=page)
        return RecordRefundDialog(workspace, order_id=row_id, parent=page)

    choose = PageActions.tr("Choose a dispute first.") if on_dispute else PageActions.tr("Choose an order first.")
    dialog = _on_selected(page, PageActions.tr("Record a refund"), choose, make)
    return dialog.refund_id if isinstance(dialog, RecordRefundDialog) else None


def install_account_actions(page: ListPage, workspace: Workspace) -> None:
    """A new member account; on the selected one: funds added, an order paid from it, a withdrawal requested; in
    the More menu: a withdrawal marked done or refused, cost that came back, where its withdrawals go."""

    def on_account(make: Callable[[int], CaseDialog]) -> Callable[[], object]:
        return partial(run_on_account, page, make)

    new = partial(new_account_on, page, workspace)
    _action(page, PageActions.tr("New Account…"), "Ctrl+N", new, "accounts.open_account", needs_row=False)
    funds = on_account(lambda account_id: AddFundsDialog(workspace, account_id, page))
    _action(page, PageActions.tr("Add Funds…"), "Ctrl+Shift+F", funds, "accounts.add_funds")
    pay = on_account(lambda account_id: PayOrderDialog(workspace, account_id, page))
    _action(page, PageActions.tr("Pay Order…"), "Ctrl+Shift+Y", pay, "accounts.pay_order_from_account")
    withdraw = on_account(lambda account_id: WithdrawalDialog(workspace, account_id, page))
    _action(page, PageActions.tr("Withdraw…"), "Ctrl+Shift+W", withdraw, "accounts.request_withdrawal")
    mark = PageActions.tr("Mark Withdrawal Done/Refused…")
    close = partial(close_selected_withdrawal, page, workspace)
    _action(page, mark, "Ctrl+Shift+M", close, "accounts.close_withdrawal", more=True)
    back = on_account(lambda account_id: CostReturnDialog(workspace, account_id, page))
    _action(page, PageActions.tr("Cost Return…"), "Ctrl+Shift+T", back, "accounts.return_cost", more=True)
    sealed = on_account(lambda account_id: WithdrawalAccountDialog(workspace, account_id, page))
    _action(page, PageActions.tr("Withdrawal Account…"), "", sealed, "accounts.set_withdrawal_account", more=True)


def new_account_on(page: ListPage, workspace: Workspace) -> int | None:
    """The new account's id, selected on the page; None when cancelled."""
    dialog = NewAccountDialog(workspace, page)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account_id is None:
        return None
    page.show_record(dialog.account_id)
    return dialog.account_id


def install_deposit_actions(page: ListPage, workspace: Workspace) -> None:
    """A new application; on the selected one: the platform's decision, a document it asks for, its packet."""
    new = partial(new_deposit_on, page, workspace)
    creating = "deposits.create_deposit_application"
    _action(page, PageActions.tr("New Application…"), "Ctrl+N", new, creating, needs_row=False)

    def on_application(title: str, make: Callable[[int], QDialog]) -> Callable[[], object]:
        return lambda: _on_selected(page, title, PageActions.tr("Choose an application first."), make)

    decided = on_application(PageActions.tr("Record a decision"), lambda i: DepositEventDialog(workspace, i, page))
    _action(page, PageActions.tr("Record Decision…"), "Ctrl+E", decided, "deposits.record_deposit_event")
    asked = on_application(PageActions.tr("Add a document"), lambda i: RequireDocumentDialog(workspace, i, page))
    _action(page, PageActions.tr("Require Document…"), "Ctrl+Shift+D", asked, "deposits.require_document")
    packet = on_application(PageActions.tr("Deposit packet"), lambda i: DepositPacketDialog(workspace, i, page))
    _action(page, PageActions.tr("Deposit Packet…"), "Ctrl+Shift+P", packet, "packets.make_deposit_packet")


def new_deposit_on(page: ListPage, workspace: Workspace) -> int | None:
    """The new application's id, selected on the page; None when cancelled."""
    dialog = NewDepositDialog(workspace, page)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.application_id is None:
        return None
    page.show_record(dialog.application_id)  # the page read it again when the dialog announced it
    return dialog.application_id


def selected_line_no(page: ListPage) -> int | None:
    """The line chosen in the order's Lines tab, if any."""
    if not page.detail_models:
        return None
    view = page.detail_tabs.widget(0)
    if not isinstance(view, QTableView):
        return None
    rows = view.selectionModel().selectedRows()
    return int(page.detail_models[0].row_at(rows[0].row())["line_no"]) if rows else None


def _on_selected(page: ListPage, title: str, choose_first: str, make: Callable[[int], QDialog]) -> QDialog | None:
    """Run a dialog on the page's selected record (it announces what it changed: the main window reads the pages
    that show it again). None when nothing was chosen or the dialog was cancelled."""
    row_id = page.selected_id()
    if row_id is None:
        QMessageBox.information(page, title, choose_first)
        return None
    dialog = make(row_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog


def open_dispute_from(page: ListPage, workspace: Workspace) -> int | None:
    dialog = _on_selected(
        page,
        PageActions.tr("Open a dispute"),
        PageActions.tr("Choose an order first."),
        lambda order_id: OpenDisputeDialog(workspace, order_id, selected_line_no(page), page),
    )
    return dialog.dispute_id if isinstance(dialog, OpenDisputeDialog) else None


def record_event_on(page: ListPage, workspace: Workspace) -> bool:
    def make(dispute_id: int) -> CaseDialog:
        return RecordEventDialog(workspace, dispute_id, page)

    title, choose = PageActions.tr("Record an event"), PageActions.tr("Choose a dispute first.")
    return _on_selected(page, title, choose, make) is not None


def edit_party_on(
    page: ListPage, dialog: type[EditSupplierDialog | EditStoreDialog], workspace: Workspace, choose: str
) -> bool:
    edit = PageActions.tr("Edit")
    return _on_selected(page, edit, choose, lambda row_id: dialog(workspace, row_id, page)) is not None


def edit_dispute_on(page: ListPage, workspace: Workspace) -> bool:
    def make(dispute_id: int) -> CaseDialog:
        return EditDisputeDialog(workspace, dispute_id, page)

    title, choose = PageActions.tr("Edit a dispute"), PageActions.tr("Choose a dispute first.")
    return _on_selected(page, title, choose, make) is not None


def claim_packet_on(page: ListPage, workspace: Workspace) -> None:
    _open_on_dispute(page, PageActions.tr("Claim packet"), lambda dispute_id: PacketDialog(workspace, dispute_id, page))


def letter_on(page: ListPage, workspace: Workspace) -> None:
    _open_on_dispute(page, PageActions.tr("Letters"), lambda dispute_id: LetterDialog(workspace, dispute_id, page))


def _open_on_dispute(page: ListPage, title: str, make: Callable[[int], QDialog]) -> None:
    """A dialog on the selected dispute. It announces what it changed, so nothing is reloaded here."""
    dispute_id = page.selected_id()
    if dispute_id is None:
        QMessageBox.information(page, title, PageActions.tr("Choose a dispute first."))
        return
    make(dispute_id).exec()


def receive_refund_on(page: ListPage, workspace: Workspace) -> bool:
    def make(refund_id: int) -> CaseDialog:
        return ReceiveRefundDialog(workspace, refund_id, page)

    title, choose = PageActions.tr("Record what arrived"), PageActions.tr("Choose a refund first.")
    return _on_selected(page, title, choose, make) is not None


def edit_order_on(page: ListPage, workspace: Workspace, *, new: bool) -> int | None:
    """A new order, or the selected one edited; the new order's id is only known after the dialog saved."""
    if not new:
        dialog = _on_selected(
            page,
            PageActions.tr("Edit an order"),
            PageActions.tr("Choose an order first."),
            lambda order_id: OrderDialog(workspace, order_id, page),
        )
        return dialog.order_id if isinstance(dialog, OrderDialog) else None
    created = OrderDialog(workspace, None, page)
    if created.exec() != OrderDialog.DialogCode.Accepted or created.order_id is None:
        return None
    page.show_record(created.order_id)  # the page read it again when the dialog announced the new order
    return created.order_id


# -- evidence ------------------------------------------------------------------------------------------------------

ADD_EVIDENCE_SHORTCUT = "Ctrl+Shift+A"


def case_of_row(page: ListPage, row: int) -> CaseRef:
    """The case a row of the Orders or Disputes page is, labelled as `desk evidence` names it."""
    found = page.model.row_at(row)
    if page.spec.name == "orders":
        platform = found.values["platform"]
        return CaseRef("order", found.id, f"{getattr(platform, 'value', platform)}:{found.values['order_no']}")
    return CaseRef("dispute", found.id, f"dispute {found.id}")


def selected_case(page: ListPage) -> CaseRef | None:
    rows = page.table.selectionModel().selectedRows()
    return case_of_row(page, rows[0].row()) if rows else None


def evidence_tab(page: ListPage) -> CaseEvidence | None:
    for index in range(page.detail_tabs.count()):
        widget = page.detail_tabs.widget(index)
        if isinstance(widget, CaseEvidence):
            return widget
    return None


def install_evidence(page: ListPage, workspace: Workspace, *, more: bool = False) -> CaseEvidence:
    """The Evidence tab under the list, following its selection; files dropped on a row (or on the tab) become
    that case's evidence; Add Evidence… picks files for the selected row."""
    tab = CaseEvidence(workspace, page)
    page.detail_tabs.addTab(tab, PageActions.tr("Evidence"))
    tab.follow(page.table, lambda row: case_of_row(page, row))

    def case_at(pos: QPoint) -> CaseRef | None:
        index = page.table.indexAt(pos)
        return case_of_row(page, index.row()) if index.isValid() else None

    def show_dropped_on(case: object) -> None:
        if isinstance(case, CaseRef):
            page.show_record(case.id)
            page.detail_tabs.setCurrentWidget(tab)

    drops = accept_file_drops(page.table, workspace, case_at)
    drops.dropped.connect(show_dropped_on)
    accept_file_drops(tab, workspace, lambda _pos: tab.case)
    add = partial(add_evidence_on, page, workspace)
    adding = PageActions.tr("Add Evidence…")
    action = _action(page, adding, ADD_EVIDENCE_SHORTCUT, add, "evidence.add_evidence", more=more)
    action.setToolTip(PageActions.tr("Add files as evidence to the selected row (or drop them on the row)"))
    tab.set_add_action(action)
    install_on_files(tab.files, workspace, lambda: tab.case)  # edit, take off the case, delete
    return tab


def add_to_shown_case(page: ListPage, workspace: Workspace) -> AddEvidenceDialog | None:
    """The Evidence page's Add Evidence…: files of the case its Case filter shows, or of no case yet."""
    case_for_drop = getattr(page, "case_for_drop", lambda: None)
    return choose_and_add(page, workspace, case_for_drop())


def add_evidence_on(page: ListPage, workspace: Workspace) -> AddEvidenceDialog | None:
    """Add Evidence…: the platform's file dialog for the selected order or dispute, then the add with progress."""
    case = selected_case(page)
    if case is None:
        kind = PageActions.tr("an order") if page.spec.name == "orders" else PageActions.tr("a dispute")
        QMessageBox.information(page, PageActions.tr("Add evidence"), PageActions.tr("Choose {0} first.").format(kind))
        return None
    return choose_and_add(page, workspace, case)
