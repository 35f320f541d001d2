"""The Dashboard on 1,000,000 order lines: how long its figures take (every deadline derived, the money flow and the
summary) and how long the GUI thread is kept from answering meanwhile.
Run: `uv run python bench/dashboard.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

Offscreen, with the QApplication made as `desk` makes it, Desk's main window open on its Dashboard. Each run is a
View › Refresh: the latest disputes are read on the GUI thread, the figures in the background.

- `dashboard_figures_ms`: from Refresh to the figures on screen. The median of RUNS runs after a warm-up.
- `dashboard_gui_blocked_ms`: the longest the GUI thread could not answer during it (reading the latest disputes,
  then showing the figures): the median of the same runs.
- `dashboard_figures_in_process_ms`: the same figures computed on this thread with nothing else running, for
  comparison (what the GUI thread used to be blocked for)."""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import date

from fixture import data_folder, fixture_args, log
from gui import desk_window, responsive

from desk.overview.attention import attention
from desk.overview.summary import summarize
from desk.ui.app import make_application
from desk.ui.dashboard import DashboardPage
from desk.workspace import Workspace

RUNS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 lines")
    n_lines, label = fixture_args(parser.parse_args().quick)
    folder = data_folder(n_lines, label)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    with Workspace.open(folder) as ws:
        window = desk_window(app, ws)
        page = window.pages["dashboard"]
        assert isinstance(page, DashboardPage)
        runs = []
        for run in range(RUNS + 1):
            runs.append(responsive(app, window.refresh, lambda: not page.busy))
            log(f"  {'warm-up' if run == 0 else f'run {run}'}: {runs[-1][0]:.0f} ms, blocked {runs[-1][1]:.0f} ms")
        alone = []
        for _ in range(RUNS):
            started = time.perf_counter()
            with ws.read() as session:
                summarize(session)
                needs = attention(session, date.today())
            alone.append((time.perf_counter() - started) * 1000)
        deadlines = len(needs.deadlines)
        window.close()
        window.deleteLater()  # while the QApplication lives: PySide6 may crash deleting widgets at exit
        app.processEvents()
    print(f"order_lines {n_lines} rows")
    print(f"dashboard_figures_ms {statistics.median(ms for ms, _ in runs[1:]):.1f} ms")
    print(f"dashboard_gui_blocked_ms {statistics.median(b for _, b in runs[1:]):.1f} ms")
    print(f"dashboard_figures_in_process_ms {statistics.median(alone):.1f} ms")
    print(f"dashboard_deadlines_shown {deadlines} deadlines")


if __name__ == "__main__":
    main()
