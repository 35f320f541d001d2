"""The benchmarks' data folder: 1,000,000 order lines (400,000 orders) with payments, tracking numbers, notes and
disputes, in Chinese, Russian and English, from `random.Random(42)`; or 20,000 lines for `--quick`.

Written through SQLAlchemy Core executemany (the ORM's add_all is ~15x slower) into a folder migrated to head, so the
full-text index is filled by its triggers as an import fills it. Bypassing the ORM skips the audit log: fine for a
benchmark fixture. Cached under `bench/data/startup-{label}/` and rebuilt when `desk.migrations.HEAD`, the line
count or `FIXTURE` changes. Used by startup.py, orders_page.py and search.py."""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, insert
from sqlalchemy.engine import URL

from desk import models as m
from desk.migrations import HEAD
from desk.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = 5  # bump when the generated data changes, to rebuild cached folders
START = date(2023, 1, 1)
# Item names as sellers write them: a product word and a variant, so that the same word recurs in many names.
PRODUCTS = (
    "蓝牙耳机", "无线耳机", "数据线", "充电器", "手机壳", "钢化膜", "保温杯", "不锈钢保温杯", "台灯", "键盘", "鼠标",
    "收纳盒", "钥匙扣", "发夹", "袜子", "雨伞", "硅胶折叠水杯", "智能手环", "移动电源", "自拍杆",
    "Чехол для телефона", "Кабель USB-C", "Зарядное устройство", "Наушники беспроводные", "Термокружка",
    "Светодиодная лента", "Защитное стекло", "Коврик для мыши", "Рюкзак городской", "Брелок",
    "USB-C cable", "Power bank", "LED strip", "Phone case", "Wireless mouse", "Mechanical keyboard", "HDMI cable",
    "Mouse pad XL", "Screen protector", "Desk lamp",
)  # fmt: skip
VARIANTS = (
    "", " 黑色", " 白色", " 红色", " 1 m", " 2 m", " 10000 mAh", " TWS", " чёрный", " белый", " (black)", " Pro",
)  # fmt: skip
NOTES = (
    "客户要求加急发货", "卖家答应补发", "包装破损，已拍照", "Покупатель просит скидку", "Продавец не отвечает",
    "Ask seller for an invoice", "Tracking not updating since customs", "Reorder if price drops", "发票已收到",
)  # fmt: skip
STATEMENTS = (
    "Left earbud does not charge", "Товар не соответствует описанию", "收到的颜色不对", "Parcel never arrived",
    "Коробка разбита, внутри трещина", "数量少了两个", "Seller shipped a different model",
)  # fmt: skip
SHOPS = ("深圳华强北电子", "Yiwu Trade Co.", "广州美妆供应", "Ningbo Home Goods", "义乌小商品")
PLATFORMS = (m.Platform.TAOBAO, m.Platform.ALIEXPRESS, m.Platform.ALIBABA_1688)
METHODS = (m.PaymentMethod.CARD, m.PaymentMethod.PAYPAL, m.PaymentMethod.ALIPAY, m.PaymentMethod.BALANCE)
STATUSES = [s for s in m.OrderStatus if s is not m.OrderStatus.PLACED]  # every order here has been paid
SHIPPED = {m.OrderStatus.SHIPPED, m.OrderStatus.DELIVERED, m.OrderStatus.COMPLETED, m.OrderStatus.CLOSED}
DECIDED = {m.DisputeState.DECIDED, m.DisputeState.REFUND_PENDING, m.DisputeState.REFUNDED, m.DisputeState.CLOSED}


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
        "notes",
    ],
    m.OrderLine: ["id", "order_id", "line_no", "item", "sku", "qty", "unit_price_minor"],
    m.Payment: ["order_id", "method", "amount_minor", "paid_on"],
    m.TrackingNumber: ["order_id", "number", "carrier", "shipped_on"],
    m.Dispute: [
        "id",
        "order_line_id",
        "reason",
        "want",
        "state",
        "opened_on",
        "claimed_minor",
        "outcome",
        "won_minor",
        "statement",
    ],
    m.DisputeEvent: ["dispute_id", "kind", "occurred_on", "internal", "recorded_at", "note"],
}
Rows = dict[Any, list[tuple[Any, ...]]]


def add_order(rng: random.Random, rows: Rows, order_id: int, lines: range, disputed: dict[int, int]) -> None:
    """One order with its lines, one or two payments, maybe a tracking number and a note, and a dispute on a chosen
    line."""
    supplier = rng.randrange(1, 21)
    platform = PLATFORMS[supplier % 3]
    placed = START + timedelta(days=rng.randrange(1095))
    status = rng.choices(STATUSES, weights=(5, 15, 20, 50, 5, 5))[0]
    shipped = placed + timedelta(days=rng.randint(1, 6)) if status in SHIPPED else None
    goods = 0
    for line_no, line_id in enumerate(lines, start=1):
        qty, price = rng.randint(1, 5), rng.randint(100, 20_000)
        goods += qty * price
        item = rng.choice(PRODUCTS) + rng.choice(VARIANTS)
        rows[m.OrderLine].append((line_id, order_id, line_no, item, f"SKU-{line_id % 9973:05d}", qty, price))
        if line_id in disputed:
            add_dispute(rng, rows, disputed[line_id], line_id, qty * price, placed)
    shipping, discount = rng.choice((0, 0, 199, 350, 999)), rng.choice((0, 0, goods // 20))
    delivered = shipped + timedelta(days=14) if shipped and status is not m.OrderStatus.SHIPPED else None
    currency = "USD" if platform is m.Platform.ALIEXPRESS else "CNY"
    store = rng.choice((1, 2, None))
    # 16 digits like AliExpress's, and a tracking number like Cainiao's, unique (a multiplication modulo a power
    # of ten by a number prime to it is one-to-one) without the runs of zeros of padded sequential numbers.
    order_no = f"8{order_id * 2_654_435_761 % 10**15:015d}"
    note = f"{rng.choice(NOTES)} #{rng.randrange(1000)}" if rng.random() < 0.05 else None
    order = (order_id, platform, order_no, supplier, store, currency, status, placed, placed, shipped, delivered)
    rows[m.Order].append((*order, shipping, discount, note))
    total = goods + shipping - discount
    part = total * rng.randint(20, 80) // 100 if rng.random() < 0.3 else total
    for method, amount in zip(rng.sample(METHODS, 2), (part, total - part), strict=True):
        if amount > 0:
            rows[m.Payment].append((order_id, method, amount, placed))
    if shipped and rng.random() < 0.4:
        rows[m.TrackingNumber].append(
            (
                order_id,
                f"LP00{order_id * 2_246_822_519 % 10**12:012d}CN",
                rng.choice(("Cainiao", "YunExpress")),
                shipped,
            )
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
    statement = rng.choice(STATEMENTS)
    rows[m.Dispute].append((dispute_id, line_id, reason, want, state, opened, amount, outcome, won, statement))
    recorded = datetime(2026, 1, 1, tzinfo=UTC)
    rows[m.DisputeEvent].append((dispute_id, m.DisputeEventKind.OPENED, opened, False, recorded, None))
    if rng.random() < 0.5:
        note = rng.choice(NOTES)
        day = opened + timedelta(days=3)
        rows[m.DisputeEvent].append((dispute_id, m.DisputeEventKind.NOTE, day, True, recorded, note))


def fill(db: Path, n_lines: int) -> None:
    """Write the fixture into a folder's SQLite database."""
    engine = create_engine(URL.create("sqlite", database=str(db)))  # a "?" or "#" in the path stays a path
    fill_engine(engine, n_lines)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the main file, for its size
    engine.dispose()


def fill_engine(engine: Engine, n_lines: int) -> None:
    """Write the fixture (SQLite, or a team server: bench/team_server.py). Ids are given so that disputes can name
    their lines; on a server its sequences are then moved past them."""
    rng = random.Random(42)
    n_orders = n_lines * 2 // 5
    sizes = [3] * (n_lines - 2 * n_orders) + [2] * (3 * n_orders - n_lines)  # 2 or 3 lines, exactly n_lines
    rng.shuffle(sizes)
    chosen = rng.sample(range(1, n_lines + 1), max(50, n_lines // 2500))
    disputed = {line_id: dispute_id for dispute_id, line_id in enumerate(sorted(chosen), start=1)}
    rows: Rows = {model: [] for model in COLUMNS}
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
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
        if engine.dialect.name == "postgresql":
            for table in ("suppliers", "stores", "orders", "order_lines", "payments", "tracking_numbers",
                          "disputes", "dispute_events"):  # fmt: skip
                highest = f"(SELECT coalesce(max(id), 1) FROM {table})"
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {highest})")


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


def fixture_args(quick: bool) -> tuple[int, str]:
    """(order lines, label) of the full or the `--quick` fixture."""
    return (20_000, "20k") if quick else (1_000_000, "1m")
