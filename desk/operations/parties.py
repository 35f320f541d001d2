"""The parties around orders: a supplier's details (shop, contact, notes) and the business's own stores (country,
open or closed and since when). A store closed is what a deposit application waits for.

    result = save_supplier(ws, SaveSupplier(Platform.ALIEXPRESS, "Shenzhen Topwin", contact="service@…"))"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desk.common import words as word_of
from desk.language import words
from desk.models import Platform, Store, StoreStatus, Supplier
from desk.operations import Record, Result, changed
from desk.operations.conflicts import refuse_lost_update
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
    # From a form (desk.operations.conflicts): the version it showed, what it opened with, and after a conflict the
    # fields whose saved value the user kept.
    version: int | None = None
    shown: SaveSupplier | None = None
    keep: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SaveStore:
    """One of the business's stores as it should read (added when Desk has none of that name)."""

    platform: Platform
    name: str
    country: str | None = None  # ISO 3166 code
    status: StoreStatus = StoreStatus.OPEN
    opened_on: date | None = None
    closed_on: date | None = None  # required when closed
    version: int | None = None  # as SaveSupplier's
    shown: SaveStore | None = None
    keep: frozenset[str] = frozenset()


@dataclass(frozen=True, kw_only=True)
class PartySaved(Result):
    id: int
    added: bool  # new to Desk


def save_supplier(ws: Workspace, request: SaveSupplier) -> PartySaved:
    with ws.write() as session:
        found = parties.find_party(session, Supplier, request.platform, request.name)
        if found is not None:
            what = words.tr("Supplier {0}").format(found.name)
            refuse_lost_update(session, found, request.version, what, *_supplier_fields(found, request))
            request = replace(request, **{key: getattr(found, key) for key in request.keep})
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
        found = parties.find_party(session, Store, request.platform, request.name)
        if found is not None:
            what = words.tr("Store {0}").format(found.name)
            refuse_lost_update(session, found, request.version, what, *_store_fields(found, request))
            request = replace(request, **{key: getattr(found, key) for key in request.keep})
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


Fields = dict[str, tuple[str, str, str]]


def _text(value: object) -> str:
    return str(value).strip() if value not in (None, "") else "—"


def _supplier_fields(found: Supplier, request: SaveSupplier) -> tuple[Fields, Fields | None]:
    def fields(given: SaveSupplier) -> Fields:
        labels = {"shop_url": words.tr("Shop"), "contact": words.tr("Contact"), "notes": words.tr("Notes")}
        return {k: (label, _text(getattr(given, k)), _text(getattr(found, k))) for k, label in labels.items()}

    return fields(request), None if request.shown is None else fields(request.shown)


def _store_fields(found: Store, request: SaveStore) -> tuple[Fields, Fields | None]:
    def fields(given: SaveStore) -> Fields:
        return {
            "country": (words.tr("Country"), _text(given.country and given.country.upper()), _text(found.country)),
            "status": (words.tr("Status"), word_of(given.status), word_of(found.status)),
            "opened_on": (words.tr("Opened on"), _text(given.opened_on), _text(found.opened_on)),
            "closed_on": (words.tr("Closed on"), _text(given.closed_on), _text(found.closed_on)),
        }

    return fields(request), None if request.shown is None else fields(request.shown)
