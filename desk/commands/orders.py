"""`desk import FILE` (orders from an export or spreadsheet) and `desk orders` (the orders with their lines and
payments)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.commands import Commands
from desk.commands.output import print_json, print_json_array

if TYPE_CHECKING:
    from desk.models import Order
    from desk.money import Money
    from desk.workspace import Workspace

IMPORT_EPILOG = """\
The generic format has one row per order line, with the columns
  platform, order_no, supplier, placed_on, currency, line_no, item, sku, qty, unit_price, shipping, discount,
  payments, tracking_no, shipped_on, delivered_on, status, store      (and paid_on, optionally)
matched whatever their case and spacing ("Order No" is order_no). payments reads like "card:30.00; balance:10.00".
Amazon's order history (Retail.OrderHistory.1.csv), eBay's orders report and AliExpress's data backup (XLSX) are
recognised by their header row. A file with any bad row imports nothing and lists every problem as
"row N, column C: problem"; importing the same file again changes nothing."""


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import orders from a CSV or XLSX export (all or nothing)",
        epilog=IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="a .csv, .tsv or .xlsx file")
    imp.add_argument("--dry-run", action="store_true", help="check the file and say what would change; write nothing")
    imp.add_argument("--mapping", metavar="NAME", help="read the columns with the remembered mapping NAME")
    imp.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN", help="read FIELD from COLUMN (repeatable)"
    )
    imp.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE", help="FIELD is VALUE on every row (repeatable)"
    )
    imp.add_argument("--currency", metavar="CODE", help="the currency of amounts that do not name one (e.g. USD)")
    imp.add_argument("--remember", metavar="NAME", help="remember this file's column mapping as NAME")
    imp.set_defaults(handler=_import, needs_workspace=True)

    orders = commands.add_parser("orders", parents=[common], help="list orders with their lines and payments")
    orders.add_argument("--limit", type=int, default=None, metavar="N", help="the first N orders only")
    orders.set_defaults(handler=_orders, needs_workspace=True)


def _progress_on_terminal() -> Any:
    """A percentage on stderr when a person is watching; nothing in scripts."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if done >= total else ""
            print(f"\r{'Checking' if done * 2 < total else 'Writing'}… {percent}%", end=end, file=sys.stderr)

    return progress


def _import(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError
    from desk.importing import ColumnMapping, ImportOptions, import_file, parse_assignments
    from desk.importing.values import BadValue, currency

    try:
        code = None if args.currency is None else currency(args.currency)
        overrides = ColumnMapping(parse_assignments(args.map, "COLUMN"), parse_assignments(args.set, "VALUE"))
        report = import_file(
            ws,
            args.file,
            ImportOptions(currency=code, dry_run=args.dry_run),
            mapping_name=args.mapping,
            overrides=overrides if overrides.columns or overrides.fixed else None,
            remember_as=args.remember,
            progress=None if args.json else _progress_on_terminal(),
        )
    except (DeskError, BadValue) as exc:
        if not args.json:
            raise DeskError(str(exc)) from exc
        message = str(exc)
        print_json({"ok": False, "file": str(args.file), "errors": [
            {"row": None, "column": None, "problem": message, "text": message}
        ]})
        return 1
    if args.json:
        print_json(report.to_json())
    elif report.ok:
        for line in report.lines_for_people():
            print(line)
    else:
        print(f"desk: error: {report.headline()}", file=sys.stderr)
        for problem in report.problems:
            print(problem, file=sys.stderr)
    return 0 if report.ok else 1


# -- desk orders ---------------------------------------------------------------------------------------------------


def _money(m: Money) -> dict[str, Any]:
    return {"amount": str(m.amount), "currency": m.currency, "minor": m.minor}


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def order_document(order: Order) -> dict[str, Any]:
    """One order as `desk orders --json` prints it."""
    return {
        "order": order.key,
        "platform": order.platform.value,
        "order_no": order.order_no,
        "supplier": order.supplier.name,
        "store": None if order.store is None else order.store.name,
        "status": order.status.value,
        "currency": order.currency,
        "placed_on": _iso(order.placed_on),
        "paid_on": _iso(order.paid_on),
        "shipped_on": _iso(order.shipped_on),
        "delivered_on": _iso(order.delivered_on),
        "shipping": _money(order.money(order.shipping_minor)),
        "discount": _money(order.money(order.discount_minor)),
        "total": _money(order.total),
        "paid": _money(order.paid),
        "lines": [
            {
                "line_no": line.line_no,
                "item": line.item,
                "sku": line.sku,
                "qty": line.qty,
                "unit_price": _money(order.money(line.unit_price_minor)),
                "amount": _money(order.money(line.amount_minor)),
            }
            for line in order.lines
        ],
        "payments": [
            {
                "method": p.method.value,
                "amount": _money(order.money(p.amount_minor)),
                "paid_on": _iso(p.paid_on),
                "reference": p.reference,
            }
            for p in order.payments
        ],
        "tracking": [
            {"number": t.number, "carrier": t.carrier, "shipped_on": _iso(t.shipped_on)} for t in order.tracking_numbers
        ],
    }


def _order_lines(doc: dict[str, Any]) -> list[str]:
    def amount(m: dict[str, Any]) -> str:
        return f"{m['amount']} {m['currency']}"

    head = (
        f"{doc['order']}  {doc['placed_on']}  {doc['supplier']}  {doc['status']}  "
        f"total {amount(doc['total'])}  paid {amount(doc['paid'])}"
    )
    out = [head]
    for line in doc["lines"]:
        sku = f" [{line['sku']}]" if line["sku"] else ""
        out.append(f"  {line['line_no']}. {line['item']}{sku}  {line['qty']} × {line['unit_price']['amount']}")
    if doc["payments"]:
        out.append("  paid by " + "; ".join(f"{p['method']} {p['amount']['amount']}" for p in doc["payments"]))
    if doc["tracking"]:
        out.append("  tracking " + ", ".join(t["number"] for t in doc["tracking"]))
    return out


def _orders(args: argparse.Namespace, ws: Workspace) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from desk.models import Order

    query = (
        select(Order)
        .options(
            selectinload(Order.lines),
            selectinload(Order.payments),
            selectinload(Order.tracking_numbers),
            selectinload(Order.supplier),
            selectinload(Order.store),
        )
        .order_by(Order.placed_on, Order.id)
        .limit(args.limit)
        .execution_options(yield_per=500)  # a large folder is streamed, not loaded whole
    )
    with ws.read() as session:
        documents = (order_document(order) for order in session.scalars(query))
        if args.json:
            print_json_array(documents)  # written as it is read
            return 0
        count = 0
        for doc in documents:
            count += 1
            for line in _order_lines(doc):
                print(line)
        if count == 0:
            print("No orders yet: `desk import FILE` brings them in.")
    return 0
