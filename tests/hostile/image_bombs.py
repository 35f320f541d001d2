"""A decompression bomb, made in the test: a PNG of one colour just past Desk's pixel limit (desk.image_limits),
a few dozen KB that would be 32 MB of pixels at one bit each and 770 MB as RGB. Made once a run."""

from __future__ import annotations

import functools
import math
import struct
import zlib

from desk.image_limits import MAX_PIXELS


@functools.cache
def bomb_png() -> bytes:
    side = math.isqrt(MAX_PIXELS) + 1
    rows = bytes((1 + (side + 7) // 8) * side)  # each row its filter byte, then its pixels at one bit each: black

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
