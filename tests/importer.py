"""The import operation as the tests call it: a file in, its report out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.common import Cancelled, Progress
from desk.importing import ImportReport
from desk.operations.imports import ImportOrders, import_orders
from desk.workspace import Workspace


def imported(
    ws: Workspace, path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None, **request: Any
) -> ImportReport:
    """`import_orders` on `path` with the request's other fields (`dry_run=True`, `currency="USD"`, …)."""
    return import_orders(ws, ImportOrders(path, **request), progress=progress, cancelled=cancelled).report
