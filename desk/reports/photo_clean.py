"""A photo's copy for the other side: the same compressed picture, without what the camera wrote beside it.

Phones write where a photo was taken (GPS), the phone's make, model and serial, maker notes, editing software, XMP
and IPTC records, comments, a thumbnail that may show what was cropped away, and after the picture further images
(depth maps, gain maps) with their own EXIF. A copy for a supplier or a platform keeps only what is needed to
decode and show the picture: its frame, tables and scans, the JFIF header without its thumbnail, Adobe's colour
marker. A fresh EXIF block is written with the orientation (so the picture stands as the camera meant wherever it
is opened) and, when the business keeps it, the capture date. The scans are copied byte for byte: never decoded,
never re-encoded, so cleaning costs the time of one pass over the bytes."""

from __future__ import annotations

import re
from dataclasses import dataclass

SOI, EOI, SOS, COM = 0xD8, 0xD9, 0xDA, 0xFE
APP0, APP14 = 0xE0, 0xEE
STANDALONE = {0x01, *range(0xD0, 0xD8)}  # markers without a length: TEM and the restart markers
# Inside a scan a 0xFF byte is followed by 0x00 (stuffing) or a restart marker; anything else is the next marker.
NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")

ORIENTATION, EXIF_IFD = 0x0112, 0x8769
DATETIME_ORIGINAL, OFFSET_TIME_ORIGINAL = 0x9003, 0x9011


class DamagedJpeg(ValueError):
    """The bytes are not a JPEG this reader can walk; the message says where it stopped."""


@dataclass(frozen=True)
class Kept:
    """What the clean copy says about itself: the orientation, and the capture date when the business keeps it."""

    orientation: int = 1
    taken: str | None = None  # as EXIF writes it: "2026:12:01 14:30:00"
    offset: str | None = None  # "+08:00"

    def exif(self) -> bytes | None:
        """The EXIF block (with its "Exif" header), or None when there is nothing to say."""
        from PIL import Image

        exif = Image.Exif()
        if self.orientation != 1:
            exif[ORIENTATION] = self.orientation
        if self.taken:
            exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = self.taken
            if self.offset:
                exif.get_ifd(EXIF_IFD)[OFFSET_TIME_ORIGINAL] = self.offset
        return exif.tobytes() if len(exif) or self.taken else None


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload


def _kept_segment(marker: int, payload: bytes) -> bytes | None:
    """The segment as the clean copy has it, or None when it is left out."""
    if marker == APP0:  # JFIF: kept for its pixel density, its thumbnail (a picture of its own) dropped
        jfif = payload.startswith(b"JFIF\x00") and len(payload) >= 14
        return _segment(APP0, payload[:12] + b"\x00\x00") if jfif else None
    if marker == APP14:  # Adobe: says how the colours are stored; a decoder needs it
        return _segment(marker, payload)
    if 0xE1 <= marker <= 0xEF or marker == COM:  # EXIF, XMP, ICC, IPTC, maker data, comments
        return None
    return _segment(marker, payload)


def clean_jpeg(data: bytes, kept: Kept) -> bytes:
    """`data` (a JPEG) without any metadata but what `kept` says; what follows the picture's end is left out."""
    if data[:2] != b"\xff\xd8":
        raise DamagedJpeg("it does not start as a JPEG does")
    out = [data[:2]]
    exif = kept.exif()
    if exif is not None:
        out.append(_segment(0xE1, exif))
    pos, end = 2, len(data)
    while True:
        while pos + 1 < end and data[pos] == 0xFF and data[pos + 1] == 0xFF:  # fill bytes before a marker
            pos += 1
        if pos + 1 >= end or data[pos] != 0xFF:
            raise DamagedJpeg(f"no marker at byte {pos:,}")
        marker = data[pos + 1]
        if marker == EOI:
            out.append(b"\xff\xd9")
            return b"".join(out)
        if marker in STANDALONE:
            out.append(data[pos : pos + 2])
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2 or pos + 2 + length > end:
            raise DamagedJpeg(f"a segment at byte {pos:,} runs past the end")
        segment = _kept_segment(marker, data[pos + 4 : pos + 2 + length])
        if segment is not None:
            out.append(segment)
        pos += 2 + length
        if marker == SOS:  # the compressed picture follows, up to the next marker
            found = NEXT_MARKER.search(data, pos)
            if found is None:  # cut short: keep what there is and close it, as a viewer would show it
                out += [data[pos:], b"\xff\xd9"]
                return b"".join(out)
            out.append(data[pos : found.start()])
            pos = found.start()
