"""The parties of an order besides the business: its supplier (the seller on a sourcing platform) and the store of
the business it was bought for. Both are found by platform and name; saving one that Desk lacks adds it."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.common import words as word_of
from desk.errors import DeskError
from desk.language import words
from desk.models import Platform, Store, StoreStatus, Supplier

P = TypeVar("P", Supplier, Store)


def find_party(session: Session, model: type[P], platform: Platform, name: str) -> P | None:
    """The supplier or store of that name on that platform (spaces as the save keeps them), if Desk has one."""
    name = " ".join(name.split())
    return session.scalars(select(model).where(model.platform == platform, model.name == name)).first()


def save_supplier(
    session: Session,
    platform: Platform,
    name: str,
    *,
    shop_url: str | None = None,
    contact: str | None = None,
    notes: str | None = None,
) -> tuple[Supplier, bool]:
    """The supplier of that name on that platform with these details (blank clears one); True when it was added."""
    name = " ".join(name.split())
    if not name:
        raise DeskError(words.tr("supplier: a name is required"))
    found = find_party(session, Supplier, platform, name)
    supplier = found or Supplier(platform=platform, name=name)
    supplier.shop_url = (shop_url or "").strip() or None
    supplier.contact = (contact or "").strip() or None
    supplier.notes = (notes or "").strip() or None
    session.add(supplier)
    session.flush()
    return supplier, found is None


def save_store(
    session: Session,
    platform: Platform,
    name: str,
    *,
    country: str | None = None,
    status: StoreStatus = StoreStatus.OPEN,
    opened_on: date | None = None,
    closed_on: date | None = None,
) -> tuple[Store, bool]:
    """The business's store of that name on that platform, as given; True when it was added."""
    name = " ".join(name.split())
    if not name:
        raise DeskError(words.tr("store: a name is required"))
    if country is not None and not (len(country) == 2 and country.isalpha() and country.isascii()):
        raise DeskError(
            words.tr("country: {0!r} is not a country; give an ISO 3166 code such as CN, DE or US").format(country)
        )
    if opened_on is not None and closed_on is not None and closed_on < opened_on:
        raise DeskError(
            words.tr("closed on: {0} is before the store opened ({1})").format(
                closed_on.isoformat(), opened_on.isoformat()
            )
        )
    if status is StoreStatus.CLOSED and closed_on is None:
        raise DeskError(words.tr("closed on: a closed store needs the day it closed"))
    if status is not StoreStatus.CLOSED and closed_on is not None:
        raise DeskError(words.tr("closed on: the store is {0}, not closed").format(word_of(status).lower()))
    found = find_party(session, Store, platform, name)
    store = found or Store(platform=platform, name=name)
    store.country = country.upper() if country else None
    store.status, store.opened_on, store.closed_on = status, opened_on, closed_on
    session.add(store)
    session.flush()
    return store, found is None
