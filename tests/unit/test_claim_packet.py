"""The claim packet: real vault files (a photo with EXIF orientation 6, a 2-page PDF, a password-protected PDF, an
e-mail with an attachment, a text file in Chinese and Russian, an internal memo, a "photo.jpg" that is a Linux
program) in a real data folder, read back from the PDF with pypdf, checked with qpdf and rendered with pdftoppm."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from factories import add_files, dispute, order, supplier
from folder_copies import Folders
from pdfcheck import checks_pdfs, qpdf_check, render, text_of
from pypdf import PdfReader

from desk.common import OperationCancelled
from desk.disputes.lifecycle import record_event, set_statement
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.models import Audience, Coupon, CouponKind, DisputeEventKind, Evidence, PaymentMethod
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.policies.rules import PolicyError
from desk.reports.destinations import Destination, default_destination, destination, destinations, parse
from desk.reports.packet_split import Chunk, PageTooLarge, plan_parts
from desk.settings import set_setting
from desk.workspace import Workspace

pytestmark = checks_pdfs

TODAY = date(2026, 11, 23)
STATEMENT = "Товар пришёл разбитым: 12 из 40 чехлов треснули.\n\n货物损坏，卖家拒绝退款。"
CHAT = "聊天记录：卖家拒绝退款\nПродавец отказался вернуть деньги за треснувшие чехлы."
MEMO = "INTERNAL MEMO: our margin allows settling at 50 percent."
NOTE = "Internal: the buyer may have dropped the box."
RED, BLUE = (220, 20, 20), (20, 40, 220)


@dataclass
class Case:
    dispute_id: int
    order_no: str
    sha: dict[str, str]  # file name → sha256


def _at(path: Path, day: int) -> Path:
    """Capture time (the file's modification time) 2026-11-`day`: exhibit letters follow it."""
    stamp = datetime(2026, 11, day, 12, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def upright_photo(width: int = 120, height: int = 160, taken: str | None = None) -> bytes:
    """A JPEG whose picture, shown upright, is red on top and blue below, stored turned a quarter to the left with
    EXIF orientation 6 (turn right to show): only a reader that honours the orientation shows red on top."""
    from PIL import Image

    upright = Image.new("RGB", (width, height), BLUE)
    upright.paste(Image.new("RGB", (width, height // 2), RED), (0, 0))
    stored = upright.rotate(90, expand=True)  # counter-clockwise: the red top is now on the left
    exif = Image.Exif()
    exif[0x0112] = 6
    if taken:  # when it was taken, in UTC: a photo's file time is not its capture time
        exif.get_ifd(0x8769).update({0x9003: taken, 0x9011: "+00:00"})
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=95, exif=exif)
    return out.getvalue()


def two_page_pdf(title: str = "Invoice", images: tuple[bytes, ...] = ()) -> bytes:
    """Two pages with text down to the bottom edge (where stamps go), and on page n the n-th of `images`."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842))
    for n in (1, 2):
        canvas.drawString(72, 800, f"{title} page {n} of 2")
        canvas.drawString(72, 8, f"{title} footer at the very edge {n}")
        if len(images) >= n:
            canvas.drawImage(ImageReader(io.BytesIO(images[n - 1])), 72, 300, 400, 300)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def locked_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(two_page_pdf("Secret"))))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


EMAIL = """From: =?utf-8?b?5rex5Zyz5biC5Y2O5by655S15a2Q?= <sales@huaqiang.example>
To: A&B <claims@ab.example>
Date: Mon, 16 Nov 2026 09:30:00 +0800
Subject: Re: cracked cases
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Dear buyer, we refuse the refund. Мы не вернём деньги.
--b1
Content-Type: text/plain; charset=utf-8
Content-Disposition: attachment; filename="courier_note.txt"

The courier signed for 40 cases.
--b1--
"""


def make_case(ws: Workspace, folder: Path) -> Case:
    folder.mkdir()
    with ws.write() as s:
        set_setting(s, "business_name", "A&B <Ltd>")
        set_setting(s, "bates_prefix", "ACME-")
        o = order(
            s,
            lines=(("Phone case, clear", 40, 250), ("Screen protector", 10, 100)),
            payments=((PaymentMethod.CARD, 8000), (PaymentMethod.PAYPAL, 3000)),
            order_no="8179037714690228",
            shipping_minor=500,
            discount_minor=500,
            placed_on=date(2026, 10, 1),
            seller=supplier(s),
        )
        o.coupons.append(Coupon(kind=CouponKind.STORE_VOUCHER, code="SAVE5", amount_minor=500))
        d = dispute(
            s, o.lines[0], claimed_minor=3000, opened_on=date(2026, 11, 10), platform_case_no="5009287735120496"
        )
        s.flush()
        record_event(s, d, DisputeEventKind.SELLER_ANSWERED, date(2026, 11, 12), note="Seller blames the carrier.")
        record_event(s, d, DisputeEventKind.NOTE, date(2026, 11, 13), note=NOTE, audience=Audience.COUNSEL)
        set_statement(d, STATEMENT)
        s.flush()
        dispute_id = d.id
    files = {
        "cracked.jpg": (upright_photo(taken="2026:11:01 12:00:00"), 1, False),
        "invoice.pdf": (two_page_pdf(), 2, False),
        "chat.txt": (CHAT.encode(), 4, False),
        "locked.pdf": (locked_pdf(), 5, False),
        "photo.jpg": (b"\x7fELF\x02\x01\x01" + bytes(200), 6, False),
        "memo.txt": (MEMO.encode(), 7, True),
    }
    case = CaseRef("dispute", dispute_id, f"dispute {dispute_id}")
    for name, (data, day, internal) in files.items():
        path = folder / name
        path.write_bytes(data)
        add_files(ws, [_at(path, day)], case, audience=Audience.COUNSEL if internal else Audience.EXTERNAL)
    mail = folder / "mail.eml"
    mail.write_text(EMAIL, encoding="utf-8")
    add_files(ws, [mail], case)  # captured on its Date: 2026-11-16, between chat.txt and locked.pdf
    with ws.read() as s:
        sha = {e.original_name: e.sha256 for e in s.query(Evidence)}
    return Case(dispute_id, "8179037714690228", sha)


@dataclass
class Built:
    ws: Workspace
    case: Case
    external: Path  # the packet for the platform
    counsel: Path  # the packet for our lawyer


@pytest.fixture(scope="module")
def built(template_folder: Path, tmp_path_factory: pytest.TempPathFactory, folders: Folders) -> Iterator[Built]:
    """One data folder with the case and its two packets, made once for the tests that only read them."""
    root = tmp_path_factory.mktemp("packet")
    folders.copy(template_folder, root / "data")
    ws = Workspace.open(root / "data", actor="tester")
    case = make_case(ws, root / "files")
    external, counsel = root / "packet.pdf", root / "counsel.pdf"
    make_claim_packet(ws, MakeClaimPacket(case.dispute_id, external, today=TODAY))
    make_claim_packet(ws, MakeClaimPacket(case.dispute_id, counsel, "lawyer", TODAY))
    yield Built(ws, case, external, counsel)
    ws.close()


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def outline_titles(reader: PdfReader) -> list[str]:
    def walk(items: list[object]) -> Iterator[str]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield str(item.title)  # type: ignore[attr-defined]

    return list(walk(reader.outline))


def test_an_external_packet_reads_back_whole_and_leaves_internal_things_out(built: Built, tmp_path: Path) -> None:
    case, out = built.case, built.external
    seen: list[tuple[int, int]] = []
    again = tmp_path / "again.pdf"
    request = MakeClaimPacket(case.dispute_id, again, today=TODAY)
    result = make_claim_packet(built.ws, request, progress=lambda d, t: seen.append((d, t)))
    assert result.parts == (again,) and result.size == again.stat().st_size and result.exhibits == 7
    # The same data make the same packet, but for its page numbers: made again, it is a new production that takes
    # the next free range of the business's register.
    shift = result.first_number - 1  # the first packet of this folder was numbered from 1
    renumbered = re.sub(r"ACME-(\d{6})", lambda m: f"ACME-{int(m[1]) + shift:06d}", text_of(out))
    assert shift > 0 and text_of(again) == renumbered
    assert seen and seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    qpdf_check(out)

    text = text_of(out)
    for wanted in (case.order_no, "5009287735120496", "A&B <Ltd>", "深圳市华强电子有限公司"):
        assert wanted in text, wanted
    # Line 1 is 100.00 of 110.00 of goods and 110.00 was paid: 100.00 for it, 72.73 of the card's 80.00.
    for amount in ("100.00 CNY", "30.00 CNY", "110.00 CNY", "80.00 CNY", "72.73 CNY", "27.27 CNY", "SAVE5"):
        assert amount in text, amount
    assert "Товар пришёл разбитым" in text and "货物损坏" in text  # the statement
    assert "Продавец отказался вернуть деньги" in text and "聊天记录" in text  # the text file
    assert "Мы не вернём деньги" in text and "Re: cracked cases" in text  # the e-mail, with its headers
    for name in ("cracked.jpg", "invoice.pdf", "chat.txt", "mail.eml", "courier_note.txt", "locked.pdf", "photo.jpg"):
        assert case.sha[name] in text, f"the sha256 of {name} is not in the packet"
    assert "Exhibit F" in text and "Exhibit G" in text and "Exhibit H" not in text
    # Internal: the memo, its hash and the internal note are nowhere; the INT- labels neither.
    assert "INTERNAL MEMO" not in text and case.sha["memo.txt"] not in text
    assert NOTE not in text and "INT-1" not in text and "PRIVILEGED" not in text
    # What cannot be shown says why.
    assert "Linux program" in text and "protected by a password" in text

    pages = pages_text(out)
    for n, page in enumerate(pages, start=1):
        assert f"ACME-{n:06d}" in page, f"page {n} lacks its running number"
    assert f"ACME-{len(pages) + 1:06d}" not in text
    invoice = [n for n, page in enumerate(pages) if "Invoice page" in page]
    assert len(invoice) == 2
    assert "Exhibit B — 1/2" in pages[invoice[0]] and "Exhibit B — 2/2" in pages[invoice[1]]
    assert "Invoice footer at the very edge 2" in pages[invoice[1]]  # shrunk above the band, not covered

    reader = PdfReader(out)
    titles = outline_titles(reader)
    for wanted in ("Cover", "Statement of facts", "Timeline", "Payment breakdown", "Index of exhibits", "Exhibits"):
        assert wanted in titles
    exhibit_b = next(item for item in reader.outline[-1] if str(item.title).startswith("Exhibit B"))  # type: ignore[union-attr, index]
    assert reader.get_destination_page_number(exhibit_b) == invoice[0]
    meta = reader.metadata
    assert meta is not None and case.order_no in str(meta.title) and meta.author == "A&B <Ltd>"
    assert "Claim for 30.00 CNY" in str(meta.subject)
    render(out, "claim-packet-external")


def test_the_photo_stands_upright_as_its_exif_orientation_says(built: Built) -> None:
    from PIL import Image, ImageChops

    out = built.external
    page = next(n for n, text in enumerate(pages_text(out), start=1) if "Exhibit A — 1/1" in text)
    (png,) = render(out, "claim-packet-photo", first=page, last=page, dpi=50)
    image = Image.open(png).convert("RGB")

    def box(colour: tuple[int, int, int]) -> tuple[int, int, int, int]:
        """The bounding box of the pixels close to `colour`."""
        masks = [
            band.point(lambda v, c=c: 255 if abs(v - c) < 60 else 0)
            for band, c in zip(image.split(), colour, strict=True)
        ]
        found = ImageChops.multiply(ImageChops.multiply(masks[0], masks[1]), masks[2]).getbbox()
        assert found is not None, f"no pixel of {colour} on the page"
        return found

    (red_left, red_top, red_right, red_bottom), (blue_left, blue_top, blue_right, blue_bottom) = box(RED), box(BLUE)
    # Upright: the red half above the blue half, both the photo's full width (turned, they would be side by side).
    assert red_bottom <= blue_top + 1
    assert abs(red_left - blue_left) <= 2 and abs(red_right - blue_right) <= 2
    assert blue_bottom - red_top > red_right - red_left  # portrait, as shown


def test_a_packet_for_counsel_has_everything_marked_internal(built: Built) -> None:
    out, case = built.counsel, built.case
    qpdf_check(out)
    text = text_of(out)
    assert "INTERNAL MEMO" in text and case.sha["memo.txt"] in text and NOTE in text
    assert "Exhibit INT-1 — 1/1" in text and "PRIVILEGED & CONFIDENTIAL" in text
    (memo_page,) = [page for page in pages_text(out) if "Exhibit INT-1 — 1/1" in page]
    assert "Exhibit INT-1 · INTERNAL" in memo_page  # its heading, besides the red stamp
    assert re.search(r"(?m)^INTERNAL$", memo_page)  # the stamp's note in the band
    render(out, "claim-packet-counsel", last=3)


def test_split_parts_stay_under_the_limit_each_with_its_own_index(workspace: Workspace, tmp_path: Path) -> None:
    from PIL import Image

    case = make_case(workspace, tmp_path / "files")

    # Two heavier exhibits: a noisy photo of ~160 kB, and a scan of 2 pages of ~150 kB each, more than a part holds.
    def noise(size: tuple[int, int], taken: str = "") -> bytes:
        out = io.BytesIO()
        image = Image.effect_noise(size, 90).convert("RGB")
        exif = image.getexif()
        if taken:  # a photo is dated by its EXIF, not its file time
            exif.get_ifd(0x8769).update({0x9003: taken, 0x9011: "+00:00"})
        image.save(out, "JPEG", quality=97, exif=exif)
        return out.getvalue()

    heavy = tmp_path / "heavy"
    heavy.mkdir()
    (heavy / "noise.jpg").write_bytes(noise((420, 320), "2026:11:20 12:00:00"))
    (heavy / "scan.pdf").write_bytes(two_page_pdf("Scan", (noise((400, 300)), noise((400, 301)))))
    case_ref = CaseRef("dispute", case.dispute_id, "d")
    add_files(workspace, [_at(heavy / "noise.jpg", 20), _at(heavy / "scan.pdf", 21)], case_ref)
    limit = 0.33
    (test_only,), _ = parse(
        f'default = "tiny"\n[[destination]]\ncode = "tiny"\nname = "Tiny portal"\nper_file_mb = {limit}\n'
        'audience = "external"\nsource = "a test"\n',
        "test.toml",
    )
    out = tmp_path / "split.pdf"
    result = make_claim_packet(workspace, MakeClaimPacket(case.dispute_id, out, test_only, TODAY))
    n = len(result.parts)
    assert n >= 3 and result.parts == tuple(tmp_path / f"split-part{k}.pdf" for k in range(1, n + 1))
    assert not out.exists()
    number = 0
    continued = False
    for k, part in enumerate(result.parts, start=1):
        assert part.stat().st_size <= limit * 1_000_000, f"{part.name} is {part.stat().st_size} bytes"
        qpdf_check(part)
        pages = pages_text(part)
        assert f"PART {k} OF {n}" in pages[0] and "Exhibits in this part" in pages[0]
        for page in pages:  # running numbers go on from part to part
            number += 1
            assert f"ACME-{number:06d}" in page
        cover = pages[0].split("Exhibits in this part")[1]
        held = set(re.findall(r"Exhibit ([A-Z]) — \d+/\d+", "\n".join(pages)))
        listed = set(re.findall(r"(?m)^([A-Z])$", cover))  # the label column of the part's own index
        assert held == listed, f"part {k} holds {sorted(held)} but its index lists {sorted(listed)}"
        continued = continued or ("Exhibit I — 2/2" in "\n".join(pages) and "(continued)" in cover)
        render(part, f"claim-packet-part{k}", last=1)
    assert continued, "the 2-page scan larger than a part goes on in the next part"
    first = "\n".join(pages_text(result.parts[0]))
    assert "Statement of facts" in first and "Index of exhibits" in first
    assert result.pages == number
    # The photo larger than a part was re-encoded smaller, and says so.
    assert "A smaller copy, made for sending" in "\n".join(text_of(p) for p in result.parts)


def test_a_packet_too_large_for_the_case_limit_is_refused_and_nothing_is_written(built: Built, tmp_path: Path) -> None:
    workspace, case = built.ws, built.case
    small = Destination("few", "Few files", None, 120_000, None, "external", "a test")
    out = tmp_path / "refused.pdf"
    with pytest.raises(
        DeskError, match=r"KB more than Few files takes for a case \(120 KB\); the largest exhibits: "
    ) as e:
        make_claim_packet(workspace, MakeClaimPacket(case.dispute_id, out, small, TODAY))
    assert "invoice.pdf" in str(e.value) and "nothing was written" in str(e.value)
    one_file = Destination("one", "One file", 150_000, None, 1, "external", "a test")
    with pytest.raises(DeskError, match="takes at most 1"):
        make_claim_packet(workspace, MakeClaimPacket(case.dispute_id, out, one_file, TODAY))
    assert list(tmp_path.glob("refused*")) == []


def test_cancelling_writes_nothing(built: Built, tmp_path: Path) -> None:
    workspace, case = built.ws, built.case
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(OperationCancelled, match="no file was written"):
        make_claim_packet(workspace, MakeClaimPacket(case.dispute_id, out, today=TODAY), cancelled=cancelled)
    assert not out.exists() and list(tmp_path.glob("cancelled*")) == []


def test_destinations_default_to_an_external_one_and_say_where_limits_come_from() -> None:
    found = {d.code: d for d in destinations()}
    assert default_destination().code == "platform" and not default_destination().for_counsel
    assert set(found) >= {"platform", "aliexpress", "paypal", "card", "lawyer"}
    assert found["paypal"].per_file_bytes == 10_000_000 and found["paypal"].per_case_bytes == 50_000_000
    assert found["paypal"].assumption and "issue" in found["paypal"].source
    assert found["card"].per_file_bytes == 5_000_000 and found["card"].max_files == 3
    assert found["lawyer"].audience == "counsel" and found["platform"].describe_limits() == "no size limit"
    with pytest.raises(DeskError, match="unknown destination 'fax'; known: platform, aliexpress"):
        destination("fax")
    counsel_default = 'default = "a"\n[[destination]]\ncode = "a"\nname = "A"\naudience = "counsel"\nsource = "x"\n'
    with pytest.raises(PolicyError, match="must be external"):
        parse(counsel_default, "bad.toml")
    with pytest.raises(PolicyError, match="per_file_mb must be a positive number"):
        parse(counsel_default.replace('"counsel"', '"external"') + "per_file_mb = -1\n", "bad.toml")


def test_the_split_plan_keeps_exhibits_whole_where_it_can_and_cuts_between_pages_where_it_must() -> None:
    budget = {0: 50}.get
    plan = plan_parts([[30], [30], [40, 40, 40], [10]], lambda k: budget(k) or 100)
    assert plan == [
        [Chunk(0, 0, 1)],
        [Chunk(1, 0, 1), Chunk(2, 0, 1)],  # 120 bytes: more than a part, so cut after what fits
        [Chunk(2, 1, 2), Chunk(3, 0, 1)],
    ]
    with pytest.raises(PageTooLarge):
        plan_parts([[10], [150]], lambda k: 100)
