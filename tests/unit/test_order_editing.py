"""Orders entered and edited by hand follow the import's rules and are audited."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desk.errors import DeskError
from desk.models import AuditEntry, Order, OrderStatus, PaymentMethod, Platform
from desk.money import Money
from desk.orders.editing import LineDraft, OrderDraft, PaymentDraft, save_order
from desk.workspace import Workspace


def _draft(**kw: object) -> OrderDraft:
    values: dict[str, object] = dict(
        platform=Platform.ALIEXPRESS,
        order_no="8190000001",
        supplier="深圳市华强北电子有限公司",
        currency="USD",
        placed_on=date(2026, 11, 1),
        status=OrderStatus.PAID,
        shipping=Money(200, "USD"),
        lines=[
            LineDraft("TWS earbuds", 2, Money(1899, "USD"), "TWS-01"),
            LineDraft("USB-C cable", 1, Money(500, "USD")),
        ],
        payments=[
            PaymentDraft(PaymentMethod.CARD, Money(3000, "USD")),
            PaymentDraft(PaymentMethod.PAYPAL, Money(1498, "USD")),
        ],
    )
    values.update(kw)
    return OrderDraft(**values)  # type: ignore[arg-type]


def test_a_new_order_is_saved_with_its_lines_and_payments(workspace: Workspace) -> None:
    with workspace.write() as s:
        order_id = save_order(s, _draft()).id
    with workspace.read() as s:
        o = s.get(Order, order_id)
        assert o is not None
        assert [(line.line_no, line.item, line.qty) for line in o.lines] == [
            (1, "TWS earbuds", 2),
            (2, "USB-C cable", 1),
        ]
        assert o.total == o.paid == Money(4498, "USD")
        assert o.supplier.name == "深圳市华强北电子有限公司"


def test_every_problem_is_named_by_field_and_row(workspace: Workspace) -> None:
    bad = _draft(
        order_no=" ",
        lines=[LineDraft("", 0, Money(-1, "USD"))],
        payments=[PaymentDraft(PaymentMethod.CARD, Money(0, "USD"))],
    )
    assert bad.problems() == [
        "order number: required",
        "line 1, item: required",
        "line 1, qty: must be at least 1, got 0",
        "line 1, unit price: must not be negative",
        "payment 1, amount: must be more than zero",
    ]
    with workspace.write() as s, pytest.raises(DeskError, match=r"payments: they add up to 40\.00 USD, but the order"):
        save_order(s, _draft(payments=[PaymentDraft(PaymentMethod.CARD, Money(4000, "USD"))]))
    with workspace.read() as s:
        assert s.scalars(select(Order)).first() is None


def test_editing_changes_only_what_changed_and_is_audited(workspace: Workspace) -> None:
    with workspace.write() as s:
        order_id = save_order(s, _draft()).id
    with workspace.read() as s:
        before = len(s.scalars(select(AuditEntry)).all())
    with workspace.write() as s:
        save_order(s, _draft(status=OrderStatus.DELIVERED), order_id)
    with workspace.read() as s:
        new = s.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()
    assert [(e.table_name, json.loads(e.changes)) for e in new] == [("orders", {"status": ["paid", "delivered"]})]


def test_an_order_number_is_unique_per_platform(workspace: Workspace) -> None:
    with workspace.write() as s:
        save_order(s, _draft())
    with workspace.write() as s, pytest.raises(DeskError, match="aliexpress:8190000001 already exists"):
        save_order(s, _draft())
