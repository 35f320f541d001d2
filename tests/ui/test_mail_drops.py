"""Messages dragged from a mail program onto a case (issue 14). Outlook (Windows) drags virtual files — the shell's
FileGroupDescriptorW and FileContents formats, as Qt passes them on — which become evidence as dropped files do;
Apple Mail drags file promises, which Qt cannot keep, and `message:` links, by which Desk asks Mail for the messages;
a drag that names none is taken and Desk says how to add the message instead, rather than nothing happening. The
drags are built as Qt presents them and sent to the table's viewport as real drag and drop events."""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from driving import drag_over
from mail_app import DENIED, mail_app, message_source
from outlook_files import Attached, Message, filetime
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.evidence.cases import CaseRef
from desk.models import Evidence, EvidenceKind, EvidenceLink
from desk.ui.evidence_drop import AddEvidenceDialog, FileDrops
from desk.ui.list_page import ListPage
from desk.ui.mail_drags import FILE_CONTENTS, FILE_DESCRIPTORS, virtual_files
from desk.ui.main_window import MainWindow
from desk.ui.page_actions import case_of_row
from desk.workspace import Workspace

WAIT = 30_000
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier
FD_ATTRIBUTES, FD_WRITESTIME = 0x04, 0x20
MAIL_ADVICE = (
    "Mail does not hand its messages to other programs. Drag the message from Mail to the desktop or a Finder window "
    "first (Mail saves it there as an .eml file), then drag that file onto Desk."
)


def descriptor(*files: tuple[str, int, datetime | None]) -> bytes:
    """FILEGROUPDESCRIPTORW: a count, then a FILEDESCRIPTORW (592 bytes) for each (name, attributes, written)."""
    out = struct.pack("<I", len(files))
    for name, attributes, written in files:
        flags = FD_ATTRIBUTES | (FD_WRITESTIME if written else 0)
        entry = struct.pack("<I16s8s8sI", flags, bytes(16), bytes(8), bytes(8), attributes)
        entry += struct.pack("<QQQII", 0, 0, filetime(written) if written else 0, 0, 0)
        entry += name.encode("utf-16-le").ljust(520, b"\x00")
        assert len(entry) == 592
        out += entry
    return out


def outlook_drag(files: list[tuple[str, bytes]], *, indexed: bool = True, written: datetime | None = None) -> QMimeData:
    """A drag of `files` (name, bytes) from Outlook, as Qt on Windows shows it: FileContents of each by index
    (`indexed`), or only the plain FileContents a source gives for its first file."""
    mime = QMimeData()
    mime.setData(FILE_DESCRIPTORS, descriptor(*((name, 0x80, written) for name, _data in files)))
    for index, (_name, data) in enumerate(files):
        if indexed:
            mime.setData(f"{FILE_CONTENTS};index={index}", data)
        elif index == 0:
            mime.setData(FILE_CONTENTS, data)
    mime.setText("From\tSubject\tReceived\tSize\nLi Wei\tRe: order 8177\t16/11/2026\t24 KB")  # Outlook adds this too
    return mime


def _page(window: MainWindow, name: str) -> ListPage:
    page = window.show_page(name)
    assert isinstance(page, ListPage) and page.model.rowCount() > 0
    return page


def _row_pos(page: ListPage, row: int) -> QPoint:
    page.table.scrollTo(page.model.index(row, 1))
    return page.table.visualRect(page.model.index(row, 1)).center()


def _drag(page: ListPage, pos: QPoint, mime: QMimeData) -> tuple[bool, bool]:
    return drag_over(page.table.viewport(), pos, mime)


def _drop(page: ListPage, pos: QPoint, mime: QMimeData) -> FileDrops:
    entered, moved = _drag(page, pos, mime)
    assert entered and moved
    drop = QDropEvent(QPointF(pos), COPY | Qt.DropAction.MoveAction, mime, LEFT, NO_KEYS)
    QApplication.sendEvent(page.table.viewport(), drop)
    assert drop.isAccepted() and drop.dropAction() == COPY
    drops = page.table.viewport().findChild(FileDrops)
    assert drops is not None
    return drops


def _wait(qtbot: QtBot, dialog: AddEvidenceDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and (dialog.outcome is not None or dialog.error is not None), timeout=WAIT)


def _linked(ws: Workspace, case: CaseRef) -> list[Evidence]:
    column = getattr(EvidenceLink, case.column)
    with ws.read() as s:
        rows = s.scalars(select(Evidence).join(EvidenceLink).where(column == case.id).order_by(Evidence.id)).all()
        s.expunge_all()
        return list(rows)


def _report(dialog: AddEvidenceDialog) -> list[str]:
    return [dialog.report.item(i).text() for i in range(dialog.report.count())]


def test_a_message_dragged_from_outlook_becomes_evidence_of_the_row_it_is_dropped_on(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _page(window, "disputes")
    case = case_of_row(page, 1)
    message = Message(subject="Re: order 8177", attachments=[Attached("发票.pdf", b"%PDF-1.4\n%%EOF\n")])
    mime = outlook_drag([("Re: order 8177.msg", message.to_bytes())], indexed=False)
    pos = _row_pos(page, 1)
    _drag(page, pos, mime)
    assert window.statusBar().currentMessage() == f"Drop to add the files as evidence to {case.label}"

    drops = _drop(page, pos, mime)
    assert drops.last is not None and drops.notice is None
    dialog = drops.last
    [kept] = dialog.paths  # where the dragged message was put to be added from
    _wait(qtbot, dialog)

    assert _report(dialog) == ["Re_ order 8177.msg — added as email", "发票.pdf — added as invoice"]
    added = {e.original_name: e for e in _linked(demo_workspace, case)}
    message_evidence = added["Re_ order 8177.msg"]  # ":" is no character of a Windows file name
    assert message_evidence.media_type == "application/vnd.ms-outlook"
    assert message_evidence.kind is EvidenceKind.EMAIL
    assert message_evidence.details is not None and message_evidence.details["subject"] == "Re: order 8177"
    assert added["发票.pdf"].parent_id == message_evidence.id
    # The temporary copy is gone once the add has ended: the vault keeps its own.
    qtbot.waitUntil(lambda: not kept.parent.parent.exists(), timeout=WAIT)


def test_several_outlook_items_are_added_together_each_with_its_own_name_and_time(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _page(window, "orders")
    case = case_of_row(page, 0)
    first = Message(subject="Order 8177", body="first\r\n").to_bytes()
    second = Message(subject="Order 8177", body="second\r\n").to_bytes()
    written = datetime(2026, 11, 14, 8, 0, tzinfo=UTC)
    invoice = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
    mime = outlook_drag(
        [("Order 8177.msg", first), ("Order 8177.msg", second), ("invoice.pdf", invoice)], written=written
    )
    drops = _drop(page, _row_pos(page, 0), mime)
    assert drops.last is not None
    _wait(qtbot, drops.last)

    added = _linked(demo_workspace, case)
    messages = [e for e in added if e.original_name == "Order 8177.msg"]
    assert len(messages) == 2 and {e.media_type for e in messages} == {"application/vnd.ms-outlook"}
    [pdf] = [e for e in added if e.original_name == "invoice.pdf"]
    assert pdf.captured_at == written  # the time Outlook gave the file, not when it was dropped


def test_an_outlook_drag_that_hands_over_no_message_says_how_to_add_it(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _page(window, "orders")
    case = case_of_row(page, 0)
    before = _linked(demo_workspace, case)
    mime = QMimeData()  # Outlook gave the message only as a storage object, which Qt does not read
    mime.setData(FILE_DESCRIPTORS, descriptor(("Re: order 8177.msg", 0x80, None)))
    drops = _drop(page, _row_pos(page, 0), mime)
    assert drops.last is None
    assert isinstance(drops.notice, QMessageBox) and drops.notice.isVisible()
    assert drops.notice.text() == (
        "Outlook did not hand over Re_ order 8177.msg. Drag the message from Outlook to the desktop or a folder "
        "first (Outlook saves it there as a .msg file), then drag that file onto Desk."
    )
    assert drops.notice.windowModality() == Qt.WindowModality.WindowModal
    assert [e.id for e in _linked(demo_workspace, case)] == [e.id for e in before]
    drops.notice.close()


def test_a_drag_from_apple_mail_naming_no_message_is_taken_anywhere_and_explained(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, artifacts: Path
) -> None:
    page = _page(window, "disputes")
    last = page.table.visualRect(page.model.index(page.model.rowCount() - 1, 1))
    below = QPoint(last.center().x(), last.bottom() + 40)  # no row there: files would be refused here
    with demo_workspace.read() as s:
        count = len(s.scalars(select(Evidence)).all())

    promises_only = QMimeData()
    promises_only.setData("com.apple.NSFilePromiseItemMetaData", b"\x00")
    assert _drag(page, below, promises_only) == (True, True)
    assert window.statusBar().currentMessage() == "Messages cannot be added straight from Mail: drop to see how"
    drops = _drop(page, below, promises_only)
    assert drops.last is None and drops.notice is not None
    assert drops.notice.text() == MAIL_ADVICE
    QApplication.processEvents()
    assert drops.notice.grab().save(str(artifacts / "mail-drop-notice.png"))
    drops.notice.close()
    with demo_workspace.read() as s:
        assert len(s.scalars(select(Evidence)).all()) == count


def mail_drag(*message_ids: str) -> QMimeData:
    """A drag from Apple Mail as Qt on macOS shows it: a `message:` link for each message, and file promises."""
    mime = QMimeData()
    mime.setUrls([QUrl(f"message:%3C{message_id}%3E") for message_id in message_ids])
    mime.setData("com.apple.pasteboard.promised-file-url", b"")
    return mime


def test_messages_dragged_from_apple_mail_are_asked_of_mail_and_added_to_the_row(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: Desk only said how to save the message first. Mail's drag names each message by its Message-ID,
    and Mail gives its source (the stand-in for osascript answers as Mail does)."""
    mail = mail_app(tmp_path, monkeypatch)
    message_id = "9A1F2E@mail.huaqiang.example"
    mail.select(message_id, message_source("Re: order 8177 cracked", message_id))
    page = _page(window, "disputes")
    case = case_of_row(page, 1)
    pos = _row_pos(page, 1)
    mime = mail_drag(message_id)
    assert _drag(page, pos, mime) == (True, True)
    assert window.statusBar().currentMessage() == f"Drop to add the files as evidence to {case.label}"
    last = page.table.visualRect(page.model.index(page.model.rowCount() - 1, 1))
    assert _drag(page, QPoint(last.center().x(), last.bottom() + 40), mime)[1] is False  # on no case: as files

    drops = _drop(page, pos, mime)
    qtbot.waitUntil(lambda: drops.last is not None, timeout=WAIT)
    assert drops.last is not None and drops.notice is None
    _wait(qtbot, drops.last)
    assert _report(drops.last) == ["Re_ order 8177 cracked.eml — added as email"]
    [added] = [e for e in _linked(demo_workspace, case) if e.original_name == "Re_ order 8177 cracked.eml"]
    assert added.kind is EvidenceKind.EMAIL
    assert added.details is not None and added.details["subject"] == "Re: order 8177 cracked"


def test_mail_that_may_not_be_asked_says_why_and_how_to_add_the_message(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mail_app(tmp_path, monkeypatch)
    page = _page(window, "disputes")
    case = case_of_row(page, 1)
    before = _linked(demo_workspace, case)
    drops = _drop(page, _row_pos(page, 1), mail_drag(DENIED))
    qtbot.waitUntil(lambda: drops.notice is not None, timeout=WAIT)
    assert drops.last is None and drops.notice is not None
    assert drops.notice.text() == (
        "Desk may not ask Mail for messages: allow it in System Settings › Privacy & Security › Automation "
        f"(Desk › Mail), then drop the message again. {MAIL_ADVICE}"
    )
    assert [e.id for e in _linked(demo_workspace, case)] == [e.id for e in before]
    drops.notice.close()


def test_the_descriptor_is_read_whatever_it_claims() -> None:
    mime = QMimeData()
    mime.setData(
        FILE_DESCRIPTORS,
        descriptor(("Inbox\\Re: order.msg", 0x80, None), ("Attachments", 0x10, None), ("CON.txt", 0x80, None))
        + bytes(100),  # a part of a fourth, cut off
    )
    assert [(f.index, f.name) for f in virtual_files(mime)] == [(0, "Re_ order.msg"), (2, "_CON.txt")]
    lying = QMimeData()
    lying.setData(FILE_DESCRIPTORS, struct.pack("<I", 10_000_000) + descriptor(("a.msg", 0x80, None))[4:])
    assert [f.name for f in virtual_files(lying)] == ["a.msg"]  # no more than the data holds
    for junk in (b"", b"\x01\x00", b"\xff" * 700):
        garbage = QMimeData()
        garbage.setData(FILE_DESCRIPTORS, junk)
        assert len(virtual_files(garbage)) <= 1
