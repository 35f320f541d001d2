"""Creating and editing an order by hand: the same rules as an import (amounts in the order's currency, a discount
no more than the lines and shipping, payments that add up to what was owed), written through the ORM so every
change is audited.

An edit keeps what the user did not touch: a line or payment of the draft names the one it is (`line_id`,
`payment_id`), so reordering or removing rows never moves a line's disputes, refunds or evidence to another item,
and a payment whose amount changed keeps its paid date and reference. What a draft leaves as None (the dates after
placing, the store, coupons and tracking numbers, a payment's date and reference) an edit keeps as it was: the Edit
Order window does not show them, and must not wipe them. A line also keeps its number: it is how the
platform's export, the import (which matches lines by number), the disputes and the letters name it, so a number
never passes to another item; a new line is numbered after the order's last."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.language import words
from desk.models import (
    Coupon,
    CouponKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    Platform,
    Store,
    Supplier,
    TrackingNumber,
)
from desk.money import Money, minor_digits
from desk.orders.amounts import OrderAmounts
from desk.orders.holdings import refuse_removal


@dataclass(frozen=True)
class LineDraft:
    item: str
    qty: int
    unit_price: Money
    sku: str | None = None
    line_id: int | None = None  # the line in Desk this row is; None for a new line


@dataclass(frozen=True)
class PaymentDraft:
    method: PaymentMethod
    amount: Money
    payment_id: int | None = None  # the payment in Desk this row is; None for a new payment
    paid_on: date | None = None  # None: the order's paid date for a new payment; kept by an edit
    reference: str | None = None  # how it shows on the statement ("Visa ••4821"); None: kept by an edit


@dataclass(frozen=True)
class CouponDraft:
    """A coupon or voucher the discount came from; platforms do not reissue them on a refund (seed 001)."""

    kind: CouponKind
    amount: Money
    code: str | None = None


@dataclass(frozen=True)
class TrackingDraft:
    number: str
    carrier: str | None = None  # shipped on the order's shipped date


@dataclass(frozen=True)
class OrderDraft:
    """An order as the user wants it, with its lines and payments. A new order's lines are numbered 1, 2, … as
    they stand here; an edited order's lines keep their numbers."""

    platform: Platform
    order_no: str
    supplier: str
    currency: str
    placed_on: date
    status: OrderStatus = OrderStatus.PAID
    shipping: Money | None = None
    discount: Money | None = None
    tax: Money | None = None  # sales tax or VAT named apart from the goods (who took it stays as the order has it)
    notes: str | None = None
    lines: tuple[LineDraft, ...] = field(default=())
    payments: tuple[PaymentDraft, ...] = field(default=())
    # None in an edit: kept as the order has them (see the module's docstring).
    paid_on: date | None = None
    shipped_on: date | None = None
    delivered_on: date | None = None
    store_id: int | None = None  # the business's store it was bought for
    coupons: tuple[CouponDraft, ...] | None = None
    tracking: tuple[TrackingDraft, ...] | None = None
    confirm_dates: bool = False  # the user confirmed a date outside the span Desk takes without asking

    def __post_init__(self) -> None:
        # Frozen all the way down: a request may cross threads.
        object.__setattr__(self, "lines", tuple(self.lines))
        object.__setattr__(self, "payments", tuple(self.payments))
        for name in ("coupons", "tracking"):
            if getattr(self, name) is not None:
                object.__setattr__(self, name, tuple(getattr(self, name)))

    @property
    def amounts(self) -> OrderAmounts:
        lines = ((line.qty, line.unit_price.minor) for line in self.lines)
        return OrderAmounts.of_lines(
            self.currency,
            lines,
            self.shipping.minor if self.shipping else 0,
            self.discount.minor if self.discount else 0,
            self.tax.minor if self.tax else 0,
        )

    @property
    def paid(self) -> Money:
        return Money(sum(p.amount.minor for p in self.payments), self.currency)

    def problems(self) -> list[str]:
        """Everything wrong with the draft, each naming its field; empty when it can be saved."""
        found: list[str] = []
        if not self.order_no.strip():
            found.append(words.tr("order number: required"))
        if not self.supplier.strip():
            found.append(words.tr("supplier: required"))
        try:
            minor_digits(self.currency)
        except ValueError as exc:
            found.append(words.tr("currency: {0}").format(exc))
            return found
        if not self.lines:
            found.append(words.tr("lines: an order needs at least one line"))
        for number, line in enumerate(self.lines, start=1):
            if not line.item.strip():
                found.append(words.tr("line {0}, item: required").format(number))
            if line.qty < 1:
                found.append(words.tr("line {0}, qty: must be at least 1, got {1}").format(number, line.qty))
            found += _money_problems(words.tr("line {0}, unit price").format(number), line.unit_price, self.currency)
        for name, amount in (
            (words.tr("shipping"), self.shipping),
            (words.tr("discount"), self.discount),
            (words.tr("tax"), self.tax),
        ):
            if amount is not None:
                found += _money_problems(name, amount, self.currency)
        for number, payment in enumerate(self.payments, start=1):
            found += _money_problems(words.tr("payment {0}, amount").format(number), payment.amount, self.currency)
            if payment.amount.minor == 0 and payment.amount.currency == self.currency:
                found.append(words.tr("payment {0}, amount: must be more than zero").format(number))
        for number, coupon in enumerate(self.coupons or (), start=1):
            found += _money_problems(words.tr("coupon {0}, amount").format(number), coupon.amount, self.currency)
        for number, parcel in enumerate(self.tracking or (), start=1):
            if not parcel.number.strip():
                found.append(words.tr("tracking {0}, number: required").format(number))
        found += self._date_problems()
        if not found:
            amounts = self.amounts
            too_much = amounts.discount_problem()
            if too_much is not None:
                found.append(too_much)
            elif self.payments and (mismatch := amounts.payments_problem(self.paid.minor)) is not None:
                found.append(mismatch)
            coupons = sum(c.amount.minor for c in self.coupons or ())
            if coupons > amounts.discount_minor:
                found.append(
                    words.tr("coupons: {0} is more than the discount {1} they are part of").format(
                        Money(coupons, self.currency), Money(amounts.discount_minor, self.currency)
                    )
                )
        return found

    def dates(self) -> list[tuple[str, date | None]]:
        """Every date the draft gives, with what it is in words (None: not given)."""
        given = [
            (words.tr("the day it was placed"), self.placed_on),
            (words.tr("the day it was paid"), self.paid_on),
            (words.tr("the day it was shipped"), self.shipped_on),
            (words.tr("the day it was delivered"), self.delivered_on),
        ]
        payments = enumerate(self.payments, start=1)
        return given + [(words.tr("the date of payment {0}").format(n), p.paid_on) for n, p in payments]

    def _date_problems(self) -> list[str]:
        """Paid, shipped and delivered on or after the day before: an order is placed, then paid, shipped, delivered."""
        found = []
        # Each date with how a refusal names its field and how it names the date before it ("the day it was paid").
        before, before_name = self.placed_on, words.tr("the day it was placed")
        for field_name, day, name in (
            (words.tr("paid on"), self.paid_on, words.tr("the day it was paid")),
            (words.tr("shipped on"), self.shipped_on, words.tr("the day it was shipped")),
            (words.tr("delivered on"), self.delivered_on, words.tr("the day it was delivered")),
        ):
            if day is None:
                continue
            if day < before:
                found.append(
                    words.tr("{0}: {1} is before {2} ({3})").format(field_name, day.isoformat(), before_name, before)
                )
            before, before_name = day, name
        return found


def _money_problems(where: str, amount: Money, currency: str) -> list[str]:
    if amount.currency != currency:
        return [words.tr("{0}: in {1}, but the order is in {2}").format(where, amount.currency, currency)]
    if amount.minor < 0:
        return [words.tr("{0}: must not be negative").format(where)]
    return []


@dataclass(frozen=True)
class Saved:
    order: Order
    new_supplier: bool  # the draft named a supplier Desk did not know: it was added
    payments: tuple[Payment, ...]  # in the draft's order


def add_order(session: Session, draft: OrderDraft) -> Saved:
    """A new order from the draft, in the caller's transaction."""
    if any(line.line_id is not None for line in draft.lines) or any(p.payment_id is not None for p in draft.payments):
        raise DeskError(words.tr("a new order has no lines or payments in Desk yet: leave their ids out"))
    _check(session, draft, None)
    order = Order(platform=draft.platform, currency=draft.currency)
    new_supplier = _set_fields(session, order, draft)
    for number, line in enumerate(draft.lines, start=1):
        order.lines.append(_new_line(number, line))
    for payment in draft.payments:
        order.payments.append(
            Payment(
                method=payment.method,
                amount_minor=payment.amount.minor,
                paid_on=payment.paid_on or draft.paid_on,
                reference=payment.reference,
            )
        )
    session.add(order)
    session.flush()
    return Saved(order, new_supplier, tuple(order.payments))


def change_order(session: Session, order_id: int, draft: OrderDraft) -> Saved:
    """Bring order `order_id` in line with the draft, in the caller's transaction: lines and payments matched by
    id, those left out removed (refused for a line that carries a dispute, a refund or evidence)."""
    order = session.get(Order, order_id)
    if order is None:
        raise DeskError(words.tr("no order {0}: it was deleted meanwhile").format(order_id))
    _check(session, draft, order_id)
    if order.currency != draft.currency and (order.refunds or any(line.disputes for line in order.lines)):
        raise DeskError(
            words.tr("currency: {0} has disputes or refunds in {1}; it cannot change").format(order.key, order.currency)
        )
    new_supplier = _set_fields(session, order, draft)
    _sync_lines(session, order, draft.lines)
    payments = _sync_payments(order, draft.payments)
    session.flush()
    return Saved(order, new_supplier, payments)


def _check(session: Session, draft: OrderDraft, order_id: int | None) -> None:
    problems = draft.problems()
    if problems:
        raise DeskError(words.tr("the order cannot be saved: {0}").format("; ".join(problems)))
    same = select(Order).where(Order.platform == draft.platform, Order.order_no == draft.order_no.strip())
    clash = session.scalars(same.execution_options(include_voided=True)).first()  # a number is never reused
    if clash is not None and clash.id != order_id:
        key = f"{draft.platform.value}:{draft.order_no.strip()}"
        if clash.is_voided:
            raise DeskError(
                words.tr("order number: {0} is a voided order: restore it instead of entering it again").format(key)
            )
        raise DeskError(words.tr("order number: {0} already exists").format(key))


def _set_fields(session: Session, order: Order, draft: OrderDraft) -> bool:
    """Set the order's own fields; true when its supplier is new to Desk."""
    store = None if draft.store_id is None else session.get(Store, draft.store_id)  # before the order joins the session
    if draft.store_id is not None and store is None:
        raise DeskError(words.tr("store: no store {0}; it was deleted meanwhile").format(draft.store_id))
    order.platform = draft.platform
    order.order_no = draft.order_no.strip()
    order.currency = draft.currency
    supplier = _supplier(session, draft.platform, draft.supplier.strip())
    order.supplier = supplier
    order.placed_on = draft.placed_on
    order.status = draft.status
    order.shipping_minor = draft.shipping.minor if draft.shipping else 0
    order.discount_minor = draft.discount.minor if draft.discount else 0
    order.tax_minor = draft.tax.minor if draft.tax else 0
    if not order.tax_minor:
        order.tax_collector = None
    order.notes = draft.notes or None
    for name in ("paid_on", "shipped_on", "delivered_on"):
        if getattr(draft, name) is not None:
            setattr(order, name, getattr(draft, name))
    if store is not None:
        order.store = store
    if draft.coupons is not None:
        order.coupons = [Coupon(kind=c.kind, code=c.code or None, amount_minor=c.amount.minor) for c in draft.coupons]
    if draft.tracking is not None:
        _sync_tracking(order, draft.tracking)
    return supplier.id is None


def _sync_tracking(order: Order, drafts: Sequence[TrackingDraft]) -> None:
    """The order's tracking numbers become the draft's: a number kept keeps its row."""
    kept = {t.number: t for t in order.tracking_numbers}
    rows = []
    for draft in drafts:
        number = draft.number.strip()
        row = kept.get(number) or TrackingNumber(number=number)
        row.carrier, row.shipped_on = (draft.carrier or "").strip() or None, order.shipped_on
        rows.append(row)
    order.tracking_numbers = rows


def _supplier(session: Session, platform: Platform, name: str) -> Supplier:
    found = session.scalars(select(Supplier).where(Supplier.platform == platform, Supplier.name == name)).first()
    return found or Supplier(platform=platform, name=name)


def _new_line(number: int, draft: LineDraft) -> OrderLine:
    line = OrderLine(line_no=number)
    _set_line(line, draft)
    return line


def _set_line(line: OrderLine, draft: LineDraft) -> None:
    line.item, line.sku = draft.item.strip(), draft.sku
    line.qty, line.unit_price_minor = draft.qty, draft.unit_price.minor


def _by_id(rows: Sequence[OrderLine] | Sequence[Payment], wanted: list[int], refusal: str) -> None:
    """Every id the draft names must be one of this order's rows, once; `refusal` otherwise."""
    have = {row.id for row in rows}
    if any(i not in have for i in wanted) or len(set(wanted)) != len(wanted):
        raise DeskError(refusal)


def _sync_lines(session: Session, order: Order, drafts: Sequence[LineDraft]) -> None:
    wanted = [d.line_id for d in drafts if d.line_id is not None]
    _by_id(order.lines, wanted, words.tr("the order's lines changed meanwhile: open the order again and redo the edit"))
    removed = [line for line in order.lines if line.id not in wanted]
    refuse_removal(session, removed)
    last = max((line.line_no for line in order.lines), default=0)  # a removed line's number is not given again
    for line in removed:
        order.lines.remove(line)
    by_id = {line.id: line for line in order.lines}
    for draft in drafts:
        if draft.line_id is None:
            last += 1
            order.lines.append(_new_line(last, draft))
        else:
            _set_line(by_id[draft.line_id], draft)


def _sync_payments(order: Order, drafts: Sequence[PaymentDraft]) -> tuple[Payment, ...]:
    wanted = [d.payment_id for d in drafts if d.payment_id is not None]
    _by_id(
        order.payments,
        wanted,
        words.tr("the order's payments changed meanwhile: open the order again and redo the edit"),
    )
    for payment in [p for p in order.payments if p.id not in wanted]:
        order.payments.remove(payment)
    by_id = {p.id: p for p in order.payments}
    result = []
    for draft in drafts:
        if draft.payment_id is None:
            payment = Payment(
                method=draft.method,
                amount_minor=draft.amount.minor,
                paid_on=draft.paid_on or order.paid_on,
                reference=draft.reference,
            )
            order.payments.append(payment)
        else:
            # Only what the draft says: the paid date and reference stay as they were unless it gives them.
            payment = by_id[draft.payment_id]
            payment.method, payment.amount_minor = draft.method, draft.amount.minor
            if draft.paid_on is not None:
                payment.paid_on = draft.paid_on
            if draft.reference is not None:
                payment.reference = draft.reference
        result.append(payment)
    return tuple(result)
