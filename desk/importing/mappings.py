"""A column mapping: which column of an export holds each Desk field, or a fixed value for a field the export
lacks (every row of a shop's own export is the same platform). Stored as JSON in `ImportMapping.mapping`:
`{"order_no": "Order #", "platform": {"value": "aliexpress"}}`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desk.importing.fields import BY_NAME, FIELD_NAMES, FIELDS, field_for, match_generic, normalise
from desk.importing.problems import ImportFileError, column_list
from desk.json_reading import read_json
from desk.language import words


@dataclass(frozen=True)
class ColumnMapping:
    columns: dict[str, str] = field(default_factory=dict)  # field -> header
    fixed: dict[str, str] = field(default_factory=dict)  # field -> value for every row

    def __post_init__(self) -> None:
        unknown = sorted((set(self.columns) | set(self.fixed)) - set(FIELD_NAMES))
        if unknown:
            raise ImportFileError(
                words.tr("unknown field {0}; fields: {1}").format(", ".join(unknown), ", ".join(FIELD_NAMES))
            )

    def to_json(self) -> str:
        data: dict[str, Any] = {name: self.columns[name] for name in FIELD_NAMES if name in self.columns}
        data |= {name: {"value": self.fixed[name]} for name in FIELD_NAMES if name in self.fixed}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        data = read_json(text, words.tr("a remembered column mapping"))
        columns = {k: v for k, v in data.items() if isinstance(v, str)}
        fixed = {k: str(v["value"]) for k, v in data.items() if isinstance(v, dict) and "value" in v}
        return cls(columns, fixed)

    def merged(self, other: ColumnMapping) -> ColumnMapping:
        """This mapping with `other`'s fields put over it (a column given replaces a fixed value and back)."""
        columns = {k: v for k, v in self.columns.items() if k not in other.fixed} | other.columns
        fixed = {k: v for k, v in self.fixed.items() if k not in other.columns} | other.fixed
        return ColumnMapping(columns, fixed)

    def missing(self) -> list[str]:
        """Required fields with neither a column nor a fixed value."""
        given = set(self.columns) | set(self.fixed)
        return [f.name for f in FIELDS if f.required and f.name not in given]

    def resolve(self, headers: Sequence[str]) -> ColumnMapping:
        """The mapping with each column named exactly as this file writes it (matched the way headers are:
        case, spaces and punctuation aside); a column the file lacks is an error."""
        by_key = {normalise(h): h for h in headers}
        resolved: dict[str, str] = {}
        for name, column in self.columns.items():
            actual = column if column in headers else by_key.get(normalise(column))
            if actual is None:
                raise ImportFileError(
                    words.tr(
                        '{0} is mapped to the column "{1}", which this file does not have; its columns: {2}'
                    ).format(
                        BY_NAME[name].name, column, column_list(headers)
                    )
                )
            resolved[name] = actual
        return ColumnMapping(resolved, dict(self.fixed))


def generic_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The generic format's mapping: each header that names a field (`Order No` → order_no). Two headers that
    name the same field are refused: which one would count?"""
    seen: dict[str, str] = {}
    for header in headers:
        name = field_for(header)
        if name is not None:
            if name in seen:
                label = words.tr(BY_NAME[name].label)
                raise ImportFileError(
                    words.tr('the columns "{0}" and "{1}" both mean {2}; keep one').format(seen[name], header, label)
                )
            seen[name] = header
    return ColumnMapping(match_generic(headers))


def parse_assignments(items: Sequence[str], what: str) -> dict[str, str]:
    """`FIELD=VALUE` pairs from the command line."""
    out: dict[str, str] = {}
    for item in items:
        name, eq, value = item.partition("=")
        name = name.strip()
        if not eq or not name:
            raise ImportFileError(words.tr('"{0}" is not FIELD={1}').format(item, what))
        if name not in FIELD_NAMES:
            raise ImportFileError(
                words.tr('unknown field "{0}" in "{1}"; fields: {2}').format(name, item, ", ".join(FIELD_NAMES))
            )
        out[name] = value.strip()
    return out
