"""Rows to orders: lines grouped by platform and order number, order-level values combined (and checked to agree),
line numbers checked, the money checked to add up. Every problem is collected; nothing stops at the first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from desk.calendar import likely_span, outside_span
from desk.importing.problems import Difference, Problem
from desk.importing.records import LineRecord, OrderRecord, PaymentRecord, TrackingRecord
from desk.importing.rows import Combine, LineRow, Source
from desk.importing.values import PaymentPart, platform
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import OrderStatus, PaymentMethod, Platform
from desk.money import MAX_MINOR, Money

ORDER_FIELDS = (
    "supplier", "store", "currency", "placed_on", "paid_on", "shipped_on", "delivered_on", "status",
    "shipping", "discount", "tax", "tax_collector", "payments",
)
# A row with one of these wrong leaves its order's total unknown: the totals are not checked then.
TAINTING = {"currency", "unit_price", "qty", "shipping", "discount", "tax", "payments", "line_no"}
UNPAID = (OrderStatus.PLACED, OrderStatus.CANCELLED)
RowDone = Callable[[int], None]  # rows read so far (the importer's meter puts them on its whole scale)


def _shown(value: Any, currency: str | None) -> str:
    """A value as the user wrote it, for messages."""
    if isinstance(value, list):
        shown = "; ".join(f"{p.method.value}:{Money(p.amount.minor, p.amount.currency).amount}" for p in value)
        return shown or words.tr("none")
    if isinstance(value, int) and currency is not None:
        return str(Money(value, currency).amount)
    if isinstance(value, date):
        return value.isoformat()
    return str(getattr(value, "value", value))


class _Order:
    """The rows of one order while they are combined."""

    def __init__(
        self, source: Source, problems: list[Problem], rows: list[LineRow], differences: list[Difference]
    ) -> None:
        self.source = source
        self.problems = problems
        self.differences = differences
        self.rows = rows
        self.first = rows[0]
        self.key = f"{self.first.platform}:{self.first.order_no}"
        self.disagreed = False  # lines gave different order-level values: its total is anyone's guess
        self.span: tuple[date, date] | None = None  # the dates taken without asking; None: any (the user confirmed)

    def problem(self, row: int, name: str, message: str) -> None:
        self.problems.append(Problem(row, self.source.columns.get(name, name), message))

    def value(self, name: str) -> Any:
        """The order's value of `name` from its lines, combined the source's way."""
        given = [(r, getattr(r, name)) for r in self.rows if name not in r.bad and getattr(r, name) is not None]
        how = self.source.combine(name)
        if not given:
            return None
        if how is Combine.SUM:
            if name == "payments":
                return _sum_payments([p for _, value in given for p in value])
            return sum(value for _, value in given)
        if how is Combine.EARLIEST:
            return min(value for _, value in given)
        first_row, first = given[0]
        currency = self.first.currency
        for row, value in given[1:]:
            if value != first:
                self.disagreed = True
                self.problem(
                    row.row, name,
                    words.tr(
                        "{0} here but {1} on row {2} of the same order ({3}); order-level values must be the same on "
                        "every line"
                    ).format(_shown(value, currency), _shown(first, currency), first_row.row, self.key),
                )
        return first

    def lines(self) -> list[LineRecord]:
        lines: list[LineRecord] = []
        taken: dict[int, int] = {}
        position = 0
        for r in self.rows:
            if not r.has_line:
                continue
            position += 1
            number = r.line_no if r.line_no is not None else position
            if "line_no" in r.bad:
                continue
            if number in taken:
                said = words.tr("line {0} of {1} is also on row {2}").format(number, self.key, taken[number])
                self.problem(r.row, "line_no", said)
                continue
            taken[number] = r.row
            if r.item is not None and r.unit_price is not None:
                lines.append(LineRecord(number, r.item, r.sku, r.qty, r.unit_price, r.row))
        return lines

    def tracking(self) -> list[TrackingRecord]:
        found: dict[str, TrackingRecord] = {}
        for r in self.rows:
            for t in r.tracking:
                if t.number not in found:
                    found[t.number] = TrackingRecord(t.number, t.carrier, r.shipped_on)
        return list(found.values())


def _sum_payments(parts: list[PaymentPart]) -> list[PaymentPart]:
    by_method: dict[PaymentMethod, PaymentPart] = {}
    for part in parts:
        before = by_method.get(part.method)
        if before is None:
            by_method[part.method] = part
        else:
            by_method[part.method] = PaymentPart(part.method, before.amount + part.amount, before.reference)
    return list(by_method.values())


def _store(text: str | None, default: Platform) -> tuple[Platform, str] | None:
    """`ozon:TechBox` is our TechBox store on Ozon; a name alone is a store on the order's platform."""
    if text is None:
        return None
    prefix, colon, name = text.partition(":")
    if colon and name.strip():
        try:
            return platform(prefix), name.strip()
        except ValueError:
            pass
    return default, text


def build_order(order: _Order) -> OrderRecord | None:
    first = order.first
    assert first.platform is not None and first.order_no is not None
    values = {name: order.value(name) for name in ORDER_FIELDS}
    supplier, placed_on, currency = values["supplier"], values["placed_on"], values["currency"]
    for name, value, needs in (
        ("supplier", supplier, QT_TRANSLATE_NOOP("words", "empty, but every order needs a supplier")),
        ("placed_on", placed_on, QT_TRANSLATE_NOOP("words", "empty, but every order needs the date it was placed")),
    ):
        if value is None and not any(name in r.bad for r in order.rows):
            order.problem(first.row, name, words.tr(needs))
    if supplier is None or placed_on is None or currency is None:
        return None
    payments = values["payments"]
    if payments is None and any(r.payments_given for r in order.rows):
        payments = []
    record = OrderRecord(
        platform=first.platform,
        order_no=first.order_no,
        supplier=supplier,
        currency=currency,
        placed_on=placed_on,
        first_row=first.row,
        store=_store(values["store"], first.platform),
        status=values["status"],
        paid_on=values["paid_on"],
        shipped_on=values["shipped_on"],
        delivered_on=values["delivered_on"],
        shipping_minor=values["shipping"] or 0,
        discount_minor=values["discount"] or 0,
        tax_minor=values["tax"] or 0,
        tax_collector=values["tax_collector"] if values["tax"] else None,
        payments=None if payments is None else [PaymentRecord(p.method, p.amount.minor, p.reference) for p in payments],
        tracking=order.tracking(),
        lines=order.lines(),
    )
    _check_dates(order, record)
    if _too_large(order, record):
        return record
    if not order.disagreed and not any(TAINTING & r.bad or (r.has_line and "item" in r.bad) for r in order.rows):
        _check_money(order, record)
    return record


def _too_large(order: _Order, record: OrderRecord) -> bool:
    """An order whose lines or total come to more than Desk holds in one amount (`MAX_MINOR`), each amount within
    it: refused, so that no sum Desk makes of it runs past the database's whole numbers."""
    amounts = record.amounts
    sums = [("unit_price", max((abs(line.qty * line.unit_price_minor) for line in record.lines), default=0)),
            ("unit_price", abs(amounts.goods_minor)), ("unit_price", abs(amounts.total_minor)),
            ("payments", sum(abs(p.amount_minor) for p in record.payments or []))]
    for name, minor in sums:
        if minor > MAX_MINOR:
            said = words.tr("{0} comes to {1}, more than Desk holds for one order (at most {2})").format(
                record.key, Money(minor, record.currency), Money(MAX_MINOR, record.currency)
            )
            order.problem(_row_of(order, name), name, said)
            return True
    return False


def _check_dates(order: _Order, record: OrderRecord) -> None:
    _check_span(order)
    steps = [("placed_on", record.placed_on, "placed"), ("paid_on", record.paid_on, "paid"),
             ("shipped_on", record.shipped_on, "shipped"), ("delivered_on", record.delivered_on, "delivered")]
    for name, value, _ in steps[1:]:
        if value is not None and value < record.placed_on:
            said = words.tr("{0} is before the order was placed ({1})")
            order.problem(_row_of(order, name), name, said.format(value.isoformat(), record.placed_on.isoformat()))
    if record.delivered_on and record.shipped_on and record.delivered_on < record.shipped_on:
        said = words.tr("{0} is before it was shipped ({1})").format(
            record.delivered_on.isoformat(), record.shipped_on.isoformat()
        )
        order.problem(_row_of(order, "delivered_on"), "delivered_on", said)


def _check_span(order: _Order) -> None:
    """Each date before 2000 or more than a year ahead, where the file has it: a typing mistake, most often, so
    refused unless the user confirmed such dates (`desk.calendar.likely_span`)."""
    if order.span is None:
        return
    first, last = order.span
    for r in order.rows:
        for name in ("placed_on", "paid_on", "shipped_on", "delivered_on"):
            value = getattr(r, name)
            if value is not None and not first <= value <= last and name not in r.bad:
                said = words.tr(
                    "{0}: if it is right, import the file with such dates kept (--confirm-dates, or tick Keep such "
                    "dates in the Import dialog)"
                )
                order.problem(r.row, name, said.format(outside_span(value, first, last)))


def _row_of(order: _Order, name: str) -> int:
    """The first row that gives `name` (where the user will look)."""
    return next((r.row for r in order.rows if getattr(r, name) is not None), order.first.row)


def _check_money(order: _Order, record: OrderRecord) -> None:
    if not record.lines:
        order.problem(record.first_row, "item", words.tr("{0} has no lines").format(record.key))
        return
    amounts = record.amounts
    too_much = amounts.discount_problem()
    if too_much is not None:
        order.problem(_row_of(order, "discount"), "discount", too_much)
        return
    if record.payments is None:
        return
    if not record.payments and (amounts.total_minor == 0 or record.derived_status() in UNPAID):
        return
    paid = sum(p.amount_minor for p in record.payments)
    if paid != amounts.total_minor and order.source.platform_totals:
        row = _row_of(order, "payments") if record.payments else record.first_row
        order.differences.append(
            Difference(record.key, row, paid, amounts.total_minor, record.currency, amounts.made_of())
        )
        return
    if not record.payments:
        said = words.tr("empty, but {0} is {1}: give method:amount pairs that add up to {2}").format(
            record.key, record.derived_status().value, amounts.total
        )
        order.problem(_row_of(order, "payments"), "payments", said)
        return
    mismatch = amounts.payments_problem(paid)
    if mismatch is not None:
        order.problem(_row_of(order, "payments"), "payments", mismatch)


def build_orders(
    rows: Iterable[LineRow],
    source: Source,
    problems: list[Problem],
    on_row: RowDone | None = None,
    differences: list[Difference] | None = None,
    *,
    dates_confirmed: bool = False,
) -> list[OrderRecord]:
    """Group rows by (platform, order number), in the order orders first appear, and build each order. Where a
    platform's own total does not match its order's parts, the `differences` are collected. A date outside the
    span Desk takes without asking is a problem unless `dates_confirmed`."""
    span = None if dates_confirmed else likely_span()
    found = differences if differences is not None else []
    groups: dict[tuple[Platform, str], list[LineRow]] = {}
    for done, row in enumerate(rows, start=1):
        if on_row is not None:
            on_row(done)
        if row.platform is None or row.order_no is None:
            continue  # reported: without its key a row belongs to no order
        groups.setdefault((row.platform, row.order_no), []).append(row)
    records = []
    for group in groups.values():
        order = _Order(source, problems, group, found)
        order.span = span
        record = build_order(order)
        if record is not None:
            records.append(record)
    return records
