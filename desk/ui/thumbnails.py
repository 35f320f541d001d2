"""Thumbnails of evidence, made in the background and kept in memory by sha256, and the Evidence list's model that
shows them beside each file (the first column's DecorationRole).

A thumbnail is asked for when the view first paints its row: the requests of one paint are gathered and made by
one background operation, a batch at a time, then the rows that show them are told. Photos are decoded with
Pillow on a worker thread, scaled while decoding (a 12-megapixel JPEG decodes at 1/8 size) and turned as their
EXIF orientation says; a PDF shows its first page, on white, rendered on the GUI thread. A file flagged by the
sniffer (`Evidence.warning`) is never decoded: it shows a warning sign."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle
from sqlalchemy import select

from desk.image_limits import pillow
from desk.lists.listing import ListSpec, Row
from desk.models import Evidence
from desk.ui.table_model import ListModel, SessionFactory
from desk.ui.worker import BackgroundOp
from desk.vault import Vault

THUMB = 40  # logical pixels: the list's icon size
BATCH = 24  # thumbnails made by one background operation
KEEP = 4000  # thumbnails kept in memory (a 96-pixel one is about 36 KB)


@dataclass(frozen=True)
class FileFacts:
    """What the list's rows do not show but a thumbnail needs."""

    sha256: str
    media_type: str
    warning: str | None

    @property
    def drawable(self) -> bool:
        """Whether a thumbnail can be made from the content: an image or a PDF that carries no warning."""
        return self.warning is None and (self.media_type.startswith("image/") or self.media_type == "application/pdf")


def fit(size: QSize, box: int) -> QSize:
    """`size` scaled to fit a `box`-pixel square, keeping its proportions (never larger than it was)."""
    if size.width() <= box and size.height() <= box:
        return QSize(max(size.width(), 1), max(size.height(), 1))
    return size.scaled(QSize(box, box), Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1))


@dataclass(frozen=True)
class Decoded:
    """Pixels decoded off the GUI thread, made a QImage on it (`to_image`)."""

    width: int
    height: int
    rgba: bytes


def decode_image(path: Path, box: int) -> Decoded | None:
    """The image at `path` fitted in a `box`-pixel square and turned as its EXIF orientation says, or None when
    it cannot be read. With Pillow, not Qt: safe on a worker thread. (Qt's image reader there deadlocked against
    the GUI thread: it waits for a Qt lock while holding Python's, seen in a gdb backtrace.)"""
    import warnings

    from PIL import ImageOps, UnidentifiedImageError

    Image = pillow()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                image.draft("RGB", (box, box))  # a JPEG decodes at 1/2, 1/4 or 1/8 size: much faster
                turned = ImageOps.exif_transpose(image)
                turned.thumbnail((box, box))
                rgba = turned.convert("RGBA")
                return Decoded(rgba.width, rgba.height, rgba.tobytes())
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def to_image(decoded: Decoded | None) -> QImage:
    """On the GUI thread: the decoded pixels as a QImage (null for None)."""
    if decoded is None:
        return QImage()
    image = QImage(decoded.rgba, decoded.width, decoded.height, decoded.width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()  # owns its pixels: the bytes object may go


def render_pdf_page(path: Path, box: int) -> QImage:
    """The first page of the PDF at `path` fitted in a `box`-pixel square, on white (QtPdf leaves the page
    transparent). On the GUI thread: a small page renders in milliseconds, and Qt off it risks the deadlock
    `decode_image` describes."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            return QImage()
        points = document.pagePointSize(0).toSize()
        size = fit(points, box) if points.isValid() else QSize(box * 7 // 10, box)
        page = document.render(0, size)
    finally:
        document.close()
    if page.isNull():
        return page
    white = QImage(page.size(), QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    painter = QPainter(white)
    painter.drawImage(0, 0, page)
    painter.setPen(QColor(160, 160, 160))  # the page's edge: a white page vanishes on a white list otherwise
    painter.drawRect(0, 0, white.width() - 1, white.height() - 1)
    painter.end()
    return white


class Thumbnails(QObject):
    """Makes and keeps thumbnails. `get` answers at once, from memory or with None while the thumbnail is made
    in the background; `ready` then names the sha256 whose thumbnail (or lack of one) is known."""

    ready = Signal(list)  # the sha256s just made

    def __init__(self, vault: Vault, parent: QObject | None = None, box: int | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1.0
        self.box = box or round(THUMB * max(ratio, 1.0))
        self._ratio = self.box / THUMB
        # An icon each, for the list, centred on a square: a view gives a decoration the room of its actual size,
        # and the names beside them must line up. None: no thumbnail can be made.
        self._made: OrderedDict[str, QIcon | None] = OrderedDict()
        self._pixmaps: dict[str, QPixmap] = {}  # the same, as made: its shape is the picture's
        self._wanted: dict[str, str] = {}  # sha256 → media type, waiting for a batch
        self._making: set[str] = set()
        self._op: BackgroundOp[list[tuple[str, Decoded | Path | None]]] | None = None
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)  # after the paint that asked: its whole screenful makes one batch
        self._flush.timeout.connect(self._start)

    def get(self, facts: FileFacts) -> QIcon | None:
        """The thumbnail, if made; else None, and it is made unless it cannot be."""
        if facts.sha256 in self._made:
            self._made.move_to_end(facts.sha256)
            return self._made[facts.sha256]
        if facts.drawable and facts.sha256 not in self._making:
            self._wanted[facts.sha256] = facts.media_type
            self._flush.start()
        return None

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail as made (its shape is the picture's), if it was."""
        return self._pixmaps.get(sha256)

    def known(self, sha256: str) -> bool:
        """Whether the thumbnail has been made (or found impossible)."""
        return sha256 in self._made

    @property
    def busy(self) -> bool:
        return bool(self._wanted or self._making)

    def _start(self) -> None:
        if self._op is not None or not self._wanted:
            return
        batch = list(self._wanted.items())[:BATCH]
        for sha256, _media_type in batch:
            del self._wanted[sha256]
            self._making.add(sha256)
        jobs = [(sha256, self._vault.path_for(sha256), media_type) for sha256, media_type in batch]
        box = self.box

        def make(_progress: Any, cancelled: Any) -> list[tuple[str, Decoded | Path | None]]:
            made: list[tuple[str, Decoded | Path | None]] = []
            for sha256, path, media_type in jobs:
                if cancelled():
                    break
                if not path.is_file():
                    made.append((sha256, None))
                elif media_type == "application/pdf":
                    made.append((sha256, path))  # rendered on the GUI thread, in `_store`
                else:
                    made.append((sha256, decode_image(path, box)))
            return made

        self._op = BackgroundOp(self, make).on_success(self._store).on_failure(self._failed)
        self._op.finished.connect(self._next)
        self._op.run_in_background()

    def _store(self, made: list[tuple[str, Decoded | Path | None]]) -> None:
        for sha256, result in made:
            self._making.discard(sha256)
            image = render_pdf_page(result, self.box) if isinstance(result, Path) else to_image(result)
            icon = None
            if not image.isNull():
                pixmap = QPixmap.fromImage(image)  # on the GUI thread: a QPixmap belongs to it
                pixmap.setDevicePixelRatio(self._ratio)
                icon = QIcon(square(pixmap, THUMB))
                self._pixmaps[sha256] = pixmap
            self._made[sha256] = icon
        while len(self._made) > KEEP:
            self._pixmaps.pop(self._made.popitem(last=False)[0], None)
        self.ready.emit([sha256 for sha256, _result in made])

    def _failed(self, _error: BaseException) -> None:
        # A file Qt could not read is not an error of the list: it just has no thumbnail.
        failed = sorted(self._making)
        for sha256 in failed:
            self._made[sha256] = None
        self._making.clear()
        self.ready.emit(failed)

    def _next(self) -> None:
        self._op = None
        self._making.clear()  # what was cancelled is asked for again by the next paint
        if self._wanted:
            self._flush.start()


def square(pixmap: QPixmap, size: int) -> QPixmap:
    """`pixmap` centred on a transparent square of `size` logical pixels."""
    ratio = pixmap.devicePixelRatio()
    canvas = QPixmap(round(size * ratio), round(size * ratio))
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    logical = pixmap.deviceIndependentSize()
    painter.drawPixmap(round((size - logical.width()) / 2), round((size - logical.height()) / 2), pixmap)
    painter.end()
    return canvas


def kind_icon(facts: FileFacts | None) -> QIcon:
    """What a row shows while its thumbnail is made, or when it has none: a warning sign for a flagged file."""
    flagged = facts is not None and facts.warning is not None
    standard = QStyle.StandardPixmap.SP_MessageBoxWarning if flagged else QStyle.StandardPixmap.SP_FileIcon
    ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1.0
    side = THUMB * 3 // 4
    pixmap = QApplication.style().standardIcon(standard).pixmap(QSize(side, side), ratio)
    return QIcon(square(pixmap, THUMB))


class EvidenceModel(ListModel):
    """The Evidence list with a thumbnail in its first column. Each page of rows read also reads the files'
    sha256, type and warning (one query by the page's ids)."""

    def __init__(self, spec: ListSpec, sessions: SessionFactory, thumbnails: Thumbnails, parent: Any = None) -> None:
        super().__init__(spec, sessions, parent)
        self.thumbnails = thumbnails
        self._facts: dict[int, FileFacts] = {}
        self._icons = {flagged: kind_icon(FileFacts("", "", "!" if flagged else None)) for flagged in (False, True)}
        thumbnails.ready.connect(self._thumbnails_made)

    def facts(self, evidence_id: int) -> FileFacts | None:
        return self._facts.get(evidence_id)

    def _read(self, after: Row | None) -> list[Row]:
        rows = super()._read(after)
        if rows:
            with self._sessions() as session:
                found = session.execute(
                    select(Evidence.id, Evidence.sha256, Evidence.media_type, Evidence.warning).where(
                        Evidence.id.in_([row.id for row in rows])
                    )
                )
                for id_, sha256, media_type, warning in found:
                    self._facts[id_] = FileFacts(sha256, media_type, warning)
        return rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            if index.column() != 0 or not index.isValid() or index.row() >= self.rowCount():
                return None
            facts = self._facts.get(self.row_at(index.row()).id)
            thumbnail = self.thumbnails.get(facts) if facts is not None else None
            if thumbnail is not None:
                return thumbnail
            return self._icons[facts is not None and facts.warning is not None]
        return super().data(index, role)

    def _thumbnails_made(self, made: Sequence[str]) -> None:
        shas = set(made)
        for row in range(self.rowCount()):
            facts = self._facts.get(self.row_at(row).id)
            if facts is not None and facts.sha256 in shas:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
