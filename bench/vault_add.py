"""Adding 200 files of 5 MB to the evidence vault, against `sha256sum` plus `cp` of the same files; and
`desk verify` re-hashing them.
Run: `uv run python bench/vault_add.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

- `vault_add_mb_per_s`: MB of files per second through the `add_evidence` operation (what `desk evidence add` runs)
  into a fresh data folder, for one order, from the call to its return: read, hash, write to `vault/tmp/`, fsync,
  rename, fsync the directory, sniff the type, one committed transaction per file.
- `vault_baseline_sha256sum_cp_mb_per_s`: the same files through `sha256sum FILE…` then `cp FILE… DIR` (two
  processes, timed together) into a fresh folder on the same file system.
- `vault_add_ratio`: the first over the second (target ≥ 0.6).
- `vault_baseline_with_sync_mb_per_s`, `vault_add_ratio_vs_synced`: the same baseline followed by `sync FILE… DIR`
  (fsync of every copy and of their folder), as durable as the vault; shown beside the target, not instead of it.
- `vault_baseline_openssl_cp_mb_per_s`, `vault_add_ratio_vs_openssl`: the same baseline with `openssl dgst -sha256`
  instead of `sha256sum` (coreutils' sha256sum may not use the CPU's SHA instructions; OpenSSL, as Python's hashlib,
  does), so that the ratio is not flattered by a slow reference.
- `vault_verify_mb_per_s`: MB of evidence re-hashed per second by `desk.operations.checks.verify_data_folder`
  (what `desk verify` runs: every vault file against its record, the references, the audit chain) on the folder
  filled above.
- `vault_baseline_sha256sum_mb_per_s`: `sha256sum` alone over the vault's files, for scale.

The page cache cannot be dropped without root: one warm-up round of each side runs first (not counted) so that both
read from memory, then the sides alternate, 3 rounds (1 with --quick); the figures are medians (verify too)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from desk.evidence.cases import CaseRef
from desk.models import Order, OrderLine, Payment, PaymentMethod, Platform, Supplier
from desk.operations.checks import verify_data_folder
from desk.operations.evidence import AddEvidence, add_evidence
from desk.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = 1  # bump when the generated files change
SIZE = 5_000_000  # bytes a file; MB below are 10^6 bytes, as `evidence_max_mb` counts them
MB = 1_000_000
SHA256SUM = ("sha256sum",)
OPENSSL = ("openssl", "dgst", "-sha256")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def fixture(count: int) -> list[Path]:
    """`count` files of SIZE random bytes from Random(42), the same first files whatever the count; cached."""
    folder = DATA / f"vault-5mb-v{FIXTURE}"
    marker = folder / "fixture.json"
    names = [folder / f"file-{n:03d}.bin" for n in range(count)]
    if marker.is_file() and json.loads(marker.read_text())["count"] >= count:
        return names
    log(f"generating {count} files of {SIZE / MB:.0f} MB in {folder}…")
    folder.mkdir(parents=True, exist_ok=True)
    marker.unlink(missing_ok=True)
    rng = random.Random(42)
    for path in names:
        data = rng.randbytes(SIZE)
        partial = path.with_suffix(".partial")
        partial.write_bytes(data)
        partial.replace(path)
    marker.write_text(json.dumps({"count": count, "size": SIZE}))
    return names


def make_case(ws: Workspace) -> CaseRef:
    """One AliExpress order for the files to support."""
    with ws.write() as session:
        seller = Supplier(platform=Platform.ALIEXPRESS, name="深圳华强电子 bench")
        order = Order(
            platform=Platform.ALIEXPRESS, order_no="8100000000000001", supplier=seller, currency="USD",
            placed_on=date(2026, 10, 1),
        )  # fmt: skip
        order.lines.append(OrderLine(line_no=1, item="Bluetooth earbuds", qty=1, unit_price_minor=2599))
        order.payments.append(Payment(method=PaymentMethod.CARD, amount_minor=2599))
        session.add(order)
        session.flush()
        return CaseRef("order", order.id, f"aliexpress:{order.order_no}")


def desk_add(folder: Path, files: list[Path]) -> float:
    """Seconds of one add_evidence call into a fresh data folder at `folder`."""
    with Workspace.open(folder, actor="bench") as ws:
        case = make_case(ws)
        start = time.perf_counter()
        added = add_evidence(ws, AddEvidence(tuple(files), case)).added
        seconds = time.perf_counter() - start
    if len(added) != len(files) or not all(a.new for a in added):
        raise SystemExit(f"add_evidence added {len(added)} of {len(files)} files")
    return seconds


def baseline(target: Path, files: list[Path], synced: bool, hasher: tuple[str, ...] = SHA256SUM) -> float:
    """Seconds of `sha256sum FILE…` (or `hasher`) and `cp FILE… target`, and with `synced` `sync` of the copies and
    their folder."""
    target.mkdir()
    names = [str(f) for f in files]
    start = time.perf_counter()
    subprocess.run([*hasher, *names], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cp", *names, str(target)], check=True)
    if synced:
        subprocess.run(["sync", *(str(target / f.name) for f in files), str(target)], check=True)
    return time.perf_counter() - start


def time_verify(folder: Path) -> tuple[float, int | None, str]:
    """Seconds of `verify` over the folder, the bytes it re-hashed (None when it does not hash the vault), and its
    report's fields."""
    with Workspace.open(folder, actor="bench") as ws:
        start = time.perf_counter()
        report = verify_data_folder(ws).report
        seconds = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(f"verify found problems in a fresh folder: {report}")
    fields = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
    shown = ", ".join(f"{k}={len(v) if isinstance(v, list | tuple) else v}" for k, v in fields.items())
    return seconds, fields.get("bytes_checked"), shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="20 files and 1 round instead of 200 and 3")
    args = parser.parse_args()
    count, rounds = (20, 1) if args.quick else (200, 3)
    files = fixture(count)
    megabytes = count * SIZE / MB
    work = Path(tempfile.mkdtemp(prefix="vault-run-", dir=DATA))  # the fixture's file system, not a tmpfs
    try:
        log("warm-up: one round of each side, not counted")
        desk_add(work / "warm-desk", files)
        baseline(work / "warm-copy", files, synced=False)
        shutil.rmtree(work / "warm-desk")
        shutil.rmtree(work / "warm-copy")
        desk_s: list[float] = []
        plain_s: list[float] = []
        synced_s: list[float] = []
        openssl_s: list[float] = []
        has_openssl = shutil.which("openssl") is not None
        last = work / "desk"
        for n in range(rounds):
            if last.exists():
                shutil.rmtree(last)
            desk_s.append(desk_add(last, files))
            plain_s.append(baseline(work / f"copy-{n}", files, synced=False))
            shutil.rmtree(work / f"copy-{n}")
            synced_s.append(baseline(work / f"synced-{n}", files, synced=True))
            shutil.rmtree(work / f"synced-{n}")
            if has_openssl:
                openssl_s.append(baseline(work / f"openssl-{n}", files, synced=False, hasher=OPENSSL))
                shutil.rmtree(work / f"openssl-{n}")
            log(
                f"round {n + 1} of {rounds}: add_evidence {desk_s[-1]:.2f} s, sha256sum+cp {plain_s[-1]:.2f} s, "
                f"with sync {synced_s[-1]:.2f} s, openssl+cp {openssl_s[-1] if openssl_s else float('nan'):.2f} s "
                f"({megabytes:,.0f} MB)"
            )
        verify_runs = [time_verify(last) for _ in range(rounds)]
        verify_s = statistics.median(s for s, _, _ in verify_runs)
        _, hashed, checked = verify_runs[0]
        log(f"verify: {', '.join(f'{s:.2f}' for s, _, _ in verify_runs)} s; its report: {checked}")
        if hashed != count * SIZE:
            raise SystemExit(f"verify re-hashed {hashed} bytes, not the {count * SIZE:,} bytes of the vault")
        stored = sorted((last / "vault" / "sha256").glob("*/*"))
        start = time.perf_counter()
        subprocess.run(["sha256sum", *map(str, stored)], check=True, stdout=subprocess.DEVNULL)
        hash_s = time.perf_counter() - start
        desk_rate = megabytes / statistics.median(desk_s)
        plain_rate = megabytes / statistics.median(plain_s)
        synced_rate = megabytes / statistics.median(synced_s)
        print(f"vault_add_mb_per_s {desk_rate:.0f} MB/s")
        print(f"vault_baseline_sha256sum_cp_mb_per_s {plain_rate:.0f} MB/s")
        print(f"vault_add_ratio {desk_rate / plain_rate:.2f} x")
        print(f"vault_baseline_with_sync_mb_per_s {synced_rate:.0f} MB/s")
        print(f"vault_add_ratio_vs_synced {desk_rate / synced_rate:.2f} x")
        if openssl_s:
            openssl_rate = megabytes / statistics.median(openssl_s)
            print(f"vault_baseline_openssl_cp_mb_per_s {openssl_rate:.0f} MB/s")
            print(f"vault_add_ratio_vs_openssl {desk_rate / openssl_rate:.2f} x")
        print(f"vault_verify_mb_per_s {megabytes / verify_s:.0f} MB/s")
        print(f"vault_baseline_sha256sum_mb_per_s {megabytes / hash_s:.0f} MB/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
