"""Team mode on a PostgreSQL server (issue 16): the fixture's 1,000,000 order lines on a server of the benchmark's own
(Debian's postgresql package, as the tests start it: tests/postgres_server.py), read and written by desks as Desk
reads and writes them. Run: `uv run python bench/team_server.py [--quick]`. Figures go to stdout as `NAME VALUE
UNIT`; progress to stderr. The server listens on a Unix socket: network latency is not in these figures.

- `team_orders_first_rows_ms`: the Orders page's first 200 rows (`desk.lists.listing.fetch_page`, what the page
  reads), median of 7 after one warm-up (target ≤ 150 ms).
- `team_search_p95_ms`: `desk.search.search` for the queries of bench/search.py, the 95th percentile over 5 rounds
  (target ≤ 100 ms); `team_orders_list_search_p95_ms` the Orders list with the same text.
- `team_import_rows_per_s`, `team_copy_rows_per_s`, `team_import_ratio`: a 10,000-line CSV imported through `desk
  import`'s code into the server, against PostgreSQL's COPY of every row that import wrote (its audit entries
  included) into the same tables of another database set up the same way (target ≥ 0.3).
- `team_concurrent_*`: 10 desks, each with its own connection, each recording 100 ledger entries at once: the entries
  that should be there and are (`…_lost_updates`, target 0), the errors a user would have seen (`…_errors`, target 0:
  no deadlock, no lock time-out) and the audit chain checked after (`…_chain_breaks`, target 0)."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import postgres_server
from fixture import fill_engine, fixture_args, log
from import_csv import fixture as import_fixture
from search import p95, queries, timed
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL, make_url

from desk.db import init_server
from desk.lists.listing import fetch_page
from desk.lists.specs import ORDERS
from desk.models import Channel, LedgerEntry
from desk.models.audit import verify_chain
from desk.operations.accounts import AddFunds, OpenAccount, add_funds, open_account
from desk.operations.imports import ImportOrders, import_orders
from desk.search import search
from desk.team_link import link
from desk.workspace import Workspace

PORT = 54339  # not the tests' (54329): a run of the suite may be going on beside
COPIED = ("suppliers", "stores", "orders", "order_lines", "payments", "tracking_numbers", "audit_log")
DESKS, EVENTS = 10, 100


def server_database(server: postgres_server.Server, name: str) -> URL:
    url = make_url(server.create_database(name))
    init_server(url)
    return url


def desk(url: URL, folder: Path, actor: str | None = None) -> Workspace:
    link(folder, url)
    return Workspace.open(folder, actor=actor)


def reading(ws: Workspace, quick: bool) -> None:
    with ws.read() as s:
        fetch_page(s, ORDERS)  # warm-up
    firsts = []
    for _ in range(7):
        with ws.read() as s:
            firsts.append(timed(lambda s=s: fetch_page(s, ORDERS)))
    chosen = queries(ws, quick)
    hits: list[float] = []
    lists: list[float] = []
    for round_no in range(6):
        for texts in chosen.values():
            for query in texts:
                with ws.read() as s:
                    found = timed(lambda s=s, q=query: search(s, q))
                with ws.read() as s:
                    listed = timed(lambda s=s, q=query: fetch_page(s, ORDERS, search=q))
                if round_no:
                    hits.append(found)
                    lists.append(listed)
        log(f"  search round {round_no} done")
    print(f"team_orders_first_rows_ms {statistics.median(firsts):.1f} ms")
    print(f"team_search_median_ms {statistics.median(hits):.1f} ms")
    print(f"team_search_p95_ms {p95(hits):.1f} ms")
    print(f"team_orders_list_search_p95_ms {p95(lists):.1f} ms")


def importing(server: postgres_server.Server, work: Path) -> None:
    source = import_fixture(10_000)
    target = server_database(server, "bench_import")
    with desk(target, work / "import", actor="bench") as ws:
        started = time.perf_counter()
        report = import_orders(ws, ImportOrders(source)).report
        seconds = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(f"the generated file did not import: {report.problems[:3]}")
    copy_seconds = copy_rows(target, server_database(server, "bench_copy"))
    rate, copy_rate = report.rows / seconds, report.rows / copy_seconds
    print(f"team_import_rows_per_s {rate:.0f} rows/s")
    print(f"team_copy_rows_per_s {copy_rate:.0f} rows/s")
    print(f"team_import_ratio {rate / copy_rate:.2f} x")


def copy_rows(source: URL, target: URL) -> float:
    """COPY every row of COPIED from `source` into `target`, in one transaction; seconds (the reading not counted)."""
    import psycopg

    from desk.server_db import conninfo

    data: dict[str, bytes] = {}
    with psycopg.connect(conninfo(source)) as src:
        for table in COPIED:
            with src.cursor().copy(f"COPY {table} TO STDOUT") as out:
                data[table] = b"".join(bytes(chunk) for chunk in out)
    with psycopg.connect(conninfo(target)) as dst:
        started = time.perf_counter()
        with dst.transaction():
            for table in COPIED:
                with dst.cursor().copy(f"COPY {table} FROM STDIN") as into:
                    into.write(data[table])
        return time.perf_counter() - started


def concurrent(server: postgres_server.Server, work: Path) -> None:
    url = server_database(server, "bench_desks")
    desks = [desk(url, work / f"desk{n}", actor=f"desk {n}") for n in range(DESKS)]
    account = open_account(desks[0], OpenAccount("Superbuy/team", "cny")).account_id
    errors: list[BaseException] = []
    start = threading.Barrier(DESKS)

    def record(ws: Workspace) -> None:
        start.wait()
        for _ in range(EVENTS):
            try:
                add_funds(ws, AddFunds(account, "1.00", Channel.WESTERN_UNION, date(2026, 12, 1)))
            except Exception as error:  # what a user would have been told
                errors.append(error)

    threads = [threading.Thread(target=record, args=(ws,)) for ws in desks]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - started
    with desks[0].read() as s:
        kept = s.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.account_id == account)) or 0
        breaks = len(list(verify_chain(s)))
    for ws in desks:
        ws.close()
    print(f"team_concurrent_desks {DESKS} desks")
    print(f"team_concurrent_events {DESKS * EVENTS} events")
    print(f"team_concurrent_lost_updates {DESKS * EVENTS - kept} events")
    print(f"team_concurrent_errors {len(errors)} errors")
    print(f"team_concurrent_chain_breaks {breaks} breaks")
    print(f"team_concurrent_events_per_s {DESKS * EVENTS / seconds:.0f} events/s")
    if errors:
        log(f"first error: {errors[0]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="20,000 lines")
    quick = parser.parse_args().quick
    why = postgres_server.missing()
    if why:
        raise SystemExit(why)
    n_lines, _label = fixture_args(quick)
    work = Path(tempfile.mkdtemp(prefix="desk-bench-team-"))
    for server in postgres_server.running_server(PORT):
        url = server_database(server, "bench_orders")
        log(f"filling the server with {n_lines:,} order lines…")
        started = time.perf_counter()
        engine = create_engine(url)
        fill_engine(engine, n_lines)
        with engine.begin() as c:
            c.execute(text("ANALYZE"))
        engine.dispose()
        log(f"filled in {time.perf_counter() - started:.0f} s")
        print(f"team_order_lines {n_lines} rows")
        with desk(url, work / "reader") as ws:
            reading(ws, quick)
        importing(server, work)
        concurrent(server, work)


if __name__ == "__main__":
    main()
