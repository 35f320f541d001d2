"""The claim packet of a dispute with 50 photos of 4000×3000 and 5 PDF exhibits of 10 pages each.
Run: `uv run python bench/packet.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

- `packet_seconds`: `desk.operations.packets.make_claim_packet` (what `desk packet` runs) for the default
  destination (one file, no size limit), from the call to its return: labels, the front, every exhibit page, the
  stamps, bookmarks, writing the file (fsync included). Target ≤ 5 s.
- `packet_bytes_ratio`: the packet's bytes over the exhibits' bytes. Target ≤ 1.2.
- `packet_pages`: the packet's pages.
- `packet_split_seconds`, `packet_split_parts`, `packet_split_bytes_ratio`: the same packet for a destination of
  10 MB a file and no limit for the case (PayPal's per-file limit without its 50 MB a case, which these 160 MB
  exceed), split into parts each measured under the limit. No target; shown so the cost of splitting is in view.
- `packet_dpi_seconds`, `packet_dpi_parts`, `packet_dpi_bytes_ratio`: the same with photos brought down to 200 dpi
  for the page first, as the card and PayPal destinations ask (every photo re-encoded). No target; shown so the cost
  of the resolution is in view.

The exhibits are made once and cached in `bench/data/packet-v1/`: photos of gradients and noise at JPEG quality 88
(they compress like photos: 2.5–3.5 MB each), some with EXIF orientation 6, with a capture date; PDFs of 10 scanned
pages each (a greyscale JPEG per page, as a scanner makes them) with a line of text. They are added through
the `add_evidence` operation to one dispute in a fresh data folder (not timed). Each figure is the median of 3 runs
after one warm-up (1 run with --quick: 5 photos and 1 PDF)."""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from desk.evidence.cases import CaseRef
from desk.models import (
    Dispute,
    DisputeReason,
    DisputeWant,
    Order,
    OrderLine,
    Payment,
    PaymentMethod,
    Platform,
    Supplier,
)
from desk.operations.evidence import AddEvidence, add_evidence
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.reports.destinations import parse
from desk.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = 1  # bump when the generated files change
PHOTOS, PDFS, PAGES = 50, 5, 10
SPLIT = 'default = "ten"\n[[destination]]\ncode = "ten"\nname = "10 MB a file"\nper_file_mb = 10\n'
SPLIT += 'audience = "external"\nsource = "bench"\n'
DPI = SPLIT.replace('"ten"', '"dpi"').replace("per_file_mb = 10\n", "per_file_mb = 10\nimage_dpi = 200\n")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _photo(n: int, grain: object) -> bytes:
    from PIL import Image, ImageChops

    width, height = 4000, 3000
    channels = []
    for c in range(3):
        ramp = Image.linear_gradient("L").rotate(37 * n + 120 * c).resize((width, height))
        blobs = Image.effect_noise((width // 50, height // 50), 70 + 10 * c).resize((width, height), Image.BICUBIC)
        base = Image.blend(Image.blend(ramp, Image.radial_gradient("L").resize((width, height)), 0.3), blobs, 0.45)
        fine = grain.crop((c * 17 + n, n * 3, c * 17 + n + width, n * 3 + height))  # type: ignore[attr-defined]
        channels.append(ImageChops.add(base, fine, scale=1.0, offset=-24))
    image = Image.merge("RGB", channels)
    exif = Image.Exif()
    exif[0x0110] = "Bench Camera"
    if n % 5 == 0:
        exif[0x0112] = 6  # taken upright, stored turned: the packet turns it back when drawing
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def _pdf(n: int) -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842))
    for page in range(PAGES):
        scan = Image.effect_noise((1240, 1754), 40).point(lambda v: 200 + v // 5)  # paper grey with grain
        scan.paste(0, (120, 200 + 40 * page, 1100, 230 + 40 * page))  # a "line of text" in the scan
        data = io.BytesIO()
        scan.save(data, "JPEG", quality=75)
        canvas.drawImage(ImageReader(io.BytesIO(data.getvalue())), 0, 0, 595, 842)
        canvas.drawString(60, 60, f"Scanned document {n + 1}, page {page + 1} of {PAGES}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def fixture(photos: int, pdfs: int) -> list[Path]:
    """The exhibits, the same first ones whatever the count; cached in bench/data."""
    from PIL import Image

    folder = DATA / f"packet-v{FIXTURE}"
    marker = folder / "fixture.json"
    names = [folder / f"IMG_{n:04d}.jpg" for n in range(photos)] + [folder / f"scan-{n}.pdf" for n in range(pdfs)]
    if marker.is_file():
        made = json.loads(marker.read_text())
        if made["photos"] >= photos and made["pdfs"] >= pdfs:
            return names
    log(f"generating {photos} photos and {pdfs} PDFs in {folder} (once)…")
    folder.mkdir(parents=True, exist_ok=True)
    marker.unlink(missing_ok=True)
    grain = Image.effect_noise((4100, 3200), 11)
    for n in range(photos):
        (folder / f"IMG_{n:04d}.jpg").write_bytes(_photo(n, grain))
    for n in range(pdfs):
        (folder / f"scan-{n}.pdf").write_bytes(_pdf(n))
    marker.write_text(json.dumps({"photos": photos, "pdfs": pdfs}))
    return names


def make_dispute(ws: Workspace, files: list[Path]) -> int:
    with ws.write() as session:
        seller = Supplier(platform=Platform.ALIEXPRESS, name="深圳华强电子 bench")
        order = Order(
            platform=Platform.ALIEXPRESS, order_no="8100000000000002", supplier=seller, currency="USD",
            placed_on=date(2026, 10, 1), paid_on=date(2026, 10, 1), shipped_on=date(2026, 10, 3),
        )  # fmt: skip
        order.lines.append(OrderLine(line_no=1, item="Bluetooth earbuds", qty=50, unit_price_minor=2599))
        order.payments.append(Payment(method=PaymentMethod.CARD, amount_minor=50 * 2599))
        dispute = Dispute(
            order_line=order.lines[0], reason=DisputeReason.DAMAGED, want=DisputeWant.REFUND,
            opened_on=date(2026, 11, 10), claimed_minor=20 * 2599, statement="20 of 50 sets arrived broken.",
        )  # fmt: skip
        session.add_all([order, dispute])
        session.flush()
        dispute_id = dispute.id
    add_evidence(ws, AddEvidence(tuple(files), CaseRef("dispute", dispute_id, f"dispute {dispute_id}")))
    return dispute_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="5 photos, 1 PDF and 1 run")
    args = parser.parse_args()
    photos, pdfs, runs = (5, 1, 1) if args.quick else (PHOTOS, PDFS, 3)
    files = fixture(photos, pdfs)
    inputs = sum(f.stat().st_size for f in files)
    (split_to,), _ = parse(SPLIT, "bench")
    (at_dpi,), _ = parse(DPI, "bench")
    work = Path(tempfile.mkdtemp(prefix="packet-run-", dir=DATA))  # the fixture's file system, not a tmpfs
    try:
        with Workspace.open(work / "data", actor="bench") as ws:
            dispute_id = make_dispute(ws, files)
            log(f"{len(files)} exhibits, {inputs / 1e6:,.1f} MB; warm-up run (not counted)")
            make_claim_packet(ws, MakeClaimPacket(dispute_id, work / "warm.pdf"))
            plain: list[float] = []
            split: list[float] = []
            dpi: list[float] = []
            for n in range(runs):
                out = work / f"packet-{n}.pdf"
                start = time.perf_counter()
                result = make_claim_packet(ws, MakeClaimPacket(dispute_id, out))
                plain.append(time.perf_counter() - start)
                start = time.perf_counter()
                parts = make_claim_packet(ws, MakeClaimPacket(dispute_id, work / f"split-{n}.pdf", split_to))
                split.append(time.perf_counter() - start)
                start = time.perf_counter()
                smaller = make_claim_packet(ws, MakeClaimPacket(dispute_id, work / f"dpi-{n}.pdf", at_dpi))
                dpi.append(time.perf_counter() - start)
                log(f"run {n + 1} of {runs}: {plain[-1]:.2f} s ({result.size / 1e6:,.1f} MB, {result.pages} pages), "
                    f"split {split[-1]:.2f} s into {len(parts.parts)} parts, "
                    f"at 200 dpi {dpi[-1]:.2f} s into {len(smaller.parts)} parts")  # fmt: skip
                if any(p.stat().st_size > split_to.per_file_bytes for p in parts.parts):  # type: ignore[operator]
                    raise SystemExit("a part came out above its limit")
            print(f"packet_seconds {statistics.median(plain):.2f} s")
            print(f"packet_bytes_ratio {result.size / inputs:.3f} x")
            print(f"packet_pages {result.pages} pages")
            print(f"packet_split_seconds {statistics.median(split):.2f} s")
            print(f"packet_split_parts {len(parts.parts)} files")
            print(f"packet_split_bytes_ratio {parts.size / inputs:.3f} x")
            print(f"packet_dpi_seconds {statistics.median(dpi):.2f} s")
            print(f"packet_dpi_parts {len(smaller.parts)} files")
            print(f"packet_dpi_bytes_ratio {smaller.size / inputs:.3f} x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
