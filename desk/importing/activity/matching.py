"""Which order each payment and refund of a PayPal download belongs to, and what recording it would change; read
from the session given, nothing written (a dry run and an import plan alike).

A payment is matched, in this order:
1. by its transaction id: an order with a payment whose reference is that id (it is already in Desk);
2. by the user's link (`--link TXNID=PLATFORM:ORDER_NO`);
3. by amount and date: the orders in the payment's currency placed from `DAYS_BEFORE` days before the payment to
   `DAYS_AFTER` after it, whose unpaid remainder is the amount, or which hold a PayPal payment of that amount with
   no transaction id yet (an orders file that said `paypal:142.37`). An order paid in full by other methods is no
   candidate: the payment would pay it twice. One candidate: matched; several: ambiguous, each listed; none:
   unmatched. Ids and links are matched first, so an order they take is no longer free for the amounts; the
   amounts are matched in the file's order, each seeing what the ones above it took.

A refund is matched by its own transaction id (a refund part already has it as its reference), by a link, else
by the payment it refunds (Reference Txn ID): the order that payment is on in Desk, or was matched to above."""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.errors import DeskError
from desk.importing.activity.reading import Activity, ActivityRow
from desk.importing.existing import chunks
from desk.importing.problems import Problem
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import Order, Payment, PaymentMethod, Refund, RefundPart
from desk.orders.amounts import OrderAmounts, refunded_on_order
from desk.orders.lookup import parse_order_key
from desk.refunds import tracking

# How many days before a payment its order may have been placed. A supplier is paid at checkout (the same day) or,
# when it confirms stock or sends a pro-forma invoice first, within days; a week covers that with a weekend or a
# holiday in between, and is short enough that last month's order of the same amount is no candidate.
DAYS_BEFORE = 7
# And after it: PayPal dates a payment in the account's zone (PDT), a platform its order in its own (China is 15
# hours ahead), so an order can carry the next day's date.
DAYS_AFTER = 1


class By(enum.StrEnum):  # values in words (the JSON's; the report's lines translate them)
    TRANSACTION_ID = QT_TRANSLATE_NOOP("words", "transaction id")
    AMOUNT_AND_DATE = QT_TRANSLATE_NOOP("words", "amount and date")
    LINK = QT_TRANSLATE_NOOP("words", "your link")


class Action(enum.StrEnum):
    ADDED = "added"  # a new PayPal payment on the order
    ID_ADDED = "id added"  # the order's PayPal payment that had no transaction id gets this one
    ARRIVAL = "arrival recorded"  # on the refund the order expected on PayPal
    NEW_REFUND = "refund recorded"  # a refund with cause other, arrived
    ALREADY = "already in Desk"

# Why a row is left out, as the report says it (translated in its lines).
VOIDED_ORDER = QT_TRANSLATE_NOOP("words", "already recorded on an order that is voided")
VOIDED_REFUND = QT_TRANSLATE_NOOP("words", "already recorded on a refund that is voided")


@dataclass
class Matched:
    row: ActivityRow
    order: Order
    by: By
    action: Action
    payment: Payment | None = None  # the payment it fills in (ID_ADDED) or is (ALREADY)
    refund: Refund | None = None  # the refund it arrives on (ARRIVAL) or is on (ALREADY); made by the write


@dataclass(frozen=True)
class Unmatched:
    row: ActivityRow
    why: str
    candidates: tuple[str, ...] = ()  # PLATFORM:ORDER_NO of each candidate: several make it ambiguous


@dataclass
class Plan:
    payments: list[Matched] = field(default_factory=list)
    refunds: list[Matched] = field(default_factory=list)
    ambiguous: list[Unmatched] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    left_out: dict[str, list[int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Order:
    """An order as this run leaves it: what is still unpaid and refundable after the payments and refunds above."""

    order: Order
    unpaid: int
    refundable: int
    open_payments: list[Payment]  # PayPal payments without a transaction id, not yet taken
    expected: list[RefundPart]  # PayPal parts of its refunds that have not arrived, not yet taken


class _Matcher:
    def __init__(self, session: Session, activity: Activity, links: dict[str, str]) -> None:
        self.session = session
        self.activity = activity
        self.links = links
        self.plan = Plan()
        self.states: dict[int, _Order] = {}
        self.by_txn: dict[str, Matched] = {}  # payment transaction id -> its match in this run
        rows = activity.payments + activity.refunds
        ids = sorted({r.transaction_id for r in rows} | {r.reference for r in activity.refunds if r.reference})
        # What Desk holds under these ids, voided records too (they are said, not matched again); in chunks, as the
        # orders import reads what it holds: a year's download is thousands of ids.
        self.paid: dict[str | None, tuple[Payment, Order]] = {}
        self.refunded: dict[str | None, tuple[Refund, Order]] = {}
        for chunk in chunks(ids):
            query = select(Payment, Order).join(Payment.order).where(Payment.reference.in_(chunk))
            for payment, order in session.execute(query.execution_options(include_voided=True)):
                self.paid[payment.reference] = (payment, order)
            parts = (
                select(RefundPart, Refund, Order).join(RefundPart.refund).join(Refund.order)
                .where(RefundPart.reference.in_(chunk))
            )
            for part, refund, order in session.execute(parts.execution_options(include_voided=True)):
                self.refunded[part.reference] = (refund, order)
        self.candidates = self._window(activity.payments)

    # -- set-up ------------------------------------------------------------------------------------------------

    def _window(self, payments: list[ActivityRow]) -> dict[str, tuple[list[date], list[_Order]]]:
        """The orders any payment could be for, by currency, in the order they were placed (with their dates, to
        find one payment's window by bisection: a year's download against a year's orders stays quick)."""
        if not payments:
            return {}
        first = min(r.on for r in payments) - timedelta(days=DAYS_BEFORE)
        last = max(r.on for r in payments) + timedelta(days=DAYS_AFTER)
        query = (
            select(Order)
            .where(Order.currency.in_({r.amount.currency for r in payments}), Order.placed_on.between(first, last))
            .options(
                selectinload(Order.lines), selectinload(Order.payments),
                selectinload(Order.refunds).selectinload(Refund.parts),
            )
            .order_by(Order.placed_on, Order.id)
        )
        by_currency: dict[str, tuple[list[date], list[_Order]]] = {}
        for order in self.session.scalars(query):
            days, states = by_currency.setdefault(order.currency, ([], []))
            days.append(order.placed_on)
            states.append(self.state(order))
        return by_currency

    def state(self, order: Order) -> _Order:
        found = self.states.get(order.id)
        if found is None:
            total = OrderAmounts.of(order).total_minor
            paid = order.paid.minor
            open_payments = [p for p in order.payments if p.method is PaymentMethod.PAYPAL and not p.reference]
            expected = [
                part for refund in sorted(order.refunds, key=lambda r: (r.approved_on or date.min, r.id))
                for part in refund.parts if part.method is PaymentMethod.PAYPAL and part.received_minor is None
            ]
            refundable = paid - refunded_on_order(order).minor
            found = self.states[order.id] = _Order(order, total - paid, refundable, open_payments, expected)
        return found

    def problem(self, row: ActivityRow | None, column: str | None, message: str) -> None:
        header = self.activity.columns.get(column) if column else None
        self.plan.problems.append(Problem(row.row if row else None, header, message))

    def linked(self) -> dict[str, Order]:
        """The orders the links name, each checked: a transaction of the file, an order in Desk."""
        rows = {r.transaction_id: r for r in self.activity.payments + self.activity.refunds}
        found = {}
        for txn, key in self.links.items():
            row = rows.get(txn)
            if row is None:
                said = words.tr(
                    "--link {0}: the file has no payment or refund with this transaction id "
                    "(fees, conversions, holds and transfers are left out and are not linked)"
                )
                self.problem(None, None, said.format(txn))
                continue
            try:
                platform, number = parse_order_key(key)
            except DeskError as exc:
                self.problem(row, "transaction_id", words.tr("--link {0}: {1}").format(txn, exc))
                continue
            order = self.session.scalars(
                select(Order).where(Order.platform == platform, Order.order_no == number)
            ).first()
            if order is None:
                said = words.tr("--link {0}: no order {1} in Desk").format(txn, f"{platform.value}:{number}")
                self.problem(row, "transaction_id", said)
            else:
                found[txn] = order
        return found

    # -- payments ----------------------------------------------------------------------------------------------

    def payments(self, linked: dict[str, Order]) -> None:
        by_amount = []
        for row in self.activity.payments:
            existing = self.paid.get(row.transaction_id)
            link = linked.get(row.transaction_id)
            if existing is not None:
                self._already_paid(row, *existing, link)
            elif link is not None:
                self._pay(row, self.state(link), By.LINK)
            elif row.transaction_id not in self.links:  # a link that failed is a problem already
                by_amount.append(row)
        for row in by_amount:
            self._by_amount(row)

    def _already_paid(self, row: ActivityRow, payment: Payment, order: Order, link: Order | None) -> None:
        if order.is_voided:
            self.plan.left_out.setdefault(VOIDED_ORDER, []).append(row.row)
            return
        if link is not None and link.id != order.id:
            said = words.tr("{0} is already recorded on {1}, but --link names {2}")
            self.problem(row, "transaction_id", said.format(row.transaction_id, order.key, link.key))
            return
        if order.money(payment.amount_minor) != row.amount:
            said = words.tr("{0} has this payment ({1}) as {2}, the file as {3}: correct one of them").format(
                order.key, row.transaction_id, order.money(payment.amount_minor), row.amount
            )
            self.problem(row, "gross", said)
            return
        self._matched(Matched(row, order, By.TRANSACTION_ID, Action.ALREADY, payment=payment))

    def _by_amount(self, row: ActivityRow) -> None:
        first, last = row.on - timedelta(days=DAYS_BEFORE), row.on + timedelta(days=DAYS_AFTER)
        amount = row.amount.minor
        days, states = self.candidates.get(row.amount.currency, ([], []))
        found = [
            s for s in states[bisect_left(days, first) : bisect_right(days, last)]
            if s.unpaid == amount or any(p.amount_minor == amount for p in s.open_payments)
        ]
        if len(found) == 1:
            self._pay(row, found[0], By.AMOUNT_AND_DATE)
        elif found:
            keys = tuple(sorted(s.order.key for s in found))
            self.plan.ambiguous.append(Unmatched(row, words.tr("%n orders could be the one", "", len(keys)), keys))
        else:
            said = words.tr("no order in {0} placed from {1} to {2} has {3} unpaid").format(
                row.amount.currency, first.isoformat(), last.isoformat(), row.amount
            )
            self.plan.unmatched.append(Unmatched(row, said))

    def _pay(self, row: ActivityRow, state: _Order, by: By) -> None:
        order = state.order
        if order.currency != row.amount.currency:
            said = words.tr("{0} is in {1} but {2} is in {3}").format(
                row.transaction_id, row.amount.currency, order.key, order.currency
            )
            self.problem(row, "currency", said)
            return
        amount = row.amount.minor
        open_payment = next((p for p in state.open_payments if p.amount_minor == amount), None)
        if open_payment is not None:
            state.open_payments.remove(open_payment)
            self._matched(Matched(row, order, by, Action.ID_ADDED, payment=open_payment))
        elif amount <= state.unpaid:
            state.unpaid -= amount
            state.refundable += amount
            self._matched(Matched(row, order, by, Action.ADDED))
        else:
            said = words.tr("{0} would pay more than is unpaid on {1} ({2} of {3})").format(
                row.amount, order.key, order.money(max(state.unpaid, 0)), OrderAmounts.of(order).total
            )
            self.problem(row, "gross", said)

    def _matched(self, matched: Matched) -> None:
        self.plan.payments.append(matched)
        self.by_txn[matched.row.transaction_id] = matched

    # -- refunds -----------------------------------------------------------------------------------------------

    def refunds(self, linked: dict[str, Order]) -> None:
        waiting = {u.row.transaction_id: u for u in self.plan.ambiguous + self.plan.unmatched}
        for row in self.activity.refunds:
            existing = self.refunded.get(row.transaction_id)
            link = linked.get(row.transaction_id)
            if existing is not None:
                refund, order = existing
                if refund.is_voided or order.is_voided:
                    self.plan.left_out.setdefault(VOIDED_REFUND, []).append(row.row)
                elif link is not None and link.id != order.id:
                    said = words.tr("{0} is already recorded on {1}, but --link names {2}")
                    self.problem(row, "transaction_id", said.format(row.transaction_id, order.key, link.key))
                else:
                    self.plan.refunds.append(Matched(row, order, By.TRANSACTION_ID, Action.ALREADY, refund=refund))
            elif link is not None:
                self._refund(row, self.state(link), By.LINK)
            elif row.transaction_id not in self.links:
                self._by_payment(row, waiting)

    def _by_payment(self, row: ActivityRow, waiting: dict[str, Unmatched]) -> None:
        ref = row.reference
        matched = self.by_txn.get(ref)
        in_desk = self.paid.get(ref)
        if matched is not None:
            self._refund(row, self.state(matched.order), By.TRANSACTION_ID)
        elif in_desk is not None and not in_desk[1].is_voided:
            self._refund(row, self.state(in_desk[1]), By.TRANSACTION_ID)
        elif ref in waiting:
            said = words.tr(
                "the payment it refunds ({0}, row {1}) is not matched to an order: link that payment or this refund"
            )
            self.plan.unmatched.append(Unmatched(row, said.format(ref, waiting[ref].row.row)))
        elif ref:
            said = words.tr("the payment it refunds ({0}) is neither in Desk nor in this file")
            self.plan.unmatched.append(Unmatched(row, said.format(ref)))
        else:
            self.plan.unmatched.append(Unmatched(row, words.tr("it names no payment it refunds (Reference Txn ID)")))

    def _refund(self, row: ActivityRow, state: _Order, by: By) -> None:
        """An arrival on the refund the order expects on PayPal, else a refund of its own (see `desk.importing.
        activity.writing`)."""
        order = state.order
        if order.currency != row.amount.currency:
            said = words.tr("{0} is in {1} but {2} is in {3}").format(
                row.transaction_id, row.amount.currency, order.key, order.currency
            )
            self.problem(row, "currency", said)
            return
        amount = row.amount.minor
        expected = sorted(state.expected, key=lambda p: p.expected_minor != amount)  # the same amount first
        if expected:
            part = expected[0]
            try:
                tracking.check_receipt(part.refund, PaymentMethod.PAYPAL, row.amount, row.on)
            except DeskError as exc:
                self.problem(row, "date", words.tr("refund {0} of {1}: {2}").format(part.refund_id, order.key, exc))
                return
            state.expected.remove(part)
            state.refundable -= max(0, amount - part.expected_minor)  # agreed already counts; more than agreed too
            self.plan.refunds.append(Matched(row, order, by, Action.ARRIVAL, refund=part.refund))
        elif amount > state.refundable:
            left = order.money(max(state.refundable, 0))
            said = words.tr("a refund of {0} is more than is left to refund on {1} ({2})")
            self.problem(row, "gross", said.format(row.amount, order.key, left))
        else:
            state.refundable -= amount
            self.plan.refunds.append(Matched(row, order, by, Action.NEW_REFUND))


def match(session: Session, activity: Activity, links: dict[str, str]) -> Plan:
    """What recording the file would do; reads `session`, changes nothing in it."""
    matcher = _Matcher(session, activity, links)
    linked = matcher.linked()
    matcher.payments(linked)
    matcher.refunds(linked)
    order = {h: i for i, h in enumerate(activity.columns.values())}
    matcher.plan.problems.sort(key=lambda p: (p.row or 0, order.get(p.column or "", len(order))))
    return matcher.plan
