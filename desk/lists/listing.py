"""Lists of domain rows, paged from the database: what every list in the GUI (and a CLI listing) shows.

A `ListSpec` names its columns and builds one SELECT; `fetch_page` runs it with a sort, a search, filters and a
window, so a list over a million rows reads only the rows on screen. Values come back raw (Money, date, enum) for
sorting and formatted for display by `display()`.

How a page is read, so that it stays fast deep into a large list:
- Ids first: the page's ids are chosen by a query that holds only the joins, filters and sort keys, then the full
  rows (with their computed columns: totals, counts) are read for those ids alone. SQLite would otherwise compute
  every computed column of every candidate row before sorting, and it also plans the small query better.
- Keyset paging (`ListSpec.keyset`): the next page starts after the last row's sort keys, `(k1, …, id) > (v1, …)`,
  which the sort's index finds directly; OFFSET would walk and join every row before it (0.6 s at row 390,000 of
  the Orders list, measured). A list may use it when none of its sort keys can be NULL (SQL row comparisons skip
  NULLs); the others page by OFFSET, which is fine for lists of thousands.
- Filters (`Filter`) and the search are WHERE conditions of the same query, so paging and sorting apply to them.
- A column computed in Python (`ListSpec.computed`: a case's next deadline) may still be sortable: its sort is
  then built for the session that reads the page (`SessionSort`), e.g. a CASE over the ids that have a value."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import literal_column, or_, true, tuple_
from sqlalchemy.orm import Session

from desk.calendar import country_name
from desk.common import words as enum_words
from desk.language import QT_TRANSLATE_NOOP, words
from desk.money import Money


class Kind(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    MONEY = "money"  # the query selects `<key>` (minor units) and `<key>_currency`
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"
    DECIMAL = "decimal"
    COUNTRY = "country"  # an ISO 3166 code, read as the country's name: CN → China


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind = Kind.TEXT
    sortable: bool = True  # False for computed columns that would make the database sort every row
    render: Callable[[Any], str] | None = None  # a display form other than `display()`'s
    # How wide it starts, in average characters, when its content may be longer (an item, a note, a name): the
    # window elides the rest, so the columns after it stay on screen at 1280 px. None: as wide as its content.
    width: int | None = None
    # In the list's default set of columns: False for one that does not fit 1280 px with the others, hidden until
    # the user shows it (the header's menu, desk.ui.column_choice).
    shown: bool = True

    @property
    def numeric(self) -> bool:
        return self.kind in (Kind.INT, Kind.MONEY, Kind.DECIMAL)


# SQLAlchemy's typed Select and column types vary per query; the specs only need "an SQL expression".
SQL = Any


class FilterKind(enum.StrEnum):
    CHOICE = "choice"  # one of `choices`
    DATE_RANGE = "date_range"  # (from, to), either end may be None; both ends included
    FLAG = "flag"  # on (True) or not set


@dataclass(frozen=True)
class Filter:
    """One way to narrow a list: a condition of its SQL WHERE, built for the value the user chose.

    A filter whose condition needs slow work first (an id set computed in Python, such as the overdue cases: see
    `ids_filter`) does it in `prepare(session, value)`, and `where` gets what it returned. `prepare_filters` runs
    that work once, before the pages are read: the GUI runs it off its thread and reads every page with its
    result (a `Prepared` value); a value not prepared is prepared each time a page is read."""

    key: str
    title: str
    kind: FilterKind
    where: Callable[[Session, Any], SQL]
    choices: Callable[[Session], list[tuple[Any, str]]] | None = None  # (value, label) for a CHOICE
    # A filter that keeps a large share of the rows (one of a few platforms or statuses) names the sorts its index
    # serves. Sorted another way, the list walks that sort's index and tests this filter on each row (`walk`), which
    # finds a page's 200 rows at once, instead of reading every match by this filter's index and sorting them all
    # (0.6 s for a platform's 130,000 orders sorted by status).
    index_sorts: frozenset[str] = frozenset()
    walk: Callable[[Session, Any], SQL] | None = None
    prepare: Callable[[Session, Any], Any] | None = None


@dataclass(frozen=True)
class Prepared:
    """A filter's value with its slow part done (`Filter.prepare`): what its `where` is built from."""

    value: Any


FilterValues = Mapping[str, Any]  # filter key → its value; None (or False, or (None, None)) means not set


def choice_filter(key: str, title: str, column: SQL, choices: Callable[[Session], list[tuple[Any, str]]]) -> Filter:
    return Filter(key, title, FilterKind.CHOICE, lambda _session, value: column == value, choices)


def enum_filter(
    key: str, title: str, column: SQL, members: Sequence[enum.Enum], *, index_sorts: Collection[str] = ()
) -> Filter:
    """A choice among an enumeration's members, labelled as lists show them. With `index_sorts`, a broad filter
    (see `Filter.index_sorts`)."""
    return Filter(
        key,
        title,
        FilterKind.CHOICE,
        lambda _session, value: column == value,
        lambda _session: [(m, display(m)) for m in members],  # in the language in use when the list is shown
        frozenset(index_sorts),
        # `column || ''` is the same text, but no index can look it up: the database tests it row by row.
        (lambda _session, value: column.concat(literal_column("''")) == value) if index_sorts else None,
    )


def date_range_filter(key: str, title: str, column: SQL) -> Filter:
    def where(_session: Session, value: tuple[date | None, date | None]) -> SQL:
        start, end = value
        if start is not None and end is not None:
            return column.between(start, end)
        return column >= start if start is not None else column <= end

    return Filter(key, title, FilterKind.DATE_RANGE, where)


def flag_filter(key: str, title: str, condition: Callable[[], SQL]) -> Filter:
    return Filter(key, title, FilterKind.FLAG, lambda _session, _value: condition())


def ids_filter(key: str, title: str, id_column: SQL, ids: Callable[[Session], Collection[int]]) -> Filter:
    """A flag whose rows are a set of ids computed in Python, e.g. the cases with an overdue deadline (deadlines
    are derived, never stored, so SQL cannot select them). Meant for sets of up to a few thousand ids: each is a
    bound parameter."""
    return Filter(
        key,
        title,
        FilterKind.FLAG,
        lambda _session, found: id_column.in_(sorted(found)),
        prepare=lambda session, _value: frozenset(ids(session)),
    )


def is_set(value: Any) -> bool:
    """Whether a filter value narrows anything."""
    if isinstance(value, tuple):
        return any(v is not None for v in value)
    return value is not None and value is not False


Sort = SQL | tuple[SQL, ...]  # one expression, or several: the column and its tie-breakers


@dataclass(frozen=True)
class SessionSort:
    """A sort built for the session that reads the page: for a column computed in Python, whose values only a
    session can give (`build(session)` returns a `Sort`)."""

    build: Callable[[Session], Sort]


class Phrased:
    """A value that reads as words with money and dates in them (a deadline, a refund's arrival): the window writes
    them in the user's locale, the CLI in the fixed form (`display`). `alert` marks one that needs doing now (the
    window colours it); `explain` is the longer story (the window's tooltip)."""

    alert: bool = False

    def words(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        raise NotImplementedError

    def explain(self, money: Callable[[Money], str], day: Callable[[date], str]) -> str:
        return ""

    def sort_key(self) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class ListSpec:
    name: str
    title: str
    columns: tuple[Column, ...]
    query: Callable[[], SQL]  # a Select of `id` and every column key by label
    # How the database orders by a column: an expression, or a tuple with tie-breakers (the row id always ends
    # it) — a tuple that matches an index lets the database read the page straight from that index.
    sort_exprs: dict[str, Sort | SessionSort]
    default_sort: tuple[str, bool]  # (column key, descending)
    search: tuple[SQL, ...] = ()  # columns searched with ILIKE, when `text_search` is missing or declines
    parent: SQL = None  # for a detail list: the column holding the parent's id
    stretch: str | None = None  # the column that takes the spare width (a name, an item), if not the last
    filters: tuple[Filter, ...] = ()
    # The full-text search (desk.search) as a WHERE condition, or None to fall back to ILIKE over `search`.
    text_search: Callable[[Session, str], SQL | None] | None = None
    keyset: bool = False  # page by the last row's sort keys: only when no sort key can be NULL (see above)
    # Columns computed in Python from the selected row (the audit log's sentences): key → (session, row) → value.
    computed: Mapping[str, Callable[[Session, Any], Any]] = field(default_factory=dict)
    # The model of the rows listed, when they can be voided: they are left out unless the "voided" filter is set,
    # which shows them too (the GUI strikes them through; `Row.voided`).
    voidable: Any = None

    def __post_init__(self) -> None:
        if self.voidable is not None and all(f.key != VOIDED for f in self.filters):
            object.__setattr__(self, "filters", (*self.filters, VOIDED_TOO))

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.name} has no column {key!r}")

    def filter(self, key: str) -> Filter:
        for f in self.filters:
            if f.key == key:
                return f
        raise KeyError(f"{self.name} has no filter {key!r}; it has: {', '.join(f.key for f in self.filters)}")

    def sort_keys(self, key: str, session: Session | None = None) -> tuple[SQL, ...]:
        exprs = self.sort_exprs[key]
        if isinstance(exprs, SessionSort):
            if session is None:
                raise ValueError(f"{self.name} sorts by {key} in a session: give the session")
            exprs = exprs.build(session)
        return exprs if isinstance(exprs, tuple) else (exprs,)


VOIDED = "voided"
VOIDED_TOO = Filter(VOIDED, QT_TRANSLATE_NOOP("words", "Voided too"), FilterKind.FLAG, lambda _session, _value: true())


@dataclass(frozen=True)
class Row:
    id: int
    values: dict[str, Any]
    key: tuple[Any, ...] = field(default=(), repr=False, compare=False)  # its sort keys, where the next page starts
    voided: bool = False  # shown only with the "voided" filter, struck through

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


def _value(column: Column, mapping: Any) -> Any:
    raw = mapping[column.key]
    if column.kind is Kind.MONEY and raw is not None:
        return Money(int(raw), mapping[f"{column.key}_currency"])
    return raw


def fetch_page(
    session: Session,
    spec: ListSpec,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: tuple[str, bool] | None = None,
    search: str = "",
    parent_id: int | None = None,
    filters: FilterValues | None = None,
    after: Row | None = None,
) -> list[Row]:
    """One page of `spec`: the rows after `after` (the last row of the previous page, for keyset paging) or else
    from `offset`, narrowed by the search and the filters that are set."""
    stmt, n_keys = page_query(
        session,
        spec,
        offset=offset,
        limit=limit,
        sort=sort,
        search=search,
        parent_id=parent_id,
        filters=filters,
        after=after,
    )
    rows = []
    for mapping in session.execute(stmt).mappings():
        key = tuple(mapping[f"_sort{i}"] for i in range(n_keys))
        voided = spec.voidable is not None and mapping["_voided"] is not None
        values = {
            c.key: spec.computed[c.key](session, mapping) if c.key in spec.computed else _value(c, mapping)
            for c in spec.columns
        }
        rows.append(Row(int(mapping["id"]), values, key, voided))
    return rows


def page_query(
    session: Session,
    spec: ListSpec,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: tuple[str, bool] | None = None,
    search: str = "",
    parent_id: int | None = None,
    filters: FilterValues | None = None,
    after: Row | None = None,
) -> tuple[SQL, int]:
    """The SELECT of one page (see the module's notes), and how many sort keys it selects as `_sort0`, …"""
    sort_key, descending = sort or spec.default_sort
    if sort_key not in spec.sort_exprs:
        sort_key, descending = spec.default_sort
    base = _base(spec.query)
    id_col = base.selected_columns["id"]
    keys = (*spec.sort_keys(sort_key, session), id_col)
    order = [k.desc() if descending else k.asc() for k in keys]

    ids = base.with_only_columns(id_col).where(*conditions(session, spec, search, parent_id, filters, sort_key))
    if after is not None and spec.keyset and after.key:
        ids = ids.where(tuple_(*keys) < after.key if descending else tuple_(*keys) > after.key)
    else:
        ids = ids.offset(offset)
    ids = ids.order_by(*order).limit(limit)
    stmt = (
        base.add_columns(*(k.label(f"_sort{i}") for i, k in enumerate(keys)))
        .where(id_col.in_(ids.scalar_subquery()))
        .order_by(*order)
    )
    if spec.voidable is not None:
        stmt = stmt.add_columns(spec.voidable.voided_at.label("_voided"))
        if is_set((filters or {}).get(VOIDED)):
            stmt = stmt.execution_options(include_voided=(spec.voidable,))
    return stmt, len(keys)


@functools.cache
def _base(query: Callable[[], SQL]) -> SQL:
    """A spec's SELECT, built once: a Select is immutable, and building one with its subqueries takes milliseconds."""
    return query()


def needs_preparing(spec: ListSpec, filters: FilterValues) -> bool:
    """Whether a filter that is set has slow work to do before a page can be read (`Filter.prepare`)."""
    return any(
        spec.filter(key).prepare is not None and not isinstance(value, Prepared)
        for key, value in filters.items()
        if is_set(value)
    )


def prepare_filters(session: Session, spec: ListSpec, filters: FilterValues) -> dict[str, Any]:
    """`filters` with each slow part done once (`Filter.prepare`), for every page read after."""
    prepared = dict(filters)
    for key, value in filters.items():
        prepare = spec.filter(key).prepare
        if prepare is not None and is_set(value) and not isinstance(value, Prepared):
            prepared[key] = Prepared(prepare(session, value))
    return prepared


def conditions(
    session: Session,
    spec: ListSpec,
    search: str = "",
    parent_id: int | None = None,
    filters: FilterValues | None = None,
    sort_key: str | None = None,
) -> list[SQL]:
    """The WHERE conditions of a list sorted by `sort_key`: its parent, its search, its filters."""
    where: list[SQL] = []
    if spec.parent is not None:
        if parent_id is None:
            raise ValueError(f"{spec.name} lists the rows of one parent: give parent_id")
        where.append(spec.parent == parent_id)
    text = search.strip()
    if text:
        found = spec.text_search(session, text) if spec.text_search is not None else None
        if found is not None:
            where.append(found)
        elif spec.search:
            pattern = f"%{_escape_like(text)}%"
            where.append(or_(*(expr.ilike(pattern, escape="\\") for expr in spec.search)))
    for key, value in (filters or {}).items():
        if is_set(value):
            chosen = spec.filter(key)
            walks = chosen.walk is not None and sort_key is not None and sort_key not in chosen.index_sorts
            build = chosen.walk if walks and chosen.walk is not None else chosen.where
            if chosen.prepare is not None:
                value = value.value if isinstance(value, Prepared) else chosen.prepare(session, value)
            where.append(build(session, value))
    return where


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def display(value: Any, column: Column | None = None) -> str:
    """How a value reads in a list."""
    if value is None:
        return ""
    if column is not None and column.render is not None:
        return column.render(value)
    if isinstance(value, Phrased):
        return value.words(str, date.isoformat)
    if column is not None and column.kind is Kind.COUNTRY and isinstance(value, str):
        return country_name(value)
    if isinstance(value, Money):
        return value.format()
    if isinstance(value, enum.Enum):  # "refund pending"; a name as it is written ("AliExpress")
        said = enum_words(value)
        return said if isinstance(getattr(value, "label", None), str) else said.lower()
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return words.tr("yes") if value else words.tr("no")
    if isinstance(value, int | Decimal):
        return f"{value:,}" if column is not None and column.kind is Kind.INT else str(value)
    return str(value)


def sort_value(value: Any) -> Any:
    """A raw value to compare rows by: money by minor units, enums by value, empty last."""
    if isinstance(value, Money):
        return value.minor
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Phrased):
        return value.sort_key()
    return value


SpecRegistry = dict[str, ListSpec]


def registry(specs: Sequence[ListSpec]) -> SpecRegistry:
    return {s.name: s for s in specs}
