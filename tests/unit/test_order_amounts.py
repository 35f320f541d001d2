"""The one place an order's sums are made (desk.orders.amounts): its total and the rules on it, what was paid for
each line, what was refunded and what can still be."""

from __future__ import annotations

from datetime import date

from factories import dispute, order
from sqlalchemy import select

from desk.models import Order, PaymentMethod, Refund, RefundCause, RefundPart
from desk.money import Money
from desk.orders.amounts import (
    OrderAmounts,
    order_total,
    order_total_minor_sql,
    paid_for_lines,
    refundable_on_line,
    refundable_on_order,
    refunded_on_line,
    refunded_on_order,
)
from desk.workspace import Workspace


def test_the_total_is_lines_plus_shipping_less_the_discount() -> None:
    amounts = OrderAmounts.of_lines("USD", [(2, 1899), (1, 500)], shipping_minor=200, discount_minor=300)
    assert (amounts.goods_minor, amounts.total) == (4298, Money(4198, "USD"))
    assert amounts.discount_problem() is None
    assert amounts.payments_problem(4198) is None
    assert amounts.payments_problem(4000) == (
        "payments add up to 40.00 USD but the order total is 41.98 USD (lines 42.98 + shipping 2.00 − discount 3.00)"
    )


def test_a_discount_is_never_more_than_the_lines_and_shipping() -> None:
    assert OrderAmounts("CNY", 9000, 500, 9500).discount_problem() is None  # all of it off
    assert OrderAmounts("CNY", 9000, 500, 9501).discount_problem() == (
        "discount 95.01 CNY is more than the lines and shipping (95.00 CNY)"
    )


def test_paid_refunded_and_refundable_per_line_and_order(workspace: Workspace) -> None:
    with workspace.write() as s:
        o = order(
            s,
            lines=(("Earbuds", 1, 3000), ("Cable", 1, 1000)),
            payments=((PaymentMethod.CARD, 3000), (PaymentMethod.ALIPAY, 1000)),
        )
        s.flush()
        earbuds, cable = o.lines
        claim = dispute(s, earbuds, claimed_minor=1000)
        agreed = Refund(order=o, dispute=claim, cause=RefundCause.DISPUTE, approved_on=date(2026, 10, 25))
        agreed.parts.append(RefundPart(method=PaymentMethod.CARD, expected_minor=1000))
        # More arrived than was agreed: what arrived counts.
        agreed.parts.append(
            RefundPart(method=PaymentMethod.ALIPAY, expected_minor=0, received_minor=200, received_on=date(2026, 11, 1))
        )
        cancelled = Refund(order=o, cause=RefundCause.CANCELLATION, approved_on=date(2026, 10, 26))
        cancelled.parts.append(RefundPart(method=PaymentMethod.CARD, expected_minor=2500))
        s.add_all([agreed, cancelled])
        s.flush()
        order_id = o.id
    with workspace.read() as s:
        o = s.get(Order, order_id)
        assert o is not None
        earbuds, cable = o.lines
        assert order_total(o) == Money(4000, "CNY")
        assert paid_for_lines(o) == {earbuds.id: Money(3000, "CNY"), cable.id: Money(1000, "CNY")}
        assert refunded_on_line(earbuds) == Money(1200, "CNY") and refunded_on_line(cable) == Money(0, "CNY")
        assert refunded_on_order(o) == Money(3700, "CNY")
        assert refundable_on_order(o) == Money(300, "CNY")
        # The earbuds have 18.00 left of their own, but the order only 3.00 (the cancellation counts too).
        assert refundable_on_line(earbuds) == Money(300, "CNY") and refundable_on_line(cable) == Money(300, "CNY")


def test_the_lists_total_in_sql_is_the_same_total(workspace: Workspace) -> None:
    """The Orders list sorts by a total computed in SQL: it must be the one `OrderAmounts` makes."""
    with workspace.write() as s:
        orders = [
            order(s, lines=(("Earbuds", 2, 1899), ("Cable", 1, 500)), shipping_minor=200, discount_minor=300),
            order(s, lines=(("Lamp", 1, 9000),), payments=(), shipping_minor=500, discount_minor=9500),  # all off
            order(s, lines=(("Mug", 3, 333),)),
        ]
        s.flush()
        ids = [o.id for o in orders]
    with workspace.read() as s:
        rows = s.execute(select(Order.id, order_total_minor_sql()).where(Order.id.in_(ids)))
        in_sql = {order_id: total for order_id, total in rows}
        in_python = {o.id: order_total(o).minor for o in s.scalars(select(Order).where(Order.id.in_(ids)))}
    assert in_sql == in_python == {ids[0]: 4198, ids[1]: 0, ids[2]: 999}


def test_tax_named_apart_is_part_of_the_total_and_of_what_a_mismatch_says() -> None:
    """eBay's "eBay Collected Tax": Sold For + Shipping And Handling + tax = Total Price."""
    amounts = OrderAmounts.of_lines("USD", [(1, 8000)], shipping_minor=650, tax_minor=700)
    assert amounts.total == Money(9350, "USD")
    assert amounts.payments_problem(9350) is None
    assert amounts.payments_problem(8650) == (
        "payments add up to 86.50 USD but the order total is 93.50 USD (lines 80.00 + shipping 6.50 + tax 7.00 − "
        "discount 0.00)"
    )


def test_the_sql_total_counts_the_tax_as_the_order_does(workspace: Workspace) -> None:
    with workspace.write() as s:
        taxed = order(s, order_no="T-1", lines=(("Raspberry Pi 5", 1, 8000),), shipping_minor=650, tax_minor=700)
        s.flush()
        in_sql = s.scalar(select(order_total_minor_sql()).where(Order.id == taxed.id))
        assert in_sql == order_total(taxed).minor == 9350
