"""Full-text search (issue 3, point 5): every kind of text is found, Chinese words of two and three characters and
Cyrillic in another case included; the index follows every write, ORM or Core; an exact order number comes first;
revision 0003 indexes the orders a folder already holds."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from factories import dispute, order, supplier
from sqlalchemy import insert, select
from sqlalchemy import text as sql

from desk import migrations
from desk.commands.search import KINDS
from desk.db import SEARCH_KINDS, Migrations, full_text, open_database
from desk.models import DisputeEvent, DisputeEventKind, Order, OrderLine, Supplier, TrackingNumber
from desk.paths import DB_NAME
from desk.search import Hit, search, snippet
from desk.workspace import Workspace


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    with workspace.write() as s:
        huaqiang = supplier(s, "深圳华强北电子有限公司", notes="pays by Alipay only")
        first = order(
            s,
            order_no="8100001",
            seller=huaqiang,
            lines=(("蓝牙耳机 TWS", 1, 9900), ("Чехол для телефона", 2, 500)),
            notes="客户要求加急发货",
        )
        first.lines[1].sku = "CASE-RU-77"
        first.tracking_numbers.append(TrackingNumber(number="LP00123456789CN", carrier="Cainiao"))
        order(s, order_no="8100002", lines=(("耳机", 1, 3000),))  # a two-character item: the word is the whole field
        case = dispute(s, first.lines[0], statement="Left earbud does not charge", platform_case_no="AE-CASE-5511")
        s.flush()
        case.events.append(
            DisputeEvent(kind=DisputeEventKind.NOTE, occurred_on=date(2026, 10, 22), note="Продавец не отвечает")
        )
    return workspace


def _find(ws: Workspace, text: str, **kw: object) -> list[Hit]:
    with ws.read() as s:
        return search(s, text, **kw)  # type: ignore[arg-type]


def _kinds(hits: list[Hit]) -> list[tuple[str, str]]:
    return [(h.kind, h.snippet) for h in hits]


@pytest.mark.parametrize(
    ("text", "kind", "snippet"),
    [
        ("8100001", "order", "[8100001]"),
        ("华强北", "supplier", "深圳[华强北]电子有限公司"),  # three characters: a trigram
        ("耳机", "line", "蓝牙[耳机] TWS"),  # two characters: inside a longer item
        ("чехол", "line", "[Чехол] для телефона"),  # Cyrillic, another case
        ("case-ru", "line", "[CASE-RU]-77"),  # a SKU
        ("LP00123456789CN", "tracking", "[LP00123456789CN]"),
        ("加急", "order", "客户要求[加急]发货"),  # order notes
        ("EARBUD", "dispute", "Left [earbud] does not charge"),  # dispute statement
        ("AE-CASE-5511", "dispute", "[AE-CASE-5511]"),  # the platform's case number
        ("ПРОДАВЕЦ", "event", "[Продавец] не отвечает"),  # dispute event note
        ("alipay", "supplier", "pays by [Alipay] only"),  # supplier notes
    ],
)
def test_search_finds_each_kind_of_text(shop: Workspace, text: str, kind: str, snippet: str) -> None:
    hits = _find(shop, text)
    assert (kind, snippet) in _kinds(hits), _kinds(hits)


def test_a_hit_names_its_record_and_order(shop: Workspace) -> None:
    with shop.read() as s:
        line = s.scalars(select(OrderLine).where(OrderLine.item == "Чехол для телефона")).one()
        tracking = s.scalars(select(TrackingNumber)).one()
    assert _find(shop, "чехол") == [Hit("line", line.id, line.order_id, "aliexpress:8100001", "[Чехол] для телефона")]
    [hit] = _find(shop, "LP00123456789CN")
    assert (hit.kind, hit.id, hit.order) == ("tracking", tracking.id, "aliexpress:8100001")
    [supplier_hit] = _find(shop, "华强北")
    assert supplier_hit.order_id is None and supplier_hit.order is None


def test_a_two_character_word_is_found_at_the_end_of_a_field_and_alone(shop: Workspace) -> None:
    found = {h.snippet for h in _find(shop, "耳机")}
    assert found == {"蓝牙[耳机] TWS", "[耳机]"}
    assert {h.snippet for h in _find(shop, "机")} == {"蓝牙耳[机] TWS", "耳[机]"}  # one Chinese character is a word


def test_every_word_must_occur_in_the_same_record(shop: Workspace) -> None:
    assert _kinds(_find(shop, "耳机 tws")) == [("line", "蓝牙[耳机] TWS")]
    assert _find(shop, "耳机 чехол") == []


def test_nothing_is_found_for_a_miss_or_for_query_syntax(shop: Workspace) -> None:
    for text in ("xyzzy", "鼠标", '"', "AND OR NOT", "耳机*", "NEAR(a b)", "a:b", "{item}: x", "\x1f\x1f"):
        assert _find(shop, text) == [], text


def test_a_single_latin_letter_is_not_searched(shop: Workspace) -> None:
    with shop.read() as s:
        assert full_text(s, "a") is None
        assert full_text(s, "  ") is None
    assert _find(shop, "e") == []


def test_an_exact_order_number_comes_first(workspace: Workspace) -> None:
    with workspace.write() as s:
        order(s, order_no="98100123")
        order(s, order_no="81001234", notes="see 8100123 too")
        order(s, order_no="8100123", placed_on=date(2024, 1, 1))  # not the newest
        order(s, order_no="81001235")
    hits = _find(workspace, "8100123")
    assert hits[0].snippet == "[8100123]" and hits[0].order == "aliexpress:8100123"
    assert len({h.id for h in hits}) == 4
    # Given as PLATFORM:ORDER_NO, as the CLI names orders.
    assert [h.order for h in _find(workspace, "aliexpress:8100123")] == ["aliexpress:8100123"]


def test_kinds_and_limit(shop: Workspace) -> None:
    assert {h.kind for h in _find(shop, "耳机", kinds=("line",))} == {"line"}
    assert _find(shop, "耳机", kinds=("order",)) == []
    assert len(_find(shop, "耳机", limit=1)) == 1
    with pytest.raises(ValueError, match="unknown kinds"):
        _find(shop, "耳机", kinds=("parcel",))
    assert KINDS == SEARCH_KINDS  # the CLI's list, kept apart so that `desk --help` imports no database code


def test_the_index_follows_orm_inserts_updates_and_deletes(shop: Workspace) -> None:
    with shop.write() as s:
        first = s.scalars(select(Order).where(Order.order_no == "8100001")).one()
        first.lines[0].item = "Wireless earphones"
        first.notes = "Покупатель доволен"
        first.tracking_numbers.append(TrackingNumber(number="YT9988776655"))
        s.scalars(select(Supplier)).first().name = "Ningbo Home Goods"  # type: ignore[union-attr]
        order(s, order_no="8100003", lines=(("不锈钢保温杯", 1, 2500),))
    assert {h.snippet for h in _find(shop, "earphones")} == {"Wireless [earphones]"}
    assert [h.snippet for h in _find(shop, "蓝牙")] == []
    assert [h.snippet for h in _find(shop, "加急")] == []
    assert [h.snippet for h in _find(shop, "ДОВОЛЕН")] == ["Покупатель [доволен]"]
    assert {h.snippet for h in _find(shop, "LP00123456789CN")} == {"[LP00123456789CN]"}  # the first number stays
    assert {h.kind for h in _find(shop, "YT9988")} == {"tracking"}
    assert [h.kind for h in _find(shop, "华强北")] == []
    assert [h.kind for h in _find(shop, "ningbo")] == ["supplier"]
    assert [h.kind for h in _find(shop, "保温杯")] == ["line"]

    with shop.write() as s:
        first = s.scalars(select(Order).where(Order.order_no == "8100001")).one()
        first.tracking_numbers.clear()
        for case in first.lines[0].disputes:
            s.delete(case)
        s.flush()
        s.delete(first)
    for text in ("8100001", "earphones", "чехол", "YT9988", "LP00123456789CN", "earbud", "продавец"):
        assert _find(shop, text) == [], text
    assert [h.kind for h in _find(shop, "8100002")] == ["order"]


def test_a_core_bulk_insert_is_indexed(workspace: Workspace) -> None:
    """The import writes through SQLAlchemy Core: the triggers index what it writes, as they do for the ORM."""
    with workspace.write() as s:
        seller = supplier(s, "Yiwu Trade Co.")
        s.flush()
        seller_id = seller.id
    with workspace.database.engine.begin() as conn:
        conn.execute(
            insert(Order),
            [
                {"id": 501, "platform": "1688", "order_no": "CN-501", "supplier_id": seller_id, "currency": "CNY",
                 "status": "paid", "placed_on": date(2026, 9, 1), "shipping_minor": 0, "discount_minor": 0},
            ],
        )  # fmt: skip
        conn.execute(
            insert(OrderLine),
            [
                {"order_id": 501, "line_no": n, "item": item, "sku": f"B-{n}", "qty": 1, "unit_price_minor": 100}
                for n, item in ((1, "硅胶折叠水杯"), (2, "Термокружка"), (70, "LED strip, line seventy"))
            ],
        )
        conn.execute(insert(TrackingNumber), [{"order_id": 501, "number": "SF1234567890"}])
    assert [h.order for h in _find(workspace, "水杯")] == ["1688:CN-501"]
    assert [h.order for h in _find(workspace, "термокружка")] == ["1688:CN-501"]
    assert [h.kind for h in _find(workspace, "SF1234567890")] == ["tracking"]
    # A line numbered past 63 is indexed on its own (see desk.db) and still leads to its order.
    [far] = _find(workspace, "seventy")
    with workspace.read() as s:
        assert far.id == s.scalars(select(OrderLine.id).where(OrderLine.line_no == 70)).one()
    assert far.order == "1688:CN-501"


def test_search_triggers_exist_at_head(workspace: Workspace) -> None:
    """A batch migration that rebuilds one of these tables drops its triggers: it must create them again. (SQLite
    has one trigger per event; a team server one for all three, listed once per event: revision 0013.)"""
    tables = ("orders", "order_lines", "tracking_numbers", "suppliers", "disputes", "dispute_events", "evidence")
    with workspace.read() as s:
        if workspace.database.server is None:
            found = s.execute(sql("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")).scalars().all()
        else:
            found = s.execute(
                sql("SELECT event_object_table FROM information_schema.triggers WHERE action_timing = 'AFTER'")
            ).scalars().all()  # a trigger once per event it fires on
    for table in tables:
        assert found.count(table) == 3, f"{table} should have 3 search triggers, has {found.count(table)}"


def _scripts_at_0002(tmp_path: Path) -> Migrations:
    """Our migrations as the release before 0003 shipped them."""
    location = tmp_path / "migrations-0002"
    shutil.copytree(Path(migrations.__file__).parent, location, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (location / "versions").glob("*.py"):
        if script.name[:4].isdigit() and script.name[:4] > "0002":
            script.unlink()
    return Migrations(location=location, head="0002")


def test_revision_0003_indexes_the_orders_a_folder_already_holds(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    old = open_database(folder / DB_NAME, folder / "backups", _scripts_at_0002(tmp_path))
    old.close()
    # Rows as the Desk of revision 0002 wrote them: in its columns (today's models have more).
    with sqlite3.connect(folder / DB_NAME) as conn:
        conn.executescript(
            """
            INSERT INTO suppliers (id, platform, name) VALUES (1, 'aliexpress', '深圳华强北电子');
            INSERT INTO orders (id, platform, order_no, supplier_id, currency, status, placed_on, shipping_minor,
                                discount_minor, notes)
                VALUES (1, 'aliexpress', 'OLD-1', 1, 'CNY', 'placed', '2026-10-01', 0, 0, 'Срочно');
            INSERT INTO order_lines (id, order_id, line_no, item, qty, unit_price_minor)
                VALUES (1, 1, 1, '蓝牙耳机', 1, 100);
            INSERT INTO tracking_numbers (order_id, number) VALUES (1, 'LP1234CN');
            INSERT INTO disputes (id, order_line_id, reason, want, state, opened_on, claimed_minor, statement)
                VALUES (1, 1, 'not_as_described', 'refund', 'open', '2026-10-20', 1000, 'Не работает');
            INSERT INTO dispute_events (dispute_id, kind, occurred_on, note, internal, recorded_at)
                VALUES (1, 'note', '2026-10-02', '退款中', 0, '2026-10-02 10:00:00');
            """
        )
    conn.close()
    try:
        with sqlite3.connect(folder / DB_NAME) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
            assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_index'").fetchall()
        conn.close()
    finally:
        old.close()

    with Workspace.open(folder) as ws:  # upgrades to head after a backup
        assert ws.database.backup is not None
        found = {
            text: [(h.kind, h.order) for h in _find(ws, text)]
            for text in ("耳机", "华强北", "срочно", "LP1234", "работает", "退款", "OLD-1")
        }
    assert found == {
        "耳机": [("line", "aliexpress:OLD-1")],
        "华强北": [("supplier", None)],
        "срочно": [("order", "aliexpress:OLD-1")],
        "LP1234": [("tracking", "aliexpress:OLD-1")],
        "работает": [("dispute", "aliexpress:OLD-1")],
        "退款": [("event", "aliexpress:OLD-1")],
        "OLD-1": [("order", "aliexpress:OLD-1")],
    }


def test_snippets_cut_long_text_around_the_match() -> None:
    text = "x" * 100 + "Bluetooth" + "y" * 100
    cut = snippet(text, ("bluetooth",), width=40)
    assert "[Bluetooth]" in cut and cut.startswith("…") and cut.endswith("…") and len(cut) <= 42
    assert snippet("短", ("耳机",)) == "短"
