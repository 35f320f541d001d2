"""Lists page through the database: a window of rows, sorted and searched by SQL, never the whole table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import order, supplier

from desk.lists.listing import display, fetch_page, sort_value
from desk.lists.specs import DETAILS, ORDER_LINES, ORDERS, SPECS
from desk.models import OrderStatus
from desk.money import Money
from desk.workspace import Workspace


@pytest.fixture
def orders(workspace: Workspace) -> Workspace:
    with workspace.write() as s:
        a, b = supplier(s, "义乌小商品批发店"), supplier(s, "Shenzhen Topwin Official Store")
        for n in range(25):
            order(
                s,
                order_no=f"N{n:03d}",
                seller=a if n % 2 else b,
                placed_on=date(2026, 9, 1) + timedelta(days=n),
                lines=(("LED strip 5 m", 1 + n % 3, 1999), ("USB-C cable", 2, 1250)),
                shipping_minor=300,
            )
    return workspace


def test_pages_follow_each_other_without_gaps_or_repeats(orders: Workspace) -> None:
    with orders.read() as s:
        pages = [fetch_page(s, ORDERS, offset=offset, limit=10) for offset in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 5]
    numbers = [row["order_no"] for page in pages for row in page]
    assert len(set(numbers)) == 25
    assert numbers[0] == "N024"  # newest first by default


def test_sorting_and_search_happen_in_the_database(orders: Workspace) -> None:
    with orders.read() as s:
        oldest = fetch_page(s, ORDERS, limit=3, sort=("placed_on", False))
        found = fetch_page(s, ORDERS, search="义乌")
        none = fetch_page(s, ORDERS, search="100%_nothing")
    assert [r["order_no"] for r in oldest] == ["N000", "N001", "N002"]
    assert len(found) == 12 and {r["supplier"] for r in found} == {"义乌小商品批发店"}
    assert none == []


def test_computed_columns_are_money_in_the_order_currency(orders: Workspace) -> None:
    with orders.read() as s:
        row = fetch_page(s, ORDERS, limit=1, sort=("order_no", False))[0]
    # N000: 1 × 19.99 + 2 × 12.50 + 3.00 shipping
    assert row["total"] == Money(4799, "CNY")
    assert row["paid"] == Money(4799, "CNY")
    assert row["lines"] == 2
    assert row["status"] is OrderStatus.PLACED
    assert sort_value(row["total"]) == 4799
    assert display(row["total"]) == "CN¥47.99"


def test_a_detail_list_shows_the_rows_of_one_parent(orders: Workspace) -> None:
    with orders.read() as s:
        parent = fetch_page(s, ORDERS, limit=1)[0]
        lines = fetch_page(s, ORDER_LINES, parent_id=parent.id)
        with pytest.raises(ValueError, match="parent_id"):
            fetch_page(s, ORDER_LINES)
    assert [line["line_no"] for line in lines] == [1, 2]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_list_runs_with_every_sort_and_a_search(orders: Workspace, name: str) -> None:
    spec = SPECS[name]
    parent_id = 1 if spec.parent is not None else None
    with orders.read() as s:
        for key in spec.sort_exprs:
            for descending in (False, True):
                fetch_page(s, spec, sort=(key, descending), search="a", parent_id=parent_id, limit=5)
        rows = fetch_page(s, spec, parent_id=parent_id)
    for row in rows:
        assert set(row.values) == {c.key for c in spec.columns}
    for key in spec.sort_exprs:
        assert key in {c.key for c in spec.columns} or key == "id"


def test_every_page_with_details_names_real_lists() -> None:
    for page, details in DETAILS.items():
        assert page in SPECS
        assert all(d.parent is not None for d in details)
