"""Entering an order by hand in the GUI, lines and payments included."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Order, PaymentMethod
from desk.money import Money
from desk.ui.order_dialog import OrderDialog
from desk.workspace import Workspace


def test_a_new_order_is_entered_with_lines_and_payments(qtbot: QtBot, workspace: Workspace, artifacts: Path) -> None:
    dialog = OrderDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.order_no.setText("3531528806413397702")
    dialog.platform.setCurrentIndex(dialog.platform.findData("1688"))
    dialog.supplier.setCurrentText("义乌小商品批发店")
    dialog.currency.setText("CNY")
    dialog.add_line("Детский конструктор", "KID-7", "3", "42.50")
    dialog.lines.removeRow(0)  # the empty line a new order starts with
    dialog.add_payment(PaymentMethod.ALIPAY.value, "100")
    dialog.add_payment(PaymentMethod.BALANCE.value, "27.50")
    assert dialog.total.text() == "Total 127.50 CNY; payments 127.50 CNY"
    dialog.show()
    dialog.grab().save(str(artifacts / "order_dialog.png"))

    dialog.accept()
    assert dialog.error.isHidden(), dialog.error.text()
    with workspace.read() as s:
        order = s.scalars(select(Order)).one()
        assert (order.key, order.supplier.name, order.total) == (
            "1688:3531528806413397702",
            "义乌小商品批发店",
            Money(12750, "CNY"),
        )
        assert sorted(p.method.value for p in order.payments) == ["alipay", "balance"]


def test_a_bad_row_is_named_and_nothing_is_saved(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = OrderDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.order_no.setText("X-1")
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
