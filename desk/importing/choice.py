"""How a file is read, decided in one place for `desk import` and the Import dialog alike: a mapping the user
names, else the one remembered for the file's header row, else a platform export recognised by its header (a
preset), else the generic format. `reading` says what that choice is before anything runs (the dialog shows it);
`choose` makes the plan an import runs with."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.importing import remembered
from desk.importing.mapped import GENERIC, YOURS, MappedSource
from desk.importing.mappings import ColumnMapping, generic_mapping
from desk.importing.presets import PresetSource, detect
from desk.importing.problems import ImportFileError, column_list
from desk.importing.reader import Sheet
from desk.importing.remembered import Remembered
from desk.importing.rows import ImportOptions, Source
from desk.importing.text_format import TextFormat
from desk.language import words


@dataclass
class Plan:
    """How a sheet will be read."""

    sheet: Sheet
    source: Source
    mapping: ColumnMapping | None  # the mapping a mapped source reads with (to remember it)
    remembered: str | None = None  # the remembered mapping it came from
    text_format: TextFormat | None = None  # the remembered mapping's dates and numbers, if the user said them

    @property
    def preset(self) -> PresetSource | None:
        return self.source if isinstance(self.source, PresetSource) else None


@dataclass(frozen=True)
class Reading:
    """How Desk reads a file unless told otherwise, for the Import dialog to show before it runs.

    `how`: "remembered" (a mapping kept for this header row), "preset" (a platform export Desk reads by itself),
    "generic" (headers named like Desk's fields) or "unmapped" (the user must map some required field)."""

    how: str
    label: str  # 'Mapping "Ningbo shop"', "Amazon order history", "Generic format", "Your column mapping"
    mapping: ColumnMapping  # the column (or fixed value) each field is read from
    remembered: str | None = None  # the remembered mapping's name
    names_no_currency: bool = False  # a preset export whose amounts name no currency: the user chooses it

    @property
    def by_preset(self) -> bool:
        return self.how == "preset"


def _default(sheet: Sheet, session: Session | None) -> tuple[Remembered | None, type[PresetSource] | None]:
    """The mapping remembered for this header row, else the preset that recognises it (or neither)."""
    kept = remembered.for_headers(session, sheet.headers) if session is not None else None
    return kept, (None if kept is not None else detect(sheet.headers))


def reading(sheet: Sheet, session: Session | None) -> Reading:
    """How `sheet` is read when the user names no mapping and maps no column."""
    kept, preset = _default(sheet, session)
    if kept is not None:
        return Reading("remembered", words.tr('Mapping "{0}"').format(kept.name), kept.mapping, kept.name)
    if preset is not None:
        columns = preset.column_map(sheet.headers)
        mapping = ColumnMapping(columns, preset.fixed_values(sheet.headers))
        return Reading("preset", words.tr(preset.label), mapping, names_no_currency="currency" not in columns)
    try:
        mapping = generic_mapping(sheet.headers)
    except ImportFileError:
        mapping = ColumnMapping()  # two columns mean one field: the user picks one
    if mapping.missing():
        return Reading("unmapped", words.tr(YOURS), mapping)
    return Reading("generic", words.tr(GENERIC), mapping)


def choose(
    sheet: Sheet,
    options: ImportOptions,
    session: Session | None = None,
    *,
    mapping_name: str | None = None,
    overrides: ColumnMapping | None = None,
    exact: ColumnMapping | None = None,
) -> Plan:
    """The plan an import runs with. `exact`: read with exactly this mapping (the Import dialog's Columns tab).
    Else a mapping named by the user, else the one remembered for this header row, else a preset recognised by it,
    else the generic format; `overrides` (`--map`, `--set`) go over the mapping chosen."""
    if exact is not None:
        return _exact(sheet, exact, options, session)
    base: ColumnMapping | None = None
    name = None
    kept_format = None
    if mapping_name:
        if session is None:
            raise ImportFileError(words.tr("remembered mappings need the data folder"))
        found = remembered.by_name(session, mapping_name)
        base, name, kept_format = found.mapping, found.name, found.text_format
    else:
        kept, preset = _default(sheet, session)
        if kept is not None:
            base, name, kept_format = kept.mapping, kept.name, kept.text_format
        elif preset is not None and not overrides:
            return Plan(sheet, preset(sheet, options), None)
    mapping = (base or generic_mapping(sheet.headers)).merged(overrides or ColumnMapping())
    key = "generic" if base is None and not overrides else "mapping"
    plan = mapped_plan(sheet, mapping, options, key=key, name=name)
    plan.text_format = kept_format
    return plan


def _exact(sheet: Sheet, mapping: ColumnMapping, options: ImportOptions, session: Session | None) -> Plan:
    """Named as what it is: the remembered mapping or the generic format when the user changed nothing."""
    kept = remembered.for_headers(session, sheet.headers) if session is not None else None
    name = kept.name if kept is not None and kept.mapping == mapping else None
    try:
        generic = kept is None and generic_mapping(sheet.headers) == mapping
    except ImportFileError:
        generic = False
    return mapped_plan(sheet, mapping, options, key="generic" if generic else "mapping", name=name)


def mapped_plan(
    sheet: Sheet, mapping: ColumnMapping, options: ImportOptions, *, key: str = "mapping", name: str | None = None
) -> Plan:
    """Read `sheet` with exactly this mapping, refusing one that lacks a required field."""
    mapping = mapping.resolve(sheet.headers)
    missing = mapping.missing()
    if missing:
        raise ImportFileError(
            words.tr(
                "{0}: no column for {1} (its columns: {2}). "
                "Map them in the Import dialog, or give --map FIELD=COLUMN or --set FIELD=VALUE "
                "(`desk import --help` describes the generic format)"
            ).format(sheet.name, ", ".join(missing), column_list(sheet.headers))
        )
    label = words.tr('Mapping "{0}"').format(name) if name else words.tr(GENERIC if key == "generic" else YOURS)
    return Plan(sheet, MappedSource(mapping, options, key, label), mapping, name)
