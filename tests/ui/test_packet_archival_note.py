"""The Claim Packet dialog says when the packet could not be made PDF/A and which exhibit is why (reports/pdfa.py):
an invoice that does not embed its font, added to a demo dispute."""

from __future__ import annotations

from pathlib import Path

from factories import add_files, helvetica_pdf
from pdfcheck import archival_check
from pytestqt.qtbot import QtBot

from desk.evidence.cases import CaseRef
from desk.ui.packet_dialog import PacketDialog
from desk.ui.pdf_preview import PdfPreview
from desk.workspace import Workspace


def test_the_dialog_names_the_exhibit_that_keeps_the_packet_from_pdfa(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    invoice = tmp_path / "supplier invoice.pdf"
    invoice.write_bytes(helvetica_pdf())
    add_files(demo_workspace, [invoice], CaseRef("dispute", 2, "d"))
    dialog = PacketDialog(demo_workspace, 2)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_output(tmp_path / "packet")
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    for preview in dialog.findChildren(PdfPreview):
        preview.close()
    status = dialog.status.text()
    dialog.grab().save(str(artifacts / "packet-dialog-not-archival.png"))
    assert dialog.error is None and status.startswith("Made: ")
    assert "Not marked as archival (PDF/A): Exhibit" in status and "supplier invoice.pdf" in status, status
    assert "(Helvetica)" in status
    made = sorted(tmp_path.glob("packet*.pdf"))
    assert made
    for pdf in made:
        archival_check(pdf, claimed=False)
