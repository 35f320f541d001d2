"""An Outlook `.msg` in the Evidence page's preview as an `.eml` is shown (issue 14): its From, To, Date and Subject,
its body, its attachments (each evidence of its own, shown on a double-click) and the messages kept inside it; an
Outlook message that came attached to an e-mail is read from its file; a damaged one is flagged, never opened."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from factories import add_files
from outlook_files import Attached, Message
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desk.ui.evidence_page import EvidencePage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace


def _reply() -> Message:
    return Message(
        subject="Ответ: заказ 8177 / 退款",
        sender=("Li Wei", "sales@huaqiang.example"),
        to=[("Анна Петрова", "anna@techbox.example")],
        body="Dear Anna,\r\n\r\nthe refund of 12.30 USD was sent today.\r\n\r\nLi Wei\r\n",
        attachments=[Attached("refund receipt.pdf", b"%PDF-1.4\n%%EOF\n")],
        embedded=[Message(subject="Refund approved 8177", body="Approved.\r\n")],
    )


def _page(window: MainWindow) -> EvidencePage:
    page = window.show_page("evidence")
    assert isinstance(page, EvidencePage)
    root = QModelIndex()
    while page.model.canFetchMore(root):
        page.model.fetchMore(root)
    return page


def _select(qtbot: QtBot, page: EvidencePage, evidence_id: int, mode: str) -> None:
    rows = [r for r in range(page.model.rowCount()) if page.model.row_at(r).id == evidence_id]
    assert rows, f"evidence {evidence_id} is not listed"
    page.table.selectRow(rows[0])
    qtbot.waitUntil(lambda: page.preview.mode == mode)
    assert page.preview.shown is not None and page.preview.shown.id == evidence_id


def test_an_outlook_message_is_previewed_as_an_email_with_its_attachments(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, artifacts: Path
) -> None:
    mail = tmp_path / "reply.msg"
    mail.write_bytes(_reply().to_bytes())
    [added] = add_files(demo_workspace, [mail])
    page = _page(window)
    preview = page.preview

    _select(qtbot, page, added.evidence_id, "email")
    headers = preview.email_view.headers
    assert headers["from"].text() == "Li Wei <sales@huaqiang.example>"
    assert headers["to"].text() == "Анна Петрова <anna@techbox.example>"
    assert headers["subject"].text() == "Ответ: заказ 8177 / 退款"
    assert headers["date"].text() == "Mon, 16 Nov 2026 01:30:00 +0000"
    body = preview.email_view.body.toPlainText()
    assert body.startswith("Dear Anna,\n\nthe refund of 12.30 USD was sent today.\n\nLi Wei")
    assert "Refund approved 8177" in body and "Approved." in body  # the message kept inside it, read
    assert preview.fields["type"].text() == "Outlook e-mail"
    items = preview.email_view.attachments
    texts = [items.item(i).text() for i in range(items.count())]
    assert texts[0].startswith("refund receipt.pdf · PDF document")
    assert texts[1] == "Refund approved 8177 (an e-mail) · kept inside this e-mail's file"
    assert not items.item(1).flags() & Qt.ItemFlag.ItemIsSelectable
    items.itemActivated.emit(items.item(1))  # nothing of its own to show: the e-mail stays
    assert preview.shown is not None and preview.shown.id == added.evidence_id
    preview.resize(520, 640)
    assert preview.grab().save(str(artifacts / "outlook-preview.png"))
    items.itemActivated.emit(items.item(0))
    qtbot.waitUntil(lambda: preview.mode == "pdf" or preview.mode == "other")
    assert preview.shown is not None and preview.shown.id == added.attachments[0].evidence_id
    assert preview.fields["parent"].text() == "reply.msg"


def test_an_outlook_message_attached_to_an_email_is_read_from_its_file(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    outer = EmailMessage()
    outer["From"] = "Claims <claims@techbox.example>"
    outer["Subject"] = "Fwd: the seller's answer"
    outer.set_content("Their answer is attached.\n")
    outer.add_attachment(_reply().to_bytes(), maintype="application", subtype="vnd.ms-outlook", filename="answer.msg")
    path = tmp_path / "forward.eml"
    path.write_bytes(outer.as_bytes())
    [added] = add_files(demo_workspace, [path])
    [attached] = added.attachments
    assert attached.media_type == "application/vnd.ms-outlook" and attached.warning is None
    page = _page(window)
    _select(qtbot, page, attached.evidence_id, "email")  # no headers stored for it: read in the background
    assert page.preview.email_view.headers["subject"].text() == "Ответ: заказ 8177 / 退款"
    assert "the refund of 12.30 USD" in page.preview.email_view.body.toPlainText()


def test_a_damaged_outlook_file_is_flagged_and_not_opened(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    broken = tmp_path / "reply.msg"
    broken.write_bytes(_reply().to_bytes()[:2600])
    [added] = add_files(demo_workspace, [broken])
    page = _page(window)
    _select(qtbot, page, added.evidence_id, "flagged")
    assert page.preview.warning.text() == (
        "⚠ Flagged: it is not a readable Outlook message: the file is damaged or is not an Outlook file. "
        "It is kept as evidence but never opened."
    )
    assert not page.preview.open_button.isVisible()
