"""Search over the fixture's 1,000,000 order lines: `desk.search.search` (what `desk search` runs), and the Orders
list's first page with the same text in its search box.
Run: `uv run python bench/search.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

The queries are what staff type: whole order numbers and their first digits, tracking numbers, SKUs, Chinese item
words of two and more characters, Russian in another case, English words, a supplier's name, words from notes and
dispute statements, and misses. Each query runs once to warm up, then ROUNDS times; the figures are the median and
95th percentile over every timed run (target: `search_p95_ms` ≤ 50)."""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from fixture import data_folder, fixture_args, log
from sqlalchemy import select

from desk.lists.listing import fetch_page
from desk.lists.specs import ORDERS
from desk.models import Order, TrackingNumber
from desk.search import search
from desk.workspace import Workspace

ROUNDS = 5
WORDS = {
    "chinese_2": ["耳机", "键盘", "鼠标", "台灯", "袜子", "雨伞", "加急"],
    "chinese_3plus": ["蓝牙耳机", "保温杯", "数据线", "手机壳", "华强北", "折叠水杯", "颜色不对"],
    "cyrillic": ["чехол", "КАБЕЛЬ", "наушники", "Термокружка", "ПРОДАВЕЦ", "чёрный", "трещина"],
    "english": ["cable", "Power bank", "earbud", "invoice", "yiwu trade", "mouse pad"],
    "miss": ["xyzzy", "不存在的商品", "нет такого", "ZZ-99999", "LP99999999999CN", "QQ"],
}


def queries(ws: Workspace, quick: bool) -> dict[str, list[str]]:
    rng = random.Random(7)
    with ws.read() as s:
        n_orders = s.scalar(select(Order.id).order_by(Order.id.desc()).limit(1)) or 1
        numbers = [s.get_one(Order, rng.randint(1, n_orders)).order_no for _ in range(10)]
        tracking = list(s.scalars(select(TrackingNumber.number).order_by(TrackingNumber.id).limit(5000)))
    n_lines = n_orders * 5 // 2
    return {
        "order_no": numbers,
        "order_no_start": [n[:6] for n in numbers[:4]],
        "tracking": rng.sample(tracking, 6),
        "sku": [f"SKU-{rng.randrange(min(9973, n_lines)):05d}" for _ in range(6)],
        **WORDS,
    }


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 lines")
    quick = parser.parse_args().quick
    n_lines, label = fixture_args(quick)
    folder = data_folder(n_lines, label)
    with Workspace.open(folder) as ws:
        chosen = queries(ws, quick)
        hits: dict[str, list[float]] = {}
        lists: dict[str, list[float]] = {}
        for round_no in range(ROUNDS + 1):
            for category, texts in chosen.items():
                for text in texts:
                    with ws.read() as s:
                        found = timed(lambda s=s, text=text: search(s, text))
                    with ws.read() as s:
                        listed = timed(lambda s=s, text=text: fetch_page(s, ORDERS, search=text))
                    if round_no:  # round 0 warms the caches
                        hits.setdefault(category, []).append(found)
                        lists.setdefault(category, []).append(listed)
            log(f"  {'warm-up' if round_no == 0 else f'round {round_no}'} done")
        with ws.read() as s:
            for category, texts in chosen.items():
                log(f"  {category}: " + ", ".join(f"{t!r} → {len(search(s, t))}" for t in texts[:4]))
    every_hit = [t for values in hits.values() for t in values]
    every_list = [t for values in lists.values() for t in values]
    print(f"order_lines {n_lines} rows")
    print(f"search_queries {sum(len(t) for t in chosen.values())} queries")
    print(f"search_median_ms {statistics.median(every_hit):.1f} ms")
    print(f"search_p95_ms {p95(every_hit):.1f} ms")
    print(f"search_max_ms {max(every_hit):.1f} ms")
    for category, values in hits.items():
        print(f"search_{category}_median_ms {statistics.median(values):.1f} ms")
    print(f"orders_list_search_median_ms {statistics.median(every_list):.1f} ms")
    print(f"orders_list_search_p95_ms {p95(every_list):.1f} ms")
    print(f"orders_list_search_max_ms {max(every_list):.1f} ms")
    for category, values in lists.items():
        print(f"orders_list_search_{category}_median_ms {statistics.median(values):.1f} ms")


if __name__ == "__main__":
    main()
