"""The demo business replayed through the operations, as a user would have entered it: settings and rates, suppliers
and stores, the orders, each dispute opened and its events recorded one by one (its state comes from the state
machine), refunds recorded and what arrived, the member account's ledger, the deposit application from its
policy to its resubmission, and the evidence added from files. Amounts demo.toml gives as a share (a claim as a
percentage of what can still be claimed for the line) are taken of what the domain reports, never worked out
again here."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desk.accounts.cost_returns import CostReturnReason
from desk.calendar import add_working_days
from desk.demo.files import FILE_MAKERS, pdf
from desk.deposits.applications import DepositEvent
from desk.models import (
    Audience,
    Channel,
    ChecklistItem,
    CouponKind,
    DepositApplication,
    Dispute,
    DisputeEventKind,
    DisputeOutcome,
    DisputeReason,
    DisputeState,
    DisputeWant,
    EvidenceKind,
    LedgerKind,
    Order,
    OrderStatus,
    PaymentMethod,
    Platform,
    Refund,
    RefundCause,
    StoreStatus,
    WithdrawalStatus,
)
from desk.money import Money, parse_money, split
from desk.operations.accounts import (
    AddFunds,
    CloseWithdrawal,
    OpenAccount,
    PayOrderFromAccount,
    RequestWithdrawal,
    ReturnCost,
    add_funds,
    close_withdrawal,
    open_account,
    pay_order_from_account,
    request_withdrawal,
    return_cost,
)
from desk.operations.deposits import (
    ConfirmPrerequisite,
    CreateDepositApplication,
    RecordDepositEvent,
    SubmitDepositApplication,
    confirm_prerequisite,
    create_deposit_application,
    record_deposit_event,
    submit_deposit_application,
)
from desk.operations.disputes import OpenDispute, RecordDisputeEvent, SetStatement, open_dispute, record_dispute_event
from desk.operations.disputes import set_statement as set_dispute_statement
from desk.operations.evidence import AddEvidence, EditEvidence, add_evidence, edit_evidence
from desk.operations.orders import CouponDraft, LineDraft, OrderDraft, PaymentDraft, TrackingDraft, create_order
from desk.operations.parties import SaveStore, SaveSupplier, save_store, save_supplier
from desk.operations.rates import SetExchangeRate, set_exchange_rate
from desk.operations.refunds import ReceiveRefund, RecordRefund, receive_refund, record_refund
from desk.operations.settings import ChangeSetting, change_setting
from desk.orders.amounts import OrderAmounts, order_total, refundable_on_line, refundable_on_order
from desk.workspace import Workspace

Row = dict[str, Any]  # one table of demo.toml

# How each payment method shows on a statement; an agent's balance is named after the account instead.
PAYMENT_REFERENCES = {
    PaymentMethod.CARD: "Visa ••4821",
    PaymentMethod.DEBIT_CARD: "Mir ••0937",
    PaymentMethod.PAYPAL: "PayPal purchasing@techbox-eu.example",
    PaymentMethod.ALIPAY: "Alipay 2088 **** 6612",
    PaymentMethod.GIFT_CARD: "Gift card ••7731",
    PaymentMethod.BALANCE: "AliExpress balance",
}
# Events that carry the amount won; an offer carries its own share of the claim (demo.toml).
WON_EVENTS = (DisputeEventKind.DECIDED, DisputeEventKind.REFUND_SENT, DisputeEventKind.REFUND_RECEIVED)
_PLACEHOLDER = re.compile(r"\{(day|order|tracking|ts):([^}]+)\}")


def typed(money: Money) -> str:
    """An amount as a user types it into a request: `12.34 USD`."""
    return f"{money.amount} {money.currency}"


@dataclass
class Replay:
    """The data folder being filled, `today`, and the ids the operations gave, by their key in demo.toml."""

    ws: Workspace
    today: date
    data: dict[str, Any]
    stores: dict[str, int] = field(default_factory=dict)
    orders: dict[str, str] = field(default_factory=dict)  # key → PLATFORM:ORDER_NO
    order_ids: dict[str, int] = field(default_factory=dict)
    disputes: dict[str, int] = field(default_factory=dict)
    won: dict[str, Money] = field(default_factory=dict)  # dispute key → the amount won
    account: str = ""
    application_id: int = 0

    def on(self, offset: int) -> date:
        """The date `offset` days from today (negative: in the past)."""
        return self.today + timedelta(days=offset)

    def day(self, offset: int | None) -> date | None:
        return None if offset is None else self.on(offset)

    def at(self, offset: int, clock: str) -> datetime:
        return datetime.combine(self.on(offset), time.fromisoformat(clock), UTC)

    def fill(self, text: str, when: datetime | None = None) -> str:
        """Replace {day:-9}, {order:o34}, {tracking:o30} and {ts:FORMAT} in a text from demo.toml."""
        rows = {row["key"]: row for row in self.data["orders"]}

        def one(match: re.Match[str]) -> str:
            kind, arg = match.groups()
            if kind == "day":
                return self.on(int(arg)).isoformat()
            if kind == "order":
                return str(rows[arg]["no"])
            if kind == "tracking":
                return str(rows[arg]["tracking"][0][0])
            if when is None:
                raise ValueError(f"{match.group()} needs a capture time")
            return when.strftime(arg)

        return _PLACEHOLDER.sub(one, text)

    def build(self) -> None:
        data = self.data
        for name, value in data.get("business", {}).items():
            change_setting(self.ws, ChangeSetting(name, value))
        self.rates(data["rates"])
        for row in data["suppliers"]:
            save_supplier(
                self.ws,
                SaveSupplier(
                    Platform(row["platform"]), row["name"], row.get("shop_url"), row.get("contact"), row.get("notes")
                ),
            )
        for row in data["stores"]:
            self.stores[row["key"]] = self.store(row)
        opened = open_account(self.ws, OpenAccount(**data["account"]))
        self.account = opened.account
        for row in data["orders"]:
            self.order(row)
        for row in data["disputes"]:
            self.dispute(row)
        for row in data["refunds"]:
            self.refund(row)
        for row in data["ledger"]:
            self.ledger_entry(row)
        submissions = self.deposit(data["deposit"])
        for row in data["evidence"]:
            self.evidence(row)
        submissions()

    # -- settings, rates, parties --------------------------------------------------------------------------------

    def rates(self, row: Row) -> None:
        for base, rates in row["base"].items():
            for offset, rate in zip(row["days"], rates, strict=True):
                request = SetExchangeRate(base, row["quote"], self.on(offset), rate, row["source"])
                set_exchange_rate(self.ws, request)

    def store(self, row: Row) -> int:
        request = SaveStore(
            Platform(row["platform"]),
            row["name"],
            row["country"],
            StoreStatus(row["status"]),
            self.day(row.get("opened")),
            self.day(row.get("closed")),
        )
        return save_store(self.ws, request).id

    # -- orders ------------------------------------------------------------------------------------------------

    def order(self, row: Row) -> None:
        currency = row["currency"]

        def money(text: str) -> Money:
            return parse_money(text, currency)

        lines = tuple(LineDraft(item, qty, money(price), sku or None) for item, sku, qty, price in row["lines"])
        shipping, discount = money(row.get("shipping", "0")), money(row.get("discount", "0"))
        total = OrderAmounts.of_lines(
            currency, ((ln.qty, ln.unit_price.minor) for ln in lines), shipping.minor, discount.minor
        ).total
        # How this buyer shared the total over their methods (demo.toml's weights); the parts add up to it.
        methods = [PaymentMethod(m) for m in row["pay"]]
        paid_on = self.day(row.get("paid"))
        payments = tuple(
            PaymentDraft(method, share, paid_on=paid_on, reference=self.reference(method, row))
            for method, share in zip(methods, split(total, list(row["pay"].values())), strict=True)
        )
        coupons = None
        if "coupon" in row:
            kind, code, amount = row["coupon"]
            coupons = (CouponDraft(CouponKind(kind), money(amount), code),)
        draft = OrderDraft(
            platform=Platform(row["platform"]),
            order_no=row["no"],
            supplier=self.supplier_name(row["supplier"]),
            currency=currency,
            placed_on=self.on(row["placed"]),
            status=OrderStatus(row["status"]),
            shipping=shipping,
            discount=discount,
            notes=row.get("notes"),
            lines=lines,
            payments=payments,
            paid_on=paid_on,
            shipped_on=self.day(row.get("shipped")),
            delivered_on=self.day(row.get("delivered")),
            store_id=self.stores[row["store"]],
            coupons=coupons,
            tracking=tuple(TrackingDraft(number, carrier) for number, carrier in row.get("tracking", [])),
        )
        saved = create_order(self.ws, draft)
        self.orders[row["key"]], self.order_ids[row["key"]] = saved.key, saved.order_id

    def supplier_name(self, key: str) -> str:
        return str(next(row["name"] for row in self.data["suppliers"] if row["key"] == key))

    def reference(self, method: PaymentMethod, row: Row) -> str | None:
        if method is PaymentMethod.BALANCE and row.get("agent"):
            return self.account.replace("/", " ")  # Superbuy reseller_eu_01
        return PAYMENT_REFERENCES.get(method)

    # -- disputes and refunds ----------------------------------------------------------------------------------

    def dispute(self, row: Row) -> None:
        key, order_key = row["key"], self.orders[row["order"]]
        with self.ws.read() as session:
            order = session.get_one(Order, self.order_ids[row["order"]])
            line = next(line for line in order.lines if line.line_no == row["line"])
            # A share of what can still be claimed for the line, as the domain reports it.
            limit = refundable_on_line(line)
        claimed = Money(limit.minor * row["claim"] // 100, limit.currency)
        (opened_kind, opened_day, opened_note), *events = row["events"]
        if opened_kind != DisputeEventKind.OPENED:
            raise ValueError(f"dispute {key} must start with an opened event")
        request = OpenDispute(
            order_key,
            row["line"],
            DisputeReason(row["reason"]),
            DisputeWant(row["want"]),
            typed(claimed),
            self.on(opened_day),
            note=opened_note,
            case_no=row.get("case_no"),
        )
        dispute_id = open_dispute(self.ws, request).dispute_id
        self.disputes[key] = dispute_id
        if "statement" in row:
            set_dispute_statement(self.ws, SetStatement(dispute_id, row["statement"]))
        won = None if "won" not in row else Money(claimed.minor * row["won"] // 100, claimed.currency)
        for kind_name, offset, note, *more in events:
            kind = DisputeEventKind(kind_name)
            # [kind, day, note, share of the claim in %] or, for a note of our own, [..., "staff"]
            audience = Audience.INTERNAL if more == ["staff"] else Audience.EXTERNAL
            share = [] if more == ["staff"] else more
            amount = Money(claimed.minor * share[0] // 100, claimed.currency) if share else None
            if kind in WON_EVENTS:
                amount = won
            event = RecordDisputeEvent(
                dispute_id, kind, self.on(offset), None if amount is None else typed(amount), note, audience
            )
            record_dispute_event(self.ws, event)
        if won is not None:
            self.won[key] = won
        self.check_dispute(row, dispute_id)

    def check_dispute(self, row: Row, dispute_id: int) -> None:
        """The state machine, not demo.toml, decides where the dispute is: they must agree."""
        with self.ws.read() as session:
            dispute = session.get_one(Dispute, dispute_id)
            found = (dispute.state, dispute.outcome)
        wanted = (DisputeState(row["state"]), DisputeOutcome(row["outcome"]) if "outcome" in row else None)
        if found != wanted:
            raise ValueError(f"dispute {row['key']} ends {found} after its events, demo.toml says {wanted}")

    def refund(self, row: Row) -> None:
        order_key = self.orders[row["order"]]
        if "dispute" in row:
            amount = self.won[row["dispute"]]
        else:
            with self.ws.read() as session:
                amount = refundable_on_order(session.get_one(Order, self.order_ids[row["order"]]))
        request = RecordRefund(
            order_key,
            typed(amount),
            self.on(row["approved"]),
            RefundCause(row["cause"]),
            self.disputes.get(row.get("dispute", "")),
            self.day(row.get("sent")),
        )
        refund_id = record_refund(self.ws, request).refund_id
        if refund_id is None:
            raise ValueError(f"the refund of {order_key} was not recorded")
        for method, spec in row["parts"].items():
            if "received" not in spec:
                continue
            arrived = self.arrived(refund_id, PaymentMethod(method), spec.get("short"))
            receive_refund(self.ws, ReceiveRefund(refund_id, PaymentMethod(method), arrived, self.on(spec["received"])))

    def arrived(self, refund_id: int, method: PaymentMethod, short: str | None) -> str:
        """What arrived on a method: what was expected on it (blank asks the operation for that), or less."""
        if short is None:
            return ""
        with self.ws.read() as session:
            refund = session.get_one(Refund, refund_id)
            part = next(p for p in refund.parts if p.method is method)
            currency = refund.order.currency
            expected = Money(part.expected_minor, currency)
        return typed(expected - parse_money(short, currency))

    # -- the member account ------------------------------------------------------------------------------------

    def ledger_entry(self, row: Row) -> None:
        kind, on, note = LedgerKind(row["kind"]), self.on(row["day"]), row.get("note")
        if kind is LedgerKind.FUNDS_ADDED:
            add_funds(self.ws, AddFunds(self.account, row["amount"], Channel(row["channel"]), on, note))
        elif kind is LedgerKind.ORDER_PAYMENT:
            pay_order_from_account(self.ws, PayOrderFromAccount(self.account, self.orders[row["order"]], on))
        elif kind is LedgerKind.COST_RETURN:
            if "dispute" in row:
                amount = self.won[row["dispute"]]
            else:
                with self.ws.read() as session:
                    amount = refundable_on_order(session.get_one(Order, self.order_ids[row["order"]]))
            returned = ReturnCost(
                self.account,
                typed(amount),
                CostReturnReason(row["reason"]),
                on,
                order=self.orders[row["order"]],
                dispute=self.disputes.get(row.get("dispute", "")),
                note=note,
            )
            return_cost(self.ws, returned)
        elif kind is LedgerKind.WITHDRAWAL:
            request = RequestWithdrawal(
                self.account, row["amount"], Channel(row["channel"]), row.get("fee", ""), on, note
            )
            written = request_withdrawal(self.ws, request)
            status = WithdrawalStatus(row["status"])
            if status is not WithdrawalStatus.REQUESTED:
                close_withdrawal(self.ws, CloseWithdrawal(written.entry_id, status, self.on(row["done"])))
        else:
            raise ValueError(f"demo.toml: a ledger entry of kind {kind.value} is written by its withdrawal")

    # -- the deposit application -------------------------------------------------------------------------------

    def deposit(self, row: Row) -> Any:
        """The application from its policy and the prerequisites confirmed; returns what submits it, once its
        documents are there."""
        # The resubmission is a number of working days ago, so its review window (7–15 working days) is under way.
        resubmitted = add_working_days(self.today, -row["resubmitted"], "CN")
        first = resubmitted - timedelta(days=10)
        store = next(s for s in self.data["stores"] if s["key"] == row["store"])
        request = CreateDepositApplication(
            store["name"], Platform(store["platform"]), f"{row['amount']} {row['currency']}", first - timedelta(days=1)
        )
        self.application_id = application_id = create_deposit_application(self.ws, request).application_id
        for code, offset in row["confirmed"]:
            confirm_prerequisite(self.ws, ConfirmPrerequisite(application_id, code, self.on(offset)))

        def submissions() -> None:
            submit_deposit_application(self.ws, SubmitDepositApplication(application_id, first))
            rejected = RecordDepositEvent(
                application_id, DepositEvent.REJECTED, resubmitted - timedelta(days=3), note=row["rejection"]
            )
            record_deposit_event(self.ws, rejected)
            submit_deposit_application(self.ws, SubmitDepositApplication(application_id, resubmitted))

        return submissions

    def checklist_case(self, code: str) -> str:
        with self.ws.read() as session:
            application = session.get_one(DepositApplication, self.application_id)
            item: ChecklistItem = next(i for i in application.checklist if i.code == code)
            return f"checklist:{item.id}"

    # -- evidence ----------------------------------------------------------------------------------------------

    def evidence(self, row: Row) -> None:
        """The file written into a temporary folder under its name, dated when it was captured (what Desk reads
        when the content does not say), then added for each case it supports."""
        captured = self.at(*row["captured"])
        receipt = row["file"] == "receipt"  # made from the order as Desk holds it
        content = self.receipt(row) if receipt else FILE_MAKERS[row["file"]](row, captured, self.fill)
        with tempfile.TemporaryDirectory(prefix="desk-demo-") as folder:
            path = Path(folder) / self.fill(row["name"], captured)
            path.write_bytes(content)
            stamp = captured.timestamp()
            os.utime(path, (stamp, stamp))
            for link in row["links"]:
                request = AddEvidence((path,), self.case(link), EvidenceKind(row["kind"]), row.get("description"))
                added = add_evidence(self.ws, request)
            if "shows" in row:  # what the user confirmed it shows, for the evidence checklist
                edit_evidence(self.ws, EditEvidence(added.added[0].evidence_id, shows=row["shows"]))

    def case(self, link: dict[str, str]) -> str:
        if "dispute" in link:
            return f"dispute:{self.disputes[link['dispute']]}"
        if "order" in link:
            return self.orders[link["order"]]
        return self.checklist_case(link["checklist"])

    def receipt(self, row: Row) -> bytes:
        """The platform's payment confirmation of an order, from the order as Desk holds it."""
        with self.ws.read() as session:
            order = session.get_one(Order, self.order_ids[row["order"]])
            paid_on = order.paid_on or order.placed_on
            lines = [f"Order {order.order_no}, paid on {paid_on.isoformat()}", f"Seller: {order.supplier.name}", ""]
            lines += [
                f"{line.qty} × {line.item} at {order.money(line.unit_price_minor).format()} = {line.amount.format()}"
                for line in order.lines
            ]
            shipping = order.money(order.shipping_minor)
            lines += [f"Shipping: {shipping.format()}", f"Total: {order_total(order).format()}", ""]
            lines += [
                f"{p.method.value} ({p.reference}): {order.money(p.amount_minor).format()}" for p in order.payments
            ]
        return pdf("AliExpress payment confirmation", lines)
