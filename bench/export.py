"""`desk export` of 1,000 cases (disputes) with their evidence: the bundle for our lawyer.
Run: `uv run python bench/export.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

- `export_seconds`: one call of `desk.operations.bundles.export_bundle` (what `desk export` and the Export dialog run)
  over every case of the folder, from the call to its return: exhibit labels given (a first export, so every
  dispute's labels are written), the cases read, summary.pdf laid out, the tables, the zip written with each evidence
  file streamed from the vault and hashed, fsync, rename.
- `export_mb_per_s`: MB (10^6 bytes) of the finished zip per second.
- `export_cases`: the disputes in the bundle.
- `export_summary_pdf_seconds`, `export_summary_pages`: summary.pdf alone (laid out again from the same folder,
  outside the timed call), for where the time goes.

The modules are imported before the clock starts (this environment compiles no bytecode; an installed app has it).

Data (built once, cached under `bench/data/export-{cases}-v{FIXTURE}/`, not timed): one AliExpress order per case with
one line and a dispute (a statement, two events), from `random.Random(42)`; three evidence files per dispute of
100–500 KB of distinct random bytes (a photo, a screenshot and a PDF's worth: stored in the zip, not deflated), put in
the vault with `Vault.put_bytes` and recorded through the ORM in one transaction (not `add_evidence`, whose per-file
transaction is not what is measured here). Each run exports from a fresh copy of the database (the vault is shared
through a symlink), so every run is a first export."""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desk import models as m
from desk.migrations import HEAD
from desk.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = 1  # bump when the generated data changes
MB = 1_000_000
FILES = (  # kind, media type, name pattern
    (m.EvidenceKind.PHOTO, "image/jpeg", "IMG_2026{n:04d}_{k}.jpg"),
    (m.EvidenceKind.SCREENSHOT, "image/png", "Screenshot_chat_{n:04d}.png"),
    (m.EvidenceKind.PAYMENT_PROOF, "application/pdf", "payment_{n:04d}.pdf"),
)
STATEMENTS = ("Товар не соответствует описанию", "收到的颜色不对", "Parcel never arrived", "Коробка разбита")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def fixture(cases: int) -> Path:
    """A data folder with `cases` disputes and their evidence; cached."""
    folder = DATA / f"export-{cases}-v{FIXTURE}"
    marker = folder / "ready"
    if marker.is_file() and marker.read_text() == HEAD:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    log(f"building {cases} cases with {3 * cases} evidence files in {folder}…")
    start = time.perf_counter()
    rng = random.Random(42)
    with Workspace.open(folder, actor="bench") as ws, ws.write() as session:
        sellers = [m.Supplier(platform=m.Platform.ALIEXPRESS, name=f"深圳华强电子 {n:02d}") for n in range(20)]
        for n in range(cases):
            placed = date(2025, 1, 1) + timedelta(days=n % 600)
            price = rng.randint(500, 50_000)
            order = m.Order(
                platform=m.Platform.ALIEXPRESS, order_no=f"81{n * 2_654_435_761 % 10**14:014d}",
                supplier=sellers[n % 20], currency="USD", placed_on=placed, paid_on=placed,
                shipped_on=placed + timedelta(days=3), delivered_on=placed + timedelta(days=20),
                status=m.OrderStatus.DELIVERED,
            )  # fmt: skip
            line = m.OrderLine(line_no=1, item=f"Bluetooth earbuds 蓝牙耳机 #{n}", qty=2, unit_price_minor=price)
            order.lines.append(line)
            order.payments.append(m.Payment(method=m.PaymentMethod.CARD, amount_minor=2 * price, paid_on=placed))
            opened = placed + timedelta(days=25)
            dispute = m.Dispute(
                order_line=line, reason=m.DisputeReason.NOT_AS_DESCRIBED, want=m.DisputeWant.REFUND,
                state=m.DisputeState.ESCALATED, opened_on=opened, claimed_minor=price, statement=STATEMENTS[n % 4],
            )  # fmt: skip
            dispute.events += [
                m.DisputeEvent(kind=m.DisputeEventKind.OPENED, occurred_on=opened, amount_minor=price),
                m.DisputeEvent(kind=m.DisputeEventKind.ESCALATED, occurred_on=opened + timedelta(days=6),
                               note="Seller silent for 5 days"),
            ]  # fmt: skip
            session.add(order)
            session.add(dispute)
            for k, (kind, media_type, pattern) in enumerate(FILES):
                stored = ws.vault.put_bytes(rng.randbytes(rng.randint(100_000, 500_000)))
                captured = datetime(opened.year, opened.month, opened.day, 9 + k, tzinfo=UTC)
                evidence = m.Evidence(
                    sha256=stored.sha256, size=stored.size, media_type=media_type,
                    original_name=pattern.format(n=n, k=k), kind=kind, captured_at=captured, added_by="bench",
                )  # fmt: skip
                evidence.links.append(m.EvidenceLink(dispute=dispute))
                session.add(evidence)
            if n % 100 == 99:
                log(f"  {n + 1} cases")
    marker.write_text(HEAD)
    log(f"built in {time.perf_counter() - start:.0f} s")
    return folder


def fresh_copy(source: Path, work: Path) -> Path:
    """The database copied (a first export writes labels), the vault shared."""
    target = work / "data"
    target.mkdir()
    shutil.copy2(source / "desk.sqlite3", target / "desk.sqlite3")
    (target / "vault").symlink_to(source / "vault", target_is_directory=True)
    return target


def run_export(folder: Path, work: Path) -> tuple[float, int, int, int]:
    """Seconds, zip bytes, files and disputes of one export from a fresh copy of `folder`."""
    from desk.operations.bundles import ExportBundle, export_bundle

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    data = fresh_copy(folder, work)
    with Workspace.open(data, actor="bench") as ws:
        start = time.perf_counter()
        result = export_bundle(ws, ExportBundle(work / "bundle.zip"))
        seconds = time.perf_counter() - start
    return seconds, result.size, result.files, result.cases


def time_summary(folder: Path, work: Path) -> tuple[float, int]:
    """Seconds to lay out summary.pdf alone for every case (labels already given), and its pages."""
    from pypdf import PdfReader

    from desk.reports.bundle_chronology import load_extras
    from desk.reports.bundle_scope import load_orders, place_evidence, select_scope
    from desk.reports.summary_report import summary_pdf

    with Workspace.open(work / "data", actor="bench") as ws, ws.read() as session:
        start = time.perf_counter()
        scope = select_scope(session, (), None, None)
        orders = load_orders(session, scope)
        placement = place_evidence(session, orders, scope)
        extras = load_extras(session, scope)
        pdf = summary_pdf(session, scope, orders, placement, extras, made_on=date(2026, 11, 23), made_by="bench")
        seconds = time.perf_counter() - start
    import io

    return seconds, len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="50 cases and 1 run instead of 1,000 and 3")
    args = parser.parse_args()
    cases, runs = (50, 1) if args.quick else (1000, 3)
    folder = fixture(cases)
    # Imported before the clock starts: here nothing is compiled to bytecode (PYTHONDONTWRITEBYTECODE), and compiling
    # reportlab and openpyxl on each run would add ~1.5 s that an installed app does not pay.
    import openpyxl  # type: ignore[import-untyped]  # noqa: F401

    import desk.reports.summary_report  # noqa: F401

    work = Path(tempfile.mkdtemp(prefix="export-run-", dir=DATA))  # the fixture's file system, not a tmpfs
    try:
        timings = []
        for n in range(runs):
            seconds, size, files, disputes = run_export(folder, work / "run")
            timings.append((seconds, size))
            log(f"run {n + 1} of {runs}: {seconds:.2f} s, {size / MB:,.1f} MB, {files} files, {disputes} disputes")
        with zipfile.ZipFile(work / "run" / "bundle.zip") as bundle:
            bad = bundle.testzip()
        if bad is not None:
            raise SystemExit(f"the bundle's {bad} fails its CRC check")
        pdf_seconds, pages = time_summary(folder, work / "run")
        log(f"summary.pdf alone: {pdf_seconds:.2f} s for {pages} pages")
        seconds = statistics.median(s for s, _ in timings)
        size = timings[0][1]
        print(f"export_seconds {seconds:.2f} s")
        print(f"export_mb_per_s {size / MB / seconds:.0f} MB/s")
        print(f"export_cases {disputes} cases")
        print(f"export_summary_pdf_seconds {pdf_seconds:.2f} s")
        print(f"export_summary_pages {pages} pages")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
