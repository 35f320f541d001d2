"""The bundle's tables (orders, disputes, refunds, deposits, ledger entries), one function each, written as CSV and
as sheets of one XLSX workbook from the same rows.

Amounts are exact `Decimal`s from `Money.amount` with the currency in a column of its own: never a float, never two
currencies in one column's sum. CSV is UTF-8 with a byte-order mark, comma-separated, a point as the decimal mark:
Excel on Windows reads the BOM as "this is UTF-8" (without it, Chinese and Russian names come out garbled), and
every other program skips it. In the workbook amounts are numbers shown with their currency's decimal places. Both
are written by `desk.spreadsheets`, which keeps a supplier's or a note's text that starts like a formula as text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.models import DepositApplication, Dispute, LedgerEntry, Order
from desk.money import Money
from desk.orders.amounts import OrderAmounts
from desk.reports.bundle_scope import Placement, Scope, disputes_in, refunds_in
from desk.spreadsheets import csv_file, xlsx_workbook

Cell = str | int | Decimal | date | None


@dataclass(frozen=True)
class Table:
    name: str  # the file's and the sheet's name
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


@dataclass(frozen=True)
class Claim:
    """Money asked back in one case: a dispute's claim, or a refund that needed no dispute (a cancellation)."""

    supplier: str
    case: str
    claimed: Money
    recovered: Money

    @property
    def outstanding(self) -> Money:
        """What was claimed and has not arrived, whatever the case's state: a dispute lost on the platform is
        still money a lawyer may pursue."""
        return max(self.claimed - self.recovered, Money.zero(self.claimed.currency))


def received_for(order: Order, dispute: Dispute) -> Money:
    return Money(
        sum(p.received_minor or 0 for r in order.refunds if r.dispute_id == dispute.id for p in r.parts),
        order.currency,
    )


def claims(orders: Sequence[Order], scope: Scope) -> list[Claim]:
    found = []
    for order in orders:
        for dispute in disputes_in(order, scope):
            found.append(
                Claim(order.supplier.name, f"dispute {dispute.id}", dispute.claimed, received_for(order, dispute))
            )
        for refund in refunds_in(order, scope):
            if refund.dispute_id is None:
                found.append(Claim(order.supplier.name, f"refund {refund.id}", refund.expected, refund.received))
    return found


def _money(m: Money | None) -> Decimal | None:
    return None if m is None else m.amount


def orders_table(orders: Sequence[Order], scope: Scope) -> Table:
    columns = (
        "platform", "order_no", "supplier", "placed_on", "paid_on", "shipped_on", "delivered_on", "status", "items",
        "currency", "goods", "shipping", "tax", "discount", "total", "paid", "payments", "tracking", "disputes",
        "notes",
    )  # fmt: skip
    rows: list[tuple[Cell, ...]] = []
    for o in orders:
        items = "; ".join(
            f"{line.line_no}. {line.qty} × {line.item} at {o.money(line.unit_price_minor)}" for line in o.lines
        )
        payments = "; ".join(f"{p.method.label} {o.money(p.amount_minor)}" for p in o.payments)
        tracking = "; ".join(t.number + (f" ({t.carrier})" if t.carrier else "") for t in o.tracking_numbers)
        disputes = ", ".join(str(d.id) for d in disputes_in(o, scope))
        amounts = OrderAmounts.of(o)
        rows.append((
            o.platform.label, o.order_no, o.supplier.name, o.placed_on, o.paid_on, o.shipped_on, o.delivered_on,
            o.status.value, items, o.currency, amounts.goods.amount, o.money(o.shipping_minor).amount,
            o.money(o.tax_minor or 0).amount, o.money(o.discount_minor).amount, amounts.total.amount, o.paid.amount,
            payments, tracking, disputes, o.notes,
        ))  # fmt: skip
    return Table("orders", columns, rows)


def disputes_table(orders: Sequence[Order], scope: Scope, placement: Placement) -> Table:
    columns = (
        "dispute_id", "platform", "order_no", "line", "item", "supplier", "opened_on", "reason", "want", "state",
        "currency", "claimed", "outcome", "won", "recovered", "outstanding", "platform_case_no", "exhibits",
        "statement",
    )  # fmt: skip
    rows: list[tuple[Cell, ...]] = []
    for o in orders:
        for d in disputes_in(o, scope):
            claim = Claim(o.supplier.name, "", d.claimed, received_for(o, d))
            rows.append((
                d.id, o.platform.label, o.order_no, d.order_line.line_no, d.order_line.item, o.supplier.name,
                d.opened_on, d.reason.value, d.want.value, d.state.value, o.currency, d.claimed.amount,
                d.outcome.value if d.outcome else None, _money(d.won), claim.recovered.amount,
                claim.outstanding.amount, d.platform_case_no, len(placement.by_dispute.get(d.id, ())), d.statement,
            ))  # fmt: skip
    return Table("disputes", columns, rows)


def refunds_table(orders: Sequence[Order], scope: Scope) -> Table:
    """One row per payment method a refund goes back to."""
    columns = (
        "refund_id", "platform", "order_no", "dispute_id", "cause", "approved_on", "method", "currency", "expected",
        "sent_on", "received_on", "received", "short", "reference", "notes",
    )  # fmt: skip
    rows: list[tuple[Cell, ...]] = []
    for o in orders:
        for r in refunds_in(o, scope):
            for p in sorted(r.parts, key=lambda part: part.id):
                received = None if p.received_minor is None else o.money(p.received_minor)
                short = None if received is None else o.money(max(p.expected_minor - received.minor, 0))
                rows.append((
                    r.id, o.platform.label, o.order_no, r.dispute_id, r.cause.value, r.approved_on, p.method.label,
                    o.currency, o.money(p.expected_minor).amount, p.sent_on, p.received_on, _money(received),
                    _money(short), p.reference, r.notes,
                ))  # fmt: skip
    return Table("refunds", columns, rows)


def deposits_table(session: Session, scope: Scope) -> Table:
    """Deposit applications created in the range; none when cases are named (they belong to no order)."""
    columns = (
        "application_id", "platform", "store", "state", "created_on", "currency", "deposit", "submissions",
        "last_submitted_on", "last_outcome", "last_reason", "arrived_on", "arrived_currency", "arrived", "notes",
    )  # fmt: skip
    rows: list[tuple[Cell, ...]] = []
    if scope.everything:
        query = (
            select(DepositApplication)
            .options(selectinload(DepositApplication.store), selectinload(DepositApplication.submissions))
            .order_by(DepositApplication.created_on, DepositApplication.id)
        )
        for a in session.scalars(query):
            if not scope.in_range(a.created_on):
                continue
            last = a.submissions[-1] if a.submissions else None
            arrived = a.arrived
            rows.append((
                a.id, a.store.platform.label, a.store.name, a.state.value, a.created_on, a.currency, a.deposit.amount,
                len(a.submissions), last.submitted_on if last else None, last.outcome.value if last else None,
                last.reason if last else None, a.arrived_on, arrived.currency if arrived else None, _money(arrived),
                a.notes,
            ))  # fmt: skip
    return Table("deposits", columns, rows)


def ledger_table(session: Session, scope: Scope) -> Table:
    """Member-account entries linked to a bundled order or dispute; with no case named, also those linked to none
    (funds added, withdrawals) dated in the range."""
    columns = (
        "entry_id", "provider", "account", "on_date", "kind", "direction", "currency", "amount", "channel",
        "withdrawal_status", "done_on", "platform", "order_no", "dispute_id", "note",
    )  # fmt: skip
    orders, disputes = set(scope.order_ids), scope.dispute_ids
    query = (
        select(LedgerEntry)
        .options(selectinload(LedgerEntry.account), selectinload(LedgerEntry.order))
        .order_by(LedgerEntry.on_date, LedgerEntry.id)
    )
    rows: list[tuple[Cell, ...]] = []
    for e in session.scalars(query):
        linked = e.order_id in orders or e.dispute_id in disputes
        unlinked = e.order_id is None and e.dispute_id is None and scope.everything and scope.in_range(e.on_date)
        if not (linked or unlinked):
            continue
        rows.append((
            e.id, e.account.provider, e.account.name, e.on_date, e.kind.value, "in" if e.is_credit else "out",
            e.currency, Money(e.amount_minor, e.currency).amount, e.channel.label if e.channel else None,
            e.withdrawal_status.value if e.withdrawal_status else None, e.done_on,
            e.order.platform.label if e.order else None, e.order.order_no if e.order else None, e.dispute_id, e.note,
        ))  # fmt: skip
    return Table("ledger", columns, rows)


def to_csv(table: Table) -> bytes:
    return csv_file(table.columns, table.rows)


def to_xlsx(tables: Sequence[Table]) -> bytes:
    return xlsx_workbook([(table.name, table.columns, table.rows) for table in tables])
