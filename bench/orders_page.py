"""The Orders page on 1,000,000 order lines (400,000 orders): time to its first rows on screen and the memory that
costs, then each filter, sort and search as a user applies them, and paging deep into the list.
Run: `uv run python bench/orders_page.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

Offscreen, with the QApplication made as `desk` makes it: Desk's main window opens on the Dashboard (its default
page) with the data folder attached, then the user clicks "Orders", as in a running Desk (importing the page's
modules is part of the start-up benchmark, not of this one).

- `orders_page_first_rows_ms`: from the click to the table's first paint with its rows: the page built (filter
  bar, table, detail tabs), the first 200 orders read, the first order selected and its lines, payments, coupons
  and tracking read. The median of FIRST_RUNS fresh processes (the first open pays for SQLAlchemy compiling the
  page's statements, so it is measured once per process). Target ≤ 150 ms.
- `orders_page_memory_added_mb`: resident memory (Linux VmRSS) after that paint less just before the click, the
  median over the same processes. Target ≤ 60 MB.
- `orders_page_alone_…`: the same for the page built in an empty window of a process where only the QApplication
  and the data folder are open: it also pays for Qt's first table view, babel's locale data and the like.
- `orders_…_ms`: one user action each, through the page's own widgets (filter bar, header, search box): the model
  reloaded and the first row's details read. The median of RUNS runs after one warm-up run.
- `orders_filter_overdue_ms`: ticking "Overdue" to the overdue orders on screen. Deadlines are derived, never
  stored, so the cases are found by deriving every deadline (`desk.overview.overdue`), in the background;
  `orders_filter_overdue_gui_blocked_ms` is the longest the GUI thread could not answer meanwhile (the filter bar's
  own work, then reading the page of those ids). The medians of RUNS runs after a warm-up;
  `orders_overdue_orders` how many orders the filter keeps.
- `orders_scroll_page_ms`: one more page of 200 rows (`fetchMore`) after 50 pages; `orders_deep_page_ms` the page
  after row `DEEP` (keyset paging: as fast as the first), and `orders_deep_page_by_offset_ms` the same page read
  with OFFSET, for comparison."""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from fixture import data_folder, fixture_args, log
from gui import Painted, desk_window, responsive, rss_mb
from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import QApplication

from desk.lists.listing import fetch_page
from desk.lists.specs import ORDERS
from desk.models import OrderStatus, Platform
from desk.ui.app import make_application
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

RUNS = 5
FIRST_RUNS = 5
DEEP = 300_000
OFFSET_ORDERS = dataclasses.replace(ORDERS, keyset=False)


def open_orders(app: QApplication, window: MainWindow) -> tuple[ListPage, float, float]:
    """Click "Orders" in a window showing the Dashboard; (page, ms to its first paint with rows, MB added)."""
    gc.collect()
    before = rss_mb()
    painted = Painted()
    started = time.perf_counter()
    window.select_page("orders")  # what clicking it in the navigation does
    page = window.pages["orders"]
    assert isinstance(page, ListPage) and page.model.rowCount() > 0
    page.table.viewport().installEventFilter(painted)
    while not painted.done:
        app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    page.table.viewport().removeEventFilter(painted)
    return page, elapsed, rss_mb() - before


def alone(app: QApplication, ws: Workspace) -> tuple[float, float]:
    """The Orders page built in an empty window of a process where only the QApplication and the data folder are
    open (nothing painted yet): it pays for Qt's first table, babel's locale data and the rest."""
    from PySide6.QtWidgets import QMainWindow

    from desk.ui.page_factory import make_page

    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    window = QMainWindow()
    window.resize(1280, 800)
    page = make_page("orders", ws, window)
    assert isinstance(page, ListPage)
    window.setCentralWidget(page)
    page.load()
    painted = Painted()
    page.table.viewport().installEventFilter(painted)
    window.show()
    while not painted.done:
        app.processEvents()
    return (time.perf_counter() - started) * 1000, rss_mb() - before


def first_rows(folder: Path, bare: bool) -> None:
    """In a fresh process: print the time to the Orders page's first rows and the memory added."""
    app = make_application()
    ws = Workspace.open(folder)
    if bare:
        elapsed, added = alone(app, ws)
    else:
        _page, elapsed, added = open_orders(app, desk_window(app, ws))
    print(f"{elapsed:.3f} {added:.3f}", flush=True)
    os._exit(0)  # no teardown: PySide6 may crash deleting widgets at exit, and nothing here needs it


def in_children(quick: bool, bare: bool) -> tuple[float, float]:
    """Median (ms, MB) of `first_rows` over FIRST_RUNS fresh processes."""
    samples = []
    for run in range(FIRST_RUNS):
        flags = ["--first-rows", *(["--bare"] if bare else []), *(["--quick"] if quick else [])]
        child = [sys.executable, __file__, *flags]
        out = subprocess.run(child, capture_output=True, text=True, check=True).stdout.split()
        samples.append((float(out[0]), float(out[1])))
        log(f"  {'alone' if bare else 'in Desk'} run {run + 1}: {samples[-1][0]:.0f} ms, {samples[-1][1]:.1f} MB")
    return statistics.median(ms for ms, _mb in samples), statistics.median(mb for _ms, mb in samples)


def action(app: QApplication, run: Callable[[], None], before: Callable[[], None] | None = None) -> float:
    """Milliseconds for `run` and the repaint it causes; `before` (untimed) sets the stage."""
    if before is not None:
        before()
        app.processEvents()
    started = time.perf_counter()
    run()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


Step = Callable[[], None]


def actions(page: ListPage, ws: Workspace) -> tuple[dict[str, tuple[Step, Step | None]], Step]:
    """The actions timed, each with what is set before it; and what puts the page back as it opened."""
    bar = page.filter_bar
    assert bar is not None
    with ws.read() as s:
        supplier = ORDERS.filter("supplier").choices(s)[3][0]  # type: ignore[misc]
        number = fetch_page(s, ORDERS, limit=1, offset=1234)[0]["order_no"]
    columns = [c.key for c in ORDERS.columns]

    def filters(**values: object) -> Callable[[], None]:
        return lambda: bar.set_values(dict(values))

    def sort(key: str, descending: bool) -> Callable[[], None]:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return lambda: page.table.sortByColumn(columns.index(key), order)

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            with QSignalBlocker(page.search):  # no 250 ms wait: the search runs now, once
                page.search.setText(text)
            page._run_search()

        return run

    def reset() -> None:
        bar.set_values({})
        sort("placed_on", True)()
        search("")()

    quarter = (date(2024, 4, 1), date(2024, 6, 30))
    # (the action timed, what is set before it, untimed): each from the page as it opened, plus the stage.
    return {
        "orders_filter_platform_ms": (filters(platform=Platform.ALIEXPRESS), None),
        "orders_filter_status_ms": (filters(status=OrderStatus.SHIPPED), None),
        "orders_filter_supplier_ms": (filters(supplier=supplier), None),
        "orders_filter_placed_quarter_ms": (filters(placed=quarter), None),
        "orders_filter_open_dispute_ms": (filters(open_dispute=True), None),
        "orders_filter_platform_status_ms": (filters(platform=Platform.TAOBAO, status=OrderStatus.DELIVERED), None),
        "orders_sort_order_no_ms": (sort("order_no", False), None),
        "orders_sort_supplier_desc_ms": (sort("supplier", True), None),
        "orders_sort_status_ms": (sort("status", False), None),
        "orders_sort_platform_desc_ms": (sort("platform", True), None),
        "orders_sort_placed_oldest_ms": (sort("placed_on", False), None),
        "orders_filter_platform_sort_status_ms": (sort("status", False), filters(platform=Platform.ALIEXPRESS)),
        "orders_filter_quarter_sort_supplier_ms": (sort("supplier", False), filters(placed=quarter)),
        "orders_filter_status_sort_order_no_ms": (sort("order_no", True), filters(status=OrderStatus.DELIVERED)),
        "orders_search_order_no_ms": (search(number), None),
        "orders_search_chinese_ms": (search("耳机"), None),
        "orders_search_cyrillic_ms": (search("чехол"), None),
        "orders_search_supplier_ms": (search("华强北"), None),
        "orders_search_miss_ms": (search("xyzzy"), None),
        "orders_search_with_filters_ms": (search("蓝牙耳机"), filters(status=OrderStatus.SHIPPED, placed=quarter)),
        "orders_filter_while_searching_ms": (filters(platform=Platform.TAOBAO), search("чехол")),
    }, reset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 lines")
    parser.add_argument("--first-rows", action="store_true", help=argparse.SUPPRESS)  # one child measurement
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)  # … of the page alone
    args = parser.parse_args()
    n_lines, label = fixture_args(args.quick)
    folder = data_folder(n_lines, label)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    if args.first_rows:
        first_rows(folder, args.bare)
    first_rows_ms, memory = in_children(args.quick, bare=False)
    alone_ms, alone_memory = in_children(args.quick, bare=True)
    app = make_application()
    with Workspace.open(folder) as ws:
        window = desk_window(app, ws)
        page, _elapsed, _added = open_orders(app, window)
        timings: dict[str, list[float]] = {}
        steps, reset = actions(page, ws)
        bar = page.filter_bar
        assert bar is not None
        for round_no in range(RUNS + 1):
            for name, (run, stage) in steps.items():

                def prepare(stage: Step | None = stage) -> None:
                    reset()
                    if stage is not None:
                        stage()

                took = action(app, run, prepare)
                if round_no:
                    timings.setdefault(name, []).append(took)
            log(f"  {'warm-up' if round_no == 0 else f'round {round_no}'} done")
        overdue: list[tuple[float, float]] = []
        for _ in range(RUNS + 1):
            reset()
            app.processEvents()
            overdue.append(responsive(app, lambda: bar.set_values({"overdue": True}), lambda: not page.busy))
        overdue_orders = page.model.rowCount()
        while page.model.canFetchMore(QModelIndex()):
            page.model.fetchMore(QModelIndex())
            overdue_orders = page.model.rowCount()
        reset()
        model = page.model
        for _ in range(50):
            model.fetchMore(QModelIndex())
        scroll = action(app, lambda: model.fetchMore(QModelIndex()))
        deep = min(DEEP, n_lines * 2 // 5 - 400)
        with ws.read() as s:  # the row at DEEP, as if scrolled there page by page
            anchor = fetch_page(s, ORDERS, offset=deep - 1, limit=1)[0]
            keyset = [action(app, lambda s=s: fetch_page(s, ORDERS, after=anchor)) for _ in range(RUNS)]
            by_offset = [action(app, lambda s=s: fetch_page(s, OFFSET_ORDERS, offset=deep)) for _ in range(RUNS)]
        window.close()
        window.deleteLater()  # while the QApplication lives: PySide6 may crash deleting widgets at exit
        app.processEvents()
    print(f"order_lines {n_lines} rows")
    print(f"orders_page_first_rows_ms {first_rows_ms:.1f} ms")
    print(f"orders_page_memory_added_mb {memory:.1f} MB")
    print(f"orders_page_alone_first_rows_ms {alone_ms:.1f} ms")
    print(f"orders_page_alone_memory_added_mb {alone_memory:.1f} MB")
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, value in medians.items():
        print(f"{name} {value:.1f} ms")
    slowest = max(medians, key=lambda name: medians[name])
    print(f"orders_actions_slowest_ms {medians[slowest]:.1f} ms")
    log(f"  slowest: {slowest}")
    print(f"orders_filter_overdue_ms {statistics.median(ms for ms, _ in overdue[1:]):.1f} ms")
    print(f"orders_filter_overdue_gui_blocked_ms {statistics.median(b for _, b in overdue[1:]):.1f} ms")
    print(f"orders_overdue_orders {overdue_orders} orders")
    print(f"orders_scroll_page_ms {scroll:.1f} ms")
    print(f"orders_deep_page_ms {statistics.median(keyset):.1f} ms")
    print(f"orders_deep_page_by_offset_ms {statistics.median(by_offset):.1f} ms")  # what OFFSET paging would cost


if __name__ == "__main__":
    main()
