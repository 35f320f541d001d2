"""Photos on a page: scaled to the space left, upright as the camera meant (EXIF orientation), and cheap.

A JPEG goes into the PDF as its own bytes (DCTDecode, `useA85` off): never decoded, never re-encoded, so a
12-megapixel photo costs the time of copying it, and its sha256 in the index still names what the reader sees. Its
EXIF orientation is applied as a drawing transform, not by turning the pixels. Other images (PNG screenshots, …) are
decoded by Pillow, turned upright and compressed losslessly: only their pixels reach the PDF. Only a photo larger than
an upload limit is re-encoded, smaller, and the page says so.

For the other side (`clean`), a JPEG goes in as a clean copy (`photo_clean`): the same compressed picture without
the camera's location, make, model and notes; the index still names the original by its sha256 and says so."""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from desk.image_limits import MAX_PIXELS, pillow
from desk.reports.photo_clean import DATETIME_ORIGINAL, EXIF_IFD, OFFSET_TIME_ORIGINAL, Kept, clean_jpeg

ORIENTATION = 0x0112
MAX_POINTS_PER_PIXEL = 2.5  # a small picture is enlarged to be seen, but not blown up into a blur

# EXIF orientation → the matrix that takes the stored image (drawn in the unit square, y up) to the upright one.
UPRIGHT: dict[int, tuple[float, float, float, float, float, float]] = {
    1: (1, 0, 0, 1, 0, 0),
    2: (-1, 0, 0, 1, 1, 0),  # mirrored left to right
    3: (-1, 0, 0, -1, 1, 1),  # upside down
    4: (1, 0, 0, -1, 0, 1),  # mirrored top to bottom
    5: (0, -1, -1, 0, 1, 1),  # transposed
    6: (0, -1, 1, 0, 0, 1),  # stored turned left: turn it right (clockwise)
    7: (0, 1, 1, 0, 0, 0),  # transversed
    8: (0, 1, -1, 0, 1, 0),  # stored turned right: turn it left
}


def _unreadable(error: BaseException) -> PhotoError:
    """The reason a packet gives, in plain words: it goes to the other side, which must not read our reader's
    message (its file paths, its internals); that goes to our log."""
    logging.getLogger(__name__).warning("an image cannot be read: %r", error)
    return PhotoError("the image cannot be read (it is damaged, or in a form Desk cannot show)")


class PhotoError(Exception):
    """The image cannot be read; the message says why, for the page that lists it instead."""


@dataclass(frozen=True)
class Picture:
    """An image ready to draw: its reader, its stored size in pixels, its EXIF orientation, its bytes in the PDF."""

    reader: Any
    pixels: tuple[int, int]
    orientation: int
    embedded_bytes: int
    reencoded: bool = False
    cleaned: bool = False  # a copy without the camera's metadata, not the original's bytes

    @property
    def upright_pixels(self) -> tuple[int, int]:
        width, height = self.pixels
        return (height, width) if self.orientation in (5, 6, 7, 8) else (width, height)


class _JpegReader(ImageReader):  # type: ignore[misc]
    """A JPEG that ReportLab embeds as its own bytes. `drawImage` asks an ImageReader for its pixels only to name
    the image; the sha256 names it as well, without decoding 12 megapixels."""

    def __init__(self, source: Any, key: str) -> None:
        super().__init__(source)
        self._key = key.encode()
        self._dataA = None

    def getRGBData(self) -> bytes:
        return self._key


def _open(source: Path | bytes) -> Any:
    """The image, opened (its header read) under Desk's pixel limit: past it, `DecompressionBombError`."""
    Image = pillow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # a phone's 108 MP photo, below the limit
        try:
            return Image.open(io.BytesIO(source) if isinstance(source, bytes) else source)
        except Image.DecompressionBombError:
            raise PhotoError(f"the image has more than {MAX_PIXELS // 1_000_000} million pixels") from None


def jpeg(source: Path | bytes, key: str, *, clean: bool = False, keep_date: bool = True) -> Picture:
    """A JPEG passed through: only its header is read (size, orientation). `clean`: a copy without its metadata,
    keeping the orientation and, with `keep_date`, the capture date."""
    from PIL import UnidentifiedImageError

    try:
        with _open(source) as image:
            if image.format != "JPEG":
                raise PhotoError(f"the file is {image.format or 'an unknown format'}, not a JPEG")
            exif = image.getexif()
            pixels, orientation = image.size, int(exif.get(ORIENTATION, 1) or 1)
            orientation = orientation if orientation in UPRIGHT else 1
            kept = _kept(exif, orientation, keep_date) if clean else None
        if kept is not None:
            data = source if isinstance(source, bytes) else source.read_bytes()
            source, key = clean_jpeg(data, kept), f"{key}:clean"
        reader = _JpegReader(io.BytesIO(source) if isinstance(source, bytes) else str(source), key)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Warning) as error:
        raise _unreadable(error) from None
    size = len(source) if isinstance(source, bytes) else source.stat().st_size
    return Picture(reader, pixels, orientation, size, cleaned=clean)


def _kept(exif: Any, orientation: int, keep_date: bool) -> Kept:
    """What the clean copy keeps of the original's EXIF."""
    if not keep_date:
        return Kept(orientation)
    details = exif.get_ifd(EXIF_IFD)
    taken, offset = details.get(DATETIME_ORIGINAL), details.get(OFFSET_TIME_ORIGINAL)
    return Kept(
        orientation,
        taken.strip("\x00 ") if isinstance(taken, str) else None,
        offset.strip("\x00 ") if isinstance(offset, str) else None,
    )


def decoded(path: Path) -> Picture:
    """Any other image Pillow reads: decoded, turned upright, embedded losslessly."""
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with _open(path) as image:
            upright = ImageOps.exif_transpose(image)
            upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Warning) as error:
        raise _unreadable(error) from None
    return Picture(ImageReader(upright), upright.size, 1, upright.width * upright.height)


def reencode(path: Path, key: str, target: int, *, clean: bool = False, keep_date: bool = True) -> Picture:
    """The photo as a smaller JPEG of at most `target` bytes, upright: for a photo larger than an upload limit.
    Pillow carries some of the original's metadata over (its comment): `clean` takes it off again."""
    from PIL import Image, ImageOps

    with _open(path) as image:
        width, height = image.size
        scale = min(1.0, (target / max(path.stat().st_size, 1)) ** 0.5)
        if image.format == "JPEG":  # the decoder scales by 1/2, 1/4, 1/8 as it reads: far cheaper
            image.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
        kept = _kept(image.getexif(), 1, keep_date) if clean else None
        upright = ImageOps.exif_transpose(image).convert("RGB")
    drafted = (width * height / (upright.width * upright.height)) ** 0.5  # the draft's reduction, undone
    for _ in range(8):
        size = (max(1, int(upright.width * drafted * scale)), max(1, int(upright.height * drafted * scale)))
        out = io.BytesIO()
        upright.resize(size, Image.Resampling.LANCZOS).save(out, "JPEG", quality=82, optimize=True)
        data = out.getvalue() if kept is None else clean_jpeg(out.getvalue(), kept)
        if len(data) <= target:
            picture = jpeg(data, f"{key}:{len(data)}")
            return Picture(picture.reader, picture.pixels, 1, len(data), reencoded=True, cleaned=clean)
        scale *= 0.92 * (target / len(data)) ** 0.5
    raise PhotoError(f"the photo could not be made smaller than {target:,} bytes")


class PhotoFlowable(Flowable):  # type: ignore[misc]
    """The picture as large as the space left on the page allows, centred, upright, with a hairline frame."""

    def __init__(self, picture: Picture) -> None:
        super().__init__()
        self.picture = picture
        self._box = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._box = (available_width, available_height)
        return available_width, available_height

    def draw(self) -> None:
        box_width, box_height = self._box
        shown_width, shown_height = self.picture.upright_pixels
        scale = min(box_width / shown_width, box_height / shown_height, MAX_POINTS_PER_PIXEL)
        width, height = shown_width * scale, shown_height * scale
        x, y = (box_width - width) / 2, box_height - height
        canvas = self.canv
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(width, height)
        canvas.transform(*UPRIGHT[self.picture.orientation])
        canvas.drawImage(self.picture.reader, 0, 0, 1, 1)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        canvas.restoreState()
