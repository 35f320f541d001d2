"""`desk import FILE` (orders from an export or spreadsheet) and `desk orders` (the orders with their lines and
payments)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.commands import Commands
from desk.commands.output import print_failure, print_json, print_json_array
from desk.common import words as enum_words
from desk.language import words

if TYPE_CHECKING:
    from desk.common import Progress
    from desk.importing import ImportReport
    from desk.importing.activity import PaymentReport
    from desk.importing.text_format import TextFormat
    from desk.workspace import Workspace


def _import_epilog() -> str:
    return words.tr(
        "The generic format has one row per order line, with the columns\n"
        "  platform, order_no, supplier, placed_on, currency, line_no, item, sku, qty, unit_price, shipping, "
        "discount,\n"
        "  payments, tracking_no, shipped_on, delivered_on, status, store      (and paid_on and tax, optionally)\n"
        'matched whatever their case and spacing ("Order No" is order_no). payments reads like "card:30.00; '
        'balance:10.00".\n'
        "Platform exports are recognised by their header row: Amazon's order history (the privacy request's\n"
        "Retail.OrderHistory.1.csv, its 2025 Order History.csv, the legacy Items report), eBay's orders and "
        "transaction\n"
        "reports, AliExpress's data backup (XLSX) and the order lists of three browser extensions. A file "
        "with any bad row\n"
        'imports nothing and lists every problem as "row N, column C: problem"; importing the same file again changes\n'
        "nothing.\n"
        "A CSV file's encoding is found from its text: UTF-8 or UTF-16, else whichever of GB18030, Windows-1251,\n"
        "Windows-1252 and this computer's own reads it best (the summary says which, and why); --encoding "
        "chooses one.\n"
        'The header may be anywhere in the first 30 rows; closing lines such as "2 record(s) downloaded" are '
        "skipped and\n"
        "counted. Dates may name their month in English, German, French, Spanish, Russian or Chinese.\n"
        "A PayPal activity download (Activity → Download, CSV; English or German) is recognised by its "
        "header and imported\n"
        "as the payments made to suppliers and the refunds received, each on the order it paid: matched by "
        "transaction id,\n"
        "else by amount and date; --link TXNID=PLATFORM:ORDER_NO links one Desk could not match."
    )


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    imp = commands.add_parser(
        "import",
        parents=[common],
        help=words.tr(
            "import orders from a CSV or XLSX export, or payments from a PayPal activity download (all or nothing)"
        ),
        epilog=_import_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path, metavar="FILE", help=words.tr("a .csv, .tsv or .xlsx file"))
    imp.add_argument(
        "--dry-run", action="store_true", help=words.tr("check the file and say what would change; write nothing")
    )
    imp.add_argument("--mapping", metavar="NAME", help=words.tr("read the columns with the remembered mapping NAME"))
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=words.tr("read FIELD from COLUMN (repeatable)"),
    )
    imp.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help=words.tr("FIELD is VALUE on every row (repeatable)"),
    )
    imp.add_argument(
        "--currency", metavar="CODE", help=words.tr("the currency of amounts that do not name one (e.g. USD)")
    )
    imp.add_argument("--remember", metavar="NAME", help=words.tr("remember this file's column mapping as NAME"))
    imp.add_argument(
        "--encoding",
        metavar="NAME",
        help=words.tr(
            "read a CSV file in this encoding (e.g. windows-1251, windows-1252, gb18030, utf-8) instead of the one "
            "Desk finds"
        ),
    )
    how = imp.add_argument_group(
        words.tr("how the file writes dates and numbers"),
        words.tr(
            "Desk finds these in the file where it can; what the file cannot settle (every date could be day/month\n"
            "or month/day) stops the import until you say it"
        ),
    )
    how.add_argument(
        "--dates", metavar="ORDER", help=words.tr("DMY (23/11/2026), MDY (11/23/2026) or YMD (2026/11/23)")
    )
    how.add_argument("--decimal", metavar="MARK", help=words.tr("the decimal separator: point or comma (also . or ,)"))
    how.add_argument(
        "--thousands",
        metavar="MARK",
        help=words.tr("the thousands separator: comma, point, space, apostrophe or none"),
    )
    how.add_argument(
        "--blank", action="append", default=[], metavar="TEXT",
        help=words.tr('a cell of just TEXT means empty (repeatable; "--", "N/A" and "Not Available" always do)'),
    )  # fmt: skip
    how.add_argument(
        "--symbol", action="append", default=[], metavar="SIGN=CODE",
        help=words.tr(
            'SIGN before or after an amount means the currency CODE, e.g. "¥=JPY" or "RMB=CNY" (repeatable)'
        ),
    )  # fmt: skip
    how.add_argument(
        "--round", action="store_true",
        help=words.tr(
            "round amounts with more decimals than their currency has (half up) instead of refusing them"
        ),
    )  # fmt: skip
    imp.add_argument(
        "--confirm-dates", action="store_true",
        help=words.tr(
            "import dates before 2000 or more than a year ahead (refused without it, as likely typing mistakes)"
        ),
    )  # fmt: skip
    imp.add_argument(
        "--link", action="append", default=[], metavar="TXNID=PLATFORM:ORDER_NO",
        help=words.tr(
            "a PayPal activity download: record the payment or refund with this transaction id on this order "
            "(repeatable; for those Desk could not match)"
        ),
    )  # fmt: skip
    imp.set_defaults(handler=_import, needs_workspace=True)

    orders = commands.add_parser("orders", parents=[common], help=words.tr("list orders with their lines and payments"))
    orders.add_argument("--limit", type=int, default=None, metavar="N", help=words.tr("the first N orders only"))
    orders.set_defaults(handler=_orders, needs_workspace=True)


def _progress_on_terminal() -> Progress | None:
    """A percentage on stderr when a person is watching; nothing in scripts."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if done >= total else ""
            said = words.tr("Checking… {0}%") if done * 2 < total else words.tr("Writing… {0}%")
            print("\r" + said.format(percent), end=end, file=sys.stderr)

    return progress


def _import(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError
    from desk.importing import ColumnMapping, parse_assignments
    from desk.importing.text_format import from_choices
    from desk.operations.imports import ImportOrders, import_orders

    text_format = from_choices(
        dates=args.dates, decimal=args.decimal, thousands=args.thousands, blanks=args.blank,
        symbols=args.symbol, round_places=args.round,
    )
    # A mapping, a column or a value the user gives says the file is to be read as orders, whatever it looks like.
    as_orders = bool(args.mapping or args.map or args.set or args.remember)
    if not as_orders:
        from desk.operations.payment_imports import PAYMENTS, kind_of_import

        if kind_of_import(ws, args.file, args.encoding) == PAYMENTS:
            return _import_payments(args, ws, text_format)
    if args.link:
        raise DeskError(
            words.tr("--link is for a PayPal activity download; {0} is imported as orders").format(args.file.name)
        )
    overrides = ColumnMapping(parse_assignments(args.map, "COLUMN"), parse_assignments(args.set, "VALUE"))
    request = ImportOrders(
        path=args.file,
        currency=args.currency,
        dry_run=args.dry_run,
        mapping_name=args.mapping,
        overrides=overrides if overrides.columns or overrides.fixed else None,
        remember_as=args.remember,
        encoding=args.encoding,
        text_format=text_format,
        confirm_dates=args.confirm_dates,
    )
    # A file that cannot be read at all is an error like any command's; one with bad rows is a report of them.
    report = import_orders(ws, request, progress=None if args.json else _progress_on_terminal()).report
    return _said(report, as_json=args.json)


def _import_payments(args: argparse.Namespace, ws: Workspace, text_format: TextFormat) -> int:
    from desk.importing.activity import parse_links
    from desk.operations.payment_imports import ImportPayments, import_payments

    request = ImportPayments(
        path=args.file, dry_run=args.dry_run, links=parse_links(args.link), encoding=args.encoding,
        text_format=text_format,
    )
    report = import_payments(ws, request, progress=None if args.json else _progress_on_terminal()).report
    return _said(report, as_json=args.json)


def _said(report: ImportReport | PaymentReport, *, as_json: bool) -> int:
    """An import's report on stdout (JSON for scripts), its problems on stderr; the exit status."""
    if as_json:
        print_json(report.to_json())
    elif report.ok:
        for line in report.lines_for_people():
            print(line)
    if not report.ok:
        print_failure(report.headline(), as_json=as_json)
        if not as_json:
            for problem in report.problems:
                print(problem, file=sys.stderr)
    return 0 if report.ok else 1


# -- desk orders ---------------------------------------------------------------------------------------------------


def _order_lines(doc: dict[str, Any]) -> list[str]:
    from desk.common import words as named
    from desk.models import PaymentMethod

    def amount(m: dict[str, Any]) -> str:
        return f"{m['amount']} {m['currency']}"

    status = named(str(doc["status"])).lower()
    totals = words.tr("total {0}  paid {1}").format(amount(doc["total"]), amount(doc["paid"]))
    head = f"{doc['order']}  {doc['placed_on']}  {doc['supplier']}  {status}  {totals}"
    out = [head]
    for line in doc["lines"]:
        sku = f" [{line['sku']}]" if line["sku"] else ""
        out.append(f"  {line['line_no']}. {line['item']}{sku}  {line['qty']} × {line['unit_price']['amount']}")
    if doc["payments"]:
        paid = "; ".join(f"{enum_words(PaymentMethod(p['method']))} {p['amount']['amount']}" for p in doc["payments"])
        out.append("  " + words.tr("paid by {0}").format(paid))
    if doc["tracking"]:
        out.append("  " + words.tr("tracking {0}").format(", ".join(t["number"] for t in doc["tracking"])))
    return out


def _orders(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.orders.view import order_documents

    with ws.read() as session:
        documents = order_documents(session, args.limit)
        if args.json:
            print_json_array(documents)  # written as it is read
            return 0
        count = 0
        for doc in documents:
            count += 1
            for line in _order_lines(doc):
                print(line)
        if count == 0:
            print(words.tr("No orders yet: `desk import FILE` brings them in."))
    return 0
