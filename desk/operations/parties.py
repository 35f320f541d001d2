"""The parties around orders: a supplier's details (shop, contact, notes) and the business's own stores (country,
open or closed and since when). A store closed is what a deposit application waits for.

    result = save_supplier(ws, SaveSupplier(Platform.ALIEXPRESS, "Shenzhen Topwin", contact="service@…"))"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.common import words as word_of
from desk.language import words
from desk.models import Platform, StoreStatus
from desk.operations import Record, Result, changed
from desk.orders import parties
from desk.workspace import Workspace


@dataclass(frozen=True)
class SaveSupplier:
    """A supplier with its details as they should read (added when Desk has none of that name)."""

    platform: Platform
    name: str
    shop_url: str | None = None
    contact: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class SaveStore:
    """One of the business's stores as it should read (added when Desk has none of that name)."""

    platform: Platform
    name: str
    country: str | None = None  # ISO 3166 code
    status: StoreStatus = StoreStatus.OPEN
    opened_on: date | None = None
    closed_on: date | None = None  # required when closed


@dataclass(frozen=True, kw_only=True)
class PartySaved(Result):
    id: int
    added: bool  # new to Desk


def save_supplier(ws: Workspace, request: SaveSupplier) -> PartySaved:
    with ws.write() as session:
        supplier, added = parties.save_supplier(
            session,
            request.platform,
            request.name,
            shop_url=request.shop_url,
            contact=request.contact,
            notes=request.notes,
        )
        said = words.tr("Added supplier {0} on {1}.") if added else words.tr("Saved supplier {0} on {1}.")
        return PartySaved(
            changed=changed(Record.SUPPLIER),
            message=said.format(supplier.name, request.platform.label),
            id=supplier.id,
            added=added,
        )


def save_store(ws: Workspace, request: SaveStore) -> PartySaved:
    with ws.write() as session:
        store, added = parties.save_store(
            session,
            request.platform,
            request.name,
            country=request.country,
            status=request.status,
            opened_on=request.opened_on,
            closed_on=request.closed_on,
        )
        said = words.tr("Added store {0} on {1} ({2}).") if added else words.tr("Saved store {0} on {1} ({2}).")
        return PartySaved(
            changed=changed(Record.STORE),
            message=said.format(store.name, request.platform.label, word_of(store.status).lower()),
            id=store.id,
            added=added,
        )
