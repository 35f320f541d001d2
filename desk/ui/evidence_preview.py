"""The Evidence page's preview pane: what a file is (its hash, size, type, times, who added it, the cases it
supports) and what it shows — a photo, a PDF, a text, an e-mail with its attachments.

Evidence is never altered: the pane reads the vault's files and writes nothing to them. A file Desk does not show
itself opens in the system's viewer from a read-only copy in a temporary folder, never from the vault, named so that
no system runs it and marked as downloaded (`desk.viewer_copies`). A file the sniffer flagged (`Evidence.warning`: a
program, or content that is not what its name says) is neither shown nor opened: the pane says why. Files are read
and decoded in the background; only the record is read here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.common import UndecodableText, decode_text, format_size, whole_characters
from desk.evidence.file_types import file_type_words
from desk.evidence.messages import is_email, read_message
from desk.models import Evidence, EvidenceLink
from desk.overview.names import checklist_name
from desk.ui.locale_text import number_text
from desk.ui.locale_text import shown as local_text
from desk.ui.thumbnails import decode_image, to_image
from desk.ui.tr_context import QT_TRANSLATE_NOOP, TrContext
from desk.ui.worker import BackgroundOp
from desk.viewer_copies import copy_for_viewer, viewer_name
from desk.workspace import Workspace

TEXT_LIMIT = 2_000_000  # bytes of a text file shown: a log of many megabytes shows its beginning
IMAGE_BOX = 2048  # pixels: a photo is decoded no larger than this (a 48-megapixel one would take 190 MB)


@dataclass(frozen=True)
class Attachment:
    id: int
    name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class Shown:
    """One piece of evidence as the pane shows it, read in one short session."""

    id: int
    name: str
    kind: str
    media_type: str
    size: int
    sha256: str
    description: str | None
    captured_at: datetime | None
    added_at: datetime
    added_by: str
    warning: str | None
    cases: tuple[str, ...]
    details: dict[str, Any] = field(default_factory=dict)
    text_content: str | None = None
    parent: str | None = None  # the e-mail it came attached to
    attachments: tuple[Attachment, ...] = ()


CaseLabels = TrContext("CaseLabels")


def case_label(link: EvidenceLink) -> str:
    """A link's case as the pane names it: `dispute 3 · aliexpress:8177…`, `aliexpress:8177…`, `the document
    'Business licence' of Deposit application 1 (store …)`, with its exhibit."""
    if link.dispute is not None:
        order = link.dispute.order_line.order
        label = CaseLabels.tr("dispute {0} · {1}").format(link.dispute.id, f"{order.platform.value}:{order.order_no}")
    elif link.order is not None:
        label = f"{link.order.platform.value}:{link.order.order_no}"
    elif link.refund_id is not None:
        label = CaseLabels.tr("refund {0}").format(link.refund_id)
    elif link.checklist_item is not None:
        label = checklist_name(link.checklist_item)  # as the Edit Evidence dialogs name it
    else:
        label = "?"
    return CaseLabels.tr("{0} (exhibit {1})").format(label, link.exhibit_label) if link.exhibit_label else label


def read_shown(session: Session, evidence_id: int) -> Shown | None:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        return None
    children = session.scalars(select(Evidence).where(Evidence.parent_id == evidence_id).order_by(Evidence.id))
    return Shown(
        evidence.id,
        evidence.original_name,
        local_text(evidence.kind),
        evidence.media_type,
        evidence.size,
        evidence.sha256,
        evidence.description,
        evidence.captured_at,
        evidence.added_at,
        evidence.added_by,
        evidence.warning,
        tuple(case_label(link) for link in sorted(evidence.links, key=lambda link: link.id)),
        dict(evidence.details or {}),
        evidence.text_content,
        evidence.parent.original_name if evidence.parent is not None else None,
        tuple(Attachment(c.id, c.original_name, c.media_type, c.size) for c in children),
    )


def shown_text(data: bytes, *, cut: bool = False) -> tuple[str, str]:
    """(the text, the encoding it was read as), as `decode_text` reads it, else Latin-1, which reads anything.
    `cut`: `data` is the beginning of a longer file, and may end inside a character."""
    if cut:
        data = whole_characters(data)
    try:
        return decode_text(data)
    except UndecodableText:
        return data.decode("latin-1"), "Latin-1"


def open_url(url: QUrl) -> bool:
    """Hand a file to the system (tests replace this)."""
    return QDesktopServices.openUrl(url)


class ImageView(QWidget):
    """An image scaled to fit the widget, centred, never enlarged more than twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self._pixmap = QPixmap()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def shown_rect(self) -> QRect:
        """Where the image is drawn."""
        if self._pixmap.isNull():
            return QRect()
        area = self.contentsRect()
        size = self._pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > 2 * self._pixmap.width():
            size = self._pixmap.size() * 2
        x = area.x() + (area.width() - size.width()) // 2
        y = area.y() + (area.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self.shown_rect(), self._pixmap)
        painter.end()


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _text_view() -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return view


class EmailView(QWidget):
    """An e-mail: From, To, Date and Subject, its body, and its attachments (evidence of their own)."""

    attachment_chosen = Signal(int)

    FIELDS = (
        ("from", QT_TRANSLATE_NOOP("EmailView", "From:")),
        ("to", QT_TRANSLATE_NOOP("EmailView", "To:")),
        ("cc", QT_TRANSLATE_NOOP("EmailView", "Cc:")),
        ("date", QT_TRANSLATE_NOOP("EmailView", "Date:")),
        ("subject", QT_TRANSLATE_NOOP("EmailView", "Subject:")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for key, title in self.FIELDS:
            self.headers[key] = label = _selectable(QLabel())
            form.addRow(QCoreApplication.translate("EmailView", title), label)
        self.body = _text_view()
        self.attachments_title = QLabel(self.tr("Attachments (double-click to show one):"))
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(90)
        self.attachments.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachments_title)
        layout.addWidget(self.attachments)

    def show_email(self, details: dict[str, Any], body: str, attachments: tuple[Attachment, ...]) -> None:
        for key, label in self.headers.items():
            value = str(details.get(key) or "")
            label.setText(value)
            self.form.setRowVisible(label, bool(value) or key != "cc")
        self.body.setPlainText(body)
        self.attachments.clear()
        for attachment in attachments:
            item = QListWidgetItem(
                f"{attachment.name} · {file_type_words(attachment.media_type)} · {format_size(attachment.size)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.attachments.addItem(item)
        inside = [str(item) for item in details.get("inside") or ()]  # an Outlook file's attached messages
        for text in inside:
            item = QListWidgetItem(self.tr("{0} · kept inside this e-mail's file").format(text))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # no evidence of its own to show
            self.attachments.addItem(item)
        self.attachments_title.setVisible(bool(attachments or inside))
        self.attachments.setVisible(bool(attachments or inside))

    def _chosen(self, item: QListWidgetItem) -> None:
        evidence_id = item.data(Qt.ItemDataRole.UserRole)
        if evidence_id is not None:
            self.attachment_chosen.emit(int(evidence_id))


def email_body(text_content: str) -> str:
    """The body of an e-mail's `text_content` (its headers, a blank line, its body)."""
    _headers, blank, body = text_content.partition("\n\n")
    return body if blank else text_content


class EvidencePreview(QWidget):
    """`show_evidence(id)` shows one piece of evidence; `mode` says what is shown, for tests and for the page."""

    attachment_chosen = Signal(int)  # an e-mail's attachment was double-clicked: its evidence id
    opened = Signal(str)  # a copy was handed to the system's viewer: its path

    MODES = ("empty", "loading", "image", "pdf", "text", "email", "flagged", "other", "missing")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self._workspace = workspace
        self.shown: Shown | None = None
        self.mode = "empty"
        self._generation = 0  # counts what was asked to be shown: a background result for an older one is dropped

        self.title = _selectable(QLabel())
        self.title.setObjectName("sectionTitle")
        self.warning = _selectable(QLabel())
        self.warning.setObjectName("evidenceWarning")
        self.warning.setStyleSheet(
            "QLabel#evidenceWarning { background: #fce8e6; color: #8c1d18; border: 1px solid #b3261e;"
            " border-radius: 6px; padding: 8px; font-weight: 600; }"
        )
        self.facts = QWidget()
        self.form = QFormLayout(self.facts)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(2)
        self.fields: dict[str, QLabel] = {}
        for key, title in (
            ("kind", self.tr("Kind:")),
            ("description", self.tr("Shows:")),
            ("type", self.tr("Type:")),
            ("size", self.tr("Size:")),
            ("captured", self.tr("Captured:")),
            ("added", self.tr("Added:")),
            ("cases", self.tr("Supports:")),
            ("parent", self.tr("Attached to:")),
        ):
            self.fields[key] = _selectable(QLabel())
            self.form.addRow(title, self.fields[key])
        self.sha256 = QLineEdit()  # copyable whole, scrolls rather than wraps
        self.sha256.setReadOnly(True)
        self.sha256.setFrame(False)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 0.75)  # the 64 digits fit the pane's usual width
        self.sha256.setFont(fixed)
        self.sha256.setStyleSheet("background: transparent;")
        self.sha256.setTextMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("sha256") + ":", QWidget())  # the label; the hash takes the whole width below
        self.form.addRow(self.sha256)

        self.note = QLabel()
        self.note.setObjectName("countLabel")
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("countLabel")
        self.image_view = ImageView()
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text_view = _text_view()
        self.email_view = EmailView()
        self.email_view.attachment_chosen.connect(self.attachment_chosen)
        self.stack = QStackedWidget()
        self._pages = {
            "message": self.message,
            "image": self.image_view,
            "pdf": self.pdf_view,
            "text": self.text_view,
            "email": self.email_view,
        }
        for widget in self._pages.values():
            self.stack.addWidget(widget)

        self.open_button = QPushButton(self.tr("Open in the system viewer"))
        self.open_button.setToolTip(
            self.tr("Opens a read-only copy of the file: the evidence itself cannot be changed by the viewer")
        )
        self.open_button.clicked.connect(self.open_in_viewer)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("divider")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.warning)
        layout.addWidget(self.facts)
        layout.addWidget(line)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_evidence(None)

    # -- what is shown --------------------------------------------------------------------------------------------

    def forget(self) -> None:
        """Read the record again the next time it is shown (after a refresh: its cases may have changed)."""
        self.shown = None

    def show_evidence(self, evidence_id: int | None) -> None:
        if evidence_id is not None and self.shown is not None and self.shown.id == evidence_id:
            return
        self._generation += 1
        self._close_pdf()
        shown = None
        if evidence_id is not None:
            with self._workspace.read() as session:
                shown = read_shown(session, evidence_id)
        self.shown = shown
        self._show_facts(shown)
        self.open_button.hide()
        if shown is None:
            self._say("empty", self.tr("Choose a file to see it here."))
            return
        if shown.warning is not None:
            self._say("flagged", self.tr("Desk does not show or open this file."))
            return
        path = self._workspace.vault.path_for(shown.sha256)
        if not path.is_file():
            missing = self.tr("The file is missing from the vault: Tools → Verify Data Folder… says what else is.")
            self._say("missing", missing)
            return
        self.open_button.show()
        media_type = shown.media_type
        if media_type.startswith("image/"):
            self._load(lambda: decode_image(path, IMAGE_BOX), lambda d: self._show_image(to_image(d)))
        elif media_type == "application/pdf":
            self._show_pdf(path)
        elif is_email(media_type):  # an .eml or an Outlook .msg
            if shown.details and shown.text_content is not None:
                self._show_email((shown.details, email_body(shown.text_content)))
            else:  # added before e-mails were read (the demo's), or an e-mail's attachment: read it now
                self._load(lambda: _read_email(path, media_type, shown.name), self._show_email)
        elif media_type.startswith("text/"):
            self._load(lambda: _read_text(path), self._show_text)
        else:
            kind = file_type_words(media_type)
            self._say("other", self.tr("Desk does not show this kind of file itself ({0}).").format(kind))

    def _show_facts(self, shown: Shown | None) -> None:
        self.facts.setVisible(shown is not None)
        self.title.setText(shown.name if shown is not None else "")
        self.title.setVisible(shown is not None)
        warning = shown.warning if shown is not None else None
        self.warning.setText(self.tr("⚠ Flagged: {0}. It is kept as evidence but never opened.").format(warning))
        self.warning.setVisible(warning is not None)
        if shown is None:
            return
        values = {
            "kind": shown.kind,
            "description": shown.description or "",
            "type": file_type_words(shown.media_type),
            "size": (
                self.tr("{0} ({1} bytes)", "", shown.size).format(format_size(shown.size), number_text(shown.size))
                if shown.size >= 1000
                else format_size(shown.size)
            ),
            "captured": local_text(shown.captured_at) if shown.captured_at else self.tr("unknown"),
            "added": self.tr("{0} by {1}").format(local_text(shown.added_at), shown.added_by),
            "cases": "\n".join(shown.cases) or self.tr("no case yet"),
            "parent": shown.parent or "",
        }
        for key, label in self.fields.items():
            label.setText(values[key])
            self.form.setRowVisible(label, bool(values[key]) or key not in ("description", "captured", "parent"))
        self.sha256.setText(shown.sha256)
        self.sha256.setToolTip(shown.sha256)
        self.sha256.setCursorPosition(0)

    def _say(self, mode: str, text: str, note: str = "") -> None:
        self.mode = mode
        self.message.setText(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.stack.setCurrentWidget(self.message)

    def _page(self, mode: str, widget: QWidget, note: str = "") -> None:
        self.mode = mode
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.stack.setCurrentWidget(widget)

    def _load(self, read: Any, show: Any) -> None:
        """Run `read()` in the background, then `show(result)` here if this is still what is to be shown."""
        generation = self._generation
        self._say("loading", self.tr("Loading…"))

        def done(result: Any) -> None:
            if generation == self._generation:
                show(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._say("other", self.tr("Desk could not read this file: {0}").format(error))

        BackgroundOp(self, lambda _progress, _cancelled: read()).on_success(done).on_failure(failed).run_in_background()

    def _show_image(self, image: QImage) -> None:
        if image.isNull():
            self._say("other", self.tr("Desk cannot show this image."))
            return
        self.image_view.set_image(image)
        assert self.shown is not None
        facts = self.shown.details
        size = ""
        if "width" in facts and "height" in facts:
            width, height = facts["width"], facts["height"]
            turned = facts.get("orientation") in (5, 6, 7, 8)  # EXIF: stored on its side
            size = self.tr("{0} × {1} pixels").format(*((height, width) if turned else (width, height)))
            if facts.get("orientation") not in (None, 1):
                size += self.tr(", turned upright as the camera recorded")
        camera = str(facts.get("camera", ""))
        self._page("image", self.image_view, " · ".join(part for part in (size, camera) if part))

    def _show_pdf(self, path: Path) -> None:
        if self.pdf_document.load(str(path)) != QPdfDocument.Error.None_:
            self._say("other", self.tr("Desk cannot show this PDF."))
            return
        pages = self.pdf_document.pageCount()
        self._page("pdf", self.pdf_view, self.tr("%n page(s)", "", pages))

    def _close_pdf(self) -> None:
        if self.pdf_document.status() != QPdfDocument.Status.Null:
            self.pdf_document.close()  # lets go of the file

    def _show_text(self, read: tuple[str, str, bool]) -> None:
        text, encoding, cut = read
        self.text_view.setPlainText(text)
        note = self.tr("Read as {0}").format(encoding)
        if cut:
            note += self.tr("; the first {0} are shown").format(format_size(TEXT_LIMIT))
        self._page("text", self.text_view, note)

    def _show_email(self, email: tuple[dict[str, Any], str]) -> None:
        details, body = email
        assert self.shown is not None
        self.email_view.show_email(details, body, self.shown.attachments)
        self._page("email", self.email_view)

    # -- the system viewer ------------------------------------------------------------------------------------------

    def open_in_viewer(self) -> None:
        """Copy the file to a read-only temporary file (in the background: it may be a large video) and open that."""
        shown = self.shown
        if shown is None or shown.warning is not None:
            return
        source = self._workspace.vault.path_for(shown.sha256)
        name = viewer_name(shown.name, shown.media_type, shown.id)

        def opened(copy: Path) -> None:
            if not open_url(QUrl.fromLocalFile(str(copy))):
                QMessageBox.information(
                    self, self.tr("No viewer"), self.tr("The system has no program to open {0}.").format(copy.name)
                )
            self.opened.emit(str(copy))

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Desk could not copy the file"), str(error))

        op = BackgroundOp(self, lambda _progress, _cancelled: copy_for_viewer(source, name))
        op.on_success(opened).on_failure(failed).run_in_background()


def _read_text(path: Path) -> tuple[str, str, bool]:
    with path.open("rb") as stream:
        data = stream.read(TEXT_LIMIT + 1)
    cut = len(data) > TEXT_LIMIT
    text, encoding = shown_text(data[:TEXT_LIMIT], cut=cut)
    return text, encoding, cut


def _read_email(path: Path, media_type: str, name: str) -> tuple[dict[str, Any], str]:
    email = read_message(path, media_type, name)
    return email.details, email_body(email.text)
