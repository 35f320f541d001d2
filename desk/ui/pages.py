"""The navigation of the main window: which pages exist, in which order, under which heading.

Plain data, importable before the database layer is loaded (the window frame shows before the data)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    name: str  # also the `--page` of `desk screenshot`, and the list's name in `desk.lists.specs.SPECS`
    title: str
    icon: str  # file name in resources/icons
    section: str
    shows: frozenset[str]  # the kinds of record (`desk.operations.Record`) whose change the page reloads for


# Everything Desk keeps: the Dashboard and the audit log show them all.
ALL = frozenset(
    {"order", "dispute", "refund", "evidence", "account", "deposit", "supplier", "store", "setting", "policy", "rate"}
)

PAGES = (
    PageInfo("dashboard", "Dashboard", "dashboard.svg", "Cases", ALL),
    PageInfo(
        "orders",
        "Orders",
        "orders.svg",
        "Cases",
        frozenset({"order", "supplier", "dispute", "refund", "evidence", "account"}),
    ),
    PageInfo(
        "disputes",
        "Disputes",
        "disputes.svg",
        "Cases",
        frozenset({"dispute", "order", "refund", "evidence", "account"}),
    ),
    PageInfo("refunds", "Refunds", "refunds.svg", "Cases", frozenset({"refund", "order", "dispute", "evidence"})),
    PageInfo(
        "deposits", "Deposits", "deposits.svg", "Cases", frozenset({"deposit", "store", "evidence", "order", "dispute"})
    ),
    PageInfo("accounts", "Accounts", "accounts.svg", "Cases", frozenset({"account", "order", "dispute", "rate"})),
    PageInfo(
        "evidence",
        "Evidence",
        "evidence.svg",
        "Cases",
        frozenset({"evidence", "order", "dispute", "refund", "deposit"}),
    ),
    PageInfo("suppliers", "Suppliers", "suppliers.svg", "Records", frozenset({"supplier", "order", "dispute"})),
    PageInfo("stores", "Stores", "stores.svg", "Records", frozenset({"store", "deposit", "order"})),
    PageInfo("rates", "Exchange rates", "rates.svg", "Records", frozenset({"rate"})),
    PageInfo("audit", "Audit log", "audit.svg", "Records", ALL),
)
PAGE_NAMES = tuple(p.name for p in PAGES)
