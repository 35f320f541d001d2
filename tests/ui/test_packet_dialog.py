"""Claim Packet… on the demo folder: the dialog opens from the Disputes page on the selected dispute, edits and
saves its statement of facts, lists the destinations with their limits (warning for counsel), makes the packet
through the real core in the background and opens it in the preview; Cancel leaves no file."""

from __future__ import annotations

from pathlib import Path

from pdfcheck import qpdf_check, text_of
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from test_pdf_preview import has_ink

from desk.disputes.lifecycle import get_dispute
from desk.models import ExhibitLabel
from desk.operations import Record
from desk.ui.changes import changes
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.packet_dialog import PacketDialog
from desk.ui.pdf_preview import PdfPreview
from desk.workspace import Workspace

WAIT = 60_000


def _choose(dialog: PacketDialog, code: str) -> None:
    index = next(i for i in range(dialog.destination.count()) if dialog.destination.itemData(i).code == code)
    dialog.destination.setCurrentIndex(index)


def test_a_packet_is_made_from_the_disputes_page_and_previewed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, artifacts: Path
) -> None:
    page = window.show_page("disputes")
    assert isinstance(page, ListPage)
    page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == 2))
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PacketDialog) and dialog.dispute_id == 2
        seen["name"] = Path(dialog.out_edit.text()).name
        seen["statement"] = dialog.statement.toPlainText()
        seen["labels"] = [dialog.destination.itemText(i) for i in range(dialog.destination.count())]
        _choose(dialog, "lawyer")
        seen["counsel warning"] = dialog.counsel_warning.isVisible()
        _choose(dialog, "card")
        dialog.grab().save(str(artifacts / "packet-dialog-card.png"))
        _choose(dialog, "paypal")
        seen["warning for paypal"] = dialog.counsel_warning.isVisible()
        dialog.statement.setPlainText("Ordered 10 LED strips & got 8 <per the post office's weight>.")
        dialog.set_output(tmp_path / "packet")
        dialog.grab().save(str(artifacts / "packet-dialog.png"))
        op = dialog.start()
        assert op is not None
        qtbot.waitUntil(lambda: not op.running, timeout=WAIT)
        seen["error"] = dialog.error
        preview = dialog.findChild(PdfPreview)
        seen["preview"] = preview is not None and preview.isVisible()
        if preview is not None:
            seen["preview pages"] = preview.page_count.text()
            qtbot.waitUntil(lambda: has_ink(preview), timeout=10_000)  # the view renders in the background
            preview.grab().save(str(artifacts / "packet-preview.png"))
            preview.close()
        seen["status"] = dialog.status.text()
        dialog.grab().save(str(artifacts / "packet-dialog-done.png"))
        dialog.reject()  # Close: a packet was made, so the page reads the dispute again

    QTimer.singleShot(0, drive)
    action = next(a for a in page.actions() if a.text() == "Claim Packet…")
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    action.trigger()

    assert seen["name"].startswith("packet-aliexpress-") and seen["name"].endswith("-dispute-2.pdf")  # type: ignore[union-attr]
    assert seen["statement"].startswith("Ordered 10 LED strips, the parcel held 8")  # type: ignore[union-attr]
    assert "PayPal Resolution Center — 10 MB a file, 50 MB a case" in seen["labels"]  # type: ignore[operator]
    card = "Card chargeback (card issuer) — 5 MB a file, 18 pages a file, at most 3 files"
    assert card in seen["labels"]  # type: ignore[operator]
    assert seen["counsel warning"] is True and seen["warning for paypal"] is False
    assert seen["error"] is None and seen["preview"] is True
    assert str(seen["status"]).startswith("Made: ")
    out = tmp_path / "packet.pdf"
    qpdf_check(out)
    assert "Ordered 10 LED strips & got 8 <per the post office's weight>." in text_of(out)
    assert seen["preview pages"] == f"of {len(__import__('pypdf').PdfReader(out).pages)}"
    with window.workspace.read() as session:  # type: ignore[union-attr]
        assert get_dispute(session, 2).statement == "Ordered 10 LED strips & got 8 <per the post office's weight>."
    assert page.selected_id() == 2


def test_statement_save_and_cancel(qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path) -> None:
    dialog = PacketDialog(demo_workspace, 1)
    qtbot.addWidget(dialog)
    assert not dialog.save_statement_button.isEnabled()  # nothing changed yet
    dialog.statement.setPlainText("x" * 20_001)
    assert "20,001 of 20,000" in dialog.count.text() and dialog.save_statement_button.isEnabled()
    assert dialog.save_statement() is False and "at most 20,000" in dialog.status.text()
    dialog.statement.setPlainText("Four of ten sets disconnect.")
    assert dialog.save_statement() is True and not dialog.save_statement_button.isEnabled()
    with demo_workspace.read() as session:
        assert get_dispute(session, 1).statement == "Four of ten sets disconnect."

    dialog.set_output(tmp_path / "cancelled.pdf")
    op = dialog.start()
    assert op is not None
    dialog.reject()  # Cancel while it runs: the dialog stays and says so
    assert dialog.status.text() == "Cancelling…"
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.status.text() == "Cancelled: no packet was written."
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_dialog_runs_the_operation_and_announces_what_it_changed(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    heard: list[frozenset[Record]] = []
    changes().changed.connect(heard.append)
    dialog = PacketDialog(demo_workspace, 4)
    qtbot.addWidget(dialog)
    dialog.set_output(Path("/proc/nope/x.pdf"))
    op = dialog.start()
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    nowhere = Path("/proc/nope/x.pdf")  # written the system's way
    assert dialog.error is not None and dialog.error.startswith(f"{nowhere}: cannot write there: the folder")
    assert f"No packet was made: {nowhere}" in dialog.status.text() and heard == []

    dialog.set_output(tmp_path / "packet.pdf")
    op = dialog.start()
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    assert dialog.error is None and dialog.packet is not None and dialog.packet.parts == (tmp_path / "packet.pdf",)
    assert heard == [frozenset({Record.EVIDENCE})]  # its exhibits were labelled: pages showing evidence reload
    with demo_workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(ExhibitLabel).where(ExhibitLabel.dispute_id == 4)) == 2
    preview = dialog.findChild(PdfPreview)
    assert preview is not None
    preview.close()
