"""When a photo was taken (issue 13, point 3): EXIF DateTimeOriginal with its offset, else the timestamp in the name
phones and computers give photos, videos and screenshots, else unknown — never the time the file was copied or
added. The names are those Android's camera, Google Pixel, Samsung, macOS and WhatsApp write."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from factories import add_files, dispute, order
from PIL import Image
from sqlalchemy import select

from desk.evidence.cases import CaseRef
from desk.evidence.file_facts import name_time
from desk.models import Evidence
from desk.workspace import Workspace


def local(*parts: int) -> datetime:
    """A moment on this computer's clock, as a device names its files, in UTC."""
    return datetime(*parts).astimezone(UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "moment"),
    [
        ("IMG_20261201_143000.jpg", (2026, 12, 1, 14, 30, 0)),
        ("IMG_20261201_143000_1.jpg", (2026, 12, 1, 14, 30, 0)),
        ("PXL_20261201_143000123.jpg", (2026, 12, 1, 14, 30, 0)),
        ("PXL_20261201_143000123.MP.jpg", (2026, 12, 1, 14, 30, 0)),
        ("VID_20261201_143005.mp4", (2026, 12, 1, 14, 30, 5)),
        ("20261201_143000.jpg", (2026, 12, 1, 14, 30, 0)),
        ("Screenshot 2026-12-01 at 14.30.00.png", (2026, 12, 1, 14, 30, 0)),
        ("Screen Shot 2026-12-01 at 2.30.00 PM.png", (2026, 12, 1, 14, 30, 0)),
        ("Screenshot 2026-12-01 at 12.05.09\u202fAM.png", (2026, 12, 1, 0, 5, 9)),
        ("WhatsApp Image 2026-12-01 at 14.30.00.jpeg", (2026, 12, 1, 14, 30, 0)),
        ("WhatsApp Image 2026-12-01 at 14.30.00 (1).jpeg", (2026, 12, 1, 14, 30, 0)),
        ("WhatsApp Video 2026-12-01 at 09.15.42.mp4", (2026, 12, 1, 9, 15, 42)),
        ("Screenshot_20261201-143000.png", (2026, 12, 1, 14, 30, 0)),
        ("Screenshot_20261201-143000_WhatsApp.jpg", (2026, 12, 1, 14, 30, 0)),
        ("Screenshot_2026-12-01-14-30-00-123_com.alibaba.aliexpresshd.jpg", (2026, 12, 1, 14, 30, 0)),
    ],
)
def test_a_name_with_a_device_timestamp_gives_the_capture_time(name: str, moment: tuple[int, ...]) -> None:
    assert name_time(name) == local(*moment)


@pytest.mark.parametrize(
    "name",
    [
        "order 8179037714690228.jpg",  # an order number
        "81790377_146902.jpg",  # eight and six digits, but month 90
        "photo_20261201_143000.jpg",  # a timestamp, but not at the start of a name a device gives
        "IMG_20261301_143000.jpg",  # month 13
        "IMG_20261201_253000.jpg",  # 25 o'clock
        "IMG_1234.JPG",  # an iPhone's running number
        "IMG_20261201_1430001234.jpg",  # too many digits to be a time
        "invoice_20261201.pdf",  # a day, no time: not a capture
        "Screenshot 2026-12-01 at 13.30.00 PM.png",  # 13 PM
        "WhatsApp Image 2026-02-30 at 14.30.00.jpeg",  # 30 February
    ],
)
def test_a_name_that_merely_holds_digits_is_not_a_date(name: str) -> None:
    assert name_time(name) is None


def _photo(path: Path, colour: str, taken: str | None = None, offset: str | None = None) -> Path:
    image = Image.new("RGB", (60, 40), colour)
    exif = image.getexif()
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if offset:
        exif.get_ifd(0x8769)[0x9011] = offset
    image.save(path, "JPEG", exif=exif)
    os.utime(path, (1_790_000_000, 1_790_000_000))  # a file time that must not be taken for the capture
    return path


def test_captured_comes_from_exif_then_the_name_else_it_is_unknown(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.write() as s:
        case = dispute(s, order(s).lines[0])
        s.flush()
        ref = CaseRef("dispute", case.id, "d")
    files = [
        _photo(tmp_path / "IMG_20261201_143000.jpg", "red", "2026:11:02 14:05:09", "+08:00"),  # EXIF wins
        _photo(tmp_path / "PXL_20261203_101500123.jpg", "green"),
        _photo(tmp_path / "Screenshot 2026-12-04 at 08.00.00.jpg", "blue"),
        _photo(tmp_path / "cracked lid.jpg", "white"),
    ]
    add_files(workspace, files, ref)
    with workspace.read() as s:
        taken = {e.original_name: e.captured_at for e in s.scalars(select(Evidence))}
    assert taken == {
        "IMG_20261201_143000.jpg": datetime(2026, 11, 2, 6, 5, 9, tzinfo=UTC),
        "PXL_20261203_101500123.jpg": local(2026, 12, 3, 10, 15),
        "Screenshot 2026-12-04 at 08.00.00.jpg": local(2026, 12, 4, 8, 0),
        "cracked lid.jpg": None,
    }


def test_a_video_is_dated_by_its_name_or_unknown_and_a_document_keeps_its_file_time(
    workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.write() as s:
        case = dispute(s, order(s).lines[0])
        s.flush()
        ref = CaseRef("dispute", case.id, "d")
    mp4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    files = {"VID_20261201_143005.mp4": mp4 + b"a", "unboxing.mp4": mp4 + b"b", "receipt.txt": b"paid 25.00"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        os.utime(tmp_path / name, (1_790_000_000, 1_790_000_000))
    add_files(workspace, [tmp_path / name for name in files], ref)
    with workspace.read() as s:
        taken = {e.original_name: (e.media_type, e.captured_at) for e in s.scalars(select(Evidence))}
    assert taken == {
        "VID_20261201_143005.mp4": ("video/mp4", local(2026, 12, 1, 14, 30, 5)),
        "unboxing.mp4": ("video/mp4", None),
        "receipt.txt": ("text/plain", datetime.fromtimestamp(1_790_000_000, UTC)),  # when it was saved
    }
