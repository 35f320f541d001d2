"""Start-up time on a data folder holding 1,000,000 order lines, against a bare PySide6 window: from process start
to the main window's first paint (`shown`, the target), and to its first page painted with rows (`ready`).
Run: `uv run python bench/startup.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr."""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert

from desk import models as m
from desk.migrations import HEAD
from desk.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = 3  # bump when the generated data changes, to rebuild cached folders
TIMEOUT = 60.0
START = date(2023, 1, 1)
ITEMS = ("USB-C cable 1 m", "蓝牙耳机 TWS", "Чехол для телефона", "LED strip 5 m", "不锈钢保温杯", "Power bank")
SHOPS = ("深圳华强电子", "Yiwu Trade Co.", "广州美妆供应", "Ningbo Home Goods", "义乌小商品")
PLATFORMS = (m.Platform.TAOBAO, m.Platform.ALIEXPRESS, m.Platform.ALIBABA_1688)
METHODS = (m.PaymentMethod.CARD, m.PaymentMethod.PAYPAL, m.PaymentMethod.ALIPAY, m.PaymentMethod.BALANCE)
STATUSES = [s for s in m.OrderStatus if s is not m.OrderStatus.PLACED]  # every order here has been paid
SHIPPED = {m.OrderStatus.SHIPPED, m.OrderStatus.DELIVERED, m.OrderStatus.COMPLETED, m.OrderStatus.CLOSED}
DECIDED = {m.DisputeState.DECIDED, m.DisputeState.REFUND_PENDING, m.DisputeState.REFUNDED, m.DisputeState.CLOSED}
# The same first-paint probe as desk's (both modules import nothing but Qt), on a bare window.
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from desk.ui.first_paint import after_first_paint
from desk.ui.startup_probe import report_ready_and_quit, report_shown
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("A bare window"))
window.resize(1280, 800)
after_first_paint(window, lambda: (report_shown(), report_ready_and_quit()))
window.show()
app.exec()
"""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


COLUMNS: dict[Any, list[str]] = {  # the order of the values in `Rows`
    m.Order: [
        "id",
        "platform",
        "order_no",
        "supplier_id",
        "store_id",
        "currency",
        "status",
        "placed_on",
        "paid_on",
        "shipped_on",
        "delivered_on",
        "shipping_minor",
        "discount_minor",
    ],
    m.OrderLine: ["id", "order_id", "line_no", "item", "sku", "qty", "unit_price_minor"],
    m.Payment: ["order_id", "method", "amount_minor", "paid_on"],
    m.TrackingNumber: ["order_id", "number", "carrier", "shipped_on"],
    m.Dispute: ["id", "order_line_id", "reason", "want", "state", "opened_on", "claimed_minor", "outcome", "won_minor"],
    m.DisputeEvent: ["dispute_id", "kind", "occurred_on", "internal", "recorded_at"],
}
Rows = dict[Any, list[tuple[Any, ...]]]


def add_order(rng: random.Random, rows: Rows, order_id: int, lines: range, disputed: dict[int, int]) -> None:
    """One order with its lines, one or two payments, maybe a tracking number, and a dispute on a chosen line."""
    supplier = rng.randrange(1, 21)
    platform = PLATFORMS[supplier % 3]
    placed = START + timedelta(days=rng.randrange(1095))
    status = rng.choices(STATUSES, weights=(5, 15, 20, 50, 5, 5))[0]
    shipped = placed + timedelta(days=rng.randint(1, 6)) if status in SHIPPED else None
    goods = 0
    for line_no, line_id in enumerate(lines, start=1):
        qty, price = rng.randint(1, 5), rng.randint(100, 20_000)
        goods += qty * price
        rows[m.OrderLine].append(
            (line_id, order_id, line_no, rng.choice(ITEMS), f"SKU-{line_id % 9973:05d}", qty, price)
        )
        if line_id in disputed:
            add_dispute(rng, rows, disputed[line_id], line_id, qty * price, placed)
    shipping, discount = rng.choice((0, 0, 199, 350, 999)), rng.choice((0, 0, goods // 20))
    delivered = shipped + timedelta(days=14) if shipped and status is not m.OrderStatus.SHIPPED else None
    currency = "USD" if platform is m.Platform.ALIEXPRESS else "CNY"
    store = rng.choice((1, 2, None))
    order_no = f"{81_000_000 + order_id}"
    order = (order_id, platform, order_no, supplier, store, currency, status, placed, placed, shipped, delivered)
    rows[m.Order].append((*order, shipping, discount))
    total = goods + shipping - discount
    part = total * rng.randint(20, 80) // 100 if rng.random() < 0.3 else total
    for method, amount in zip(rng.sample(METHODS, 2), (part, total - part), strict=True):
        if amount > 0:
            rows[m.Payment].append((order_id, method, amount, placed))
    if shipped and rng.random() < 0.4:
        rows[m.TrackingNumber].append(
            (order_id, f"LP{order_id:011d}CN", rng.choice(("Cainiao", "YunExpress")), shipped)
        )


def add_dispute(rng: random.Random, rows: Rows, dispute_id: int, line_id: int, amount: int, placed: date) -> None:
    """A dispute on a line no other dispute touches (the database allows one open dispute per line), claiming
    90% of the line: never above what was paid for it, as a discount takes at most 5% of an order."""
    amount = amount * 9 // 10
    state = rng.choice(list(m.DisputeState))
    outcome = rng.choice(list(m.DisputeOutcome)) if state in DECIDED else None
    won = None if outcome is None else amount if outcome is m.DisputeOutcome.WON else amount // 2
    opened = placed + timedelta(days=rng.randint(20, 60))
    reason, want = rng.choice(list(m.DisputeReason)), rng.choice(list(m.DisputeWant))
    rows[m.Dispute].append((dispute_id, line_id, reason, want, state, opened, amount, outcome, won))
    rows[m.DisputeEvent].append(
        (dispute_id, m.DisputeEventKind.OPENED, opened, False, datetime(2026, 1, 1, tzinfo=UTC))
    )


def fill(db: Path, n_lines: int) -> None:
    """Write the fixture with SQLAlchemy Core executemany (the ORM's add_all is ~15x slower). Bypassing the ORM
    skips the audit log: fine for a benchmark fixture. Ids are given so that disputes can name their lines."""
    rng = random.Random(42)
    n_orders = n_lines * 2 // 5
    sizes = [3] * (n_lines - 2 * n_orders) + [2] * (3 * n_orders - n_lines)  # 2 or 3 lines, exactly n_lines
    rng.shuffle(sizes)
    chosen = rng.sample(range(1, n_lines + 1), max(50, n_lines // 2500))
    disputed = {line_id: dispute_id for dispute_id, line_id in enumerate(sorted(chosen), start=1)}
    rows: Rows = {model: [] for model in COLUMNS}
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous = OFF")
        suppliers = [{"id": i, "platform": PLATFORMS[i % 3], "name": f"{SHOPS[i % 5]} {i:02d}"} for i in range(1, 21)]
        conn.execute(insert(m.Supplier), suppliers)
        shops = (m.Platform.OZON, m.Platform.WILDBERRIES)
        stores = [
            {"id": i, "platform": p, "name": f"{p.value.title()} shop", "country": "RU"}
            for i, p in enumerate(shops, start=1)
        ]
        conn.execute(insert(m.Store), [{**store, "status": m.StoreStatus.OPEN} for store in stores])
        next_line = 1
        for order_id, size in enumerate(sizes, start=1):
            add_order(rng, rows, order_id, range(next_line, next_line + size), disputed)
            next_line += size
            if len(rows[m.OrderLine]) >= 100_000 or order_id == n_orders:
                for model, values in rows.items():
                    if values:
                        conn.execute(insert(model), [dict(zip(COLUMNS[model], v, strict=True)) for v in values])
                        values.clear()
                log(f"  {order_id:,} of {n_orders:,} orders")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the main file, for its size
    engine.dispose()


def data_folder(n_lines: int, label: str) -> Path:
    """The cached fixture folder for this schema and size, built when missing or stale."""
    folder, stamp = DATA / f"startup-{label}", {"head": HEAD, "lines": n_lines, "fixture": FIXTURE}
    marker = folder / "fixture.json"
    if marker.is_file() and json.loads(marker.read_text()) == stamp:
        return folder
    log(f"building {folder} ({n_lines:,} order lines)…")
    started = time.perf_counter()
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    Workspace.open(building).close()  # migrated to head
    fill(building / "desk.sqlite3", n_lines)
    (building / "fixture.json").write_text(json.dumps(stamp))
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    log(f"built in {time.perf_counter() - started:.1f} s")
    return folder


def peak_rss(pid: int) -> float:
    """A process's peak resident memory so far in MB (Linux's VmHWM), 0 where unknown. Not getrusage: on Linux a
    child's ru_maxrss starts from the parent's size at fork, and this parent holds the fixture it just built."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0.0)


def run_once(cmd: list[str], page: str | None) -> tuple[float, float, float]:
    """Seconds from spawn to the child's `shown` and `ready` lines, and its peak RSS (MB) by then. Each run gets a
    fresh HOME and XDG_CONFIG_HOME, so QSettings start empty (as on a fresh install) or hold only the page to start
    on."""
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryFile() as err:
        config = Path(home, ".config")
        if page:
            (config / "Desk").mkdir(parents=True)
            (config / "Desk" / "Desk.conf").write_text(f"[window]\npage={page}\n")
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": str(config), "DESK_EXIT_WHEN_SHOWN": "1"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # An installed app has its bytecode compiled; without it each start compiles SQLAlchemy again (+1.4 s).
        # The caches go to bench/data/, not into the virtualenv, whatever PYTHONDONTWRITEBYTECODE says here.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(DATA / "pycache")
        seen: dict[bytes, float] = {}
        rss: list[float] = [0.0]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env)

        def read() -> None:
            for line in proc.stdout or ():
                seen.setdefault(line.strip(), time.perf_counter())
                if line.strip() == b"ready":
                    rss[0] = peak_rss(proc.pid)  # it quits after this line

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(TIMEOUT)  # stdout closes when the child exits
        hung = reader.is_alive()
        if hung:
            proc.kill()
        proc.wait()
        err.seek(0)
        problem = err.read().decode(errors="replace")[-2000:]
    if hung or b"ready" not in seen or proc.returncode != 0:
        what = f"was still running after {TIMEOUT:.0f} s and was killed" if hung else f"exited with {proc.returncode}"
        sys.exit(
            f"{' '.join(cmd[:3])}… {what}, {'after' if b'shown' in seen else 'before'} showing its window\n{problem}"
        )
    return seen[b"shown"] - start, seen[b"ready"] - start, rss[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 lines and 2 runs each")
    quick = parser.parse_args().quick
    n_lines, label, runs = (20_000, "20k", 2) if quick else (1_000_000, "1m", 5)
    folder = data_folder(n_lines, label)
    desk = [sys.executable, "-m", "desk", "--data", str(folder)]
    variants: dict[str, tuple[list[str], str | None]] = {
        "startup_bare_window": ([sys.executable, "-c", BARE], None),
        f"startup_desk_{label}_lines": (desk, None),  # the default page: Dashboard
        f"startup_desk_{label}_lines_orders": (desk, "orders"),  # the page listing orders, saved as last shown
    }
    times: dict[str, list[float]] = {}
    peak = 0.0
    for i in range(runs + 1):  # round 0 warms the OS file cache and bytecode for both sides; it is not counted
        for name, (cmd, page) in variants.items():
            shown, ready, rss = run_once(cmd, page)
            log(f"  {'warm-up' if i == 0 else f'run {i}'}: {name} shown {shown:.3f} s, ready {ready:.3f} s")
            if i:
                times.setdefault(f"{name}_shown", []).append(shown)
                times.setdefault(f"{name}_ready", []).append(ready)
                peak = max(peak, rss) if cmd is desk else peak
    median = {name: statistics.median(values) for name, values in times.items()}
    bare = median["startup_bare_window_shown"]
    print(f"order_lines {n_lines} rows")
    print(f"startup_db_size {(folder / 'desk.sqlite3').stat().st_size / 1e6:.1f} MB")
    for name, seconds in median.items():
        if name != "startup_bare_window_ready":  # the bare window has no rows to read: the same as shown
            print(f"{name} {seconds:.3f} s")
    for suffix in ("", "_orders"):
        for moment in ("shown", "ready"):
            ratio = median[f"startup_desk_{label}_lines{suffix}_{moment}"] / bare
            print(f"startup_ratio{suffix}{'' if moment == 'shown' else '_ready'} {ratio:.2f} x")
    if peak:
        print(f"startup_desk_peak_rss {peak:.0f} MB")  # the most any desk child held by the time its rows showed


if __name__ == "__main__":
    main()
