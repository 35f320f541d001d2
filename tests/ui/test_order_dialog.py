"""Entering and editing an order by hand in the GUI (New Order…, Edit Order…), lines and payments included: the
dialog reaches the create_order and edit_order operations and announces what changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factories import dispute, order
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Dispute, Order, PaymentMethod
from desk.money import Money
from desk.operations import Record
from desk.orders.amounts import order_total
from desk.ui.changes import changes
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.order_dialog import OrderDialog
from desk.workspace import Workspace


def choose(dialog: OrderDialog, platform: str = "aliexpress") -> None:
    """The choices a new order needs the user to make (nothing is chosen for them)."""
    dialog.platform.setCurrentIndex(dialog.platform.findData(platform))
    dialog.status.setCurrentIndex(dialog.status.findData("paid"))


def test_a_new_order_is_entered_with_lines_and_payments(qtbot: QtBot, workspace: Workspace, artifacts: Path) -> None:
    dialog = OrderDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.order_no.setText("3531528806413397702")
    choose(dialog, "1688")
    dialog.supplier.setCurrentText("义乌小商品批发店")
    dialog.currency.setText("CNY")
    dialog.add_line("Детский конструктор", "KID-7", "3", "42.50")
    dialog.lines.removeRow(0)  # the empty line a new order starts with
    dialog.add_payment(PaymentMethod.ALIPAY.value, "100")
    dialog.add_payment(PaymentMethod.BALANCE.value, "27.50")
    assert dialog.total.text() == "Total 127.50\N{NO-BREAK SPACE}CNY; payments 127.50\N{NO-BREAK SPACE}CNY"
    dialog.show()
    dialog.grab().save(str(artifacts / "order_dialog.png"))

    with qtbot.waitSignal(changes().changed, timeout=1000) as announced:
        dialog.accept()
    assert dialog.error.isHidden(), dialog.error.text()
    assert announced.args == [frozenset({Record.ORDER, Record.SUPPLIER})]  # the pages showing them reload
    with workspace.read() as s:
        order = s.scalars(select(Order)).one()
        assert (order.key, order.supplier.name, order_total(order)) == (
            "1688:3531528806413397702",
            "义乌小商品批发店",
            Money(12750, "CNY"),
        )
        assert sorted(p.method.value for p in order.payments) == ["alipay", "balance"]


def test_a_bad_row_is_named_and_nothing_is_saved(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = OrderDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.order_no.setText("X-1")
    choose(dialog)
    dialog.supplier.setCurrentText("Shenzhen Topwin Official Store")
    dialog.add_line("USB-C cable", "", "two", "1.00")
    dialog.accept()
    assert dialog.error.text() == "line 2, qty: 'two' is not a whole number"
    dialog.lines.item(1, 2).setText("2")
    dialog.accept()
    assert dialog.error.text() == "the order cannot be saved: line 1, item: required"
    assert dialog.result() == 0
    with workspace.read() as s:
        assert s.scalars(select(Order)).first() is None


def _order_with_a_dispute_on_line_2(ws: Workspace) -> tuple[int, int]:
    with ws.write() as s:
        o = order(
            s,
            lines=(("TWS earbuds", 2, 1899), ("USB-C cable", 1, 500), ("Phone case", 1, 300)),
            currency="USD",
            payments=((PaymentMethod.CARD, 4598),),
        )
        s.flush()
        o.payments[0].paid_on, o.payments[0].reference = date(2026, 10, 2), "TXN-4471"
        found = dispute(s, o.lines[1], claimed_minor=500)
        s.flush()
        return o.id, found.id


def test_edit_order_refuses_to_remove_a_disputed_line_and_keeps_what_was_typed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    order_id, dispute_id = _order_with_a_dispute_on_line_2(workspace)
    dialog = OrderDialog(workspace, order_id)
    qtbot.addWidget(dialog)
    assert [dialog.lines.item(row, 0).text() for row in range(dialog.lines.rowCount())] == [
        "TWS earbuds", "USB-C cable", "Phone case"
    ]
    dialog.lines.removeRow(1)
    dialog.payments.item(0, 1).setText("40.98")
    dialog.accept()
    assert dialog.result() == 0 and dialog.lines.rowCount() == 2
    assert dialog.error.text() == (
        f"line 2 (USB-C cable) has dispute {dispute_id}: a line that carries a dispute, a refund or evidence cannot "
        "be removed"
    )
    with workspace.read() as s:
        found = s.get(Dispute, dispute_id)
        assert found is not None and found.order_line.item == "USB-C cable" and found.order_line.line_no == 2


def test_edit_order_removes_a_free_line_keeps_the_dispute_on_its_item_and_announces(
    qtbot: QtBot, workspace: Workspace
) -> None:
    order_id, dispute_id = _order_with_a_dispute_on_line_2(workspace)
    dialog = OrderDialog(workspace, order_id)
    qtbot.addWidget(dialog)
    dialog.lines.removeRow(0)  # the earbuds: the cable stays line 2, its dispute with it
    dialog.payments.item(0, 1).setText("8.00")
    with qtbot.waitSignal(changes().changed, timeout=1000) as announced:
        dialog.accept()
    assert dialog.error.isHidden(), dialog.error.text()
    assert announced.args == [frozenset({Record.ORDER})]
    with workspace.read() as s:
        found = s.get(Dispute, dispute_id)
        assert found is not None and (found.order_line.line_no, found.order_line.item) == (2, "USB-C cable")
        o = s.get(Order, order_id)
        assert o is not None and [line.item for line in o.lines] == ["USB-C cable", "Phone case"]
        [card] = o.payments
        # The amount was edited; its paid date and reference were not.
        assert (card.amount_minor, card.paid_on, card.reference) == (800, date(2026, 10, 2), "TXN-4471")


def test_a_discount_above_the_lines_and_shipping_is_refused_in_the_dialog(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = OrderDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.order_no.setText("X-2")
    choose(dialog)
    dialog.supplier.setCurrentText("Shenzhen Topwin Official Store")
    dialog.currency.setText("USD")
    dialog.lines.removeRow(0)
    dialog.add_line("USB-C cable", "", "1", "5.00")
    dialog.discount.setText("6")
    dialog.accept()
    assert dialog.error.text() == (
        "the order cannot be saved: discount 6.00 USD is more than the lines and shipping (5.00 USD)"
    )
    with workspace.read() as s:
        assert s.scalars(select(Order)).first() is None


def test_new_order_on_the_orders_page_is_read_once_and_selected(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    """The dialog announces the new order; the page reads itself again once (the announcement) and selects it."""
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    before = page.model.rowCount()
    reads: list[None] = []
    page.settled.connect(lambda: reads.append(None))

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OrderDialog)
        dialog.order_no.setText("5550001")
        choose(dialog)
        dialog.supplier.setCurrentText("Shenzhen Topwin Official Store")
        dialog.currency.setText("CNY")
        dialog.lines.removeRow(0)
        dialog.add_line("LED strip 5 m", "", "1", "45.00")
        dialog.add_payment(PaymentMethod.CARD.value, "45.00")
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    next(a for a in page.actions() if a.text() == "New Order…").trigger()
    with demo_workspace.read() as s:
        made = s.scalars(select(Order).where(Order.order_no == "5550001")).one()
    qtbot.waitUntil(lambda: not page.busy)
    assert page.model.rowCount() == before + 1 and page.selected_id() == made.id
    assert len(reads) == 1
