"""Creating and editing an order by hand: the same rules as an import (amounts in the order's currency, payments
that add up to what was owed), written through the ORM so every change is audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.models import Order, OrderLine, OrderStatus, Payment, PaymentMethod, Platform, Supplier
from desk.money import Money, minor_digits


@dataclass(frozen=True)
class LineDraft:
    item: str
    qty: int
    unit_price: Money
    sku: str | None = None


@dataclass(frozen=True)
class PaymentDraft:
    method: PaymentMethod
    amount: Money


@dataclass
class OrderDraft:
    platform: Platform
    order_no: str
    supplier: str
    currency: str
    placed_on: date
    status: OrderStatus = OrderStatus.PAID
    shipping: Money | None = None
    discount: Money | None = None
    notes: str | None = None
    lines: list[LineDraft] = field(default_factory=list)
    payments: list[PaymentDraft] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Everything wrong with the draft, each naming its field; empty when it can be saved."""
        found: list[str] = []
        if not self.order_no.strip():
            found.append("order number: required")
        if not self.supplier.strip():
            found.append("supplier: required")
        try:
            minor_digits(self.currency)
        except ValueError as exc:
            found.append(f"currency: {exc}")
            return found
        if not self.lines:
            found.append("lines: an order needs at least one line")
        for number, line in enumerate(self.lines, start=1):
            if not line.item.strip():
                found.append(f"line {number}, item: required")
            if line.qty < 1:
                found.append(f"line {number}, qty: must be at least 1, got {line.qty}")
            found += _money_problems(f"line {number}, unit price", line.unit_price, self.currency)
        for name, amount in (("shipping", self.shipping), ("discount", self.discount)):
            if amount is not None:
                found += _money_problems(name, amount, self.currency)
        for number, payment in enumerate(self.payments, start=1):
            found += _money_problems(f"payment {number}, amount", payment.amount, self.currency)
            if payment.amount.minor == 0 and payment.amount.currency == self.currency:
                found.append(f"payment {number}, amount: must be more than zero")
        if not found and self.payments:
            paid = Money(sum(p.amount.minor for p in self.payments), self.currency)
            if paid != self.total:
                found.append(f"payments: they add up to {paid}, but the order comes to {self.total}")
        return found

    @property
    def total(self) -> Money:
        goods = sum(line.qty * line.unit_price.minor for line in self.lines)
        extra = (self.shipping.minor if self.shipping else 0) - (self.discount.minor if self.discount else 0)
        return Money(goods + extra, self.currency)


def _money_problems(where: str, amount: Money, currency: str) -> list[str]:
    if amount.currency != currency:
        return [f"{where}: in {amount.currency}, but the order is in {currency}"]
    if amount.minor < 0:
        return [f"{where}: must not be negative"]
    return []


def save_order(session: Session, draft: OrderDraft, order_id: int | None = None) -> Order:
    """Create the order (order_id None) or bring an existing one in line with the draft, in the caller's
    transaction. Lines are matched by their number; a line with a dispute cannot be removed."""
    problems = draft.problems()
    if problems:
        raise DeskError("the order cannot be saved: " + "; ".join(problems))
    clash = session.scalars(
        select(Order).where(Order.platform == draft.platform, Order.order_no == draft.order_no.strip())
    ).first()
    if clash is not None and clash.id != order_id:
        raise DeskError(f"order number: {draft.platform.value}:{draft.order_no.strip()} already exists")
    if order_id is None:
        order = Order(platform=draft.platform, currency=draft.currency)
    else:
        existing = session.get(Order, order_id)
        if existing is None:
            raise DeskError(f"no order {order_id}")
        order = existing
        if order.currency != draft.currency and (order.refunds or any(line.disputes for line in order.lines)):
            raise DeskError(f"currency: {order.key} has disputes or refunds in {order.currency}; it cannot change")
    order.platform = draft.platform
    order.order_no = draft.order_no.strip()
    order.currency = draft.currency
    order.supplier = _supplier(session, draft.platform, draft.supplier.strip())
    order.placed_on = draft.placed_on
    order.status = draft.status
    order.shipping_minor = draft.shipping.minor if draft.shipping else 0
    order.discount_minor = draft.discount.minor if draft.discount else 0
    order.notes = draft.notes or None
    _sync_lines(order, draft.lines)
    _sync_payments(order, draft.payments)
    session.add(order)
    session.flush()
    return order


def _supplier(session: Session, platform: Platform, name: str) -> Supplier:
    found = session.scalars(select(Supplier).where(Supplier.platform == platform, Supplier.name == name)).first()
    return found or Supplier(platform=platform, name=name)


def _sync_lines(order: Order, lines: list[LineDraft]) -> None:
    by_number = {line.line_no: line for line in order.lines}
    for number, draft in enumerate(lines, start=1):
        line = by_number.pop(number, None)
        if line is None:
            line = OrderLine(line_no=number)
            order.lines.append(line)
        line.item, line.sku, line.qty, line.unit_price_minor = (
            draft.item.strip(),
            draft.sku,
            draft.qty,
            draft.unit_price.minor,
        )
    for line in by_number.values():
        if line.disputes:
            raise DeskError(f"line {line.line_no} ({line.item}) has a dispute and cannot be removed")
        order.lines.remove(line)


def _sync_payments(order: Order, payments: list[PaymentDraft]) -> None:
    wanted = [(p.method, p.amount.minor) for p in payments]
    if [(p.method, p.amount_minor) for p in order.payments] == wanted:
        return  # unchanged: no audit noise
    order.payments.clear()
    for method, minor in wanted:
        order.payments.append(Payment(method=method, amount_minor=minor))
