"""Importing orders from platform exports and spreadsheets: the generic format, Amazon, eBay and AliExpress
presets, remembered column mappings; all-or-nothing, idempotent, audited, fast (Core bulk writes).

The import itself is an operation (`desk.operations.imports.import_orders`); this package holds its rules: how a
file is read (`read_sheet`, `reading`, `choose`), checked (`check`) and compared and written in the session the
operation gives it (`apply`)."""

from desk.importing.choice import Plan, Reading, choose, mapped_plan, reading
from desk.importing.fields import FIELD_NAMES, FIELDS, GENERIC_COLUMNS, Field, header_key, normalise
from desk.importing.importer import Checked, apply, check, collector_paused
from desk.importing.mappings import ColumnMapping, parse_assignments
from desk.importing.presets import PRESETS, detect
from desk.importing.problems import ImportFileError, Problem
from desk.importing.reader import Sheet, read_sheet
from desk.importing.remembered import names as remembered_names
from desk.importing.report import ImportReport
from desk.importing.rows import ImportOptions

__all__ = [
    "FIELDS",
    "FIELD_NAMES",
    "GENERIC_COLUMNS",
    "PRESETS",
    "Checked",
    "ColumnMapping",
    "Field",
    "ImportFileError",
    "ImportOptions",
    "ImportReport",
    "Plan",
    "Problem",
    "Reading",
    "Sheet",
    "apply",
    "check",
    "choose",
    "collector_paused",
    "detect",
    "header_key",
    "mapped_plan",
    "normalise",
    "parse_assignments",
    "read_sheet",
    "reading",
    "remembered_names",
]
