"""Photos at the resolution a destination asks for: never more pixels than its dpi gives the photo's frame.

A 12-megapixel photo drawn in the frame of an A4 page at 150 dpi shows about 1,000 × 1,400 of its pixels; the rest
are bytes the reader's portal refuses and nobody sees. The photo is brought down to what the frame shows at the
destination's dpi before the packet is measured, and never up. The re-encoding itself is the photos module's; this
one only says how far."""

from __future__ import annotations

from desk.reports.document import MARGIN
from desk.reports.photos import Picture

POINTS_PER_INCH = 72
PADDING = 6  # points each side: the layout frame's own padding inside the margins
HEADING = 80  # points at least above a photo: its exhibit label, what it is, its sha256, its pixels
BOTTOM = 10  # points the bottom margin has more than the others, for the page's running number


def frame_pixels(page: tuple[float, float], dpi: int) -> tuple[int, int]:
    """The pixels of the space a photo has on a page, at `dpi`: the most a photo on that page can show."""
    width = page[0] - 2 * MARGIN - 2 * PADDING
    height = page[1] - 2 * MARGIN - BOTTOM - 2 * PADDING - HEADING
    return round(width / POINTS_PER_INCH * dpi), round(height / POINTS_PER_INCH * dpi)


def scale_for(picture: Picture, page: tuple[float, float], dpi: int) -> float:
    """How far (linearly, at most 1) the upright photo must shrink to show no more pixels than the frame at `dpi`."""
    frame_width, frame_height = frame_pixels(page, dpi)
    width, height = picture.upright_pixels
    return min(1.0, frame_width / max(width, 1), frame_height / max(height, 1))


def target_bytes(picture: Picture, file_bytes: int, page: tuple[float, float], dpi: int) -> int | None:
    """The byte target that re-encodes the photo (a file of `file_bytes`) to the frame's pixels at `dpi`, or None
    when it has no more pixels than that already. The re-encoding scales the sides by the square root of the bytes'
    ratio, so the pixels' ratio is the bytes' ratio."""
    scale = scale_for(picture, page, dpi)
    if scale >= 1.0:
        return None
    return max(int(file_bytes * scale * scale), 1)
