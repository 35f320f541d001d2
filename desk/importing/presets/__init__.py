"""Platform exports recognised by their header row: Amazon's order history (`Retail.OrderHistory.1.csv` from
"Request your data"), eBay's orders report (Seller Hub → Orders → Download report) and AliExpress's account data
backup (XLSX, sheet "Order Information", amounts in cents). Each preset reads its export's own conventions
(amounts per row that add up to the order, "Not Available" for blank, US dates) into the same `LineRow`s as the
generic format, so the checks after it are the same."""

from __future__ import annotations

from desk.importing.presets.aliexpress import AliExpressBackup
from desk.importing.presets.aliexpress_lists import MelnykOrderExport, ShopperInventory, Su14imanOrderExport
from desk.importing.presets.amazon import AmazonItemsReport, AmazonOrderHistory, amazon_tracking, card_method
from desk.importing.presets.base import PresetSource
from desk.importing.presets.ebay import EbayOrdersReport, EbayTransactionReport

PRESETS: tuple[type[PresetSource], ...] = (
    AmazonOrderHistory, AmazonItemsReport, EbayOrdersReport, EbayTransactionReport, AliExpressBackup, ShopperInventory,
    MelnykOrderExport, Su14imanOrderExport,
)
PRESET_KEYS = {p.key: p for p in PRESETS}


def detect(headers: list[str]) -> type[PresetSource] | None:
    """The preset whose signature columns all appear in the header row."""
    return next((preset for preset in PRESETS if preset.matches(headers)), None)


__all__ = [
    "PRESETS",
    "PRESET_KEYS",
    "AliExpressBackup",
    "AmazonItemsReport",
    "AmazonOrderHistory",
    "EbayOrdersReport",
    "EbayTransactionReport",
    "MelnykOrderExport",
    "PresetSource",
    "ShopperInventory",
    "Su14imanOrderExport",
    "amazon_tracking",
    "card_method",
    "detect",
]
