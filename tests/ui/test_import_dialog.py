"""The Import dialog: a file picked shows its first rows and its column mapping; Check and Import run in the
worker with progress; the orders appear; Cancel rolls back; problems are listed to copy. Screenshots of each
state go to tests/artifacts/ for people to look at."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.common import OperationCancelled
from desk.importing import ImportReport
from desk.models import AuditEntry, Order
from desk.operations import Record
from desk.ui.changes import changes
from desk.ui.import_dialog import ImportDialog, PreviewModel, open_import_dialog
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

DATA = Path(__file__).parent.parent / "data" / "import"
REAL = Path(__file__).parent.parent / "fixtures"  # real export layouts (tests/fixtures/README.md)
WAIT = 20_000


def _orders(ws: Workspace) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


def _open(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.open_file(path)


def _shot(dialog: ImportDialog, artifacts: Path, name: str) -> None:
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts / f"import-dialog-{name}.png"))


def test_the_file_picker_is_the_platforms_own(
    qtbot: QtBot, dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def pick(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(DATA / "generic.csv"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert asked and "*.csv" in asked[0] and "*.xlsx" in asked[0]
    assert dialog.path_edit.text().endswith("generic.csv")


def test_a_generic_file_is_previewed_mapped_checked_and_imported(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, artifacts: Path, qtmodeltester: object
) -> None:
    _open(qtbot, dialog, DATA / "generic.csv")
    model = dialog.preview_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 5 and model.columnCount() == 18
    assert model.headerData(0, Qt.Orientation.Horizontal) == "platform"
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # spreadsheet row numbers, as problems name them
    assert model.data(model.index(0, 2)) == "深圳市华强电子有限公司"
    assert dialog.info.text() == "UTF-8, comma-separated · Generic format · 5 rows"
    assert dialog.editor.combos["order_no"].currentText() == "order_no"
    assert dialog.editor.combos["paid_on"].currentIndex() == 0  # not in this file
    _shot(dialog, artifacts, "preview")
    dialog.tabs.setCurrentIndex(1)
    _shot(dialog, artifacts, "columns")

    op = dialog.start(dry_run=True)
    assert op is not None and dialog.busy and dialog.cancel_button.text() == "Cancel"
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.report is not None and dialog.report.dry_run and dialog.report.count("new") == 4
    assert _orders(workspace) == 0
    assert dialog.status.text() == "Checked: nothing was written. Import writes it."

    imported: list[ImportReport] = []
    dialog.imported.connect(imported.append)
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    [report] = imported
    assert isinstance(report, ImportReport) and report.written and report.count("new") == 4
    assert _orders(workspace) == 4
    assert dialog.tabs.currentIndex() == 2 and dialog.result_label.text().startswith("Imported generic.csv")
    assert not dialog.progress.isVisible() and dialog.cancel_button.text() == "Close"
    _shot(dialog, artifacts, "imported")


def test_bad_rows_are_listed_to_copy_and_nothing_is_imported(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, artifacts: Path
) -> None:
    _open(qtbot, dialog, DATA / "bad-rows.csv")
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(items) == 9
    assert items[0] == (
        'row 3, column platform: unknown platform "alibaba"; allowed: aliexpress, 1688, taobao, amazon, ebay, temu, '
        "shopee, ozon, wildberries, other"
    )
    assert dialog.result_label.text().endswith("9 problems; nothing was imported")
    assert dialog.status.text() == "Nothing was imported"
    _shot(dialog, artifacts, "problems")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().splitlines() == items
    assert _orders(workspace) == 0


def test_cancel_rolls_back_an_import_under_way(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    rows = ["platform,order_no,supplier,placed_on,currency,item,qty,unit_price,payments"]
    rows += [f"taobao,{n},Shop {n % 9},2026-10-01,CNY,Cup,1,9.90,alipay:9.90" for n in range(30_000)]
    big.write_text("\n".join(rows) + "\n", encoding="utf-8")
    _open(qtbot, dialog, big)
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=60_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # at once: while it reads and checks
    assert op.cancelled and dialog.report is None
    assert dialog.result_label.text() == "Cancelled: nothing was imported."
    assert _orders(workspace) == 0
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_an_amazon_export_is_recognised_and_read_by_its_preset(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, artifacts: Path
) -> None:
    _open(qtbot, dialog, REAL / "amazon" / "Retail.OrderHistory.1.csv")
    assert dialog.info.text() == "UTF-8 with BOM, comma-separated · Amazon order history · 8 rows"
    assert dialog.map_myself.isVisible() is False or dialog.map_myself.isVisibleTo(dialog)
    assert not dialog.editor.combos["order_no"].isEnabled()
    assert dialog.editor.combos["order_no"].currentText() == "Order ID"
    assert dialog.editor.combos["payments"].currentText() == "Total Owed"
    dialog.tabs.setCurrentIndex(1)
    _shot(dialog, artifacts, "amazon-columns")
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.report is not None and dialog.report.ok and dialog.report.count("new") == 4
    assert _orders(workspace) == 4


def test_an_aliexpress_backup_needs_its_currency_chosen(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Order Information"
    sheet.append(
        [
            "order_id",
            "parent_orderid",
            "gmt_create_order_time",
            "order_status",
            "item_name",
            "unit_price",
            "payable_amt",
            "gmt_pay_order_time",
            "gmt_trade_end_time",
            "end_reason",
            "is_success_pay",
            "frozen_status",
        ]
    )
    sheet.append(
        [
            "3069099405669913",
            "3069099405659913",
            "2026-02-21 07:44:46",
            "FINISH",
            "SucceBuy Ultrasonic Cleaner 6L",
            15115,
            11974,
            "2026-02-21 07:44:51",
            "2026-02-27 18:17:56",
            "buyer_accept_goods",
            "true",
            "0",
        ]
    )
    path = tmp_path / "aliexpress-backup.xlsx"
    book.save(path)
    _open(qtbot, dialog, path)
    assert "AliExpress data backup" in dialog.info.text()
    assert "choose it below" in dialog.mapping_note.text()
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert "does not say which currency" in dialog.result_label.text()
    qtbot.keyClicks(dialog.currency, "usd")
    assert dialog.currency.text() == "USD"
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.report is not None and dialog.report.ok, dialog.result_label.text()
    assert _orders(workspace) == 1


def test_a_mapped_file_is_remembered(qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    path.write_text("Order #,Seller,Date,Product,Price\nA-1,Ningbo Home Goods,2026-10-02,Glass jar,12.50\n")
    _open(qtbot, dialog, path)
    assert "choose the column for each field" in dialog.mapping_note.text()
    editor = dialog.editor
    for field, column in {
        "order_no": "Order #",
        "supplier": "Seller",
        "placed_on": "Date",
        "item": "Product",
        "unit_price": "Price",
    }.items():
        editor.combos[field].setCurrentText(column)
    assert not editor.fixed["order_no"].isEnabled() and editor.fixed["platform"].isEnabled()
    qtbot.keyClicks(editor.fixed["platform"], "1688")
    qtbot.keyClicks(editor.fixed["currency"], "CNY")
    dialog.remember.setChecked(True)
    qtbot.keyClicks(dialog.remember_name, "Ningbo shop")
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.report is not None and dialog.report.remembered_as == "Ningbo shop", dialog.result_label.text()

    again = ImportDialog(workspace)
    qtbot.addWidget(again)
    shutil.copy(path, tmp_path / "shop-2.csv")
    _open(qtbot, again, tmp_path / "shop-2.csv")
    assert 'mapping "Ningbo shop"' in again.info.text()
    assert again.editor.combos["order_no"].currentText() == "Order #"
    assert again.editor.fixed["platform"].text() == "1688"


def test_an_import_announces_what_it_changed_and_a_check_announces_nothing(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    open_import_dialog(window, workspace)
    [dialog] = window.findChildren(ImportDialog)
    assert dialog.isVisible() and dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open(qtbot, dialog, DATA / "generic.csv")
    announced: list[object] = []
    changes().changed.connect(announced.append)
    try:
        op = dialog.start(dry_run=True)
        assert op is not None
        with qtbot.waitSignal(op.finished, timeout=WAIT):
            pass
        assert announced == []  # a check writes nothing: no page reloads
        op = dialog.start(dry_run=False)
        assert op is not None
        with qtbot.waitSignal(op.finished, timeout=WAIT):
            pass
    finally:
        changes().changed.disconnect(announced.append)
    # The main window listens and reloads the pages that show these.
    assert announced == [frozenset({Record.ORDER, Record.SUPPLIER, Record.STORE})]
    dialog.close()


def test_the_preview_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = PreviewModel()
    model.set_rows(["a", "b"], [(2, ["1", "x\ny"]), (4, ["2", ""])])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 1)) == "x y"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "x\ny"
    assert model.headerData(1, Qt.Orientation.Vertical) == "4"


# -- the background helper the dialog is built on -------------------------------------------------------------------


def test_a_background_op_delivers_its_result_and_progress_on_the_gui_thread(qtbot: QtBot) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    from desk.ui.worker import BackgroundOp

    owner = QWidget()
    qtbot.addWidget(owner)
    threads: dict[str, object] = {}
    seen: list[tuple[int, int]] = []

    def work(progress: object, cancelled: object) -> int:
        threads["work"] = threading.current_thread()
        for n in range(1, 100_001):
            progress(n, 100_000)  # type: ignore[operator]
        return 42

    results: list[int] = []

    def success(value: int) -> None:
        threads["callback"] = threading.current_thread()
        results.append(value)

    op = BackgroundOp(owner, work).on_progress(lambda d, t: seen.append((d, t))).on_success(success)
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        op.run_in_background()
    assert results == [42] and op.result == 42 and not op.running
    assert threads["work"] is not threading.main_thread() and threads["callback"] is threading.main_thread()
    assert seen[-1] == (100_000, 100_000) and len(seen) < 1000  # throttled: the GUI is not flooded


def test_a_background_op_reports_failure_and_honours_cancel(qtbot: QtBot) -> None:
    import time

    from PySide6.QtWidgets import QWidget

    from desk.ui.worker import BackgroundOp

    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[BaseException] = []

    def wait_for_cancel(progress: object, cancelled: object) -> None:
        while not cancelled():  # type: ignore[operator]
            time.sleep(0.005)
        raise OperationCancelled("stopped")

    op = BackgroundOp(owner, wait_for_cancel).on_failure(failures.append)
    op.run_in_background()
    assert op.running
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        op.cancel()
    assert op.cancelled and len(failures) == 1 and isinstance(failures[0], OperationCancelled)


def test_closing_the_owner_cancels_and_calls_nothing_back(qtbot: QtBot) -> None:
    import time

    from PySide6.QtWidgets import QWidget

    from desk.ui.worker import BackgroundOp

    owner = QWidget()
    called: list[object] = []

    def wait_for_cancel(progress: object, cancelled: object) -> str:
        while not cancelled():  # type: ignore[operator]
            time.sleep(0.005)
        return "stopped"

    op = BackgroundOp(owner, wait_for_cancel).on_success(called.append).on_failure(called.append)
    op.run_in_background()
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        owner.deleteLater()
    assert op.cancelled and op.result == "stopped" and called == []


def test_the_orders_page_shows_imported_orders_without_being_told(qtbot: QtBot, window: MainWindow) -> None:
    """File › Import Orders… on the main window: the import announces its result and the main window, listening,
    reloads the Orders page (the dialog reaches into no page)."""
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.loaded > 0, timeout=WAIT)
    assert page.model.complete
    before = page.model.loaded
    window.import_orders()
    [dialog] = window.findChildren(ImportDialog)
    _open(qtbot, dialog, DATA / "generic.csv")
    op = dialog.start(dry_run=False)
    assert op is not None
    with qtbot.waitSignal(page.settled, timeout=WAIT), qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert page.model.loaded == before + 4
    dialog.close()


def test_enter_checks_and_never_imports(qtbot: QtBot, dialog: ImportDialog, workspace: Workspace) -> None:
    """Issue 12: Enter in Import Orders imported. Now Enter checks (nothing written); Import is a click, offered
    only after a check without problems, and a change of the columns asks for a new check."""
    _open(qtbot, dialog, DATA / "generic.csv")
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.check_button.clicked, timeout=WAIT):
        qtbot.keyClick(dialog.preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.report is not None, timeout=WAIT)
    assert dialog.report is not None and dialog.report.dry_run and _orders(workspace) == 0
    assert dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Return)  # Enter again: another check, still nothing written
    qtbot.waitUntil(lambda: not dialog.busy and dialog.report is not None, timeout=WAIT)
    assert _orders(workspace) == 0

    dialog.currency.setFocus()
    qtbot.keyClicks(dialog.currency, "usd")  # the file is read differently now: check it again first
    assert not dialog.import_button.isEnabled()


def test_the_columns_tab_says_in_plain_words_what_a_file_of_ones_own_needs(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path
) -> None:
    """Each field names the headings Desk recognises, as a spreadsheet writes them, never the field's key; a file
    headed that way is read as the generic format."""
    from PySide6.QtWidgets import QLabel

    from tests.leaks import leaks

    dialog.tabs.setCurrentIndex(1)
    tips = {label.text().rstrip(" *"): label.toolTip() for label in dialog.editor.findChildren(QLabel)}
    assert tips["Order number"] == 'A column headed "Order number" or "Order no", e.g. 8123456789012345'
    assert tips["Payments"] == 'A column headed "Payments", e.g. Card: 30.00; Balance: 10.00'
    assert "header row" in dialog.mapping_note.text()
    for text in [dialog.mapping_note.text(), *tips.values()]:
        assert not leaks("the Import dialog", text), text
    dialog.grab().save("/tmp/pw_import_columns.png")

    path = tmp_path / "mine.csv"
    path.write_text(
        "Platform,Order number,Supplier,Placed on,Currency,Item,Unit price,Quantity\n"
        "AliExpress,8123456789012345,Shenzhen Topwin,2026-10-01,USD,USB-C cable,12.50,2\n",
        encoding="utf-8",
    )
    _open(qtbot, dialog, path)
    assert dialog.editor.combos["order_no"].currentText() == "Order number"
    assert dialog.editor.combos["qty"].currentText() == "Quantity"
