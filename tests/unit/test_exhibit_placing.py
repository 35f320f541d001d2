"""Someone else's PDF pages in a claim packet are shown whole, as their reader saw them: content up to the edges, a
landscape page, a page whose crop box hides part of its media box, a page turned by /Rotate 90. Each packet page is
rendered with pdftoppm beside the original (rendered at its crop box) and the content frame compared pixel by pixel;
the stamps must lie outside the frame, and nothing outside the crop box may show."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from factories import add_files, dispute, order, supplier
from pdfcheck import ARTIFACTS, TOOLS_MISSING, WINDOWS_WITHOUT_TOOLS, checks_pdfs, qpdf_check
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import NameObject, NumberObject, RectangleObject

from desk.evidence.cases import CaseRef
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.reports.document import page_size
from desk.reports.placing import MARGIN, apply, placement
from desk.workspace import Workspace

pytestmark = checks_pdfs

DPI = 50
BLUE = (30, 60, 220)  # only outside the crop box of page 3: it must never show
RED, GREEN = (220, 30, 30), (30, 160, 60)
INSIDE = (150, 150, 300, 200)  # a link on page 3, inside its crop box


def _edges(canvas: object, width: float, height: float, left: float = 0, bottom: float = 0) -> None:
    """Coloured bars along all four edges of the area and lines of text down to its bottom edge."""
    c: object = canvas
    c.setFillColorRGB(*(v / 255 for v in RED))  # type: ignore[attr-defined]
    c.rect(left, bottom + height - 30, width, 30, stroke=0, fill=1)  # type: ignore[attr-defined]
    c.setFillColorRGB(*(v / 255 for v in GREEN))  # type: ignore[attr-defined]
    c.rect(left, bottom, 20, height, stroke=0, fill=1)  # type: ignore[attr-defined]
    c.rect(left + width - 20, bottom, 20, height, stroke=0, fill=1)  # type: ignore[attr-defined]
    c.setFillColorRGB(0, 0, 0)  # type: ignore[attr-defined]
    c.setFont("Helvetica", 14)  # type: ignore[attr-defined]
    for n, y in enumerate((bottom + 3, bottom + 40, bottom + height / 2)):
        c.drawString(left + 30, y, f"line {n} of the original text, down to the bottom edge")  # type: ignore[attr-defined]


def scans() -> bytes:
    """Four pages: portrait with content to the edges; landscape; a crop box inside a blue media box; /Rotate 90."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842))
    _edges(canvas, 595, 842)
    canvas.showPage()
    canvas.setPageSize((842, 595))
    _edges(canvas, 842, 595)
    canvas.showPage()
    canvas.setPageSize((600, 800))
    canvas.setFillColorRGB(*(v / 255 for v in BLUE))
    canvas.rect(0, 0, 600, 800, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 0.9)
    canvas.rect(100, 100, 400, 600, stroke=0, fill=1)
    _edges(canvas, 400, 600, 100, 100)
    canvas.showPage()
    canvas.setPageSize((595, 842))
    _edges(canvas, 595, 842)  # shown turned clockwise: the red top bar is on the right
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    writer.pages[2][NameObject("/CropBox")] = RectangleObject([100, 100, 500, 700])
    writer.pages[3][NameObject("/Rotate")] = NumberObject(90)
    writer.add_annotation(2, Link(rect=INSIDE, url="https://example.com/inside"))
    writer.add_annotation(2, Link(rect=(10, 10, 60, 60), url="https://example.com/hidden"))  # outside the crop box
    data = io.BytesIO()
    writer.write(data)
    return data.getvalue()


def _render(pdf: Path, page: int, name: str, *, crop: bool = False) -> Image.Image:
    if WINDOWS_WITHOUT_TOOLS:
        pytest.skip(f"{TOOLS_MISSING}: the pages are compared as pdftoppm renders them")
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / name
    command = ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run([*command, *(["-cropbox"] if crop else []), str(pdf), str(target)], check=True)
    return Image.open(f"{target}.png").convert("RGB")


def _dark_outside(image: Image.Image, box: tuple[int, int, int, int]) -> list[tuple[int, int]]:
    """Dark pixels of `image` outside `box` (left, top, right, bottom), the frame line around it excepted."""
    left, top, right, bottom = box
    pixels = image.load()
    assert pixels is not None
    found = []
    for y in range(image.height):
        for x in range(image.width):
            if left - 3 <= x < right + 3 and top - 3 <= y < bottom + 3:
                continue
            if sum(pixels[x, y]) < 300:  # type: ignore[arg-type]
                found.append((x, y))
    return found


def _blue(image: Image.Image) -> list[tuple[int, int]]:
    pixels = image.load()
    assert pixels is not None
    return [
        (x, y)
        for y in range(image.height)
        for x in range(image.width)
        if (p := pixels[x, y])[2] > 150 and p[0] < 90 and p[1] < 120  # type: ignore[index]
    ]


def _on_edge(xy: tuple[int, int], box: tuple[int, int, int, int]) -> bool:
    x, y = xy
    left, top, right, bottom = box
    near = (abs(x - left) <= 2 or abs(x - right) <= 2) or (abs(y - top) <= 2 or abs(y - bottom) <= 2)
    return near and left - 2 <= x <= right + 2 and top - 2 <= y <= bottom + 2


def test_someone_elses_pages_are_placed_whole_and_stamped_only_in_the_margin(
    workspace: Workspace, tmp_path: Path
) -> None:
    original = tmp_path / "scans.pdf"
    original.write_bytes(scans())
    with workspace.write() as s:
        o = order(s, seller=supplier(s), order_no="77001")
        d = dispute(s, o.lines[0], opened_on=date(2026, 11, 10))
        s.flush()
        dispute_id = d.id
    add_files(workspace, [original], CaseRef("dispute", dispute_id, "d"))
    packet = tmp_path / "packet.pdf"
    make_claim_packet(workspace, MakeClaimPacket(dispute_id, packet, today=date(2026, 11, 23)))
    qpdf_check(packet)

    reader, source = PdfReader(packet), PdfReader(original)
    texts = [page.extract_text() or "" for page in reader.pages]
    paper = page_size("A4")
    for n in range(4):
        at = next(k for k, text in enumerate(texts) if f"— {n + 1}/4" in text)
        where = placement(source.pages[n], paper)
        page = reader.pages[at]
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(where.paper)
        placed = _render(packet, at + 1, f"placing-packet-{n + 1}")
        seen = _render(original, n + 1, f"placing-original-{n + 1}", crop=True)
        scale = DPI / 72
        left, bottom, width, height = where.frame
        box = (
            round(left * scale),
            round((where.paper[1] - bottom - height) * scale),
            round((left + width) * scale),
            round((where.paper[1] - bottom) * scale),
        )
        # The frame shows the whole original page as its reader saw it: same picture, scaled.
        framed = placed.crop(box)
        difference = ImageChops.difference(framed, seen.resize(framed.size, Image.Resampling.BILINEAR))
        assert max(ImageStat.Stat(difference).mean) < 14, f"page {n + 1} is not shown as it is"
        # The stamps are outside the frame, in the band below it, and nothing else is.
        outside = _dark_outside(placed, box)
        assert outside, f"page {n + 1} has no stamp"
        assert all(y > box[3] for _, y in outside), f"page {n + 1} has marks beside or above the frame"
        # Nothing from outside the crop box shows (but for the anti-aliasing of the frame's edge pixels).
        blue = [xy for xy in _blue(placed) if not _on_edge(xy, box)]
        assert not blue, f"page {n + 1} shows {len(blue)} pixels from outside the original's crop box"
    # The link a reader could follow moved with its page; the one outside the crop box is gone.
    at = next(k for k, text in enumerate(texts) if "— 3/4" in text)
    links = [a.get_object() for a in reader.pages[at].get("/Annots", [])]
    assert [str(a["/A"]["/URI"]) for a in links] == ["https://example.com/inside"]
    where = placement(source.pages[2], paper)
    expected = (*apply(where.matrix, INSIDE[0], INSIDE[1]), *apply(where.matrix, INSIDE[2], INSIDE[3]))
    assert [float(v) for v in links[0]["/Rect"]] == pytest.approx(expected, abs=0.01)
    # A landscape page stays landscape; the page turned by /Rotate 90 is shown turned, on landscape paper.
    landscape = placement(source.pages[1], paper)
    assert landscape.paper[0] > landscape.paper[1] and landscape.frame[2] > landscape.frame[3]
    turned = placement(source.pages[3], paper)
    assert turned.paper[0] > turned.paper[1]


def test_a_page_in_larger_user_units_is_fitted_by_its_real_size() -> None:
    from pypdf import PageObject
    from pypdf.generic import FloatObject

    paper = page_size("A4")
    small = PageObject.create_blank_page(width=100, height=100)
    assert placement(small, paper).frame[2] == pytest.approx(100)  # never enlarged
    large = PageObject.create_blank_page(width=100, height=100)
    large[NameObject("/UserUnit")] = FloatObject(10)  # 1000 points square: shrunk to the frame's width
    where = placement(large, paper)
    assert where.frame[2] == pytest.approx(paper[0] - 2 * MARGIN)
    assert where.matrix[0] == pytest.approx(where.frame[2] / 100)
