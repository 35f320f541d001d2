"""An order export dropped on the Orders page opens the Import dialog on it, as File › Import Orders… does, and
nothing is written until the user imports; a folder, a PDF or several files are refused with the reason in the
status bar, and nothing opens; a file dropped on an order's row is still that order's evidence. Real drag-and-drop
events sent as Qt sends them (an enter, a move, a drop), real files, a real data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import drag_over
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.models import Order
from desk.ui.import_dialog import ImportDialog
from desk.ui.import_drop import ImportDrops
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

WAIT = 30_000
COPY = Qt.DropAction.CopyAction
ROWS = [
    "platform,order_no,supplier,placed_on,currency,item,qty,unit_price,payments",
    "taobao,D-1,Shop A,2026-05-04,CNY,Cup,2,9.90,alipay:19.80",
    "taobao,D-2,Shop A,2026-05-05,CNY,Bowl,1,12.00,alipay:12.00",
]


@pytest.fixture
def fresh_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """The main window on an empty data folder: its Orders page says what to do instead of listing orders."""
    win = MainWindow(workspace.root)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.page_loaded, timeout=WAIT):
        win.attach(workspace)
    return win


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "Downloads" / "taobao orders.csv"
    path.parent.mkdir()
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def _orders_page(qtbot: QtBot, window: MainWindow) -> ListPage:
    page = window.show_page("orders")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.complete, timeout=WAIT)
    return page


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(widget: QWidget, pos: QPoint, mime: QMimeData) -> QDropEvent:
    """Drag `mime` onto `widget` at `pos` and let go, as a file manager does; the drop event, to see if taken."""
    drag_over(widget, pos, mime)
    actions = COPY | Qt.DropAction.MoveAction
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def _count(ws: Workspace) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


def test_an_export_dropped_on_the_empty_orders_page_opens_the_import_dialog_on_it(
    qtbot: QtBot, fresh_window: MainWindow, workspace: Workspace, export: Path, artifacts: Path
) -> None:
    page = _orders_page(qtbot, fresh_window)
    state = page.empty_state
    assert state is not None and state.isVisible()  # nothing to drop it "beside": the page says what to do
    middle = state.rect().center()
    assert drag_over(state, middle, _mime(export)) == (True, True)  # the page under it takes it: the cursor says so
    assert fresh_window.statusBar().currentMessage() == "Drop to import the orders in taobao orders.csv"

    drop = _drop(state, middle, _mime(export))
    assert drop.isAccepted() and drop.dropAction() == COPY  # the user's file stays where it is
    [dialog] = fresh_window.findChildren(ImportDialog)
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal  # as the menu opens it
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=WAIT)
    assert dialog.path_edit.text() == str(export)
    assert dialog.preview_model.rowCount() == 2
    assert dialog.info.text() == "UTF-8, comma-separated · Generic format · 2 rows"
    assert _count(workspace) == 0  # opened, read, shown: nothing written
    drops = page.findChild(ImportDrops)
    assert drops is not None and drops.last is dialog

    with qtbot.waitSignal(dialog.reported, timeout=WAIT):
        dialog.start(dry_run=True)
    with qtbot.waitSignal(page.settled, timeout=WAIT), qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.start(dry_run=False)
    assert _count(workspace) == 2
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)  # the page reads the new orders
    dialog.close()


def test_an_export_dropped_beside_the_listed_orders_opens_the_dialog_and_on_a_row_stays_evidence(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, export: Path
) -> None:
    page = _orders_page(qtbot, window)
    drops = page.findChild(ImportDrops)
    assert drops is not None
    viewport = page.table.viewport()
    on_row = page.table.visualRect(page.model.index(0, 1)).center()
    assert drag_over(viewport, on_row, _mime(export)) == (True, True)
    assert window.statusBar().currentMessage().startswith("Drop to add the files as evidence to ")
    assert drops.last is None
    before = _count(demo_workspace)

    # On the page's title row, beside the list.
    drop = _drop(page.count_label, page.count_label.rect().center(), _mime(export))
    assert drop.isAccepted()
    dialog = drops.last
    assert isinstance(dialog, ImportDialog) and dialog.parent() is window
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=WAIT)
    assert dialog.path_edit.text() == str(export)
    dialog.close()

    # In the list, below its last row.
    number = str(page.model.row_at(0).values["order_no"])
    page.search.setText(number)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    last = page.table.visualRect(page.model.index(0, 1))
    below = QPoint(last.center().x(), last.bottom() + 40)
    assert below.y() < viewport.height() and not page.table.indexAt(below).isValid()
    drop = _drop(viewport, below, _mime(export))
    assert drop.isAccepted() and drops.last is not dialog
    again = drops.last
    assert isinstance(again, ImportDialog)
    qtbot.waitUntil(lambda: again.data is not None, timeout=WAIT)
    assert again.path_edit.text() == str(export)
    assert _count(demo_workspace) == before  # read and shown: nothing written
    again.close()


@pytest.mark.parametrize("what", ["a PDF", "a folder", "two exports"])
def test_a_drop_of_anything_but_one_export_is_refused_and_opens_nothing(
    qtbot: QtBot, fresh_window: MainWindow, export: Path, what: str
) -> None:
    pdf = export.with_name("invoice.pdf")
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dropped, why = {
        "a PDF": (
            [pdf],
            '"invoice.pdf" is not an order export: Desk imports CSV, TSV, TXT, XLSX and XLSM files. To keep it as '
            "evidence, drop it on the order's row.",
        ),
        "a folder": (
            [export.parent],
            '"Downloads" is a folder: drop the export file itself (CSV, TSV, TXT, XLSX or XLSM).',
        ),
        "two exports": ([export, export], "2 files: drop one export at a time to import its orders."),
    }[what]
    page = _orders_page(qtbot, fresh_window)
    state = page.empty_state
    assert state is not None
    middle = state.rect().center()
    assert drag_over(state, middle, _mime(*dropped)) == (True, False)  # welcome to try; the cursor says no
    assert fresh_window.statusBar().currentMessage() == why

    fresh_window.statusBar().clearMessage()
    drop = _drop(state, middle, _mime(*dropped))
    assert not drop.isAccepted()
    assert fresh_window.statusBar().currentMessage() == why  # said again where the user looks after letting go
    assert fresh_window.findChildren(ImportDialog) == []
    drops = page.findChild(ImportDrops)
    assert drops is not None and drops.last is None
