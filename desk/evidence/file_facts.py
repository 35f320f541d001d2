"""What a file says about itself: when a photo was taken (EXIF), its size and camera. Read with Pillow, which
ReportLab already brings; a file Pillow cannot read simply has no such facts. Without EXIF, the names phones and
computers give photos, videos and screenshots say when they were taken (`name_time`).

An image of more pixels than Desk opens (`desk.image_limits`, 256 million: past it, a "decompression bomb", a few
kilobytes that fill the memory when opened) is refused: `TooManyPixels`, raised by `check_pixels` and `photo_facts`
alike."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any

from desk.errors import DeskError
from desk.image_limits import MAX_PIXELS, pillow
from desk.language import words

DATETIME_ORIGINAL = 0x9003  # in the Exif IFD
OFFSET_TIME_ORIGINAL = 0x9011
EXIF_IFD = 0x8769
MAKE, MODEL, ORIENTATION = 0x010F, 0x0110, 0x0112


class TooManyPixels(DeskError):
    """An image with more pixels than can be opened safely: `reason` says so without naming the file."""

    def __init__(self, name: str) -> None:
        millions = MAX_PIXELS / 1_000_000
        self.reason = words.tr(
            "an image of more than {0} million pixels, too large to open safely (a small file made this way fills "
            "the memory when it is opened)"
        ).format(f"{millions:,.0f}")
        super().__init__(f"{name}: {self.reason}")


def check_pixels(source: Path | IO[bytes], name: str) -> None:
    """TooManyPixels when `source` is an image Pillow will not open for its size; reads its header only."""
    from PIL import UnidentifiedImageError

    Image = pillow()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            Image.open(source).close()
    except Image.DecompressionBombError:
        raise TooManyPixels(name) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        pass  # not an image Pillow reads: nothing of it will be decoded


def photo_facts(source: Path | IO[bytes], name: str = "") -> tuple[datetime | None, dict[str, Any]]:
    """(when the photo was taken, in UTC, or None; its width, height, camera and EXIF orientation). TooManyPixels,
    naming `name`, for an image too large to open."""
    from PIL import UnidentifiedImageError

    Image = pillow()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                exif = image.getexif()
                details: dict[str, Any] = {"width": image.width, "height": image.height}
                taken = _taken(exif.get_ifd(EXIF_IFD))
    except Image.DecompressionBombError:
        raise TooManyPixels(name or str(source)) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None, {}
    camera = " ".join(str(exif.get(tag, "")).strip("\x00 ") for tag in (MAKE, MODEL)).strip()
    if camera:
        details["camera"] = camera
    if exif.get(ORIENTATION) not in (None, 1):
        details["orientation"] = int(exif[ORIENTATION])
    return taken, details


def _taken(exif: Any) -> datetime | None:
    """EXIF's DateTimeOriginal ("2026:11:02 14:05:09"), with its offset when the camera wrote one; a camera that
    did not is taken to be on this computer's local time."""
    raw = exif.get(DATETIME_ORIGINAL)
    if not isinstance(raw, str):
        return None
    try:
        local = datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = exif.get(OFFSET_TIME_ORIGINAL)
    if isinstance(offset, str) and len(offset.strip("\x00 ")) == 6:
        text = offset.strip("\x00 ")
        sign = -1 if text[0] == "-" else 1
        try:
            delta = timedelta(hours=int(text[1:3]), minutes=int(text[4:6]))
        except ValueError:
            return local.astimezone(UTC)
        return local.replace(tzinfo=timezone(sign * delta)).astimezone(UTC)
    return local.astimezone(UTC)  # naive: read as local time


_DAY = r"(?P<y>(?:19|20)\d\d)(?P<mo>\d\d)(?P<d>\d\d)"
_DASHED_DAY = r"(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)"
_TIME = r"(?P<h>\d\d)(?P<mi>\d\d)(?P<s>\d\d)"
_DOTTED_TIME = r"(?P<h>\d{1,2})\.(?P<mi>\d\d)\.(?P<s>\d\d)(?:[\s\u202f]?(?P<half>[AP]M))?"
# The names cameras, phones and computers give what they capture, each matched from the start of the name: a name
# that merely holds digits somewhere (an order number) is not a date.
NAME_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^(?:IMG|VID|PXL|MVIMG|PANO|BURST\d*)_{_DAY}_{_TIME}(?:\d{{0,3}})(?!\d)",  # Android, Pixel: PXL_…_143000123
        rf"^{_DAY}_{_TIME}(?!\d)",  # Samsung's camera
        rf"^Screenshot_{_DAY}-{_TIME}(?!\d)",  # Android
        r"^Screenshot_(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)-(?P<h>\d\d)-(?P<mi>\d\d)-(?P<s>\d\d)(?!\d)",
        rf"^(?:Screenshot|Screen Shot) {_DASHED_DAY} at {_DOTTED_TIME}",  # macOS
        rf"^WhatsApp (?:Image|Video) {_DASHED_DAY} at {_DOTTED_TIME}",
    )
)


def name_time(name: str) -> datetime | None:
    """When a file was captured as its name says ("IMG_20261201_143000.jpg", "Screenshot 2026-12-01 at
    14.30.00.png", …), in UTC, read as this computer's local time as the device wrote it; None when the name says
    nothing or names no real moment."""
    for pattern in NAME_PATTERNS:
        found = pattern.match(name)
        if found is None:
            continue
        parts = found.groupdict()
        hour = int(parts["h"])
        half = (parts.get("half") or "").upper()
        if half and not 1 <= hour <= 12:
            return None
        if half:
            hour = hour % 12 + (12 if half == "PM" else 0)
        try:
            local = datetime(
                int(parts["y"]), int(parts["mo"]), int(parts["d"]), hour, int(parts["mi"]), int(parts["s"])
            )
        except ValueError:  # month 13, 25 o'clock: digits, not a date
            return None
        return local.astimezone(UTC)
    return None


def file_time(path: Path) -> datetime:
    """The file's modification time, in UTC: what is left when the content says nothing."""
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)
