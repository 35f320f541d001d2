"""Importing orders from platform exports and spreadsheets: the generic format, Amazon, eBay and AliExpress
presets, remembered column mappings; all-or-nothing, idempotent, audited, fast (Core bulk writes).

    report = import_file(ws, Path("orders.csv"), ImportOptions(dry_run=True))
    for problem in report.problems: print(problem)       # row 4, column qty: "1.5" is not a whole number …

The Import dialog uses the steps apart: `read_sheet`, `choose`, then `run` in a worker."""

from desk.importing.fields import FIELD_NAMES, FIELDS, GENERIC_COLUMNS, Field, header_key, normalise
from desk.importing.importer import Plan, choose, import_file, mapped_plan, run
from desk.importing.mappings import ColumnMapping, parse_assignments
from desk.importing.presets import PRESETS, detect
from desk.importing.problems import ImportCancelled, ImportFileError, Problem
from desk.importing.reader import Sheet, read_sheet
from desk.importing.remembered import names as remembered_names
from desk.importing.report import ImportReport
from desk.importing.rows import ImportOptions

__all__ = [
    "FIELDS",
    "FIELD_NAMES",
    "GENERIC_COLUMNS",
    "PRESETS",
    "ColumnMapping",
    "Field",
    "ImportCancelled",
    "ImportFileError",
    "ImportOptions",
    "ImportReport",
    "Plan",
    "Problem",
    "Sheet",
    "choose",
    "detect",
    "header_key",
    "import_file",
    "mapped_plan",
    "normalise",
    "parse_assignments",
    "read_sheet",
    "remembered_names",
    "run",
]
