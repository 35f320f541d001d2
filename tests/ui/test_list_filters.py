"""The filter bar of the Orders and Disputes pages (issue 3, point 6): each filter narrows the list in the database,
they combine with the search and the sort, and the page keeps them while the app runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.lists.listing import Prepared
from desk.models import Dispute, DisputeState, Order, OrderStatus, Platform
from desk.models.disputes import FINISHED_STATES
from desk.overview.overdue import overdue_cases
from desk.ui.filters import FilterBar
from desk.ui.list_page import ListPage
from desk.ui.main_window import MainWindow
from desk.ui.worker import operations_running
from desk.workspace import Workspace


def _page(window: MainWindow, name: str) -> tuple[ListPage, FilterBar]:
    page = window.show_page(name)
    assert isinstance(page, ListPage) and page.filter_bar is not None
    return page, page.filter_bar


def _all_loaded(page: ListPage) -> list[dict[str, object]]:
    while page.model.canFetchMore(page.model.index(0, 0).parent()):
        page.model.fetchMore(page.model.index(0, 0).parent())
    return [page.model.row_at(r).values for r in range(page.model.rowCount())]


def _choose(bar: FilterBar, key: str, value: object) -> None:
    """Pick `value` in a filter's combo box, as a user does."""
    bar.combos[key].setCurrentIndex(bar.choices[key].index(value) + 1)


def test_the_orders_page_has_a_compact_filter_bar(window: MainWindow) -> None:
    _, bar = _page(window, "orders")
    assert set(bar.combos) == {"platform", "status", "supplier"}
    assert set(bar.ranges) == {"placed"} and set(bar.flags) == {"open_dispute", "overdue", "voided"}
    assert bar.combos["platform"].currentText() == "Platform"  # the first item names the filter: no labels needed
    assert Platform.ALIEXPRESS in bar.choices["platform"]
    assert bar.values() == {} and not bar.clear_button.isEnabled()
    dates = bar.ranges["placed"]
    assert not dates.start.isEnabled() and not dates.end.isEnabled()
    assert bar.height() < 2 * bar.combos["platform"].sizeHint().height() + 12  # one line at 1280 pixels


def test_choosing_a_platform_and_a_status_narrows_the_list_then_clear_shows_all(
    qtbot: QtBot, window: MainWindow
) -> None:
    page, bar = _page(window, "orders")
    everyone = len(_all_loaded(page))
    _choose(bar, "platform", Platform.ALIEXPRESS)
    qtbot.waitUntil(lambda: page.model.filters == {"platform": Platform.ALIEXPRESS})
    rows = _all_loaded(page)
    assert 0 < len(rows) < everyone and {r["platform"] for r in rows} == {Platform.ALIEXPRESS}
    _choose(bar, "status", OrderStatus.DELIVERED)
    qtbot.waitUntil(lambda: len(page.model.filters) == 2)
    rows = _all_loaded(page)
    assert rows and all(r["status"] is OrderStatus.DELIVERED and r["platform"] is Platform.ALIEXPRESS for r in rows)
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.filters == {} and len(_all_loaded(page)) == everyone
    assert bar.combos["status"].currentIndex() == 0


def test_the_date_range_is_off_until_its_box_is_ticked(qtbot: QtBot, window: MainWindow) -> None:
    page, bar = _page(window, "orders")
    everyone = len(_all_loaded(page))
    dates = bar.ranges["placed"]
    dates.start.setDate(dates.start.date().fromString("2026-10-01", "yyyy-MM-dd"))
    dates.end.setDate(dates.end.date().fromString("2026-10-31", "yyyy-MM-dd"))
    assert page.model.filters == {}  # dates changed while the range is off: nothing to do
    dates.check.setChecked(True)
    assert dates.start.isEnabled() and dates.end.isEnabled()
    qtbot.waitUntil(lambda: "placed" in page.model.filters)
    rows = _all_loaded(page)
    assert 0 < len(rows) < everyone
    assert all(date(2026, 10, 1) <= r["placed_on"] <= date(2026, 10, 31) for r in rows)  # type: ignore[operator]
    dates.check.setChecked(False)
    qtbot.waitUntil(lambda: page.model.filters == {})


def test_has_open_dispute_lists_the_orders_with_one(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page, bar = _page(window, "orders")
    with demo_workspace.read() as s:
        disputed = {d.order_line.order_id for d in s.scalars(select(Dispute)) if d.state not in FINISHED_STATES}
    assert disputed
    bar.flags["open_dispute"].setChecked(True)
    qtbot.waitUntil(lambda: page.model.filters == {"open_dispute": True})
    assert {page.model.row_at(r).id for r in range(page.model.rowCount())} == disputed


def test_overdue_is_found_in_the_background_then_narrows_the_list(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    """Deadlines are derived, never stored (seed 001's refund windows here): the Overdue filter derives them off
    the GUI thread, says so meanwhile, and then lists just those orders; scrolling does not derive them again."""
    page, bar = _page(window, "orders")
    everyone = len(_all_loaded(page))
    with demo_workspace.read() as s:
        expected = overdue_cases(s, date.today()).orders
    assert expected and len(expected) < everyone
    with qtbot.waitSignal(page.settled):
        bar.set_values({"overdue": True})  # what ticking the box does, a moment later
        assert page.busy and page.count_label.text() == "Filtering…"
    assert not page.busy
    prepared = page.model.filters["overdue"]
    assert isinstance(prepared, Prepared) and prepared.value == expected
    assert {page.model.row_at(r).id for r in range(page.model.rowCount())} == expected
    assert page.count_label.text() == f"{len(expected)} shown"


def test_a_filter_changed_while_overdue_is_found_wins(qtbot: QtBot, window: MainWindow) -> None:
    """The background result of an older choice must not overwrite a newer one."""
    page, bar = _page(window, "orders")
    bar.set_values({"overdue": True})
    assert page.busy
    bar.set_values({})  # at once, before the overdue cases are found
    assert page.model.filters == {} and not page.busy
    qtbot.waitUntil(lambda: operations_running() == 0)  # the first computation finishes and is dropped
    assert page.model.filters == {}


def test_filters_combine_with_the_search_and_the_sort(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    page, bar = _page(window, "orders")
    with demo_workspace.read() as s:
        first = s.scalars(select(Order).order_by(Order.id)).first()
        assert first is not None
        item = first.lines[0].item.split()[0]
    column = [c.key for c in page.spec.columns].index("order_no")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    _choose(bar, "platform", first.platform)
    qtbot.waitUntil(lambda: "platform" in page.model.filters)
    page.search.setText(item)
    qtbot.waitUntil(lambda: page.model.search_text == item)
    rows = _all_loaded(page)
    assert first.order_no in [r["order_no"] for r in rows]
    assert all(r["platform"] is first.platform for r in rows)
    assert [r["order_no"] for r in rows] == sorted(r["order_no"] for r in rows)  # type: ignore[type-var]


def test_the_filters_stay_while_the_app_runs(qtbot: QtBot, window: MainWindow) -> None:
    page, bar = _page(window, "orders")
    _choose(bar, "status", OrderStatus.SHIPPED)
    qtbot.waitUntil(lambda: page.model.filters == {"status": OrderStatus.SHIPPED})
    window.show_page("disputes")
    window.show_page("dashboard")
    again, bar_again = _page(window, "orders")
    assert again is page and bar_again.values() == {"status": OrderStatus.SHIPPED}
    window.refresh()  # View › Refresh reads the page again, with its filters
    assert page.model.filters == {"status": OrderStatus.SHIPPED}
    assert all(page.model.row_at(r)["status"] is OrderStatus.SHIPPED for r in range(page.model.rowCount()))


def test_the_disputes_page_filters_by_state_and_open(qtbot: QtBot, window: MainWindow) -> None:
    page, bar = _page(window, "disputes")
    assert set(bar.combos) == {"platform", "state", "supplier"} and set(bar.flags) == {"open", "overdue", "voided"}
    everyone = _all_loaded(page)
    bar.flags["open"].setChecked(True)
    qtbot.waitUntil(lambda: page.model.filters == {"open": True})
    open_ones = _all_loaded(page)
    assert open_ones and all(r["state"] not in FINISHED_STATES for r in open_ones)
    assert len(open_ones) < len(everyone)
    bar.set_values({"state": DisputeState.OPEN})
    assert all(r["state"] is DisputeState.OPEN for r in _all_loaded(page))


def test_filtered_models_are_well_behaved(qtmodeltester, qtbot: QtBot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for name, values in (
        ("orders", {"platform": Platform.ALIEXPRESS, "open_dispute": True}),
        ("disputes", {"open": True}),
    ):
        page, bar = _page(window, name)
        bar.set_values(values)
        qtmodeltester.check(page.model, force_py=True)
        page.search.setText("a")
        qtbot.waitUntil(lambda page=page: page.model.search_text == "a")
        qtmodeltester.check(page.model, force_py=True)


def test_a_screenshot_of_the_orders_page_with_filters(qtbot: QtBot, window: MainWindow, artifacts: Path) -> None:
    """For people to look at: tests/artifacts/orders-filtered.png."""
    _, bar = _page(window, "orders")
    window.resize(1280, 800)
    bar.set_values({"platform": Platform.ALIEXPRESS, "placed": (date(2026, 9, 1), date(2026, 11, 30))})
    qtbot.wait(50)
    assert window.grab().save(str(artifacts / "orders-filtered.png"))


def test_refresh_reads_new_suppliers_and_keeps_the_choice(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from factories import supplier

    page, bar = _page(window, "orders")
    chosen = bar.choices["supplier"][0]
    _choose(bar, "supplier", chosen)
    qtbot.waitUntil(lambda: page.model.filters == {"supplier": chosen})
    with demo_workspace.write() as s:
        supplier(s, "AAA 新供应商")
    window.refresh()
    names = [bar.combos["supplier"].itemText(i) for i in range(bar.combos["supplier"].count())]
    assert "AAA 新供应商" in names
    assert bar.values() == {"supplier": chosen} and page.model.filters == {"supplier": chosen}


def test_a_voided_order_is_shown_struck_through_only_with_the_voided_filter(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from desk.operations.voiding import VoidKind, VoidRecord, void_record
    from desk.ui.changes import announce

    with demo_workspace.read() as s:
        order_id, key = next(
            (o.id, o.key)
            for o in s.scalars(select(Order).order_by(Order.id))
            if not o.refunds and not any(line.disputes for line in o.lines)
        )
    page, bar = _page(window, "orders")
    everyone = len(_all_loaded(page))
    announce(void_record(demo_workspace, VoidRecord(VoidKind.ORDER, order_id, "a test")))
    qtbot.waitUntil(lambda: len(_all_loaded(page)) == everyone - 1)
    assert order_id not in {page.model.row_at(r).id for r in range(page.model.rowCount())}

    qtbot.mouseClick(bar.flags["voided"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_all_loaded(page)) == everyone)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == order_id)
    assert f"{page.model.row_at(row).values['platform']}:{page.model.row_at(row).values['order_no']}" == key
    assert page.model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    kept = next(r for r in range(page.model.rowCount()) if r != row)
    assert page.model.index(kept, 0).data(Qt.ItemDataRole.FontRole) is None
    page.table.scrollTo(page.model.index(row, 0))
    page.table.selectRow(kept)
    window.resize(1280, 800)
    window.grab().save("/tmp/records_voided_orders.png")
