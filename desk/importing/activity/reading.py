"""A PayPal activity download read into rows: each row's date, amount and transaction ids, and what it is (a payment
we made, a refund we received, or left out and why). Dates and amounts are read by the import's `TextFormat`, with
what the user left open settled from the file (`settle`): a bad cell is a `Problem` (`row N, column C: …`) and the
import then writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from desk.importing.activity import paypal
from desk.importing.activity.paypal import Kind
from desk.importing.problems import ImportFileError, Problem
from desk.importing.reader import Sheet
from desk.importing.text_format import TextFormat, fold, settle
from desk.importing.values import BadValue, SaidOnce
from desk.language import words
from desk.money import Money, minor_digits


@dataclass(frozen=True)
class ActivityRow:
    """A payment we made (`amount` is what was paid, above zero) or a refund we received."""

    row: int
    kind: Kind  # PAYMENT or REFUND
    on: date
    amount: Money
    transaction_id: str
    reference: str  # Reference Txn ID: for a refund, the payment it refunds ("" when none)
    name: str
    note: str  # the Note, else the Subject


@dataclass
class Activity:
    """What the file holds, and every problem found in it."""

    rows: int = 0
    payments: list[ActivityRow] = field(default_factory=list)
    refunds: list[ActivityRow] = field(default_factory=list)
    left_out: dict[str, list[int]] = field(default_factory=dict)  # why -> rows
    fees: dict[str, int] = field(default_factory=dict)  # currency -> PayPal's fees on the file's rows, minor units
    problems: list[Problem] = field(default_factory=list)
    text_format: TextFormat | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field -> header

    @property
    def ok(self) -> bool:
        return not self.problems

    def leave_out(self, row: int, why: str) -> None:
        self.left_out.setdefault(why, []).append(row)


def read_activity(sheet: Sheet, fmt: TextFormat, on_row: Callable[[int], None] | None = None) -> Activity:
    columns = paypal.column_map(sheet.headers)
    missing = [paypal.COLUMNS[f][0] for f in paypal.REQUIRED if f not in columns]
    if missing:
        raise ImportFileError(
            words.tr("{0}: a PayPal activity download without the column {1}").format(sheet.name, ", ".join(missing))
        )
    if fmt.dates is None:
        fmt = replace(fmt, dates=paypal.date_order(columns))
    amounts = [columns[f] for f in ("gross", "fee") if f in columns]
    fmt, problems = settle(fmt, sheet, date_columns=[columns["date"]], amount_columns=amounts)
    activity = Activity(problems=problems, text_format=fmt, columns=columns)
    index = {f: sheet.headers.index(h) for f, h in columns.items()}
    seen: set[str] = set()
    for number, cells in sheet.rows(activity.problems, activity.left_out):
        activity.rows += 1
        cell = {f: cells[i].strip() for f, i in index.items()}
        _read_row(activity, fmt, number, cell, seen)
        if on_row is not None:
            on_row(activity.rows)
    order = {h: i for i, h in enumerate(sheet.headers)}
    activity.problems.sort(key=lambda p: (p.row or 0, order.get(p.column or "", len(order))))
    return activity


def _read_row(activity: Activity, fmt: TextFormat, number: int, cell: dict[str, str], seen: set[str]) -> None:
    columns = activity.columns

    def bad(name: str, message: str | BadValue) -> None:
        if not isinstance(message, SaidOnce):
            activity.problems.append(Problem(number, columns[name], str(message)))

    currency = cell["currency"].upper()
    try:
        minor_digits(currency)
    except ValueError:
        bad("currency", words.tr('"{0}" is not a currency code (such as USD or EUR)').format(cell["currency"]))
        return
    try:
        on = fmt.date(cell["date"])
    except BadValue as exc:
        on = None
        bad("date", exc)
    gross = _money(fmt, cell, "gross", currency, columns, bad)
    fee = _money(fmt, cell, "fee", currency, columns, bad) if cell.get("fee") else None
    if on is None or gross is None:
        return
    if fee is not None and fee.minor:
        activity.fees[currency] = activity.fees.get(currency, 0) + abs(fee.minor)
    txn = cell["transaction_id"]
    why = _left_out(cell, gross, txn in seen)
    if why is not None:
        activity.leave_out(number, why)
        return
    if not txn:
        bad("transaction_id", words.tr("no transaction id: Desk keeps it as the payment's reference"))
        return
    seen.add(txn)
    kind = paypal.kind_of(cell["type"], cell.get("event_code", ""))
    row = ActivityRow(
        number, kind, on, abs(gross), txn, cell.get("reference", ""), cell.get("name", ""),
        cell.get("note", "") or cell.get("subject", ""),
    )
    (activity.payments if kind is Kind.PAYMENT else activity.refunds).append(row)


def _money(
    fmt: TextFormat, cell: dict[str, str], name: str, currency: str, columns: dict[str, str],
    bad: Callable[[str, str | BadValue], None],
) -> Money | None:
    try:
        return fmt.money(cell[name], currency, allow_negative=True, column=columns[name])
    except BadValue as exc:
        bad(name, exc)
        return None


def _left_out(cell: dict[str, str], gross: Money, repeated: bool) -> str | None:
    """Why the row is not a payment we made or a refund we received; None when it is one."""
    kind = paypal.kind_of(cell["type"], cell.get("event_code", ""))
    if kind is Kind.UNKNOWN:
        return paypal.unknown_type(cell["type"])
    if kind not in (Kind.PAYMENT, Kind.REFUND):
        return paypal.REASONS[kind]
    if gross.minor == 0:
        return paypal.NOTHING_PAID
    if kind is Kind.PAYMENT and gross.minor > 0:
        return paypal.RECEIVED
    if kind is Kind.REFUND and gross.minor < 0:
        return paypal.REFUND_SENT
    if fold(cell.get("balance_impact", "")) in paypal.MEMO:
        return paypal.MOVES_NOTHING
    if fold(cell["status"]) not in paypal.SETTLED:
        return paypal.not_settled(cell["status"])
    if repeated:
        return paypal.REPEATED
    return None
