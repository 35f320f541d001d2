"""Size, file and page planning per destination: photos at the destination's resolution (never up, the lawyer's
untouched), pages a file counted, destinations consistent with each other, refusals naming real sizes in words.

The limits come from public pages where there are any (J.P. Morgan Payments, "Dispute Management: Documentation
parameters": card networks take PDFs at 200 or 300 dpi or less, Mastercard 18 pages a chargeback); the seeds in
/work/shared/seeds/ say nothing about upload limits, so the AliExpress figure stays an assumption."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from factories import add_files, dispute, order, supplier
from pdfcheck import checks_pdfs, qpdf_check, render
from pypdf import PdfReader

from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.models import PaymentMethod
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.policies.rules import PolicyError
from desk.reports.destinations import Destination, destination, destinations, parse
from desk.reports.document import page_size
from desk.reports.packet_fitting import pdf_page_shares
from desk.reports.packet_split import Chunk, plan_parts
from desk.reports.photos import Picture
from desk.reports.resolution import frame_pixels, target_bytes
from desk.workspace import Workspace

pytestmark = checks_pdfs

TODAY = date(2026, 11, 23)
A4 = page_size("A4")


def noisy_photo(width: int, height: int, seed: int) -> bytes:
    """A JPEG that compresses like a phone photo (a gradient with grain): about 0.4 bytes a pixel."""
    from PIL import Image, ImageChops

    channels = []
    for c in range(3):
        ramp = Image.linear_gradient("L").rotate(37 * seed + 120 * c).resize((width, height))
        channels.append(ImageChops.add(ramp, Image.effect_noise((width, height), 24 + 3 * c), offset=-24))
    out = io.BytesIO()
    Image.merge("RGB", channels).save(out, "JPEG", quality=90)
    return out.getvalue()


def screenshot() -> bytes:
    """A tall PNG screenshot: 2.6 megapixels, a few KB of file."""
    from PIL import Image

    image = Image.new("RGB", (1280, 2048), "white")
    for y in range(0, 2048, 64):
        image.paste((200, 220, 255), (0, y, 1280, y + 20))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def text_pdf(pages: int, image: bytes | None = None) -> bytes:
    """`pages` pages of text; the first with `image` drawn on it when given (a heavy scanned page)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for n in range(1, pages + 1):
        canvas.drawString(72, 780, f"Delivery record page {n} of {pages}")
        if image is not None and n == 1:
            canvas.drawImage(ImageReader(io.BytesIO(image)), 72, 200, 450, 450)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def make_dispute(ws: Workspace) -> int:
    with ws.write() as s:
        o = order(s, payments=((PaymentMethod.CARD, 1000),), seller=supplier(s))
        d = dispute(s, o.lines[0], opened_on=date(2026, 11, 10))
        s.flush()
        return d.id


def with_files(ws: Workspace, folder: Path, files: dict[str, bytes]) -> int:
    dispute_id = make_dispute(ws)
    folder.mkdir(exist_ok=True)
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    add_files(ws, paths, CaseRef("dispute", dispute_id, "d"))
    return dispute_id


def test_destination(code: str = "t", **limits: object) -> Destination:
    body = "".join(f"{key} = {value}\n" for key, value in limits.items())
    text = f'default = "{code}"\n[[destination]]\ncode = "{code}"\nname = "Test portal"\n{body}'
    (found,), _ = parse(text + 'audience = "external"\nsource = "a test"\n', "test.toml")
    return found


test_destination.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def image_sizes(path: Path) -> list[tuple[int, int]]:
    """The pixel sizes of every image drawn on the packet's pages."""
    found = []
    for page in PdfReader(path).pages:
        for image in page.images:
            found.append(image.image.size)
    return found


def test_destinations_carry_pages_and_resolution_with_their_source() -> None:
    card, aliexpress, lawyer = destination("card"), destination("aliexpress"), destination("lawyer")
    assert card.pages_per_file == 18 and card.image_dpi == 200
    assert "Documentation parameters" in card.source and card.assumption
    assert card.describe_limits() == "5 MB a file, 18 pages a file, at most 3 files"
    assert aliexpress.image_dpi == 150 and aliexpress.assumption
    assert lawyer.image_dpi is None and destination("platform").image_dpi is None  # full resolution
    for found in destinations():
        assert found.image_dpi is None or 150 <= found.image_dpi <= 300
    assert test_destination(pages_per_file=20).limited
    with pytest.raises(PolicyError, match="image_dpi must be a whole number from 72 to 600"):
        test_destination(image_dpi=2000)
    with pytest.raises(PolicyError, match="pages_per_file must be a whole number from 1"):
        test_destination(pages_per_file=0)


def test_the_plan_counts_pages_a_part_may_hold() -> None:
    plan = plan_parts([[1, 1], [1, 1, 1], [1]], lambda k: 100, lambda k: 2 if k == 0 else 3)
    assert plan == [[Chunk(0, 0, 2)], [Chunk(1, 0, 3)], [Chunk(2, 0, 1)]]
    # An exhibit longer than a part is cut between pages where the pages run out.
    assert plan_parts([[1] * 7], lambda k: 100, lambda k: 3) == [
        [Chunk(0, 0, 3)],
        [Chunk(0, 3, 3)],
        [Chunk(0, 6, 1)],
    ]


def test_the_resolution_comes_down_to_the_frame_and_never_goes_up() -> None:
    width, height = frame_pixels(A4, 200)
    assert 1300 < width < 1375 and 1700 < height < 2061  # A4 less margins and heading, at 200 dpi
    big = Picture(None, (4000, 3000), 1, 5_000_000)
    target = target_bytes(big, 5_000_000, A4, 200)
    assert target is not None and target == int(5_000_000 * (width / 4000) ** 2)
    assert target_bytes(Picture(None, (800, 600), 1, 90_000), 90_000, A4, 150) is None  # smaller already: kept
    turned = Picture(None, (3000, 4000), 6, 5_000_000)  # stored on its side: upright it is 4000 wide
    assert target_bytes(turned, 5_000_000, A4, 200) == target


def test_a_pdf_pages_share_is_what_the_page_itself_holds() -> None:
    scan = text_pdf(3, noisy_photo(900, 900, 5))  # the picture on page 1 only
    shares = pdf_page_shares(PdfReader(io.BytesIO(scan)), len(scan), 2500)
    assert sum(shares) == pytest.approx(len(scan), rel=0.01)
    assert shares[0] > 0.9 * len(scan) and shares[1] == shares[2] < 10_000


def test_photos_come_down_to_the_destinations_dpi_and_the_lawyer_keeps_them_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    dispute_id = with_files(
        workspace, tmp_path / "files", {"IMG_2041.jpg": noisy_photo(3000, 2250, 1), "screen.png": screenshot()}
    )
    for code, dpi in (("card", 200), ("aliexpress", 150)):
        out = tmp_path / f"{code}.pdf"
        result = make_claim_packet(workspace, MakeClaimPacket(dispute_id, out, code, TODAY))
        assert result.parts == (out,)
        qpdf_check(out)
        width = frame_pixels(A4, dpi)[0]
        sizes = image_sizes(out)
        photo = next(s for s in sizes if s[0] / s[1] == pytest.approx(4 / 3, rel=0.01))
        assert photo[0] <= width and photo[0] >= width * 0.9, f"{code}: the photo is {photo}, the frame {width}"
        if code == "card":
            assert (1280, 2048) in sizes  # a screenshot stays lossless, as it is
            render(out, "packet-planning-card", first=4, last=5)
    counsel = tmp_path / "lawyer.pdf"
    make_claim_packet(workspace, MakeClaimPacket(dispute_id, counsel, "lawyer", TODAY))
    assert (3000, 2250) in image_sizes(counsel)


def test_pages_a_file_split_the_packet_and_each_part_keeps_to_them(workspace: Workspace, tmp_path: Path) -> None:
    dispute_id = with_files(workspace, tmp_path / "files", {"records.pdf": text_pdf(24)})
    out = tmp_path / "card.pdf"
    result = make_claim_packet(workspace, MakeClaimPacket(dispute_id, out, "card", TODAY))
    assert len(result.parts) == 2, result.parts
    counts = [len(PdfReader(part).pages) for part in result.parts]
    assert all(n <= 18 for n in counts) and sum(counts) == result.pages
    for part in result.parts:
        qpdf_check(part)
    # Pages only, no bytes: as many parts as the pages need.
    few = test_destination(pages_per_file=8)
    result = make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "few.pdf", few, TODAY))
    assert all(len(PdfReader(part).pages) <= 8 for part in result.parts) and len(result.parts) >= 4
    # The packet's own pages cannot be split: more of them than a file takes is refused, saying how many.
    with pytest.raises(DeskError, match=r"own pages .* take \d pages, and Test portal takes 2 pages a file"):
        make_claim_packet(
            workspace, MakeClaimPacket(dispute_id, tmp_path / "two.pdf", test_destination(pages_per_file=2), TODAY)
        )


def test_a_case_a_stricter_destination_takes_is_not_refused_by_one_looser_in_every_limit(
    workspace: Workspace, tmp_path: Path
) -> None:
    photos = {f"IMG_20{41 + n}.jpg": noisy_photo(2400, 1800, n) for n in range(4)}
    dispute_id = with_files(workspace, tmp_path / "files", photos)
    strict = test_destination("strict", per_file_mb=0.9, max_files=1, image_dpi=150)
    made = make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "strict.pdf", strict, TODAY))
    total = sum(p.stat().st_size for p in made.parts)
    assert len(made.parts) == 1 and total <= 900_000
    # Looser in every limit (more bytes a file, no resolution asked for): the photos of 2.1 MB each fit a part of
    # 3 MB one by one, so kept as they are they would need 3 files; brought down as the strict one did, they fit.
    loose = test_destination("loose", per_file_mb=3, max_files=1)
    result = make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "loose.pdf", loose, TODAY))
    assert len(result.parts) == 1 and result.size <= loose.per_file_bytes  # type: ignore[operator]
    # A cap on the whole case: photos share what is left once 150 dpi is not enough, rather than the case refused.
    capped = test_destination("capped", per_case_mb=0.5)
    result = make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "capped.pdf", capped, TODAY))
    assert result.size <= 500_000 and len(result.parts) == 1
    # And the real destinations of the issue: what AliExpress takes, the card issuer takes too.
    ali = make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "ali.pdf", "aliexpress", TODAY))
    card = make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "card.pdf", "card", TODAY))
    assert len(card.parts) <= 3 and all(p.stat().st_size <= 5_000_000 for p in card.parts)
    assert all(p.stat().st_size <= 2_000_000 for p in ali.parts)


def test_refusals_name_the_real_sizes_in_words(workspace: Workspace, tmp_path: Path) -> None:
    scan = text_pdf(2, noisy_photo(1200, 1200, 7))
    dispute_id = with_files(workspace, tmp_path / "files", {"scan.pdf": scan, "screen.png": screenshot()})
    tiny = test_destination(per_file_mb=0.3)
    with pytest.raises(DeskError) as refused:
        make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "x.pdf", tiny, TODAY))
    message = str(refused.value)
    assert re.search(r"page 1 of 'scan\.pdf' \(Exhibit [A-Z]\) alone needs \d+(\.\d)? KB; ", message), message
    assert "Test portal takes 300 KB a file). Nothing was written: scan it again smaller" in message
    assert "bytes" not in message and not re.search(r"\d,\d{3}", message)  # no raw byte counts
    # The largest exhibit is the scan, not the screenshot of many pixels and few bytes.
    small_case = replace(test_destination(per_case_mb=0.1), per_file_bytes=None)
    with pytest.raises(DeskError) as refused:
        make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "y.pdf", small_case, TODAY))
    message = str(refused.value)
    largest = message.split("the largest exhibits: ")[1]
    assert largest.index("scan.pdf") < largest.index("screen.png"), message
    assert re.search(r"screen\.png \d+(\.\d)? KB", largest), message
    # Too many files: how many it needs, of what, and what the destination takes, in words.
    one = test_destination(per_file_mb=1, max_files=1, pages_per_file=4)
    with pytest.raises(DeskError) as refused:
        make_claim_packet(workspace, MakeClaimPacket(dispute_id, tmp_path / "z.pdf", one, TODAY))
    message = str(refused.value)
    assert re.search(r"needs \d files of at most 1 MB and 4 pages each, but Test portal takes at most 1 file;", message)
    assert list(tmp_path.glob("*.pdf")) == []


def test_every_demo_dispute_fits_every_destination_within_its_limits(demo_workspace: Workspace, tmp_path: Path) -> None:
    from sqlalchemy import select

    from desk.models import Dispute

    with demo_workspace.read() as s:
        disputes = list(s.scalars(select(Dispute.id)))
    assert disputes
    for code in [d.code for d in destinations() if d.limited]:  # one without limits has none to keep
        chosen = destination(code)
        for dispute_id in disputes:
            out = tmp_path / f"{code}-{dispute_id}.pdf"
            made = make_claim_packet(demo_workspace, MakeClaimPacket(dispute_id, out, code, TODAY))
            assert chosen.max_files is None or len(made.parts) <= chosen.max_files
            for part in made.parts:
                assert chosen.per_file_bytes is None or part.stat().st_size <= chosen.per_file_bytes
                pages = len(PdfReader(part).pages)
                assert chosen.pages_per_file is None or pages <= chosen.pages_per_file, f"{part.name}: {pages} pages"
