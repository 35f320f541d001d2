"""Recording a matched PayPal download, in the caller's transaction, through the ORM (its flush hook audits every row
written, as for any change made by hand).

A payment becomes a PayPal `Payment` on its order: amount, paid on the PayPal date, reference = the transaction id.
When the order already holds a PayPal payment of that amount without a reference (its orders file said
`paypal:142.37`), that payment gets the id instead of a second one being added. An order with no paid date takes the
payment's, and one still "placed" that is now paid in full becomes "paid", as an imported order with payments does.

A refund received is recorded as Desk records a refund's arrival (`desk.refunds.tracking.receive`, Record
Arrival…), so that what arrived is reconciled against what was expected:

- when the order has a refund expected on PayPal that has not arrived (`desk refund record`, or a dispute that
  settled), the arrival is recorded on it: the amount that came and the day, judged on time or late, short or over
  by `reconcile` like any other arrival. Of several, the one expecting this amount, else the oldest.
- else, nobody recorded a refund for it: a refund is made as the model allows one without a dispute, cause other,
  approved on the day it arrived (the first day Desk knows of it), with one PayPal part that expected and received
  the amount. It is not split across the order's payment methods as `plan_refund` would split one: the file says
  it came back on PayPal.

Either way the part's reference is the refund's transaction id, which is how importing the file again finds it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.importing.activity.matching import Action, Plan
from desk.models import OrderStatus, Payment, PaymentMethod, Refund, RefundCause, RefundPart
from desk.orders.amounts import OrderAmounts
from desk.refunds import tracking


def write_plan(session: Session, plan: Plan) -> None:
    for matched in plan.payments:
        row, order = matched.row, matched.order
        if matched.action is Action.ADDED:
            order.payments.append(
                Payment(
                    method=PaymentMethod.PAYPAL, amount_minor=row.amount.minor, paid_on=row.on,
                    reference=row.transaction_id,
                )
            )
        elif matched.action is Action.ID_ADDED and matched.payment is not None:
            matched.payment.reference = row.transaction_id
            if matched.payment.paid_on is None:
                matched.payment.paid_on = row.on
        else:
            continue
        if order.paid_on is None:
            order.paid_on = row.on
        if order.status is OrderStatus.PLACED and order.paid.minor >= OrderAmounts.of(order).total_minor:
            order.status = OrderStatus.PAID
    for matched in plan.refunds:
        row = matched.row
        if matched.action is Action.ARRIVAL and matched.refund is not None:
            part = tracking.receive(matched.refund, PaymentMethod.PAYPAL, row.amount, row.on)
            part.reference = row.transaction_id
        elif matched.action is Action.NEW_REFUND:
            refund = Refund(
                order=matched.order, cause=RefundCause.OTHER, approved_on=row.on, notes=row.note or None
            )
            refund.parts.append(
                RefundPart(
                    method=PaymentMethod.PAYPAL, expected_minor=row.amount.minor, received_minor=row.amount.minor,
                    received_on=row.on, reference=row.transaction_id,
                )
            )
            session.add(refund)
            matched.refund = refund
    session.flush()
