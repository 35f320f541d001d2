"""Search over orders, lines, tracking numbers, suppliers and disputes: `desk search` and the lists' search box.

Built on `desk.db.full_text` (the FTS5 index; see there for what matches what) with portable SQL around it.

Ranking, best first: a record whose identifier *is* the text (an order number, also as `PLATFORM:ORDER_NO`, a
tracking number, a supplier's name, a platform's case number); else, when the text holds a digit (what
identifiers look like), orders and lines whose number, SKU or tracking number contains it; then suppliers,
disputes and dispute events whose text matches (few, and the cases staff work on); then every other order and
line. Within each group the newest record comes first. BM25 is not used: over trigrams it mostly rewards short
fields, and it would have to score every match of a common word before the first 50 could be shown."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, and_, func, null, or_, select, union
from sqlalchemy.orm import Session

from desk.db import SEARCH_KINDS, FullText, FullTextDoc, full_text
from desk.models import Dispute, DisputeEvent, Evidence, Order, OrderLine, Platform, Supplier, TrackingNumber

# A search matching more order documents than this is "broad": a list then walks its own order (by its sort
# index) and keeps the rows that match, instead of reading every match and sorting them (see `_id_column`).
BROAD = 10_000


@dataclass(frozen=True)
class Hit:
    kind: str  # one of SEARCH_KINDS
    id: int  # of the record: orders.id, tracking_numbers.id, order_lines.id, suppliers.id, disputes.id, …
    order_id: int | None  # the order it belongs to (none for a supplier)
    order: str | None  # that order's key, PLATFORM:ORDER_NO
    snippet: str  # where it matched, the match in [brackets]

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "order": self.order, "snippet": self.snippet}


def search(session: Session, text: str, *, kinds: Collection[str] = SEARCH_KINDS, limit: int = 50) -> list[Hit]:
    """The records that contain `text` (every word of it, in any case), best first; at most `limit`."""
    unknown = set(kinds) - set(SEARCH_KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; kinds are {', '.join(SEARCH_KINDS)}")
    text = text.strip()
    found = _Found(session, text)
    found.exact(kinds)
    match = full_text(session, text)
    if match is not None:
        # Identifiers contain digits; an exact one was found above, and its neighbours in number are noise.
        if any(ch.isdigit() for ch in text) and not found.candidates:
            found.add(match.documents(session, kinds, limit, identifiers=True), match)
        found.add(match.documents(session, kinds, limit), match)
    return found.hits(kinds, limit)


def order_key(text: str) -> tuple[Platform, str] | None:
    """`aliexpress:8123…` as (platform, order number), or None when the text is not an order key."""
    platform, sep, number = text.strip().partition(":")
    if not sep or not number:
        return None
    try:
        return Platform(platform.lower()), number
    except ValueError:
        return None


# -- conditions for the lists -----------------------------------------------------------------------------------------


def orders_where(session: Session, text: str) -> ColumnElement[bool] | None:
    """The Orders list's search: orders whose number, notes, tracking numbers, items or SKUs contain the text, whose
    supplier's name does, or that have a dispute whose text does. None: search with ILIKE instead."""
    key = order_key(text)
    if key is not None:
        return and_(Order.platform == key[0], Order.order_no == key[1])
    match = full_text(session, text)
    if match is None:
        return None
    suppliers = match.record_ids("supplier")
    broad = (
        match.count_order_documents(session, BROAD) >= BROAD
        or _count(session, select(Order.id).where(Order.supplier_id.in_(suppliers))) >= BROAD
    )
    ids: CompoundSelect[tuple[int]] = union(
        match.order_ids(),
        select(OrderLine.order_id).where(OrderLine.id.in_(match.record_ids("line"))),
        select(OrderLine.order_id).join(Dispute, Dispute.order_line_id == OrderLine.id).where(_dispute_text(match)),
    )
    return or_(_id_column(Order.id, broad).in_(ids), _id_column(Order.supplier_id, broad).in_(suppliers))


def disputes_where(session: Session, text: str) -> ColumnElement[bool] | None:
    """The Disputes list's search: its statement, case number or events, its order line, its order's own text
    (number, notes, tracking numbers), its supplier. The list joins OrderLine, Order and Supplier."""
    key = order_key(text)
    if key is not None:
        return and_(Order.platform == key[0], Order.order_no == key[1])
    match = full_text(session, text)
    if match is None:
        return None
    return or_(
        _dispute_text(match),
        FullText.line_slot(OrderLine.order_id, OrderLine.line_no).in_(match.line_slots()),
        OrderLine.id.in_(match.record_ids("line")),
        OrderLine.order_id.in_(match.order_ids(own_only=True)),
        Order.supplier_id.in_(match.record_ids("supplier")),
    )


def evidence_where(session: Session, text: str) -> ColumnElement[bool] | None:
    """The Evidence list's search: the file's name, its description, an e-mail's headers and body."""
    match = full_text(session, text)
    return None if match is None else Evidence.id.in_(match.record_ids("evidence"))


def _dispute_text(match: FullText) -> ColumnElement[bool]:
    events = select(DisputeEvent.dispute_id).where(DisputeEvent.id.in_(match.record_ids("event")))
    return or_(Dispute.id.in_(match.record_ids("dispute")), Dispute.id.in_(events))


def _id_column(column: Any, broad: bool) -> Any:
    """`column`, or for a broad search `column + 0`: the same value, which the database cannot look up by index.
    Then SQLite reads the matches once into a temporary index and walks the list's own sort order, keeping rows
    that are in it: 200 rows come quickly when many match. A narrow search reads its few matches by id and sorts
    them. (Measured on 1M lines: a word in 167k lines, 240 ms by id, 55 ms walking; a number in 1, 4 ms by id,
    0.7 s walking.)"""
    return column + 0 if broad else column


def _count(session: Session, stmt: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt.limit(BROAD).subquery())) or 0)


# -- hits -------------------------------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    """A hit before its record is known: found by id or by what identifies it (`need`), looked up in batches."""

    kind: str
    id: int | None
    order_id: int | None
    snippet: str
    need: tuple[Any, ...] = ()  # ("line", order id, line no) | ("tracking", order id, number) | (kind, own id)


class _Found:
    """Hits collected in rank order; `hits` looks up their records (a few queries for all of them) and keeps each
    record once."""

    def __init__(self, session: Session, text: str) -> None:
        self.session = session
        self.text = text
        self.candidates: list[_Candidate] = []

    def exact(self, kinds: Collection[str]) -> None:
        s, text = self.session, self.text
        if not text:
            return
        key = order_key(text)
        found: list[tuple[str, Any]] = []
        if "order" in kinds:
            where = and_(Order.platform == key[0], Order.order_no == key[1]) if key else Order.order_no == text
            found.append(("order", select(Order.id, Order.id, Order.order_no).where(where)))
        if "tracking" in kinds:
            numbers = select(TrackingNumber.id, TrackingNumber.order_id, TrackingNumber.number)
            found.append(("tracking", numbers.where(TrackingNumber.number == text)))
        if "supplier" in kinds:
            suppliers = select(Supplier.id, null(), Supplier.name).where(Supplier.name == text)
            found.append(("supplier", suppliers))
        if "dispute" in kinds:
            cases = select(Dispute.id, OrderLine.order_id, Dispute.platform_case_no).join(Dispute.order_line)
            found.append(("dispute", cases.where(Dispute.platform_case_no == text)))
        for kind, stmt in found:
            for id_, order_id, value in s.execute(stmt):
                self.candidates.append(_Candidate(kind, id_, order_id, f"[{value}]"))

    def add(self, docs: list[FullTextDoc], match: FullText) -> None:
        for doc in docs:
            self.candidates.append(_candidate(doc, match.parts))

    def _lookups(self) -> dict[tuple[Any, ...], tuple[int, int | None]]:
        """`need` → (record id, order id), for every candidate that needs one."""
        wanted: dict[str, set[tuple[Any, ...]]] = {}
        for c in self.candidates:
            if c.need:
                wanted.setdefault(c.need[0], set()).add(c.need[1:])
        found: dict[tuple[Any, ...], tuple[int, int | None]] = {}
        # Lines and tracking numbers by their order's id (indexed) and picked here: a row-value IN would not use
        # the (order_id, line_no) index in SQLite and would read every line.
        by_order = {kind: [k[0] for k in wanted.get(kind, ())] for kind in ("line", "tracking")}
        queries: dict[str, Any] = {
            "line": select(OrderLine.id, OrderLine.order_id, OrderLine.order_id, OrderLine.line_no).where(
                OrderLine.order_id.in_(by_order["line"])
            ),
            "tracking": select(
                TrackingNumber.id, TrackingNumber.order_id, TrackingNumber.order_id, TrackingNumber.number
            ).where(TrackingNumber.order_id.in_(by_order["tracking"])),
            "long line": select(OrderLine.id, OrderLine.order_id, OrderLine.id).where(
                OrderLine.id.in_([k[0] for k in wanted.get("long line", ())])
            ),
            "dispute": select(Dispute.id, OrderLine.order_id, Dispute.id)
            .join(Dispute.order_line)
            .where(Dispute.id.in_([k[0] for k in wanted.get("dispute", ())])),
            "event": select(DisputeEvent.id, OrderLine.order_id, DisputeEvent.id)
            .join(DisputeEvent.dispute)
            .join(Dispute.order_line)
            .where(DisputeEvent.id.in_([k[0] for k in wanted.get("event", ())])),
        }
        for kind, stmt in queries.items():
            if wanted.get(kind):
                for id_, order_id, *need in self.session.execute(stmt):
                    found[(kind, *need)] = (id_, order_id)
        return found

    def hits(self, kinds: Collection[str], limit: int) -> list[Hit]:
        lookups = self._lookups()
        chosen: dict[tuple[str, int], tuple[int | None, str]] = {}
        for c in self.candidates:
            id_, order_id = lookups.get(c.need, (None, None)) if c.need else (c.id, c.order_id)
            if id_ is not None and c.kind in kinds and len(chosen) < limit:
                chosen.setdefault((c.kind, id_), (order_id, c.snippet))
        order_ids = {o for o, _s in chosen.values() if o is not None}
        keys = {
            id_: f"{platform}:{number}"
            for id_, platform, number in self.session.execute(
                select(Order.id, Order.platform, Order.order_no).where(Order.id.in_(order_ids))
            )
        }
        return [Hit(k, i, o, keys.get(o) if o is not None else None, snip) for (k, i), (o, snip) in chosen.items()]


def _candidate(doc: FullTextDoc, parts: tuple[str, ...]) -> _Candidate:
    """What a document found stands for, and the field to show."""
    fields = doc.fields
    ident_or_notes = "ident" if _has_any(fields, ("ident",), parts) else "notes"
    if doc.kind == "order":
        if _has_any(fields, ("ident", "notes"), parts) or "tracking" not in fields:
            return _Candidate("order", doc.order_id, doc.order_id, snippet(fields.get(ident_or_notes, ""), parts))
        number = next((n for n in fields["tracking"].split() if _contains(n, parts)), "")
        return _Candidate("tracking", None, None, snippet(number, parts), ("tracking", doc.order_id, number))
    if doc.kind == "line":
        column = "item" if _has_any(fields, ("item",), parts) or "sku" not in fields else "sku"
        shown = snippet(fields.get(column, ""), parts)
        if doc.order_id is not None:
            return _Candidate("line", None, None, shown, ("line", doc.order_id, doc.line_no))
        return _Candidate("line", None, None, shown, ("long line", doc.ref_id))
    shown = snippet(fields.get(ident_or_notes, ""), parts)
    if doc.kind in ("supplier", "evidence"):
        return _Candidate(doc.kind, doc.ref_id, None, shown)
    return _Candidate(doc.kind, None, None, shown, (doc.kind, doc.ref_id))


def _contains(text: str, parts: tuple[str, ...]) -> bool:
    folded = text.lower()
    return any(p.lower() in folded for p in parts)


def _has_any(fields: dict[str, str], columns: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    return any(_contains(fields.get(c, ""), parts) for c in columns)


def snippet(text: str, parts: tuple[str, ...], width: int = 80) -> str:
    """`text` around the first of `parts` it contains, that part in [brackets]; at most about `width` characters,
    on one line (an e-mail's text has line breaks)."""
    text = " ".join(text.split())
    folded = text.lower()
    places = [(folded.find(p.lower()), len(p)) for p in parts if p and p.lower() in folded]
    if not places:
        return text[:width] + ("…" if len(text) > width else "")
    start, length = min(places)
    marked = f"{text[:start]}[{text[start : start + length]}]{text[start + length :]}"
    if len(marked) <= width:
        return marked
    begin = max(0, start - width // 3)
    end = begin + width
    return ("…" if begin else "") + marked[begin:end] + ("…" if end < len(marked) else "")
