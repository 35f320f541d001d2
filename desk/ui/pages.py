"""The navigation of the main window: which pages exist, in which order, under which heading.

Plain data, importable before the database layer is loaded (the window frame shows before the data)."""

from __future__ import annotations

from dataclasses import dataclass

from desk.ui.tr_context import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageInfo:
    name: str  # also the `--page` of `desk screenshot`, and the list's name in `desk.lists.specs.SPECS`
    title: str  # in English; shown as QCoreApplication.translate("Pages", title)
    icon: str  # file name in resources/icons
    section: str
    shows: frozenset[str]  # the kinds of record (`desk.operations.Record`) whose change the page reloads for


# The headings of the navigation. Titles and headings are shown as QCoreApplication.translate("Pages", title).
CASES = QT_TRANSLATE_NOOP("Pages", "Cases")
RECORDS = QT_TRANSLATE_NOOP("Pages", "Records")

# Everything Desk keeps: the Dashboard and the audit log show them all.
ALL = frozenset(
    {"order", "dispute", "refund", "evidence", "account", "deposit", "supplier", "store", "setting", "policy", "rate"}
)

PAGES = (
    PageInfo("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), "dashboard.svg", CASES, ALL),
    PageInfo(
        "orders",
        QT_TRANSLATE_NOOP("Pages", "Orders"),
        "orders.svg",
        CASES,
        frozenset({"order", "supplier", "dispute", "refund", "evidence", "account"}),
    ),
    PageInfo(
        "disputes",
        QT_TRANSLATE_NOOP("Pages", "Disputes"),
        "disputes.svg",
        CASES,
        frozenset({"dispute", "order", "refund", "evidence", "account"}),
    ),
    PageInfo(
        "refunds",
        QT_TRANSLATE_NOOP("Pages", "Refunds"),
        "refunds.svg",
        CASES,
        frozenset({"refund", "order", "dispute", "evidence"}),
    ),
    PageInfo(
        "deposits",
        QT_TRANSLATE_NOOP("Pages", "Deposits"),
        "deposits.svg",
        CASES,
        frozenset({"deposit", "store", "evidence", "order", "dispute"}),
    ),
    PageInfo(
        "accounts",
        QT_TRANSLATE_NOOP("Pages", "Accounts"),
        "accounts.svg",
        CASES,
        frozenset({"account", "order", "dispute", "rate"}),
    ),
    PageInfo(
        "evidence",
        QT_TRANSLATE_NOOP("Pages", "Evidence"),
        "evidence.svg",
        CASES,
        frozenset({"evidence", "order", "dispute", "refund", "deposit"}),
    ),
    PageInfo(
        "suppliers",
        QT_TRANSLATE_NOOP("Pages", "Suppliers"),
        "suppliers.svg",
        RECORDS,
        frozenset({"supplier", "order", "dispute"}),
    ),
    PageInfo(
        "stores", QT_TRANSLATE_NOOP("Pages", "Stores"), "stores.svg", RECORDS, frozenset({"store", "deposit", "order"})
    ),
    PageInfo("rates", QT_TRANSLATE_NOOP("Pages", "Exchange rates"), "rates.svg", RECORDS, frozenset({"rate"})),
    PageInfo("audit", QT_TRANSLATE_NOOP("Pages", "Audit log"), "audit.svg", RECORDS, ALL),
)
PAGE_NAMES = tuple(p.name for p in PAGES)
