"""The navigation of the main window: which pages exist, in which order, under which heading.

Plain data, importable before the database layer is loaded (the window frame shows before the data)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    name: str  # also the `--page` of `desk screenshot`, and the list's name in `desk.lists.SPECS`
    title: str
    icon: str  # file name in resources/icons
    section: str


PAGES = (
    PageInfo("dashboard", "Dashboard", "dashboard.svg", "Cases"),
    PageInfo("orders", "Orders", "orders.svg", "Cases"),
    PageInfo("disputes", "Disputes", "disputes.svg", "Cases"),
    PageInfo("refunds", "Refunds", "refunds.svg", "Cases"),
    PageInfo("deposits", "Deposits", "deposits.svg", "Cases"),
    PageInfo("accounts", "Accounts", "accounts.svg", "Cases"),
    PageInfo("evidence", "Evidence", "evidence.svg", "Cases"),
    PageInfo("suppliers", "Suppliers", "suppliers.svg", "Records"),
    PageInfo("stores", "Stores", "stores.svg", "Records"),
    PageInfo("rates", "Exchange rates", "rates.svg", "Records"),
    PageInfo("audit", "Audit log", "audit.svg", "Records"),
)
PAGE_NAMES = tuple(p.name for p in PAGES)
