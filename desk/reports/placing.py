"""Someone else's PDF page put on a packet page whole, as its reader saw it, inside a frame that leaves the margin
below it to the stamps.

What a reader of the original saw is its crop box (cut to its media box), turned by its /Rotate. That area is scaled
uniformly (never enlarged) into the frame: the packet's paper, turned landscape for a landscape page, less a margin
on three sides and the stamp band at the bottom. Everything outside the crop box stays hidden behind a clipping path:
a page whose content runs past its edges shows no more than it did. The page's own content streams and resources are
kept as they are (never decoded); only a matrix and a clip are put before them, and the page gets the new boxes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, RectangleObject

MARGIN = 24.0  # points around the frame on the left, right and top
BAND = 32.0  # points along the bottom edge of every packet page kept for the stamps (`stamping`)
BELOW = BAND + 8.0  # under the frame: the stamp band and a little air above it

Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class Placement:
    """Where an original page goes: `matrix` takes its user space to the new page, whose size is `paper`; `frame`
    is (left, bottom, width, height) of the area the original's visible page covers there."""

    matrix: Matrix
    frame: tuple[float, float, float, float]
    paper: tuple[float, float]
    clip: tuple[float, float, float, float]  # the visible box in the original's user space (left, bottom, w, h)


def visible_box(page: Any) -> tuple[float, float, float, float]:
    """(left, bottom, width, height) of what a reader sees of the page: its crop box within its media box."""
    media, crop = page.mediabox, page.cropbox
    left, bottom = max(float(media.left), float(crop.left)), max(float(media.bottom), float(crop.bottom))
    right, top = min(float(media.right), float(crop.right)), min(float(media.top), float(crop.top))
    return left, bottom, max(right - left, 1.0), max(top - bottom, 1.0)


def shown_to_user(box: tuple[float, float, float, float], rotation: int) -> tuple[Matrix, float, float]:
    """The matrix from the page as shown (upright, origin at its bottom left) to its user space, and the shown
    width and height."""
    left, bottom, width, height = box
    if rotation == 90:  # shown turned clockwise: the shown bottom is the user space's left edge
        return (0, 1, -1, 0, left + width, bottom), height, width
    if rotation == 180:
        return (-1, 0, 0, -1, left + width, bottom + height), width, height
    if rotation == 270:
        return (0, -1, 1, 0, left, bottom + height), height, width
    return (1, 0, 0, 1, left, bottom), width, height


def _inverse(m: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def _then(first: Matrix, second: Matrix) -> Matrix:
    """The matrix doing `first`, then `second` (PDF row-vector convention: first × second)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def placement(page: Any, paper: tuple[float, float]) -> Placement:
    """Where `page` goes on a sheet of `paper` (portrait or landscape as the page is shown)."""
    box = visible_box(page)
    to_user, width, height = shown_to_user(box, int(page.rotation or 0) % 360)
    unit = float(page.get("/UserUnit", 1) or 1)  # a large-format page's user space may be in units of n points
    short, long = sorted(paper)
    sheet = (long, short) if width > height else (short, long)
    room_w, room_h = sheet[0] - 2 * MARGIN, sheet[1] - MARGIN - BELOW
    scale = min(1.0, room_w / (width * unit), room_h / (height * unit)) * unit
    placed_w, placed_h = width * scale, height * scale
    left = MARGIN + (room_w - placed_w) / 2  # centred across, at the top: it reads like the page it was
    bottom = sheet[1] - MARGIN - placed_h
    matrix = _then(_inverse(to_user), (scale, 0, 0, scale, left, bottom))
    return Placement(matrix, (left, bottom, placed_w, placed_h), sheet, box)


def _numbers(values: tuple[float, ...]) -> str:
    return " ".join(f"{v:.4f}".rstrip("0").rstrip(".") or "0" for v in values)


def place(page: Any, where: Placement) -> str:
    """Give `page` the paper's boxes and no rotation, move its annotations with it (dropping those a reader could
    not see), and return the operators to put before its content: the matrix and the clip to its visible box."""
    sheet = RectangleObject([0, 0, *where.paper])
    page[NameObject("/MediaBox")] = sheet
    page[NameObject("/CropBox")] = sheet
    for name in ("/BleedBox", "/TrimBox", "/ArtBox", "/UserUnit"):
        if name in page:
            del page[name]
    page[NameObject("/Rotate")] = NumberObject(0)  # turned by the matrix instead
    _move_annotations(page, where)
    left, bottom, width, height = where.clip
    return f"{_numbers(where.matrix)} cm {_numbers((left, bottom, width, height))} re W n\n"


def _move_annotations(page: Any, where: Placement) -> None:
    annotations = page.get("/Annots")
    if annotations is None:
        return
    kept = ArrayObject()
    left, bottom, width, height = where.clip
    for ref in annotations.get_object():
        annotation = ref.get_object()
        rect = annotation.get("/Rect") if isinstance(annotation, DictionaryObject) else None
        if rect is None or len(rect) != 4:
            continue
        x1, x2 = sorted(float(v) for v in rect[0::2])
        y1, y2 = sorted(float(v) for v in rect[1::2])
        x1, x2, y1, y2 = max(x1, left), min(x2, left + width), max(y1, bottom), min(y2, bottom + height)
        if x1 >= x2 or y1 >= y2:  # wholly outside what a reader saw: it stays unseen
            continue
        corners = [apply(where.matrix, x, y) for x in (x1, x2) for y in (y1, y2)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        annotation[NameObject("/Rect")] = ArrayObject(FloatObject(v) for v in (min(xs), min(ys), max(xs), max(ys)))
        quads = annotation.get("/QuadPoints")
        if quads is not None:
            values = [float(v) for v in quads]
            moved = [c for i in range(0, len(values) - 1, 2) for c in apply(where.matrix, values[i], values[i + 1])]
            annotation[NameObject("/QuadPoints")] = ArrayObject(FloatObject(v) for v in moved)
        kept.append(ref)
    page[NameObject("/Annots")] = kept
