"""The Import dialog's format choices (date order, decimal and thousands separators, words that mean empty,
currency signs, rounding): what the file settles is shown, a choice checks the file again and the preview shows
its dates and amounts as read; a date order the file cannot settle puts the focus on the choice that settles it;
the Result tab shows what was (or would be) added, the rows left out and why, the totals and how the file was read.
Real files in the test's folder, a real data folder; screenshots go to tests/artifacts/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.importing.dates import DateOrder
from desk.models import Order, OrderLine
from desk.ui.import_dialog import PREVIEW_TAB, RESULT_TAB, ImportDialog
from desk.workspace import Workspace
from tests.leaks import leaks

WAIT = 20_000
FIXTURES = Path(__file__).parent.parent / "fixtures"
HEADER = "platform,order_no,supplier,placed_on,currency,item,qty,unit_price,payments"
FLAG = "--"  # the command line's options: never in what the dialog says


def _write(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _open(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.open_file(path)


def _check(qtbot: QtBot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.reported, timeout=WAIT):
        assert dialog.start(dry_run=True) is not None


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def _choose(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """The user picks `value` in the combo (with the keyboard, as one does): the file is checked again."""
    dialog = combo.window()
    assert isinstance(dialog, ImportDialog)
    combo.setFocus()
    steps = combo.findData(value) - combo.currentIndex()
    assert steps != 0
    for _ in range(abs(steps)):  # each step checks the file again, or again once the check under way ends
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy and dialog.report is not None, timeout=WAIT)
    assert dialog.report is not None and dialog.report.text_format is not None


def _cell(dialog: ImportDialog, row: int, header: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
    model = dialog.preview_model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(header)
    return model.data(model.index(row, column), role)


def _problems(dialog: ImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def _said(dialog: ImportDialog) -> list[str]:
    """Every sentence the dialog shows a person now: its labels and the problems listed."""
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)] + _problems(dialog)


def test_day_month_year_settles_dates_that_read_two_ways_and_imports_them_so(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    path = _write(
        tmp_path / "ambiguous.csv",
        HEADER,
        "taobao,A1,Shop A,03/04/2026,CNY,Cup,1,9.90,alipay:9.90",
        "taobao,A2,Shop A,05/06/2026,CNY,Bowl,2,12.50,alipay:25.00",
    )
    _open(qtbot, dialog, path)
    _check(qtbot, dialog)
    report = dialog.report
    assert report is not None and not report.ok
    # The way out is the date order: its tab is shown, the choice has the focus, a sentence says what to choose.
    assert dialog.tabs.currentIndex() == PREVIEW_TAB
    assert dialog.focusWidget() is dialog.format.dates
    assert "color" in dialog.format.labels[dialog.format.dates].styleSheet()  # its label in red, too
    assert dialog.format.advice.isVisibleTo(dialog)
    assert dialog.format.advice.text() == (
        '"03/04/2026" could be 3 April or 4 March (row 2, column placed_on), and no date in the file settles which: '
        "choose the date order above."
    )
    assert _problems(dialog) == [
        'row 2, column placed_on: "03/04/2026" could be 3 April or 4 March, and no date in the file settles which: '
        "choose the date order"
    ]
    assert not any(FLAG in text for text in _said(dialog)), _said(dialog)
    assert _cell(dialog, 0, "placed_on") == "03/04/2026"  # unread, in red, the reason in its tip
    assert _cell(dialog, 0, "placed_on", Qt.ItemDataRole.ForegroundRole) is not None
    assert "3 April or 4 March" in str(_cell(dialog, 0, "placed_on", Qt.ItemDataRole.ToolTipRole))
    assert not dialog.import_button.isEnabled()

    _choose(qtbot, dialog.format.dates, "DMY")
    report = dialog.report
    assert report is not None and report.ok and report.dry_run, _problems(dialog)
    assert report.text_format is not None and report.text_format.dates is DateOrder.DMY
    assert dialog.tabs.currentIndex() == PREVIEW_TAB  # the user stays where the choice is made
    assert not dialog.format.advice.isVisibleTo(dialog)
    assert _cell(dialog, 0, "placed_on") == "Apr 3, 2026" and _cell(dialog, 1, "placed_on") == "Jun 5, 2026"
    assert _cell(dialog, 0, "placed_on", Qt.ItemDataRole.ToolTipRole) == 'In the file: "03/04/2026"'
    with workspace.read() as s:
        assert s.scalars(select(Order)).first() is None  # a check writes nothing
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts / "import-dialog-format-dates.png"))

    _import(qtbot, dialog)
    with workspace.read() as s:
        placed = {number: day for number, day in s.execute(select(Order.order_no, Order.placed_on))}
    assert placed == {"A1": date(2026, 4, 3), "A2": date(2026, 6, 5)}


def test_a_decimal_comma_reads_1_234_56_as_one_thousand_two_hundred_and_thirty_four(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "komma.csv",
        HEADER.replace(",", ";"),
        "aliexpress;8100001;Shop B;2026-05-04;EUR;Mini PC;1;1.234,56;card:1.234,56",
    )
    _open(qtbot, dialog, path)
    _choose(qtbot, dialog.format.decimal, "point")  # the wrong one: the amounts cannot be read so
    report = dialog.report
    assert report is not None and not report.ok
    assert {p.column for p in report.problems} == {"unit_price", "payments"}
    assert _cell(dialog, 0, "unit_price") == "1.234,56"
    assert _cell(dialog, 0, "unit_price", Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.format.advice.text() == "2 problems stop the import: the Result tab lists them."

    _choose(qtbot, dialog.format.decimal, "comma")
    report = dialog.report
    assert report is not None and report.ok, _problems(dialog)
    assert _cell(dialog, 0, "unit_price") == "1,234.56\N{NO-BREAK SPACE}EUR"  # as this user's locale writes it
    assert _cell(dialog, 0, "unit_price", Qt.ItemDataRole.ToolTipRole) == 'In the file: "1.234,56"'
    assert _cell(dialog, 0, "payments") == "Card 1,234.56\N{NO-BREAK SPACE}EUR"
    assert report.money_totals()[0].minor == 123456
    _import(qtbot, dialog)
    with workspace.read() as s:
        assert s.scalars(select(OrderLine.unit_price_minor)).all() == [123456]


def test_what_the_file_settles_is_shown_after_a_check(qtbot: QtBot, dialog: ImportDialog) -> None:
    _open(qtbot, dialog, FIXTURES / "shop" / "european-shop.csv")
    assert dialog.format.isEnabled()
    assert dialog.format.found.text() == "Found: check the file to see how it writes dates and numbers."
    assert _cell(dialog, 0, "Unit Price") == "1.234,56 €"  # as the file has it, before a check
    _check(qtbot, dialog)
    assert dialog.format.found.text() == "Found: dates day/month/year, decimal comma"
    assert dialog.format.dates.currentText() == "Found in the file"  # found is not chosen
    assert _cell(dialog, 0, "Unit Price") == "1,234.56\N{NO-BREAK SPACE}EUR"
    assert _cell(dialog, 0, "Order Date") == "Dec 5, 2025"
    assert _cell(dialog, 0, "Tracking No") == ""  # "N/A": nothing
    assert _cell(dialog, 0, "Tracking No", Qt.ItemDataRole.ToolTipRole) == 'Read as empty: "N/A"'

    _choose(qtbot, dialog.format.dates, "DMY")  # chosen now: what is found is only the rest
    assert dialog.format.found.text() == "Found: decimal comma"


def test_the_result_says_what_was_added_left_out_and_totalled_and_how_it_was_read(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    path = _write(
        tmp_path / "two-currencies.csv",
        HEADER,
        "taobao,T1,Shop A,2026-05-04,CNY,Cup,2,9.90,alipay:21.00",
        "taobao,T1,Shop A,2026-05-04,CNY,Lid,1,1.20,alipay:21.00",
        "ebay,E1,Seller B,2026-05-06,USD,Cable,3,1250.00,paypal:3750.00",
        "2 record(s) downloaded",
        "Exported by Shop Manager: all orders",
    )
    _open(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.reported, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.ok, _problems(dialog)
    summary = dialog.summary
    assert dialog.tabs.currentIndex() == RESULT_TAB and summary.isVisibleTo(dialog)
    shown = [f for f in summary.findChildren(QLabel) if f.objectName().startswith("summary") and f.isVisibleTo(dialog)]
    rows = {summary.form.labelForField(f).text(): f.text() for f in shown}
    assert rows == {
        "Would add:": "2 orders, 3 order lines",
        "Rows left out:": "rows 5, 6 (closing lines of the file, not orders)",
        "Totals of the orders:": "21.00\N{NO-BREAK SPACE}CNY, 3,750.00\N{NO-BREAK SPACE}USD",
        "Read with:": "decimal point",
        "Would be new in Desk:": "2 suppliers, 0 stores",
    }
    for text in rows.values():
        assert not leaks("the Import dialog's result", text, window=True), text
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts / "import-dialog-result-check.png"))

    _import(qtbot, dialog)
    assert summary.added.text() == "2 orders, 3 order lines"
    assert summary.form.labelForField(summary.added).text() == "Added:"
    assert summary.left_out.text() == "rows 5, 6 (closing lines of the file, not orders)"
    with workspace.read() as s:
        assert len(s.scalars(select(OrderLine)).all()) == 3


def test_a_currency_sign_that_names_no_currency_is_said_and_nothing_is_checked(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "yen.csv",
        "platform,order_no,supplier,placed_on,item,qty,unit_price,payments",
        "amazon,J1,Shop J,2026-05-04,Teapot,1,¥1200.5,card:¥1200.5",
    )
    _open(qtbot, dialog, path)
    symbols = dialog.format.symbols
    symbols.setFocus()
    qtbot.keyClicks(symbols, "¥JPY")
    symbols.editingFinished.emit()  # focus leaves the field, or Enter: the user is done typing
    assert not dialog.busy and dialog.report is None
    assert dialog.format.advice.text() == 'Currency signs: "¥JPY" is not a sign = currency code (e.g. ¥=JPY)'

    symbols.clear()
    qtbot.keyClicks(symbols, "¥ = JPY")
    with qtbot.waitSignal(dialog.reported, timeout=WAIT):
        symbols.editingFinished.emit()
    report = dialog.report
    assert report is not None and not report.ok  # yen have no decimals: 1200.5 is refused unless rounded
    assert not any(FLAG in text for text in _said(dialog)), _said(dialog)
    assert _cell(dialog, 0, "unit_price", Qt.ItemDataRole.ToolTipRole) == (
        '"¥1200.5": JPY has 0 decimal places, got 1; correct it, or choose to round such amounts'
    )
    with qtbot.waitSignal(dialog.reported, timeout=WAIT):
        qtbot.mouseClick(dialog.format.round, Qt.MouseButton.LeftButton)
    report = dialog.report
    assert report is not None and report.ok, _problems(dialog)
    assert report.totals == {"JPY": 1201}  # half up
    assert _cell(dialog, 0, "unit_price") == "1,201\N{NO-BREAK SPACE}JPY"
    assert dialog.format.found.text() == "Found: decimal point"


def test_amounts_whose_decimal_separator_the_file_does_not_settle_ask_for_it(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "thousands.csv",
        HEADER,
        'taobao,A1,Shop A,2026-04-03,CNY,Cup,1,"1,500","alipay:1,500"',
        'taobao,A2,Shop A,2026-04-05,CNY,Bowl,1,"2,250","alipay:2,250"',
    )
    _open(qtbot, dialog, path)
    _check(qtbot, dialog)
    assert dialog.tabs.currentIndex() == PREVIEW_TAB and dialog.focusWidget() is dialog.format.decimal
    assert dialog.format.advice.text() == (
        'Desk cannot tell whether the point or the comma is the decimal separator in "1,500" (row 2, column '
        "unit_price): choose the decimal separator above."
    )
    assert _cell(dialog, 0, "unit_price") == "1,500"  # not shown as read one way: the check read it no way
    assert _cell(dialog, 0, "unit_price", Qt.ItemDataRole.ForegroundRole) is not None

    _choose(qtbot, dialog.format.decimal, "point")  # the comma groups thousands: one thousand five hundred
    report = dialog.report
    assert report is not None and report.ok, _problems(dialog)
    assert _cell(dialog, 0, "unit_price") == "1,500.00\N{NO-BREAK SPACE}CNY"
    assert report.totals == {"CNY": 150_000 + 225_000}


def test_a_platform_total_that_differs_from_its_parts_is_shown_with_the_result(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    """eBay's Total Price one dollar above its parts: the check passes, and the summary says which order and by
    how much (the order is imported as eBay says it was paid)."""
    text = (FIXTURES / "ebay" / "orders-report.csv").read_text(encoding="utf-8-sig")
    path = tmp_path / "orders-report.csv"
    path.write_text(text.replace('"$98.98"', '"$99.98"', 1), encoding="utf-8-sig")
    _open(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.reported, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.ok, _problems(dialog)
    summary = dialog.summary
    assert summary.differ.isVisibleTo(dialog)
    assert summary.form.labelForField(summary.differ).text() == "Totals that differ from their parts:"
    assert summary.differ.text().startswith(
        "ebay:22-11902-63417 (row 8): the file says 99.98 USD was paid, but its parts come to 98.98 USD"
    )
