"""The PayPal payments dialog: a PayPal activity download checked in the background and shown before anything is
written (matched, more than one order fits, no order fits, left out, fees, totals); an order chosen for a row
checks the file again; Import records it all with the orders chosen and the pages reload; Enter never imports and
Cancel writes nothing; a bad cell is shown and Import stays disabled. The orders are set up through the orders
import, from a small file in the generic format, as a user brings them in; the PayPal files are the real fixtures.
Screenshots go to tests/artifacts/ for people to look at."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from importer import imported
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from test_plain_words import scan, texts_of

from desk.models import Order, Payment, Refund, RefundPart
from desk.models.audit import AuditEntry
from desk.money import Money
from desk.operations import Record
from desk.operations.payment_imports import import_payments
from desk.ui.changes import changes
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.payments_dialog import PaymentsDialog, open_payments_import
from desk.workspace import Workspace

PAYPAL = Path(__file__).parents[1] / "fixtures" / "paypal"
US, EU = PAYPAL / "activity-us.csv", PAYPAL / "activity-eu.csv"
WAIT = 20_000
HEADER = "platform,order_no,supplier,placed_on,currency,item,qty,unit_price,shipping,payments\n"
US_ORDERS = (
    "ebay,V-2210,Voltline Supply Co.,2026-10-01,USD,Component kit,1,58.20,0,",
    "aliexpress,BW-118204,Brightwire Components,2026-10-05,USD,USB-C PD cable 2 m,1,132.42,9.95,",
    "other,KPD-77815,Kestrel Parts Depot,2026-10-08,USD,ESP32-S3 DevKitC-1,2,10.00,4.50,paypal:24.50",
    "other,EV-260914-0331,Elektronik Vogt GmbH,2026-10-14,EUR,Lötspitzen-Set T18,1,73.00,6.90,",
    # The same amount two days apart: the 45.00 USD payment on 19 October could be for either.
    "other,HCW-40192,Harlow Cable Works,2026-10-18,USD,JST-XH crimp kit,1,45.00,0,",
    "other,HCW-40193,Harlow Cable Works,2026-10-19,USD,JST-XH crimp kit,1,45.00,0,",
    # Placed a month before its payment: no order fits it by date.
    "other,QB-559031,Quarry Bay Electronics,2026-09-20,USD,Probe set,4,41.10,12.00,",
)
EU_ORDERS = (
    "ebay,LW-2026-48817,Lötwerk Versand GmbH,2026-10-08,EUR,Lötstation digital 80 W,1,85.00,4.90,",
    "other,PB-10388,Platinenhaus Berger e.K.,2026-10-11,EUR,Lochrasterplatinen,10,4.09,5.90,",
    "other,RC-301877,Ridgeline Components Inc.,2026-11-04,USD,TPS63020 breakout,1,52.99,12.00,",
    "other,WF-2026-7731,Wellenfeld Funktechnik,2026-11-15,EUR,SMA-Adapterset,1,31.40,0,",
)
AMBIGUOUS, UNMATCHED = "7SY30856CE481127V", "3MZ09173HV558240D"  # rows 11 and 13 of the US file
# The completer's list, offscreen, can neither be raised nor grab the keyboard.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")


def set_up(ws: Workspace, tmp_path: Path, rows: tuple[str, ...]) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    assert imported(ws, path).ok


def payments_on(ws: Workspace, order_no: str) -> list[tuple[int, str | None]]:
    with ws.read() as s:
        order = s.scalars(select(Order).where(Order.order_no == order_no)).one()
        return sorted((p.amount_minor, p.reference) for p in order.payments)


def counts(ws: Workspace) -> list[int]:
    """Payments, refunds, refund parts and audit entries in the folder."""
    with ws.read() as s:
        tables = (Payment, Refund, RefundPart, AuditEntry)
        return [int(s.scalar(select(func.count()).select_from(t)) or 0) for t in tables]


def settled(qtbot: QtBot, dialog: PaymentsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy and not dialog.again, timeout=WAIT)


def shown(qtbot: QtBot, ws: Workspace, path: Path) -> PaymentsDialog:
    dialog = PaymentsDialog(ws, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settled(qtbot, dialog)
    return dialog


def shot(qtbot: QtBot, dialog: PaymentsDialog, path: Path) -> None:
    qtbot.wait(50)  # the layout settles (rows shown, hidden) before it is painted
    assert dialog.grab().save(str(path))


def cells(dialog: PaymentsDialog) -> list[tuple[str, ...]]:
    """The Matched table as it reads: row, date, type, name, amount, order, matched by, what Import does."""
    model = dialog.matched_model
    return [
        tuple(str(model.data(model.index(r, c))) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def state(dialog: PaymentsDialog, txn: str) -> str:
    return dialog.choices.states[txn].text()


def test_the_check_shows_what_import_would_record_and_writes_nothing(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, artifacts: Path, qtmodeltester: Any
) -> None:
    set_up(workspace, tmp_path, US_ORDERS)
    before = counts(workspace)
    dialog = shown(qtbot, workspace, US)
    report = dialog.report
    assert report is not None and report.dry_run and not report.written
    assert counts(workspace) == before
    qtmodeltester.check(dialog.matched_model)
    qtmodeltester.check(dialog.totals_model)
    assert dialog.summary.text() == (
        "Import records 4 payments and 1 refund on their orders. 2 need you to choose their order below."
    )
    assert cells(dialog) == [
        ("3", "Oct 2, 2026", "Payment", "Voltline Supply Co.", "58.20\xa0USD", "ebay:V-2210", "amount and date",
         "adds the payment"),
        ("4", "Oct 5, 2026", "Payment", "Brightwire Components LLC", "142.37\xa0USD", "aliexpress:BW-118204",
         "amount and date", "adds the payment"),
        ("5", "Oct 8, 2026", "Refund", "Brightwire Components LLC", "25.00\xa0USD", "aliexpress:BW-118204",
         "the payment it refunds", "records a refund"),
        ("6", "Oct 9, 2026", "Payment", "Kestrel Parts Depot", "24.50\xa0USD", "other:KPD-77815", "amount and date",
         "completes the PayPal payment already on the order"),
        ("7", "Oct 14, 2026", "Payment", "Elektronik Vogt GmbH", "79.90\xa0EUR", "other:EV-260914-0331",
         "amount and date", "adds the payment"),
    ]
    # The ones waiting for the user: a combo of the two orders that fit, and any order in US dollars.
    assert dialog.choices_box.isVisible() and dialog.choices_title.text() == "Choose the order (2 waiting)"
    ambiguous, unmatched = dialog.choices.combos[AMBIGUOUS], dialog.choices.combos[UNMATCHED]
    assert not ambiguous.isEditable() and ambiguous.currentIndex() == -1  # nothing chosen for the user
    assert [ambiguous.itemData(i) for i in range(ambiguous.count())] == ["other:HCW-40192", "other:HCW-40193", None]
    assert ambiguous.itemText(0) == "other:HCW-40192 · Harlow Cable Works · Oct 18, 2026 · 45.00\xa0USD unpaid"
    assert state(dialog, AMBIGUOUS) == "2 orders fit its amount and date: choose the one it paid."
    assert unmatched.isEditable() and unmatched.currentText() == ""
    listed = {unmatched.itemData(i) for i in range(unmatched.count())}
    assert "other:QB-559031" in listed and "other:EV-260914-0331" not in listed  # its own currency only
    assert state(dialog, UNMATCHED) == (
        "No order in USD placed from Oct 16, 2026 to Oct 24, 2026 has 176.40\xa0USD unpaid."
    )
    assert dialog.focusWidget() is ambiguous  # the first thing to do, not the Import button
    # Tab: from one order to choose to the next, then the table, then the buttons.
    seen = []
    for _ in range(4):
        focused = dialog.focusWidget()
        assert focused is not None
        seen.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == [ambiguous, unmatched, dialog.matched, dialog.import_button]
    ambiguous.setFocus()
    assert dialog.left_out.text().splitlines() == [
        "Row 2: money received for a sale, not a payment to a supplier",
        "Rows 8, 9: currency conversions (the payment they paid for is a row of its own)",
        "Rows 10, 12: holds and their release (money set aside, then given back)",
        "Row 14: transfers between PayPal and a bank or card",
    ]
    assert dialog.fees.text().endswith(": 17.24\xa0USD")
    totals = dialog.totals_model
    assert [[totals.data(totals.index(r, c)) for c in range(5)] for r in range(totals.rowCount())] == [
        ["EUR", "79.90\xa0EUR", "79.90\xa0EUR", "0.00\xa0EUR", "0.00\xa0EUR"],
        ["USD", "446.47\xa0USD", "225.07\xa0USD", "25.00\xa0USD", "25.00\xa0USD"],
    ]
    assert not dialog.problems_box.isVisible()
    assert dialog.import_button.isEnabled() and not dialog.import_button.autoDefault()
    # Plain words: no command-line option, field key or date in ISO form anywhere the user reads.
    assert scan("the PayPal payments dialog", dialog) == []
    assert not [t for t in texts_of(dialog) if "--" in t or "TXNID" in t or "ORDER_NO" in t]
    shot(qtbot, dialog, artifacts / "payments-dialog-preview.png")


@POPUP
def test_choosing_the_orders_checks_again_and_import_records_them(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    set_up(workspace, tmp_path, US_ORDERS)
    dialog = shown(qtbot, workspace, US)
    # By keys, as a user would: the arrow keys choose among the orders that fit (the second: HCW-40193) ...
    ambiguous = dialog.choices.combos[AMBIGUOUS]
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        qtbot.keyClick(ambiguous, Qt.Key.Key_Down)
    qtbot.keyClick(ambiguous, Qt.Key.Key_Down)
    settled(qtbot, dialog)
    assert dialog.links == {AMBIGUOUS: "other:HCW-40193"}
    assert state(dialog, AMBIGUOUS) == "Import records it on other:HCW-40193."
    # ... and an order number typed for the payment no order fits.
    unmatched = dialog.choices.combos[UNMATCHED]
    unmatched.setFocus()
    qtbot.keyClicks(unmatched.lineEdit(), "qb-559031")
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        qtbot.keyClick(unmatched.lineEdit(), Qt.Key.Key_Return)
    settled(qtbot, dialog)
    assert dialog.links == {AMBIGUOUS: "other:HCW-40193", UNMATCHED: "other:QB-559031"}
    assert unmatched.currentText().startswith("other:QB-559031 · Quarry Bay Electronics · Sep 20, 2026")
    assert dialog.summary.text() == "Import records 6 payments and 1 refund on their orders."
    assert ("11", "other:HCW-40193", "your choice") in [(c[0], c[5], c[6]) for c in cells(dialog)]
    assert ("13", "other:QB-559031", "your choice") in [(c[0], c[5], c[6]) for c in cells(dialog)]
    assert payments_on(workspace, "HCW-40193") == payments_on(workspace, "QB-559031") == []  # still nothing written
    # Enter chose the order; it imported nothing.
    assert dialog.isVisible() and dialog.report is not None and dialog.report.dry_run

    announced: list[object] = []
    changes().changed.connect(announced.append)
    try:
        with qtbot.waitSignal(dialog.imported, timeout=WAIT):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    finally:
        changes().changed.disconnect(announced.append)
    assert announced == [frozenset({Record.ORDER, Record.REFUND})]  # the pages showing them reload
    assert payments_on(workspace, "HCW-40193") == [(4500, AMBIGUOUS)]
    assert payments_on(workspace, "HCW-40192") == []  # the other one that fitted is left as it was
    assert payments_on(workspace, "QB-559031") == [(17640, UNMATCHED)]
    assert payments_on(workspace, "BW-118204") == [(14237, "5TM93027HC604418B")]
    with workspace.read() as s:
        parts = s.scalars(select(RefundPart)).all()
        assert [(p.received_minor, p.reference) for p in parts] == [(2500, "8KL12564WN330972T")]
    assert dialog.summary.text() == "Recorded 6 payments and 1 refund from activity-us.csv on their orders."
    assert state(dialog, UNMATCHED) == "Recorded on other:QB-559031." and not unmatched.isEnabled()
    assert cells(dialog)[2][7] == f"recorded as refund {parts[0].refund_id}"
    assert dialog.matched_model.headerData(7, Qt.Orientation.Horizontal) == "What was done"
    assert not dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Close"
    shot(qtbot, dialog, artifacts / "payments-dialog-imported.png")


def test_enter_never_imports_and_cancel_writes_nothing(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up(workspace, tmp_path, US_ORDERS)
    before = counts(workspace)
    dialog = shown(qtbot, workspace, US)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT):
        dialog.choices.combos[AMBIGUOUS].setCurrentIndex(0)
        dialog.choices.combos[AMBIGUOUS].activated.emit(0)
    settled(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    # Enter where the focus is, and on the Import button itself: nothing is written, the dialog stays.
    for widget in (dialog.choices.combos[AMBIGUOUS], dialog.matched, dialog.import_button):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert dialog.isVisible() and not dialog.busy and counts(workspace) == before

    # Cancel while the import runs, held before it writes: it stops, nothing is written.
    gate = threading.Event()
    real = import_payments

    def held(ws: Workspace, request: Any, **kwargs: Any) -> Any:
        if not request.dry_run:
            gate.wait(WAIT / 1000)
        return real(ws, request, **kwargs)

    monkeypatch.setattr("desk.ui.payments_dialog.import_payments", held)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.importing and dialog.cancel_button.text() == "Cancel"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.isVisible() and dialog.status.text() == "Cancelled: nothing was written."
    assert counts(workspace) == before
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # now it closes
    assert not dialog.isVisible() and counts(workspace) == before

    # Escape on a dialog with an order chosen: closed, nothing written.
    again = shown(qtbot, workspace, US)
    again.choose(AMBIGUOUS, "other:HCW-40192")
    settled(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible() and counts(workspace) == before


def test_a_bad_cell_is_shown_and_import_stays_disabled(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    set_up(workspace, tmp_path, US_ORDERS)
    text = US.read_text(encoding="utf-8-sig").replace('"-24.50"', '"-24.5O"')  # a letter O for a zero
    path = tmp_path / "Download.CSV"
    path.write_text(text, encoding="utf-8-sig")
    dialog = shown(qtbot, workspace, path)
    assert dialog.report is not None and not dialog.report.ok
    assert dialog.problems_box.isVisible()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 1 and problems[0].startswith('row 6, column Gross: "-24.5O"')
    assert dialog.problems_title.text().startswith("1 problem in the file: correct it in the file")
    assert dialog.summary.text().startswith("Nothing can be imported until the problems below are solved.")
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.toolTip() == "Solve the problems listed first"
    dialog.start_import()  # asked regardless: refused
    assert not dialog.busy and payments_on(workspace, "BW-118204") == []
    assert not [t for t in texts_of(dialog) if "--" in t]
    shot(qtbot, dialog, artifacts / "payments-dialog-problem.png")


def test_a_choice_that_does_not_fit_is_said_on_its_row_and_stops_the_import(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    set_up(workspace, tmp_path, US_ORDERS)
    dialog = shown(qtbot, workspace, US)
    dialog.choose(UNMATCHED, "ebay:V-2210")  # 176.40 USD on an order of 58.20 USD, paid by row 3
    settled(qtbot, dialog)
    assert state(dialog, UNMATCHED).startswith("176.40\xa0USD would pay more than is unpaid on ebay:V-2210")
    assert dialog.problems_title.text() == "An order you chose does not fit: choose another, or leave it for now."
    assert not dialog.import_button.isEnabled()
    dialog.choose(UNMATCHED, None)  # left for now: the check is clean again
    settled(qtbot, dialog)
    assert dialog.import_button.isEnabled() and not dialog.problems_box.isVisible()
    assert state(dialog, UNMATCHED).startswith("No order in USD placed from")


def test_the_german_download_is_read_day_first_and_imported(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    set_up(workspace, tmp_path, EU_ORDERS)
    dialog = shown(qtbot, workspace, EU)
    assert dialog.info.text().endswith("dates day/month/year, decimal comma.")
    assert not dialog.choices_box.isVisible()  # every payment found its order
    assert [(c[0], c[1], c[4], c[5]) for c in cells(dialog)] == [
        ("3", "Oct 8, 2026", "89.90\xa0EUR", "ebay:LW-2026-48817"),
        # 12.10.2026 is 12 October: read as 10 December, the payment would be two months after its order.
        ("4", "Oct 12, 2026", "46.80\xa0EUR", "other:PB-10388"),
        ("5", "Oct 21, 2026", "12.50\xa0EUR", "ebay:LW-2026-48817"),
        ("6", "Nov 4, 2026", "64.99\xa0USD", "other:RC-301877"),
        ("10", "Nov 16, 2026", "31.40\xa0EUR", "other:WF-2026-7731"),
    ]
    assert dialog.fees.text().endswith(": 8.32\xa0EUR")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert payments_on(workspace, "PB-10388") == [(4680, "9HW31027PZ664180B")]
    assert payments_on(workspace, "RC-301877") == [(6499, "8FJ27730MA105649C")]


def test_opened_over_the_window_it_reloads_the_orders_page(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    set_up(workspace, tmp_path, US_ORDERS)
    window = MainWindow(workspace.root)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.page_loaded, timeout=WAIT):
        window.attach(workspace)
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.loaded == len(US_ORDERS), timeout=WAIT)

    def paid(order_no: str) -> Money:
        value = next(
            page.model.row_at(r)["paid"] for r in range(page.model.loaded)
            if page.model.row_at(r)["order_no"] == order_no
        )
        assert isinstance(value, Money)
        return value

    assert paid("BW-118204") == Money(0, "USD")
    dialog = open_payments_import(window, US)
    assert dialog is not None and dialog.windowModality() == Qt.WindowModality.WindowModal and dialog.parent() is window
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    settled(qtbot, dialog)
    with qtbot.waitSignal(page.settled, timeout=WAIT), qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert paid("BW-118204") == Money(14237, "USD")  # the page read it again, told by the import's result
    dialog.close()


def test_a_paypal_download_opened_in_the_import_dialog_goes_to_the_payments_dialog(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    """File › Import Orders… or a drop on the Orders page, given a PayPal activity download: its payments are
    checked in the payments dialog, as `desk import` does; the orders dialog closes."""
    from desk.ui.import_dialog import ImportDialog

    set_up(workspace, tmp_path, US_ORDERS)
    window = QWidget()
    qtbot.addWidget(window)
    orders_dialog = ImportDialog(workspace, window)  # the window owns it: it goes with the window
    orders_dialog.show()
    with qtbot.waitSignal(orders_dialog.handed_over, timeout=WAIT) as handed:
        orders_dialog.open_file(US)
    payments = handed.args[0]
    assert isinstance(payments, PaymentsDialog) and payments.parentWidget() is window
    settled(qtbot, payments)
    assert not orders_dialog.isVisible() and payments.isVisible()
    assert payments.windowModality() == Qt.WindowModality.WindowModal  # over the window, as the orders dialog was
    assert payments.report is not None and payments.report.ok and counts(workspace)[0] == 1  # nothing written yet
    payments.close()


def test_a_paypal_statement_is_refused_saying_what_it_is(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    from desk.ui.import_dialog import ImportDialog

    statement = tmp_path / "statement.csv"
    statement.write_text(
        '"Date","Description","Currency","Gross","Fee","Net","Balance","Transaction ID","From Email Address",'
        '"Name","Bank Name","Bank Account","Shipping and Handling Amount","Sales Tax","Invoice ID",'
        '"Reference Txn ID"\n"10/02/2026","Express Checkout Payment","USD","-58.20","0.00","-58.20","0.00",'
        '"7JD48290VX115306P","you@example.com","Voltline Supply Co.","","","0.00","0.00","",""\n',
        encoding="utf-8",
    )
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    op = dialog.open_file(statement)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert op is not None and dialog.data is None
    assert "looks like a PayPal statement" in dialog.info.text(), dialog.info.text()
    assert "no column for" not in dialog.info.text()
