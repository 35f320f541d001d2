"""The Import dialog says which encoding a CSV file was read in and why, and reads it again in the one the user
picks: the preview changes, and Check and Import read it so. A workbook has no encoding to choose."""

from __future__ import annotations

import locale
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import OrderLine
from desk.ui.import_dialog import ImportDialog
from desk.workspace import Workspace

WAIT = 20_000
ROWS = [
    "platform,order_no,supplier,placed_on,currency,item,qty,unit_price,payments",
    "ozon,1001,ООО «Ромашка»,2026-10-01,RUB,Кабель USB-C 1 м,2,150.00,card:300.00",
    "ozon,1002,ООО «Ромашка»,2026-10-02,RUB,Чехол для телефона чёрный,1,300.00,card:300.00",
]


@pytest.fixture(autouse=True)
def windows_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """This computer's ANSI code page, before the dialog (conftest's) is made: the worst case for Russian."""
    monkeypatch.setattr(locale, "getencoding", lambda: "cp1252")


def _open(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.open_file(path)


def _run(qtbot: QtBot, dialog: ImportDialog, *, dry_run: bool) -> None:
    op = dialog.start(dry_run=dry_run)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.report is not None and dialog.report.ok, dialog.result_label.text()


def _item(dialog: ImportDialog, row: int) -> str:
    model = dialog.preview_model
    return str(model.data(model.index(row, ROWS[0].split(",").index("item"))))


def test_the_encoding_found_is_shown_and_another_can_be_chosen(
    qtbot: QtBot, dialog: ImportDialog, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "ozon.csv"
    path.write_bytes("\r\n".join(ROWS).encode("cp1251"))  # as Excel saves "CSV" on a Russian Windows
    _open(qtbot, dialog, path)
    choice = dialog.encoding
    assert choice.isVisible() and choice.combo.isEnabled()
    assert [choice.combo.itemText(i) for i in range(choice.combo.count())] == [
        "Cyrillic (Windows-1251)", "Western European (Windows-1252)"  # "я" is in no GB18030 character
    ]
    assert choice.combo.currentText() == "Cyrillic (Windows-1251)"
    assert choice.explanation.text() == (
        "Read as Cyrillic (Windows-1251): the file is not UTF-8, and its words read best in this encoding."
    )
    assert _item(dialog, 0) == "Кабель USB-C 1 м"
    assert dialog.info.text().startswith("Windows-1251, comma-separated · Generic format")

    choice.combo.setFocus()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        qtbot.keyClick(choice.combo, Qt.Key.Key_Down)  # the user picks the next encoding: the file is read again
    assert choice.combo.currentText() == "Western European (Windows-1252)"
    assert _item(dialog, 0) == "Êàáåëü USB-C 1 ì"
    assert choice.explanation.text() == "Read as Western European (Windows-1252), as chosen."
    assert dialog.info.text().startswith("Windows-1252, comma-separated")
    _run(qtbot, dialog, dry_run=True)
    assert dialog.report is not None and dialog.report.encoding == "Windows-1252"
    assert dialog.result_label.text().splitlines()[1] == "Read as Western European (Windows-1252), as chosen."

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        qtbot.keyClick(choice.combo, Qt.Key.Key_Up)
    assert _item(dialog, 1) == "Чехол для телефона чёрный"
    assert not dialog.import_button.isEnabled()  # read anew: checked again before it can be imported
    _run(qtbot, dialog, dry_run=True)
    _run(qtbot, dialog, dry_run=False)
    assert dialog.report is not None and dialog.report.written and dialog.report.encoding == "Windows-1251"
    with workspace.read() as s:
        assert sorted(s.scalars(select(OrderLine.item))) == ["Кабель USB-C 1 м", "Чехол для телефона чёрный"]


def test_a_close_call_says_so(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("order_no,item\r\n1,Да\r\n".encode("cp1251"))  # reads as "Äà" and as one Chinese word too
    _open(qtbot, dialog, path)
    assert dialog.encoding.combo.currentText() == "Western European (Windows-1252)"  # this computer's
    assert dialog.encoding.explanation.text().endswith("Change it if the text looks wrong.")
    assert "color" in dialog.encoding.explanation.styleSheet()  # said in red: look before importing
    assert dialog.request(dry_run=True).encoding is None  # Desk's own choice: found again the same way
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.encoding.combo.activated.emit(dialog.encoding.combo.findText("Cyrillic (Windows-1251)"))
    model = dialog.preview_model
    assert model.data(model.index(0, 1)) == "Да"
    assert dialog.encoding.explanation.styleSheet() == ""
    assert dialog.request(dry_run=True).encoding == "cp1251"


def test_a_workbook_has_no_encoding_to_choose(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(ROWS[0].split(","))
    book.active.append(ROWS[1].split(","))
    path = tmp_path / "orders.xlsx"
    book.save(path)
    _open(qtbot, dialog, path)
    assert not dialog.encoding.isVisible()
    assert dialog.request(dry_run=True).encoding is None
