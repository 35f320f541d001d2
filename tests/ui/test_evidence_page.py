"""The Evidence page (issue 4, point 5): thumbnails made in the background (EXIF orientation honoured), filters by
kind and by case, the search over names, descriptions and e-mail text, and a preview of images, PDFs, texts and
e-mails; a flagged file is never shown or opened, other files open in the system viewer from a read-only copy."""

from __future__ import annotations

import io
import os
import shutil
import stat
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
from factories import add_files
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.evidence.cases import CaseRef
from desk.models import Dispute, Evidence, EvidenceKind, EvidenceLink, Order
from desk.ui import evidence_preview
from desk.ui.evidence_page import EvidencePage
from desk.ui.evidence_preview import shown_text, viewer_name
from desk.ui.main_window import MainWindow
from desk.ui.thumbnails import EvidenceModel
from desk.workspace import Workspace

CHINESE = "卖家同意退款五十元，请在三天内确认收货。"
EMAIL_BODY = "Dear buyer, the replacement ships on Friday. Quote zebracrossing-42 in every reply."


@dataclass
class Added:
    dispute: CaseRef
    order: CaseRef
    ids: dict[str, int]  # file name → evidence id


def _jpeg_turned(path: Path) -> None:
    """A landscape JPEG (400 × 200) whose EXIF says: turn it 90° clockwise to show it (orientation 6)."""
    image = Image.new("RGB", (400, 200), (40, 120, 200))
    image.paste((250, 200, 30), (0, 0, 80, 200))  # a yellow band on the left, for people looking at it
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", exif=exif.tobytes())


def _pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    for number in (1, 2):
        page.setFont("Helvetica", 18)
        page.drawString(72, 760, f"Invoice INV-2026-118, page {number}")
        page.showPage()
    page.save()


def _png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _eml(path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Shop Service <service@shop.example>"
    message["To"] = "Buyer <buyer@example.com>"
    message["Subject"] = "Replacement for order 8177"
    message["Date"] = "Tue, 03 Nov 2026 10:15:00 +0800"
    message.set_content(EMAIL_BODY)
    message.add_attachment(_png((200, 30, 30)), maintype="image", subtype="png", filename="broken_case.png")
    path.write_bytes(message.as_bytes())


def _files(folder: Path) -> list[Path]:
    folder.mkdir()
    _jpeg_turned(folder / "parcel_photo.jpg")
    _pdf(folder / "invoice_2026.pdf")
    _eml(folder / "seller_reply.eml")
    (folder / "chat_gb.txt").write_bytes(CHINESE.encode("gb18030"))
    (folder / "photo_of_damage.jpg").write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(512))  # a Windows program
    with zipfile.ZipFile(folder / "shop_logs.zip", "w") as archive:
        archive.writestr("log.txt", "nothing to see")
    return sorted(folder.iterdir())


@pytest.fixture
def added(demo_workspace: Workspace, tmp_path: Path) -> Added:
    """The test's files, each supporting one dispute of the demo; the photo supports an order too."""
    with demo_workspace.read() as s:
        dispute = s.scalars(select(Dispute).order_by(Dispute.id)).first()
        assert dispute is not None
        order = s.scalars(select(Order).where(Order.id != dispute.order_line.order_id).order_by(Order.id)).first()
        assert order is not None
        dispute_case = CaseRef("dispute", dispute.id, f"dispute {dispute.id}")
        order_case = CaseRef("order", order.id, f"{order.platform.value}:{order.order_no}")
    results = add_files(demo_workspace, _files(tmp_path / "files"), dispute_case)
    add_files(demo_workspace, [tmp_path / "files" / "parcel_photo.jpg"], order_case)
    ids = {a.name: a.evidence_id for a in results}
    ids.update({c.name: c.evidence_id for a in results for c in a.attachments})
    assert len(ids) == 7  # six files and the e-mail's attachment
    return Added(dispute_case, order_case, ids)


def _page(window: MainWindow) -> EvidencePage:
    page = window.show_page("evidence")
    assert isinstance(page, EvidencePage) and isinstance(page.model, EvidenceModel)
    return page


def _ids(page: EvidencePage) -> set[int]:
    root = QModelIndex()
    while page.model.canFetchMore(root):
        page.model.fetchMore(root)
    return {page.model.row_at(r).id for r in range(page.model.rowCount())}


def _row(page: EvidencePage, evidence_id: int) -> int:
    rows = [r for r in range(page.model.rowCount()) if page.model.row_at(r).id == evidence_id]
    assert rows, f"evidence {evidence_id} is not listed"
    return rows[0]


def _select(qtbot: QtBot, page: EvidencePage, evidence_id: int, mode: str) -> None:
    page.table.selectRow(_row(page, evidence_id))
    qtbot.waitUntil(lambda: page.preview.mode == mode)
    assert page.preview.shown is not None and page.preview.shown.id == evidence_id


def _sha(workspace: Workspace, evidence_id: int) -> str:
    with workspace.read() as s:
        evidence = s.get(Evidence, evidence_id)
        assert evidence is not None
        return evidence.sha256


def test_thumbnails_are_made_in_the_background_and_turned_as_exif_says(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, added: Added
) -> None:
    page = _page(window)
    model = page.model
    assert isinstance(model, EvidenceModel)
    photo, pdf, fake = added.ids["parcel_photo.jpg"], added.ids["invoice_2026.pdf"], added.ids["photo_of_damage.jpg"]
    with demo_workspace.read() as s:
        stored = s.get(Evidence, photo)
        assert stored is not None and stored.details is not None
        assert stored.details["width"] > stored.details["height"]  # stored wider than tall …
    assert _ids(page) >= set(added.ids.values())
    decoration = Qt.ItemDataRole.DecorationRole
    thumbnails = model.thumbnails
    photo_sha, pdf_sha, fake_sha = (_sha(demo_workspace, i) for i in (photo, pdf, fake))
    placeholder = model.data(model.index(_row(page, photo), 0), decoration)
    assert isinstance(placeholder, QIcon)
    # Not made on this thread: asked for, and a placeholder shown until the background is done.
    assert thumbnails.busy and not thumbnails.known(photo_sha)
    model.data(model.index(_row(page, pdf), 0), decoration)
    model.data(model.index(_row(page, fake), 0), decoration)
    with qtbot.waitSignal(model.dataChanged):  # the rows are told
        qtbot.waitUntil(lambda: not thumbnails.busy, timeout=10_000)

    shown = model.data(model.index(_row(page, photo), 0), decoration)
    assert isinstance(shown, QIcon) and shown.cacheKey() != placeholder.cacheKey()
    thumb = thumbnails.pixmap(photo_sha)
    assert thumb is not None
    assert thumb.height() > thumb.width()  # … shown taller than wide: orientation 6 honoured
    assert max(thumb.width(), thumb.height()) <= thumbnails.box
    # The yellow band on the stored image's left is at the top once turned clockwise.
    top = thumb.toImage().pixelColor(thumb.width() // 2, 2)
    assert top.red() > 200 and top.blue() < 120
    page_thumb = thumbnails.pixmap(pdf_sha)
    assert page_thumb is not None and page_thumb.height() > page_thumb.width()  # an A4 page
    assert page_thumb.toImage().pixelColor(1, 1) == QColor(Qt.GlobalColor.white)  # painted on white
    # The flagged file is never decoded, not even for a thumbnail: it shows a warning sign.
    flagged = model.data(model.index(_row(page, fake), 0), decoration)
    assert isinstance(flagged, QIcon) and flagged.cacheKey() != placeholder.cacheKey()
    assert not thumbnails.known(fake_sha) and thumbnails.pixmap(fake_sha) is None


def test_the_kind_filter_narrows_the_list_as_the_database_does(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, added: Added
) -> None:
    page = _page(window)
    bar = page.filter_bar
    assert bar is not None and set(bar.combos) == {"kind", "case"}
    everyone = _ids(page)
    for kind in (EvidenceKind.PHOTO, EvidenceKind.EMAIL):
        bar.combos["kind"].setCurrentIndex(bar.choices["kind"].index(kind) + 1)
        qtbot.waitUntil(lambda kind=kind: page.model.filters == {"kind": kind})
        with demo_workspace.read() as s:
            expected = set(s.scalars(select(Evidence.id).where(Evidence.kind == kind)))
        assert expected and _ids(page) == expected and len(expected) < len(everyone)
    assert added.ids["parcel_photo.jpg"] not in _ids(page)  # e-mails only now


def test_the_case_filter_offers_cases_with_evidence_and_narrows_the_list(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, added: Added
) -> None:
    page = _page(window)
    bar = page.filter_bar
    assert bar is not None
    combo, choices = bar.combos["case"], bar.choices["case"]
    labels = [combo.itemText(i + 1) for i in range(len(choices))]
    with demo_workspace.read() as s:
        dispute = s.get(Dispute, added.dispute.id)
        assert dispute is not None
        order = dispute.order_line.order
        assert f"dispute {dispute.id} · {order.platform.value}:{order.order_no}" in labels
        assert added.order.label in labels
        with_links = set(s.scalars(select(EvidenceLink.dispute_id).where(EvidenceLink.dispute_id.is_not(None))))
    assert {c.id for c in choices if c.kind == "dispute"} == with_links  # every dispute with evidence, no other

    for case in (added.dispute, added.order):
        bar.set_values({"case": case})
        with demo_workspace.read() as s:
            column = EvidenceLink.dispute_id if case.kind == "dispute" else EvidenceLink.order_id
            expected = set(s.scalars(select(EvidenceLink.evidence_id).where(column == case.id)))
        assert _ids(page) == expected
        assert page.case_for_drop() == case  # files dropped now support this case
    assert _ids(page) == {added.ids["parcel_photo.jpg"]}
    bar.clear()
    assert page.case_for_drop() is None and len(_ids(page)) > len(added.ids)


def test_the_search_finds_an_email_by_its_body(qtbot: QtBot, window: MainWindow, added: Added) -> None:
    page = _page(window)
    page.search.setText("zebracrossing")
    qtbot.waitUntil(lambda: page.model.search_text == "zebracrossing")
    assert _ids(page) == {added.ids["seller_reply.eml"]}


def test_each_kind_of_file_has_its_preview(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, added: Added, tmp_path: Path
) -> None:
    page = _page(window)
    preview = page.preview
    _ids(page)

    _select(qtbot, page, added.ids["parcel_photo.jpg"], "image")
    assert preview.stack.currentWidget() is preview.image_view
    image = preview.image_view.image
    assert image.height() > image.width()  # turned as its EXIF says
    size = (tmp_path / "files" / "parcel_photo.jpg").stat().st_size
    assert preview.fields["size"].text() == f"{size / 1000:.1f}".removesuffix(".0") + f" KB ({size:,} bytes)"
    assert preview.sha256.text() == _sha(demo_workspace, added.ids["parcel_photo.jpg"])
    cases = preview.fields["cases"].text()
    assert f"dispute {added.dispute.id} · " in cases and added.order.label in cases
    assert "tester" in preview.fields["added"].text()
    assert preview.fields["type"].text() == "JPEG photo"  # not its media type
    assert preview.open_button.isVisible()

    _select(qtbot, page, added.ids["invoice_2026.pdf"], "pdf")
    assert preview.stack.currentWidget() is preview.pdf_view
    assert preview.pdf_document.pageCount() == 2
    assert preview.fields["type"].text() == "PDF document"

    _select(qtbot, page, added.ids["chat_gb.txt"], "text")
    assert preview.text_view.toPlainText() == CHINESE and preview.text_view.isReadOnly()
    assert "GB18030" in preview.note.text()

    _select(qtbot, page, added.ids["seller_reply.eml"], "email")
    headers = preview.email_view.headers
    assert headers["from"].text() == "Shop Service <service@shop.example>"
    assert headers["to"].text() == "Buyer <buyer@example.com>"
    assert headers["subject"].text() == "Replacement for order 8177"
    assert "03 Nov 2026" in headers["date"].text()
    assert EMAIL_BODY in preview.email_view.body.toPlainText()
    assert "From:" not in preview.email_view.body.toPlainText()  # the body alone, the headers are above
    attachments = preview.email_view.attachments
    assert attachments.count() == 1 and attachments.item(0).text().startswith("broken_case.png")
    attachments.itemActivated.emit(attachments.item(0))  # double-click: the attachment is shown
    qtbot.waitUntil(lambda: preview.mode == "image")
    assert preview.shown is not None and preview.shown.id == added.ids["broken_case.png"]
    assert preview.fields["parent"].text() == "seller_reply.eml"


def test_a_demo_email_is_read_from_its_file(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    """An e-mail stored without its headers read (as an older Desk stored the demo's): the pane reads them from
    the file."""
    page = _page(window)
    with demo_workspace.write() as s:
        demo_email = s.scalars(select(Evidence).where(Evidence.kind == EvidenceKind.EMAIL)).first()
        assert demo_email is not None and demo_email.details is not None
        demo_email.details = None
        email_id = demo_email.id
    _ids(page)
    _select(qtbot, page, email_id, "email")
    assert "@haizhu-case.example" in page.preview.email_view.headers["from"].text()
    assert page.preview.email_view.body.toPlainText().strip()


def test_a_flagged_file_shows_its_warning_and_neither_a_preview_nor_an_open_button(
    qtbot: QtBot, window: MainWindow, added: Added
) -> None:
    page = _page(window)
    preview = page.preview
    _ids(page)
    _select(qtbot, page, added.ids["parcel_photo.jpg"], "image")  # a preview and a button first …
    _select(qtbot, page, added.ids["photo_of_damage.jpg"], "flagged")  # … both gone for the flagged file
    assert preview.warning.isVisible() and "Windows program" in preview.warning.text()
    assert preview.stack.currentWidget() is preview.message
    assert preview.image_view.isHidden() and preview.pdf_view.isHidden() and preview.text_view.isHidden()
    assert not preview.open_button.isVisible()
    opened: list[str] = []
    preview.opened.connect(opened.append)
    preview.open_in_viewer()  # even asked directly, it is not opened
    qtbot.wait(50)
    assert opened == []


def test_other_files_open_in_the_viewer_from_a_read_only_copy(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, added: Added, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window)
    preview = page.preview
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(evidence_preview, "open_url", open_url)
    _ids(page)
    _select(qtbot, page, added.ids["shop_logs.zip"], "other")
    assert preview.open_button.isVisible()
    vault_file = demo_workspace.vault.path_for(_sha(demo_workspace, added.ids["shop_logs.zip"]))
    before = (vault_file.read_bytes(), vault_file.stat().st_mode)
    with qtbot.waitSignal(preview.opened) as opened:
        qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    copy = Path(opened.args[0])
    assert urls == [QUrl.fromLocalFile(str(copy))]
    assert copy.name == "shop_logs.zip" and copy != vault_file and demo_workspace.root not in copy.parents
    assert copy.read_bytes() == before[0]
    assert not copy.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)  # read-only
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0  # root may write anything
    assert (vault_file.read_bytes(), vault_file.stat().st_mode) == before
    copy.chmod(stat.S_IRUSR | stat.S_IWUSR)  # Windows deletes no read-only file
    shutil.rmtree(copy.parent)


def test_text_is_shown_as_utf8_else_gb18030_else_latin1() -> None:
    assert shown_text("Привет, 你好".encode()) == ("Привет, 你好", "UTF-8")
    assert shown_text(CHINESE.encode("gb18030")) == (CHINESE, "GB18030")
    assert shown_text(b"caf\xe9 \x81\xff") == ("café \x81ÿ", "Latin-1")
    assert shown_text("你好".encode()[:-1], cut=True) == ("你", "UTF-8")  # a character cut at the end
    # The beginning of a long GB18030 file, cut inside a character: that character left out, not read as Latin-1.
    start = (CHINESE + "\n" + CHINESE).encode("gb18030")[:-1]
    assert shown_text(start, cut=True) == (CHINESE + "\n" + CHINESE[:-1], "GB18030")


def test_the_viewer_copy_never_gets_a_name_a_system_would_run() -> None:
    assert viewer_name("shop_logs.zip", "application/zip", 1) == "shop_logs.zip"
    assert viewer_name("notes.js", "text/plain", 2) == "notes.txt"
    assert viewer_name("shortcut.lnk", "application/octet-stream", 3) == "shortcut.bin"
    assert viewer_name("../../etc/passwd", "application/octet-stream", 4) == "passwd.bin"
    assert viewer_name('a<b>:"c".mp4', "video/mp4", 5) == "a_b___c_.mp4"  # as desk.file_names.safe_name makes it
    assert viewer_name("...", "image/png", 6) == "evidence-6.png"


def test_the_list_model_is_well_behaved(qtmodeltester, qtbot: QtBot, window: MainWindow, added: Added) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    qtmodeltester.check(page.model, force_py=True)
    _ids(page)
    qtbot.waitUntil(lambda: not page.model.thumbnails.busy)  # type: ignore[attr-defined]
    assert page.filter_bar is not None
    page.filter_bar.set_values({"kind": EvidenceKind.PHOTO})
    qtmodeltester.check(page.model, force_py=True)


def test_a_screenshot_of_the_page_with_a_photo_selected(
    qtbot: QtBot, window: MainWindow, added: Added, artifacts: Path
) -> None:
    """For people to look at: tests/artifacts/evidence-page.png."""
    window.resize(1280, 800)
    page = _page(window)
    _ids(page)
    _select(qtbot, page, added.ids["parcel_photo.jpg"], "image")
    qtbot.wait(50)  # the first paint asks for the thumbnails
    qtbot.waitUntil(lambda: not page.model.thumbnails.busy)  # type: ignore[attr-defined]
    qtbot.wait(50)
    shot = window.grab()
    assert shot.save(str(artifacts / "evidence-page.png"))
    assert page.preview.image_view.shown_rect().height() > 100  # the photo fills the pane, not a postage stamp


def test_the_list_shows_beside_the_preview_at_1280_pixels(qtbot: QtBot, window: MainWindow) -> None:
    """Seen in docs/screenshots: the preview took the whole page and the list of files had no width."""
    window.resize(1280, 800)
    page = _page(window)
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0)
    qtbot.waitUntil(lambda: page.table.isVisible())
    listed, previewed = page.beside.sizes()
    assert listed > previewed > 0
