"""What each page says while it is empty: what belongs on it and the first step to take (see desk.ui.empty_state).
The actions are named by the texts their menus and buttons show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.ui.empty_state import Guide, Offer


def _tr(text: str) -> str:
    return QCoreApplication.translate("PageGuides", text)


def guide_for(page: str) -> Guide | None:
    guides = {
        "orders": Guide(
            _tr("No orders yet"),
            _tr(
                "Import your orders from a marketplace's export (CSV or XLSX) or a spreadsheet, or enter one by "
                "hand. Disputes, refunds and evidence all start from an order."
            ),
            (Offer(_tr("Import Orders…")), Offer(_tr("New Order…"))),
        ),
        "disputes": Guide(
            _tr("No disputes yet"),
            _tr(
                "A dispute is opened on one line of an order: on the Orders page, choose the order and its line, "
                "then Open Dispute. Desk then keeps its deadlines: the seller's days to answer, escalation and "
                "the end of buyer protection."
            ),
            (Offer(_tr("Orders"), _tr("Go to Orders")),),
        ),
        "refunds": Guide(
            _tr("No refunds yet"),
            _tr(
                "When a supplier or a platform agrees to pay money back, record the refund on its dispute or order: "
                "Desk splits it over the ways the order was paid and follows each part until it arrives."
            ),
        ),
        "deposits": Guide(
            _tr("No deposit refunds yet"),
            _tr(
                "When a marketplace holds your store's deposit, start an application here: Desk lists what the "
                "platform requires first and the documents it asks for, and counts its review days."
            ),
            (Offer(_tr("New Application…")),),
        ),
        "accounts": Guide(
            _tr("No member accounts yet"),
            _tr(
                "Add the account you hold at a purchase agent to keep its ledger: funds added, orders paid, costs "
                "returned and withdrawals with their rules."
            ),
            (Offer(_tr("New Account…")),),
        ),
        "evidence": Guide(
            _tr("No evidence yet"),
            _tr(
                "Drop photos, videos, chat logs, e-mails or payment proofs here, or on an order or a dispute: "
                "they are kept unchanged in the data folder's vault, and any later change to a file shows."
            ),
            (Offer(_tr("Add Evidence…")),),
        ),
        "suppliers": Guide(
            _tr("No suppliers yet"),
            _tr("Suppliers are added as you import or enter orders."),
            (Offer(_tr("Import Orders…")),),
        ),
        "stores": Guide(
            _tr("No stores yet"),
            _tr("Your own marketplace stores are added with the orders sold through them and with deposit refunds."),
        ),
        "rates": Guide(
            _tr("No exchange rates yet"),
            _tr(
                "The Dashboard adds up money in one currency: add the rate of each other currency you use, for "
                "the days it applies, or import them from a CSV file."
            ),
            (Offer(_tr("Add Rate…")),),
        ),
        "audit": Guide(
            _tr("Nothing has changed yet"),
            _tr(
                "Every change made in this data folder will be listed here, who made it and when; the list is "
                "chained so that any later alteration shows."
            ),
        ),
    }
    return guides.get(page)
