"""Import of a 100,000-line CSV in the generic format, through the same code path as `desk import`, against a
plain `sqlite3.executemany` of the same rows into the same tables.
Run: `uv run python bench/import_csv.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

- `import_rows_per_s`: CSV lines per second from the file to the committed transaction (read, decode, check every
  row, compare with the folder, write through SQLAlchemy Core, audit every row, commit), on a fresh data folder.
- `import_plain_executemany_rows_per_s`: the same CSV lines per second when every row the import wrote (orders,
  lines, payments, tracking numbers, suppliers, stores and their audit entries) is copied into another fresh folder
  with `sqlite3.executemany`, one statement per table, in one transaction, under the same pragmas.
- `import_ratio`: the first over the second (target ≥ 0.3).
- `import_plain_executemany_domain_rows_per_s` and `import_ratio_domain`: the same without the audit rows, i.e.
  against a baseline that writes no audit log at all (shown so the audit log's share is plain to see)."""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from desk.importing.fields import GENERIC_COLUMNS
from desk.operations.imports import ImportOrders, import_orders
from desk.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = 3  # bump when the generated file changes
START = date(2024, 1, 1)
ITEMS = ("USB-C cable 1 m", "蓝牙耳机 TWS", "Чехол для телефона", "LED strip 5 m", "不锈钢保温杯 500 ml",
         "Power bank 10000 mAh", "Phone case (black)", "硅胶折叠水杯", "HDMI cable 2 m", "Mouse pad XL")
SHOPS = ("深圳华强电子", "Yiwu Trade Co.", "广州美妆供应", "Ningbo Home Goods", "义乌小商品", "Shenzhen Ugreen Store")
PLATFORMS = ("aliexpress", "1688", "taobao")
METHODS = ("card", "paypal", "alipay", "balance")
STATUSES = ("paid", "shipped", "delivered", "completed")
TABLES = ("suppliers", "stores", "orders", "order_lines", "payments", "tracking_numbers", "audit_log")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _amount(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def generate(path: Path, lines: int) -> None:
    """Orders of 1–3 lines, paid by one or two methods, most shipped with a tracking number; from Random(42)."""
    rng = random.Random(42)
    suppliers = [f"{rng.choice(SHOPS)} {n:03d}" for n in range(200)]
    written = 0
    partial = path.with_suffix(".partial")
    with partial.open("w", newline="", encoding="utf-8") as stream:
        out = csv.writer(stream)
        out.writerow(GENERIC_COLUMNS)
        number = 0
        while written < lines:
            number += 1
            n_lines = min(rng.choice((1, 1, 2, 2, 3)), lines - written)
            platform = rng.choice(PLATFORMS)
            placed = START + timedelta(days=rng.randrange(900))
            currency = "USD" if platform == "aliexpress" and rng.random() < 0.3 else "CNY"
            items = [(rng.choice(ITEMS), rng.randint(1, 5), rng.randint(99, 49_999)) for _ in range(n_lines)]
            shipping = rng.choice((0, 0, 500, 1200))
            goods = sum(q * p for _, q, p in items)
            discount = rng.choice((0, 0, 0, 100, 250)) if goods > 1000 else 0
            total = goods + shipping - discount
            methods = rng.sample(METHODS, rng.choice((1, 1, 2)))
            first = total if len(methods) == 1 else total - total // 3
            payments = "; ".join(
                f"{m}:{_amount(a)}" for m, a in zip(methods, (first, total - first), strict=False) if a > 0
            )
            status = rng.choice(STATUSES)
            shipped = placed + timedelta(days=rng.randint(1, 5)) if status != "paid" else None
            delivered = shipped + timedelta(days=rng.randint(5, 25)) if shipped and status != "shipped" else None
            tracking = f"LP{rng.randrange(10**11):011d}CN" if shipped else ""
            supplier = rng.choice(suppliers)
            for line_no, (item, qty, price) in enumerate(items, start=1):
                # Order-level values may be left blank on an order's later lines: the supplier is, here.
                out.writerow([
                    platform, f"{number:012d}", supplier if line_no == 1 else "", placed.isoformat(),
                    currency, line_no, item, f"SKU-{rng.randrange(10_000):04d}", qty, _amount(price),
                    _amount(shipping), _amount(discount), payments, tracking,
                    shipped.isoformat() if shipped else "", delivered.isoformat() if delivered else "", status, "",
                ])
                written += 1
    partial.replace(path)


def fixture(lines: int) -> Path:
    path = DATA / f"import-{lines // 1000}k-v{FIXTURE}.csv"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        log(f"generating {path.name} ({lines:,} lines)…")
        generate(path, lines)
    return path


def plain_executemany(source: Path, target: Path, tables: tuple[str, ...]) -> float:
    """Copy the rows of `tables` from the imported folder into a fresh one with sqlite3.executemany; seconds."""
    Workspace.open(target).close()  # migrated, empty
    with closing(sqlite3.connect(source)) as src:
        rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
        columns = {t: [d[1] for d in src.execute(f"PRAGMA table_info({t})")] for t in tables}
    with closing(sqlite3.connect(target / "desk.sqlite3", isolation_level=None)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        for t in tables:
            marks = ", ".join("?" * len(columns[t]))
            db.executemany(f"INSERT INTO {t} ({', '.join(columns[t])}) VALUES ({marks})", rows[t])
        db.execute("COMMIT")
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10,000 lines instead of 100,000")
    args = parser.parse_args()
    lines = 10_000 if args.quick else 100_000
    path = fixture(lines)
    work = Path(tempfile.mkdtemp(prefix="desk-bench-import-"))
    try:
        folder = work / "imported"
        with Workspace.open(folder, actor="bench") as ws:
            last = [-1]

            def progress(done: int, total: int) -> None:
                percent = done * 100 // max(total, 1)
                if percent // 10 != last[0]:
                    last[0] = percent // 10
                    log(f"importing {path.name}: {percent}%")

            start = time.perf_counter()
            report = import_orders(ws, ImportOrders(path), progress=progress).report
            seconds = time.perf_counter() - start
        if not report.ok:
            for problem in report.problems[:10]:
                log(str(problem))
            raise SystemExit("the generated file did not import")
        log(f"imported {report.rows:,} lines, {report.orders:,} orders, {report.audit_entries:,} audit entries in "
            f"{seconds:.2f} s (" + ", ".join(f"{k} {v:.2f} s" for k, v in report.seconds.items()) + ")")
        db = folder / "desk.sqlite3"
        with closing(sqlite3.connect(db)) as check:
            written = {t: check.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        log("rows written: " + ", ".join(f"{t} {n:,}" for t, n in written.items()))
        plain = plain_executemany(db, work / "plain", TABLES)
        domain = plain_executemany(db, work / "plain-domain", TABLES[:-1])
        log(f"plain executemany: {plain:.2f} s with the audit rows, {domain:.2f} s without")
        rate, plain_rate, domain_rate = lines / seconds, lines / plain, lines / domain
        print(f"import_rows_per_s {rate:.0f} rows/s")
        print(f"import_plain_executemany_rows_per_s {plain_rate:.0f} rows/s")
        print(f"import_ratio {rate / plain_rate:.2f} x")
        print(f"import_plain_executemany_domain_rows_per_s {domain_rate:.0f} rows/s")
        print(f"import_ratio_domain {rate / domain_rate:.2f} x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
