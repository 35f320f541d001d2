"""What an order comes to, what was paid for each of its lines, what was refunded and what can still be: the one
place these sums and their rules are kept. The import's checks, hand editing, opening a dispute and planning a
refund all ask here, so they cannot disagree (they did: the import refused a discount above the lines and shipping,
hand editing let it through)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from desk.language import words
from desk.models import Order, OrderLine, Refund
from desk.money import Money, split


@dataclass(frozen=True, slots=True)
class OrderAmounts:
    """An order's sums in minor units of `currency`: the goods (its lines), shipping, tax, and the discount
    (coupons and vouchers included). Built from an order in Desk, a hand-entered draft or an imported file alike."""

    currency: str
    goods_minor: int
    shipping_minor: int = 0
    discount_minor: int = 0
    tax_minor: int = 0

    @classmethod
    def of_lines(
        cls,
        currency: str,
        lines: Iterable[tuple[int, int]],
        shipping_minor: int = 0,
        discount_minor: int = 0,
        tax_minor: int = 0,
    ) -> OrderAmounts:
        """From (qty, unit price in minor units) pairs."""
        return cls(currency, sum(qty * unit for qty, unit in lines), shipping_minor, discount_minor, tax_minor)

    @classmethod
    def of(cls, order: Order) -> OrderAmounts:
        lines = ((line.qty, line.unit_price_minor) for line in order.lines)
        return cls.of_lines(
            order.currency, lines, order.shipping_minor or 0, order.discount_minor or 0, order.tax_minor or 0
        )

    @property
    def total_minor(self) -> int:
        """What the buyer owed: goods plus shipping and tax less the discount."""
        return self.goods_minor + self.shipping_minor + self.tax_minor - self.discount_minor

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)

    @property
    def goods(self) -> Money:
        return Money(self.goods_minor, self.currency)

    def _money(self, minor: int) -> Money:
        return Money(minor, self.currency)

    def discount_problem(self) -> str | None:
        """A discount cannot be more than what it is taken off: the lines and shipping."""
        before = self.goods_minor + self.shipping_minor
        if self.discount_minor <= before:
            return None
        return words.tr("discount {0} is more than the lines and shipping ({1})").format(
            self._money(self.discount_minor), self._money(before)
        )

    def payments_problem(self, paid_minor: int) -> str | None:
        """Payments that do not add up to the total, with how the total is made so the user can find the slip."""
        if paid_minor == self.total_minor:
            return None
        return words.tr("payments add up to {0} but the order total is {1} ({2})").format(
            self._money(paid_minor), self.total, self.made_of()
        )

    def made_of(self) -> str:
        """`lines 30.00 + shipping 5.00 + tax 2.80 − discount 1.00` (tax only where there is some)."""
        goods, shipping = self._money(self.goods_minor).amount, self._money(self.shipping_minor).amount
        discount = self._money(self.discount_minor).amount
        if self.tax_minor:
            tax = self._money(self.tax_minor).amount
            return words.tr("lines {0} + shipping {1} + tax {2} − discount {3}").format(goods, shipping, tax, discount)
        return words.tr("lines {0} + shipping {1} − discount {2}").format(goods, shipping, discount)


def order_total(order: Order) -> Money:
    return OrderAmounts.of(order).total


def order_total_minor_sql() -> ColumnElement[int]:
    """The same total as `OrderAmounts.total_minor`, in SQL over `orders`: lists sort and page thousands of orders
    by it without loading them."""
    goods = (
        select(func.coalesce(func.sum(OrderLine.qty * OrderLine.unit_price_minor), 0))
        .where(OrderLine.order_id == Order.id)
        .scalar_subquery()
    )
    return goods + Order.shipping_minor + Order.tax_minor - Order.discount_minor


def paid_for_lines(order: Order) -> dict[int, Money]:
    """What was paid for each line, by line id: the payments shared out by line amount (largest remainder), so
    the shares always add up to what was paid."""
    if not order.lines:
        return {}
    weights = [line.qty * line.unit_price_minor for line in order.lines]
    if not any(weights):
        return {line.id: Money.zero(order.currency) for line in order.lines}
    shares = split(order.paid, weights)
    return {line.id: share for line, share in zip(order.lines, shares, strict=True)}


def refunded(refund: Refund) -> Money:
    """What a refund takes back from what was paid: the amount agreed, or what arrived if that was more."""
    currency = refund.order.currency
    return Money(sum(max(p.expected_minor, p.received_minor or 0) for p in refund.parts), currency)


def refunded_on_order(order: Order) -> Money:
    """Every refund of the order: for its disputes and order-level ones (a cancellation) alike."""
    return sum((refunded(r) for r in order.refunds), Money.zero(order.currency))


def refunded_on_line(line: OrderLine) -> Money:
    """The refunds for disputes on this line."""
    order = line.order
    on_line = (r for r in order.refunds if r.dispute is not None and r.dispute.order_line_id == line.id)
    return sum((refunded(r) for r in on_line), Money.zero(order.currency))


def refundable_on_order(order: Order) -> Money:
    """What is left to refund on the whole order: what was paid less every refund agreed or received."""
    return max(Money.zero(order.currency), order.paid - refunded_on_order(order))


def refundable_on_line(line: OrderLine) -> Money:
    """What can still be claimed for a line: its share of what was paid less the refunds for disputes on it, and
    never more than what is left on the whole order (order-level refunds such as cancellations count too)."""
    order = line.order
    paid_for_line = paid_for_lines(order).get(line.id, Money.zero(order.currency))
    left_on_line = paid_for_line - refunded_on_line(line)
    return max(Money.zero(order.currency), min(left_on_line, refundable_on_order(order)))
