"""The operations the demo needed and a user needs too: an exchange rate of a day, a supplier's details, one of
the business's stores, and an order's dates, store, coupons, tracking numbers and payment references (kept by an
edit that does not give them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk.errors import DeskError
from desk.models import (
    CouponKind,
    ExchangeRate,
    Order,
    OrderStatus,
    PaymentMethod,
    Platform,
    Store,
    StoreStatus,
    Supplier,
)
from desk.models.fx import rate_on
from desk.money import Money
from desk.operations import Record
from desk.operations.orders import (
    CouponDraft,
    EditOrder,
    LineDraft,
    OrderDraft,
    PaymentDraft,
    TrackingDraft,
    create_order,
    edit_order,
)
from desk.operations.parties import SaveStore, SaveSupplier, save_store, save_supplier
from desk.operations.rates import SetExchangeRate, set_exchange_rate
from desk.orders.view import order_draft
from desk.workspace import Workspace

DAY = date(2026, 11, 2)


def test_a_rate_of_a_day_is_kept_and_replaced_on_the_same_day(workspace: Workspace) -> None:
    first = set_exchange_rate(workspace, SetExchangeRate("usd", "CNY", DAY, "7,1650", "bank"))
    assert first.changed == {Record.RATE} and first.rate == Decimal("7.1650")
    again = set_exchange_rate(workspace, SetExchangeRate("USD", "CNY", DAY, "7.2"))
    with workspace.read() as session:
        rows = session.scalars(select(ExchangeRate)).all()
        assert [(r.id, r.rate, r.source) for r in rows] == [(first.rate_id, Decimal("7.2"), None)]
        assert again.rate_id == first.rate_id
        assert rate_on(session, "CNY", "USD", DAY) == 1 / Decimal("7.2")


@pytest.mark.parametrize(
    ("base", "quote", "rate", "says"),
    [
        ("USD", "USD", "1", "two currencies"),
        ("USD", "CNY", "-1", "more than zero"),
        ("XYZ", "CNY", "1", "base"),
        ("USD", "CNY", "seven", "rate"),
    ],
)
def test_a_bad_rate_is_refused_naming_its_field(
    workspace: Workspace, base: str, quote: str, rate: str, says: str
) -> None:
    with pytest.raises(DeskError, match=says):
        set_exchange_rate(workspace, SetExchangeRate(base, quote, DAY, rate))


def test_a_supplier_is_added_then_its_details_saved(workspace: Workspace) -> None:
    added = save_supplier(workspace, SaveSupplier(Platform.ALIEXPRESS, " Topwin  Store ", contact="chat only"))
    saved = save_supplier(
        workspace, SaveSupplier(Platform.ALIEXPRESS, "Topwin Store", "https://a.example/store/1", "service@t.example")
    )
    assert (added.added, saved.added, saved.id) == (True, False, added.id)
    assert saved.changed == {Record.SUPPLIER}
    with workspace.read() as session:
        supplier = session.scalars(select(Supplier)).one()
        assert (supplier.shop_url, supplier.contact) == ("https://a.example/store/1", "service@t.example")


def test_a_store_is_closed_with_its_day(workspace: Workspace) -> None:
    opened = save_store(workspace, SaveStore(Platform.OZON, "ГаджетБокс", "ru", opened_on=date(2025, 1, 5)))
    with pytest.raises(DeskError, match="closed on: a closed store needs the day"):
        save_store(workspace, SaveStore(Platform.OZON, "ГаджетБокс", "RU", StoreStatus.CLOSED))
    with pytest.raises(DeskError, match="before the store opened"):
        save_store(workspace, SaveStore(Platform.OZON, "ГаджетБокс", "RU", StoreStatus.CLOSED, DAY, date(2024, 1, 1)))
    closed = save_store(
        workspace, SaveStore(Platform.OZON, "ГаджетБокс", "RU", StoreStatus.CLOSED, date(2025, 1, 5), DAY)
    )
    assert closed.id == opened.id and closed.changed == {Record.STORE}
    with workspace.read() as session:
        store = session.scalars(select(Store)).one()
        assert (store.country, store.status, store.closed_on) == ("RU", StoreStatus.CLOSED, DAY)


def _draft(store_id: int | None = None, **kw: object) -> OrderDraft:
    usd = lambda minor: Money(minor, "USD")  # noqa: E731
    values: dict[str, object] = dict(
        platform=Platform.ALIEXPRESS,
        order_no="8179037714690228",
        supplier="Shenzhen Topwin Official Store",
        currency="USD",
        placed_on=date(2026, 10, 1),
        status=OrderStatus.SHIPPED,
        discount=usd(200),
        lines=(LineDraft("TWS earbuds", 10, usd(1899)),),
        payments=(PaymentDraft(PaymentMethod.PAYPAL, usd(18790), reference="PayPal buyer@example"),),
        paid_on=date(2026, 10, 1),
        shipped_on=date(2026, 10, 4),
        store_id=store_id,
        coupons=(CouponDraft(CouponKind.PLATFORM_COUPON, usd(200), "AE2OFF"),),
        tracking=(TrackingDraft("YT2416920418733562", "YunExpress"),),
    )
    values.update(kw)
    return OrderDraft(**values)  # type: ignore[arg-type]


def test_a_new_order_keeps_its_dates_store_coupons_tracking_and_references(workspace: Workspace) -> None:
    store = save_store(workspace, SaveStore(Platform.EBAY, "techbox-eu", "DE"))
    saved = create_order(workspace, _draft(store.id))
    with workspace.read() as session:
        order = session.get_one(Order, saved.order_id)
        assert (order.paid_on, order.shipped_on, order.delivered_on) == (date(2026, 10, 1), date(2026, 10, 4), None)
        assert order.store is not None and order.store.name == "techbox-eu"
        assert [(c.kind, c.code, c.amount_minor) for c in order.coupons] == [
            (CouponKind.PLATFORM_COUPON, "AE2OFF", 200)
        ]
        assert [(t.number, t.carrier, t.shipped_on) for t in order.tracking_numbers] == [
            ("YT2416920418733562", "YunExpress", date(2026, 10, 4))
        ]
        assert [(p.paid_on, p.reference) for p in order.payments] == [(date(2026, 10, 1), "PayPal buyer@example")]


def test_an_edit_that_does_not_give_them_keeps_them(workspace: Workspace) -> None:
    store = save_store(workspace, SaveStore(Platform.EBAY, "techbox-eu", "DE"))
    saved = create_order(workspace, _draft(store.id))
    with workspace.read() as session:
        shown = order_draft(session, saved.order_id)  # what Edit Order… starts from
    edit_order(workspace, EditOrder(saved.order_id, replace(shown, notes="checked")))
    with workspace.read() as session:
        order = session.get_one(Order, saved.order_id)
        assert order.notes == "checked" and order.store_id == store.id and order.shipped_on == date(2026, 10, 4)
        assert [c.code for c in order.coupons] == ["AE2OFF"]
        assert [t.number for t in order.tracking_numbers] == ["YT2416920418733562"]
        assert [(p.paid_on, p.reference) for p in order.payments] == [(date(2026, 10, 1), "PayPal buyer@example")]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            {"coupons": (CouponDraft(CouponKind.STORE_VOUCHER, Money(300, "USD")),)},
            "coupons: .* more than the discount",
        ),
        ({"shipped_on": date(2026, 9, 30)}, "shipped on: 2026-09-30 is before the day it was paid"),
        ({"tracking": (TrackingDraft(" "),)}, "tracking 1, number: required"),
        ({"store_id": 999}, "store: no store 999"),
    ],
)
def test_a_bad_detail_is_refused_naming_its_field(workspace: Workspace, change: dict[str, object], says: str) -> None:
    with pytest.raises(DeskError, match=says):
        create_order(workspace, _draft(**change))


def test_a_dispute_is_opened_with_the_platforms_case_number(workspace: Workspace) -> None:
    from desk.models import Dispute, DisputeReason, DisputeWant
    from desk.operations.disputes import OpenDispute, open_dispute

    saved = create_order(workspace, _draft())
    request = OpenDispute(
        saved.key, 1, DisputeReason.DAMAGED, DisputeWant.REFUND, "10.00", DAY, case_no=" 5009318840277531 "
    )
    opened = open_dispute(workspace, request)
    with workspace.read() as session:
        assert session.get_one(Dispute, opened.dispute_id).platform_case_no == "5009318840277531"


def test_a_refund_is_recorded_with_the_day_it_was_sent(workspace: Workspace) -> None:
    from desk.models import Refund
    from desk.operations.refunds import RecordRefund, record_refund

    saved = create_order(workspace, _draft())
    with pytest.raises(DeskError, match=r"sent on: .* before the refund was approved"):
        record_refund(workspace, RecordRefund(saved.key, "20.00", DAY, sent_on=date(2026, 11, 1)))
    recorded = record_refund(workspace, RecordRefund(saved.key, "20.00", DAY, sent_on=date(2026, 11, 4)))
    with workspace.read() as session:
        refund = session.get_one(Refund, recorded.refund_id)
        assert [p.sent_on for p in refund.parts] == [date(2026, 11, 4)]
