"""Export List… and Export Selected…: the rows a list shows now (its search, filters and sort, every page of it),
in the columns shown and in their order on screen, written as CSV or XLSX where the user chooses (the platform's
save dialog, opened in the folder last chosen). Reading and writing run in the background; the file is written
whole or not at all (a temporary file beside it, then renamed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

from desk.file_names import safe_name
from desk.lists.export import ListTable, all_rows, to_csv, to_xlsx
from desk.lists.listing import Column
from desk.reports.document import write_atomically
from desk.ui.errors import show_error
from desk.ui.locale_text import shown
from desk.ui.save_places import LISTS, ask_save_path
from desk.ui.table_model import ListModel, SessionFactory
from desk.ui.tr_context import QT_TRANSLATE_NOOP, TrContext
from desk.ui.worker import BackgroundOp

FILE_FILTER = QT_TRANSLATE_NOOP("ListExport", "CSV, for any spreadsheet (*.csv);;Excel workbook (*.xlsx)")


ListExport = TrContext("ListExport")


def shown_columns(view: QTableView) -> list[Column]:
    """The columns of `view` in the order the user sees them, hidden ones left out."""
    model = view.model()
    assert isinstance(model, ListModel)
    header = view.horizontalHeader()
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [model.spec.columns[i] for i in logical if not header.isSectionHidden(i)]


def file_path(chosen: Path) -> Path:
    """The path chosen, with .csv added when it names no format we write."""
    return chosen if chosen.suffix.lower() in (".csv", ".xlsx") else chosen.with_name(chosen.name + ".csv")


def export_list(
    view: QTableView, sessions: SessionFactory, parent: QWidget, only: list[int] | None = None
) -> BackgroundOp[Path] | None:
    """Ask where, then write the list `view` shows (with `only`: those rows); None when the user cancelled."""
    model = view.model()
    assert isinstance(model, ListModel)
    title = QCoreApplication.translate("words", model.spec.title)  # the core's (desk.lists)
    suggested = safe_name(f"{title} {date.today().isoformat()}.csv")
    kinds = QCoreApplication.translate("ListExport", FILE_FILTER)
    chosen = ask_save_path(parent, ListExport.tr("Export list"), suggested, kinds, LISTS)
    if chosen is None:
        return None
    path = file_path(chosen)
    spec, columns = model.spec, shown_columns(view)
    search, filters, sort, parent_id = model.search_text, model.filters, model.sort_order, model.parent_id

    def work(_progress: Any, cancelled: Any) -> Path:
        with sessions() as session:
            rows = all_rows(
                session,
                spec,
                search=search,
                filters=filters,
                sort=sort,
                parent_id=parent_id,
                only=set(only) if only is not None else None,
                cancelled=cancelled,
            )
        table = ListTable.of(title, rows, columns, shown)
        write_atomically(path, to_xlsx(table) if path.suffix.lower() == ".xlsx" else to_csv(table))
        return path

    def done(written: Path) -> None:
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(ListExport.tr("Saved the list as {0}").format(written), 8000)

    def failed(error: BaseException) -> None:
        show_error(parent, error, ListExport.tr("Cannot export the list"))

    op = BackgroundOp(parent, work).on_success(done).on_failure(failed)
    op.run_in_background()
    return op
