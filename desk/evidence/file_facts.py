"""What a file says about itself: when a photo was taken (EXIF), its size and camera. Read with Pillow, which
ReportLab already brings; a file Pillow cannot read simply has no such facts."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

DATETIME_ORIGINAL = 0x9003  # in the Exif IFD
OFFSET_TIME_ORIGINAL = 0x9011
EXIF_IFD = 0x8769
MAKE, MODEL, ORIENTATION = 0x010F, 0x0110, 0x0112


def photo_facts(path: Path) -> tuple[datetime | None, dict[str, Any]]:
    """(when the photo was taken, in UTC, or None; its width, height, camera and EXIF orientation)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                exif = image.getexif()
                details: dict[str, Any] = {"width": image.width, "height": image.height}
                taken = _taken(exif.get_ifd(EXIF_IFD))
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


def file_time(path: Path) -> datetime:
    """The file's modification time, in UTC: what is left when the content says nothing."""
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)
