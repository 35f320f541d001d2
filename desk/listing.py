"""Lists of domain rows, paged from the database: what every list in the GUI (and a CLI listing) shows.

A `ListSpec` names its columns and builds one SELECT; `fetch_page` runs it with a sort, a search and a window
(OFFSET/LIMIT), so a list over a million rows reads only the rows on screen. Values come back raw (Money, date,
enum) for sorting and formatted for display by `display()`."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_
from sqlalchemy.orm import Session

from desk.money import Money


class Kind(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    MONEY = "money"  # the query selects `<key>` (minor units) and `<key>_currency`
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"
    DECIMAL = "decimal"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind = Kind.TEXT
    sortable: bool = True  # False for computed columns that would make the database sort every row
    render: Callable[[Any], str] | None = None  # a display form other than `display()`'s

    @property
    def numeric(self) -> bool:
        return self.kind in (Kind.INT, Kind.MONEY, Kind.DECIMAL)


# SQLAlchemy's typed Select and column types vary per query; the specs only need "an SQL expression".
SQL = Any


@dataclass(frozen=True)
class ListSpec:
    name: str
    title: str
    columns: tuple[Column, ...]
    query: Callable[[], SQL]  # a Select of `id` and every column key by label
    sort_exprs: dict[str, SQL]  # how the database orders by a column
    default_sort: tuple[str, bool]  # (column key, descending)
    search: tuple[SQL, ...] = ()
    parent: SQL = None  # for a detail list: the column holding the parent's id
    stretch: str | None = None  # the column that takes the spare width (a name, an item), if not the last

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.name} has no column {key!r}")


@dataclass(frozen=True)
class Row:
    id: int
    values: dict[str, Any]

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
) -> list[Row]:
    sort_key, descending = sort or spec.default_sort
    if sort_key not in spec.sort_exprs:
        sort_key, descending = spec.default_sort
    stmt = spec.query()
    if spec.parent is not None:
        if parent_id is None:
            raise ValueError(f"{spec.name} lists the rows of one parent: give parent_id")
        stmt = stmt.where(spec.parent == parent_id)
    if search.strip() and spec.search:
        pattern = f"%{_escape_like(search.strip())}%"
        stmt = stmt.where(or_(*(expr.ilike(pattern, escape="\\") for expr in spec.search)))
    order = spec.sort_exprs[sort_key]
    id_col = stmt.selected_columns["id"]
    stmt = stmt.order_by(order.desc() if descending else order.asc(), id_col.desc() if descending else id_col.asc())
    stmt = stmt.offset(offset).limit(limit)
    rows = []
    for mapping in session.execute(stmt).mappings():
        rows.append(Row(int(mapping["id"]), {c.key: _value(c, mapping) for c in spec.columns}))
    return rows


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def display(value: Any, column: Column | None = None) -> str:
    """How a value reads in a list."""
    if value is None:
        return ""
    if column is not None and column.render is not None:
        return column.render(value)
    if isinstance(value, Money):
        return value.format()
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", str(value.value).replace("_", " ")))
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return f"{value:,}" if column is not None and column.kind is Kind.INT else str(value)
    return str(value)


def sort_value(value: Any) -> Any:
    """A raw value to compare rows by: money by minor units, enums by value, empty last."""
    if isinstance(value, Money):
        return value.minor
    if isinstance(value, enum.Enum):
        return value.value
    return value


SpecRegistry = dict[str, ListSpec]


def registry(specs: Sequence[ListSpec]) -> SpecRegistry:
    return {s.name: s for s in specs}
