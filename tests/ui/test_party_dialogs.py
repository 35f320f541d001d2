"""Edit Supplier… and Edit Store… (desk/ui/party_dialogs.py): suppliers and the business's stores are corrected from
their pages (issue 12, point 2: every record a user creates can be corrected); OK only once something changed, the
core's refusals shown in the dialog, Edit → Undo reverses the change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.db import take_written
from desk.models import Platform, Store, StoreStatus, Supplier
from desk.operations.parties import SaveStore, save_store
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.party_dialogs import EditStoreDialog, EditSupplierDialog
from desk.workspace import Workspace


def _shown(qtbot: QtBot, dialog: EditSupplierDialog | EditStoreDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_a_suppliers_contact_is_corrected_and_ok_waits_for_a_change(qtbot: QtBot, demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        supplier = s.scalars(select(Supplier).order_by(Supplier.id)).first()
        assert supplier is not None
        supplier_id, name, shop = supplier.id, supplier.name, supplier.shop_url or ""
    dialog = EditSupplierDialog(demo_workspace, supplier_id)
    _shown(qtbot, dialog)
    assert dialog.shop_url.text() == shop and not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)  # Enter on the form as it was: nothing to do
    assert dialog.isVisible()
    dialog.contact.setFocus()
    dialog.contact.selectAll()
    qtbot.keyClicks(dialog.contact, "Ms Li, WeChat li_shop")
    assert dialog.ok_button.isEnabled()
    dialog.grab().save("/tmp/edit_supplier_dialog.png")
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)
    with demo_workspace.read() as s:
        saved = s.get_one(Supplier, supplier_id)
        assert (saved.name, saved.contact, saved.shop_url or "") == (name, "Ms Li, WeChat li_shop", shop)


def test_closing_a_store_needs_the_day_it_closed_and_keeps_what_was_typed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store_id = save_store(workspace, SaveStore(Platform.ALIEXPRESS, "Nordic Gadget Outlet", country="FI")).id
    dialog = EditStoreDialog(workspace, store_id)
    _shown(qtbot, dialog)
    assert dialog.country.text() == "FI" and not dialog.closed_known.isChecked()
    assert not dialog.closed_on.isEnabled() and not dialog.ok_button.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(StoreStatus.CLOSED))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.error.text() == "closed on: a closed store needs the day it closed" and dialog.isVisible()
    with workspace.read() as s:
        assert s.get_one(Store, store_id).status is StoreStatus.OPEN  # nothing written

    dialog.closed_known.setChecked(True)
    assert dialog.closed_on.isEnabled()
    dialog.closed_on.setDate(QDate(2026, 11, 30))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    with workspace.read() as s:
        store = s.get_one(Store, store_id)
        assert (store.status, store.closed_on, store.country) == (StoreStatus.CLOSED, date(2026, 11, 30), "FI")


def test_edit_store_from_the_stores_page_then_undo(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    take_written()
    page = window.show_page("stores")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0)
    page.table.selectRow(0)
    store_id = page.selected_id()
    assert store_id is not None
    with demo_workspace.read() as s:
        before = s.get_one(Store, store_id).country
    page.table.setFocus()

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditStoreDialog)
        dialog.country.setText("DE" if before != "DE" else "AT")
        qtbot.keyClick(dialog.country, Qt.Key.Key_Return)

    QTimer.singleShot(0, correct)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with demo_workspace.read() as s:
        assert s.get_one(Store, store_id).country != before
    assert window.undo_stack.undo_action.text() == "Undo Edit Store"
    window.undo_stack.undo()
    with demo_workspace.read() as s:
        assert s.get_one(Store, store_id).country == before
