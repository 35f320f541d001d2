"""Demo data: a small reseller's last five months, for trying Desk out (`desk demo`).

The data lives in `resources/demo/demo.toml` with dates as days relative to `today`, so deadlines in the demo stay
current. This module turns it into rows through the ORM in one write transaction (every row is audited) and makes
the evidence files: a chat log, an e-mail, PNG photos and screenshots, PDFs. Nothing is random: the same `today`
gives the same data and the same files.
"""

from __future__ import annotations

import io
import re
import struct
import tomllib
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.calendar import add_working_days
from desk.errors import DeskError
from desk.models import (
    Base,
    Channel,
    ChecklistItem,
    Coupon,
    CouponKind,
    DepositApplication,
    DepositState,
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    DisputeOutcome,
    DisputeReason,
    DisputeState,
    DisputeWant,
    Evidence,
    EvidenceKind,
    EvidenceLink,
    ExchangeRate,
    LedgerEntry,
    LedgerKind,
    MemberAccount,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    Platform,
    Prerequisite,
    Refund,
    RefundCause,
    RefundPart,
    Store,
    StoreStatus,
    Submission,
    SubmissionOutcome,
    Supplier,
    TrackingNumber,
    WithdrawalStatus,
)
from desk.money import Money, split
from desk.paths import resource
from desk.settings import set_setting
from desk.workspace import Workspace

Row = dict[str, Any]  # one table of demo.toml

CHINA = timezone(timedelta(hours=8), "CST")
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
MEDIA_TYPES = {
    "text": "text/plain",
    "email": "message/rfc822",
    "photo": "image/png",
    "tracking": "image/png",
    "receipt": "application/pdf",
    "pdf": "application/pdf",
}
_PLACEHOLDER = re.compile(r"\{(day|order|tracking|ts):([^}]+)\}")


@dataclass(frozen=True)
class DemoSummary:
    """What the demo made, for the CLI to print."""

    suppliers: int
    orders: int
    order_lines: int
    disputes: int
    refunds: int
    evidence: int
    accounts: int
    ledger_entries: int
    deposits: int

    def describe(self) -> str:
        """`7 suppliers, 40 orders, 1 member account, …` for the CLI."""
        parts = []
        for f in fields(self):
            n = getattr(self, f.name)
            singular, plural = _NOUNS[f.name]
            parts.append(f"{n} {singular if n == 1 else plural}")
        return ", ".join(parts)


_NOUNS = {
    "suppliers": ("supplier", "suppliers"),
    "orders": ("order", "orders"),
    "order_lines": ("order line", "order lines"),
    "disputes": ("dispute", "disputes"),
    "refunds": ("refund", "refunds"),
    "evidence": ("evidence file", "evidence files"),
    "accounts": ("member account", "member accounts"),
    "ledger_entries": ("ledger entry", "ledger entries"),
    "deposits": ("deposit application", "deposit applications"),
}


def load_demo_data() -> dict[str, Any]:
    with resource("demo", "demo.toml").open("rb") as stream:
        return tomllib.load(stream)


def fill_demo(ws: Workspace, today: date | None = None) -> DemoSummary:
    """Fill an empty data folder with the demo business, in one audited transaction."""
    if ws.has_data():
        raise DeskError(f"{ws.root} already holds data; the demo only fills an empty folder")
    data = load_demo_data()
    with ws.write() as session:
        demo = _Demo(session, ws, today or date.today())
        demo.build(data)
        session.flush()
        summary = _summary(session)
    return summary


def _count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _summary(session: Session) -> DemoSummary:
    return DemoSummary(
        suppliers=_count(session, Supplier),
        orders=_count(session, Order),
        order_lines=_count(session, OrderLine),
        disputes=_count(session, Dispute),
        refunds=_count(session, Refund),
        evidence=_count(session, Evidence),
        accounts=_count(session, MemberAccount),
        ledger_entries=_count(session, LedgerEntry),
        deposits=_count(session, DepositApplication),
    )


@dataclass
class _Demo:
    """The transaction being filled, `today`, and the rows made so far by their key in demo.toml."""

    session: Session
    ws: Workspace
    today: date
    suppliers: dict[str, Supplier] = field(default_factory=dict)
    stores: dict[str, Store] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    disputes: dict[str, Dispute] = field(default_factory=dict)
    checklist: dict[str, ChecklistItem] = field(default_factory=dict)
    account: MemberAccount | None = None

    def build(self, data: dict[str, Any]) -> None:
        for name, value in data.get("business", {}).items():
            set_setting(self.session, name, value)
        self.suppliers = {row["key"]: _supplier(row) for row in data["suppliers"]}
        self.stores = {row["key"]: _store(self, row) for row in data["stores"]}
        self.account = MemberAccount(**data["account"])
        self.session.add_all([*self.suppliers.values(), *self.stores.values(), self.account])
        self.orders = {row["key"]: _order(self, row) for row in data["orders"]}
        self.session.add_all(self.orders.values())
        # Rows are complete when added and never changed after a flush: one audit entry per row.
        self.session.flush()
        self.disputes = {row["key"]: _dispute(self, row) for row in data["disputes"]}
        self.session.add_all(self.disputes.values())
        self.session.add_all([_refund(self, row) for row in data["refunds"]])
        self.session.add_all([_ledger_entry(self, row) for row in data["ledger"]])
        self.session.add(_deposit(self, data["deposit"]))
        self.session.add_all([_evidence(self, row) for row in data["evidence"]])
        self.session.add_all(_rates(self, data["rates"]))

    def on(self, offset: int) -> date:
        """The date `offset` days from today (negative: in the past)."""
        return self.today + timedelta(days=offset)

    def day(self, offset: int | None) -> date | None:
        """`on` for a date demo.toml may leave out."""
        return None if offset is None else self.on(offset)

    def at(self, offset: int, clock: str) -> datetime:
        return datetime.combine(self.on(offset), time.fromisoformat(clock), UTC)

    def fill(self, text: str, when: datetime | None = None) -> str:
        """Replace {day:-9}, {order:o34}, {tracking:o30} and {ts:FORMAT} in a text from demo.toml."""

        def one(match: re.Match[str]) -> str:
            kind, arg = match.groups()
            if kind == "day":
                return self.on(int(arg)).isoformat()
            if kind == "order":
                return self.orders[arg].order_no
            if kind == "tracking":
                return self.orders[arg].tracking_numbers[0].number
            if when is None:
                raise ValueError(f"{match.group()} needs a capture time")
            return when.strftime(arg)

        return _PLACEHOLDER.sub(one, text)


def _supplier(row: Row) -> Supplier:
    return Supplier(
        platform=Platform(row["platform"]),
        name=row["name"],
        shop_url=row.get("shop_url"),
        contact=row.get("contact"),
        notes=row.get("notes"),
    )


def _store(demo: _Demo, row: Row) -> Store:
    return Store(
        platform=Platform(row["platform"]),
        name=row["name"],
        country=row["country"],
        status=StoreStatus(row["status"]),
        opened_on=demo.day(row.get("opened")),
        closed_on=demo.day(row.get("closed")),
    )


def _order(demo: _Demo, row: Row) -> Order:
    currency = row["currency"]

    def minor(text: str) -> int:
        return Money.of(text, currency).minor

    order = Order(
        platform=Platform(row["platform"]),
        order_no=row["no"],
        supplier=demo.suppliers[row["supplier"]],
        store=demo.stores[row["store"]],
        agent_account=demo.account if row.get("agent") else None,
        currency=currency,
        status=OrderStatus(row["status"]),
        placed_on=demo.on(row["placed"]),
        paid_on=demo.day(row.get("paid")),
        shipped_on=demo.day(row.get("shipped")),
        delivered_on=demo.day(row.get("delivered")),
        shipping_minor=minor(row.get("shipping", "0")),
        discount_minor=minor(row.get("discount", "0")),
        notes=row.get("notes"),
    )
    order.lines = [
        OrderLine(line_no=n, item=item, sku=sku or None, qty=qty, unit_price_minor=minor(price))
        for n, (item, sku, qty, price) in enumerate(row["lines"], start=1)
    ]
    # A mix of methods shares the total by weight; largest remainder makes the parts add up exactly.
    methods = [PaymentMethod(m) for m in row["pay"]]
    shares = split(order.total, list(row["pay"].values()))
    order.payments = [
        Payment(method=m, amount_minor=share.minor, paid_on=order.paid_on, reference=_payment_reference(order, m))
        for m, share in zip(methods, shares, strict=True)
    ]
    if "coupon" in row:
        kind, code, amount = row["coupon"]
        # The coupon is what the discount came from; it is not reissued on a refund (seed 001).
        order.coupons = [Coupon(kind=CouponKind(kind), code=code, amount_minor=minor(amount))]
    order.tracking_numbers = [
        TrackingNumber(number=number, carrier=carrier, shipped_on=order.shipped_on)
        for number, carrier in row.get("tracking", [])
    ]
    return order


def _payment_reference(order: Order, method: PaymentMethod) -> str | None:
    if method is PaymentMethod.BALANCE and order.agent_account is not None:
        return f"{order.agent_account.provider} {order.agent_account.name}"
    return PAYMENT_REFERENCES.get(method)


def _dispute(demo: _Demo, row: Row) -> Dispute:
    order = demo.orders[row["order"]]
    line = order.lines[row["line"] - 1]
    # Never claim more than was paid for the line: a percentage of its share of the payments.
    claimed = order.paid_for_lines()[line.line_no].minor * row["claim"] // 100
    won = None if "won" not in row else claimed * row["won"] // 100
    events = []
    for kind_name, offset, note, *share in row["events"]:
        kind = DisputeEventKind(kind_name)
        amount = claimed * share[0] // 100 if share else (won if kind in WON_EVENTS else None)
        events.append(
            DisputeEvent(
                kind=kind,
                occurred_on=demo.on(offset),
                amount_minor=amount,
                note=note,
                recorded_at=demo.at(offset, "17:45:00"),
            )
        )
    if events[0].kind is not DisputeEventKind.OPENED:
        raise ValueError(f"dispute {row['key']} must start with an opened event")
    return Dispute(
        order_line=line,
        reason=DisputeReason(row["reason"]),
        want=DisputeWant(row["want"]),
        state=DisputeState(row["state"]),
        opened_on=events[0].occurred_on,
        claimed_minor=claimed,
        outcome=DisputeOutcome(row["outcome"]) if "outcome" in row else None,
        won_minor=won,
        platform_case_no=row.get("case_no"),
        statement=row.get("statement"),
        events=events,
    )


def _refund(demo: _Demo, row: Row) -> Refund:
    order = demo.orders[row["order"]]
    dispute = demo.disputes[row["dispute"]] if "dispute" in row else None
    if dispute is not None and dispute.won_minor is None:
        raise ValueError(f"refund for dispute {row['dispute']} needs an amount won")
    total = order.paid if dispute is None else order.money(dispute.won_minor or 0)
    if set(row["parts"]) != {p.method.value for p in order.payments}:
        raise ValueError(f"refund parts of {row['order']} must name each payment method of the order")
    # Several payment methods are refunded in proportion to what each paid (seed 001).
    shares = split(total, [p.amount_minor for p in order.payments])
    parts = []
    for payment, share in zip(order.payments, shares, strict=True):
        spec = row["parts"][payment.method.value]
        received = share.minor
        if "short" in spec:
            received -= Money.of(spec["short"], order.currency).minor
        parts.append(
            RefundPart(
                method=payment.method,
                expected_minor=share.minor,
                sent_on=demo.day(spec.get("sent")),
                received_on=demo.day(spec.get("received")),
                received_minor=received if "received" in spec else None,
            )
        )
    return Refund(
        order=order,
        dispute=dispute,
        cause=RefundCause(row["cause"]),
        approved_on=demo.day(row["approved"]),
        notes=row.get("notes"),
        parts=parts,
    )


def _ledger_entry(demo: _Demo, row: Row) -> LedgerEntry:
    account = demo.account
    if account is None:
        raise ValueError("the member account must be made before its ledger")
    order = demo.orders[row["order"]] if "order" in row else None
    dispute = demo.disputes[row["dispute"]] if "dispute" in row else None
    kind = LedgerKind(row["kind"])
    if "amount" in row:
        amount = Money.of(row["amount"], account.currency)
    elif order is None:
        raise ValueError(f"ledger entry on day {row['day']} needs an amount or an order")
    elif kind is LedgerKind.ORDER_PAYMENT:
        amount = order.total
    else:  # a cost return: what the claim won, or the whole payment of a cancelled order
        amount = order.money(dispute.won_minor or 0) if dispute is not None else order.paid
    if amount.currency != account.currency:
        raise ValueError(f"ledger entry on day {row['day']} is in {amount.currency}, the account in {account.currency}")
    return LedgerEntry(
        account=account,
        kind=kind,
        on_date=demo.on(row["day"]),
        amount_minor=amount.minor,
        currency=amount.currency,
        channel=Channel(row["channel"]) if "channel" in row else None,
        withdrawal_status=WithdrawalStatus(row["status"]) if "status" in row else None,
        done_on=demo.day(row.get("done")),
        order=order,
        dispute=dispute,
        note=row.get("note"),
    )


def _deposit(demo: _Demo, row: Row) -> DepositApplication:
    # The resubmission is a number of working days ago, so its review window (7–15 working days) is under way.
    resubmitted = add_working_days(demo.today, -row["resubmitted"], "CN")
    first = resubmitted - timedelta(days=10)
    application = DepositApplication(
        store=demo.stores[row["store"]],
        deposit_minor=Money.of(row["amount"], row["currency"]).minor,
        currency=row["currency"],
        state=DepositState(row["state"]),
        created_on=first - timedelta(days=1),
        notes=row.get("notes"),
        prerequisites=[
            Prerequisite(code=code, label=label, confirmed_on=demo.on(offset))
            for code, label, offset in row["prerequisites"]
        ],
        checklist=[ChecklistItem(code=code, label=label, required=True) for code, label in row["checklist"]],
        submissions=[
            Submission(
                seq=1,
                submitted_on=first,
                outcome=SubmissionOutcome.REJECTED,
                decided_on=resubmitted - timedelta(days=3),
                reason=row["rejection"],
            ),
            Submission(seq=2, submitted_on=resubmitted, outcome=SubmissionOutcome.PENDING),
        ],
    )
    demo.checklist = {item.code: item for item in application.checklist}
    return application


def _evidence(demo: _Demo, row: Row) -> Evidence:
    captured = demo.at(*row["captured"])
    stored = demo.ws.vault.put_bytes(FILE_MAKERS[row["file"]](demo, row, captured))
    added = captured + timedelta(hours=2)
    evidence = Evidence(
        sha256=stored.sha256,
        size=stored.size,
        media_type=MEDIA_TYPES[row["file"]],
        original_name=demo.fill(row["name"], captured),
        kind=EvidenceKind(row["kind"]),
        description=row.get("description"),
        captured_at=captured,
        added_at=added,
        added_by=demo.ws.actor,
    )
    evidence.links = [
        EvidenceLink(
            order=demo.orders[link["order"]] if "order" in link else None,
            dispute=demo.disputes[link["dispute"]] if "dispute" in link else None,
            checklist_item=demo.checklist[link["checklist"]] if "checklist" in link else None,
            exhibit_label=link.get("label"),
            linked_at=added,
        )
        for link in row["links"]
    ]
    return evidence


def _rates(demo: _Demo, row: Row) -> list[ExchangeRate]:
    return [
        ExchangeRate(on_date=demo.on(offset), base=base, quote=row["quote"], rate=Decimal(rate), source=row["source"])
        for base, rates in row["base"].items()
        for offset, rate in zip(row["days"], rates, strict=True)
    ]


# ---- evidence files ---------------------------------------------------------------------------------------------


def _text_file(demo: _Demo, row: Row, captured: datetime) -> bytes:
    return demo.fill(row["text"]).encode("utf-8")


def _email_file(demo: _Demo, row: Row, captured: datetime) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = row["from"]
    message["To"] = row["to"]
    message["Subject"] = demo.fill(row["subject"])
    message["Date"] = format_datetime(captured.astimezone(CHINA))  # the seller writes from China
    message["Message-ID"] = demo.fill(row["message_id"])
    message.set_content(demo.fill(row["text"]), charset="utf-8", cte="8bit")
    return message.as_bytes()


Colour = tuple[int, int, int]
Box = tuple[int, int, int, int, Colour]  # left, top, right, bottom (exclusive), colour


def png(width: int, height: int, background: Colour, boxes: tuple[Box, ...] = ()) -> bytes:
    """A truecolour PNG of filled boxes, written by hand: the core has no imaging library and must not need Qt."""
    pixels = bytearray(bytes(background) * (width * height))
    for left, top, right, bottom, colour in boxes:
        for y in range(top, bottom):
            start = (y * width + left) * 3
            pixels[start : start + (right - left) * 3] = bytes(colour) * (right - left)
    stride = width * 3
    scanlines = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(height))  # filter: none

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits per channel, RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(scanlines), 9))
        + chunk(b"IEND", b"")
    )


def _photo_file(demo: _Demo, row: Row, captured: datetime) -> bytes:
    r, g, b = row["colour"]
    return png(64, 48, (r, g, b))


def _tracking_file(demo: _Demo, row: Row, captured: datetime) -> bytes:
    """A tracking page: an orange title bar and a timeline whose latest entry (red) never moved on."""
    boxes: list[Box] = [(0, 0, 240, 22, (255, 96, 0))]
    for i, length in enumerate((150, 120, 170, 90, 130)):
        top = 36 + 24 * i
        boxes.append((14, top, 22, top + 8, (220, 50, 40) if i == 0 else (170, 170, 170)))
        boxes.append((32, top, 32 + length, top + 8, (90, 90, 90)))
    return png(240, 160, (255, 255, 255), tuple(boxes))


def pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF; `invariant` leaves out the creation time and random id so the bytes are reproducible."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setTitle(title)
    page.setAuthor("Desk demo")
    _width, height = A4
    page.setFont("Helvetica-Bold", 16)
    page.drawString(56, height - 72, title)
    page.setFont("Helvetica", 11)
    for n, line in enumerate(lines):
        page.drawString(56, height - 104 - 16 * n, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _receipt_file(demo: _Demo, row: Row, captured: datetime) -> bytes:
    order = demo.orders[row["order"]]
    paid_on = order.paid_on or order.placed_on
    lines = [f"Order {order.order_no}, paid on {paid_on.isoformat()}", f"Seller: {order.supplier.name}", ""]
    lines += [
        f"{line.qty} × {line.item} at {order.money(line.unit_price_minor).format()} = {line.amount.format()}"
        for line in order.lines
    ]
    lines += [f"Shipping: {order.money(order.shipping_minor).format()}", f"Total: {order.total.format()}", ""]
    lines += [f"{p.method.value} ({p.reference}): {order.money(p.amount_minor).format()}" for p in order.payments]
    return pdf("AliExpress payment confirmation", lines)


def _pdf_file(demo: _Demo, row: Row, captured: datetime) -> bytes:
    return pdf(row["title"], demo.fill(row["text"]).splitlines())


FILE_MAKERS: dict[str, Callable[[_Demo, Row, datetime], bytes]] = {
    "text": _text_file,
    "email": _email_file,
    "photo": _photo_file,
    "tracking": _tracking_file,
    "receipt": _receipt_file,
    "pdf": _pdf_file,
}
