"""What each page says while it is empty: what belongs on it and the first step to take (see desk.ui.empty_state).
The actions are named by the texts their menus and buttons show."""

from __future__ import annotations

from desk.ui.empty_state import Guide, Offer
from desk.ui.tr_context import TrContext

PageGuides = TrContext("PageGuides")


def guide_for(page: str) -> Guide | None:
    guides = {
        "orders": Guide(
            PageGuides.tr("No orders yet"),
            PageGuides.tr(
                "Import your orders from a marketplace's export (CSV or XLSX) or a spreadsheet, or enter one by "
                "hand. Disputes, refunds and evidence all start from an order."
            ),
            (Offer(PageGuides.tr("Import Orders…")), Offer(PageGuides.tr("New Order…"))),
        ),
        "disputes": Guide(
            PageGuides.tr("No disputes yet"),
            PageGuides.tr(
                "A dispute is opened on one line of an order: on the Orders page, choose the order and its line, "
                "then Open Dispute. Desk then keeps its deadlines: the seller's days to answer, escalation and "
                "the end of buyer protection."
            ),
            (Offer(PageGuides.tr("Orders"), PageGuides.tr("Go to Orders")),),
        ),
        "refunds": Guide(
            PageGuides.tr("No refunds yet"),
            PageGuides.tr(
                "When a supplier or a platform agrees to pay money back, record the refund on its dispute or order: "
                "Desk splits it over the ways the order was paid and follows each part until it arrives."
            ),
        ),
        "deposits": Guide(
            PageGuides.tr("No deposit refunds yet"),
            PageGuides.tr(
                "When a marketplace holds your store's deposit, start an application here: Desk lists what the "
                "platform requires first and the documents it asks for, and counts its review days."
            ),
            (Offer(PageGuides.tr("New Application…")),),
        ),
        "accounts": Guide(
            PageGuides.tr("No member accounts yet"),
            PageGuides.tr(
                "Add the account you hold at a purchase agent to keep its ledger: funds added, orders paid, costs "
                "returned and withdrawals with their rules."
            ),
            (Offer(PageGuides.tr("New Account…")),),
        ),
        "evidence": Guide(
            PageGuides.tr("No evidence yet"),
            PageGuides.tr(
                "Drop photos, videos, chat logs, e-mails or payment proofs here, or on an order or a dispute: "
                "they are kept unchanged in the data folder's vault, and any later change to a file shows."
            ),
            (Offer(PageGuides.tr("Add Evidence…")),),
        ),
        "suppliers": Guide(
            PageGuides.tr("No suppliers yet"),
            PageGuides.tr("Suppliers are added as you import or enter orders."),
            (Offer(PageGuides.tr("Import Orders…")),),
        ),
        "stores": Guide(
            PageGuides.tr("No stores yet"),
            PageGuides.tr(
                "Your own marketplace stores are added with the orders sold through them and with deposit refunds."
            ),
        ),
        "rates": Guide(
            PageGuides.tr("No exchange rates yet"),
            PageGuides.tr(
                "The Dashboard adds up money in one currency: add the rate of each other currency you use, for "
                "the days it applies, or import them from a CSV file."
            ),
            (Offer(PageGuides.tr("Add Rate…")),),
        ),
        "audit": Guide(
            PageGuides.tr("Nothing has changed yet"),
            PageGuides.tr(
                "Every change made in this data folder will be listed here, who made it and when; the list is "
                "chained so that any later alteration shows."
            ),
        ),
    }
    return guides.get(page)
