"""Every list Desk shows, by name (`SPECS`), and the detail lists each page shows under its selected row
(`DETAILS`). The lists themselves live in a module per record kind (desk/lists/orders.py, disputes.py, …); they are
named here too, so `from desk.lists.specs import ORDERS` reads them as before."""

from __future__ import annotations

from desk.lists.accounts import ACCOUNTS, DISPUTE_LEDGER, LEDGER, ORDER_LEDGER
from desk.lists.deposits import CHECKLIST, DEPOSITS, PREREQUISITES, SUBMISSIONS
from desk.lists.disputes import DISPUTE_EVENTS, DISPUTES
from desk.lists.evidence import EVIDENCE, EVIDENCE_LINKS
from desk.lists.listing import ListSpec, registry
from desk.lists.orders import COUPONS, ORDER_LINES, ORDERS, PAYMENTS, TRACKING
from desk.lists.records import AUDIT, RATES, STORES, SUPPLIERS
from desk.lists.refunds import REFUND_PARTS, REFUNDS

__all__ = [
    "ACCOUNTS",
    "AUDIT",
    "CHECKLIST",
    "COUPONS",
    "DEPOSITS",
    "DETAILS",
    "DISPUTES",
    "DISPUTE_EVENTS",
    "DISPUTE_LEDGER",
    "EVIDENCE",
    "EVIDENCE_LINKS",
    "LEDGER",
    "ORDERS",
    "ORDER_LEDGER",
    "ORDER_LINES",
    "PAYMENTS",
    "PREREQUISITES",
    "RATES",
    "REFUNDS",
    "REFUND_PARTS",
    "SPECS",
    "STORES",
    "SUBMISSIONS",
    "SUPPLIERS",
    "TRACKING",
]

SPECS = registry(
    [
        ORDERS,
        DISPUTES,
        REFUNDS,
        DEPOSITS,
        ACCOUNTS,
        EVIDENCE,
        SUPPLIERS,
        STORES,
        RATES,
        AUDIT,
        ORDER_LINES,
        PAYMENTS,
        TRACKING,
        COUPONS,
        DISPUTE_EVENTS,
        REFUND_PARTS,
        LEDGER,
        ORDER_LEDGER,
        DISPUTE_LEDGER,
        PREREQUISITES,
        CHECKLIST,
        SUBMISSIONS,
        EVIDENCE_LINKS,
    ]
)

# The detail lists each page shows under its selected row.
DETAILS: dict[str, tuple[ListSpec, ...]] = {
    "orders": (ORDER_LINES, PAYMENTS, COUPONS, TRACKING, ORDER_LEDGER),
    "disputes": (DISPUTE_EVENTS, DISPUTE_LEDGER),
    "refunds": (REFUND_PARTS,),
    "deposits": (PREREQUISITES, CHECKLIST, SUBMISSIONS),
    "accounts": (LEDGER,),
    "evidence": (EVIDENCE_LINKS,),
}
