"""`desk search TEXT [--json]` as a user runs it, on a demo data folder (issue 3, point 5)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runs import desk, in_process


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory, copy_demo: Callable[[Path], Path]) -> Path:
    return copy_demo(tmp_path_factory.mktemp("search") / "shop")


def _one(shop: Path, sql: str) -> tuple[str, ...]:
    with sqlite3.connect(shop / "desk.sqlite3") as db:
        row = db.execute(sql).fetchone()
    db.close()
    return tuple(row)


def test_an_order_number_comes_first_with_its_key(shop: Path) -> None:
    platform, number = _one(shop, "SELECT platform, order_no FROM orders ORDER BY id LIMIT 1")
    result = desk("search", number, "--json", data=shop)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["query"] == number
    first = report["hits"][0]
    assert first == {"kind": "order", "id": first["id"], "order": f"{platform}:{number}", "snippet": f"[{number}]"}
    assert all(set(hit) == {"kind", "id", "order", "snippet"} for hit in report["hits"])


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with Chinese and Russian text, written through the core as the GUI writes it."""
    from factories import dispute, order, supplier

    from desk.workspace import Workspace

    folder = tmp_path_factory.mktemp("search") / "written"
    with Workspace.open(folder, actor="tester") as ws, ws.write() as s:
        seller = supplier(s, "深圳华强北电子有限公司")
        first = order(
            s,
            order_no="8100777",
            seller=seller,
            lines=(("蓝牙耳机 TWS", 1, 9900), ("Чехол для телефона", 2, 500)),
            notes="Покупатель просит скидку",
        )
        dispute(s, first.lines[1], statement="Коробка разбита")
    return folder


def test_chinese_and_cyrillic_in_another_case_are_found(written: Path) -> None:
    assert [(h["kind"], h["order"], h["snippet"]) for h in _hits(written, "华强北")] == [
        ("supplier", None, "深圳[华强北]电子有限公司")
    ]
    assert [(h["kind"], h["snippet"]) for h in _hits(written, "耳机")] == [("line", "蓝牙[耳机] TWS")]
    assert [(h["kind"], h["order"]) for h in _hits(written, "ЧЕХОЛ")] == [("line", "aliexpress:8100777")]
    assert [h["kind"] for h in _hits(written, "скидку")] == ["order"]
    assert [h["snippet"] for h in _hits(written, "КОРОБКА")] == ["[Коробка] разбита"]


def _hits(shop: Path, text: str, *extra: str) -> list[dict[str, object]]:
    result = in_process("search", text, "--json", *extra, data=shop)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout)["hits"])


def test_kind_and_limit_narrow_the_hits(shop: Path) -> None:
    lines = _hits(shop, "bluetooth", "--kind", "line", "--limit", "2")
    assert 0 < len(lines) <= 2 and {h["kind"] for h in lines} == {"line"}


def test_plain_output_and_a_miss(shop: Path) -> None:
    (number,) = _one(shop, "SELECT number FROM tracking_numbers LIMIT 1")
    result = in_process("search", number, data=shop)
    assert result.returncode == 0 and result.stdout.startswith("tracking") and f"[{number}]" in result.stdout
    missed = in_process("search", "no-such-thing-anywhere", data=shop)
    assert missed.returncode == 0 and "Nothing found for 'no-such-thing-anywhere'." in missed.stdout
    assert json.loads(in_process("search", "no-such-thing-anywhere", "--json", data=shop).stdout)["hits"] == []
    short = in_process("search", "x", data=shop)
    assert "Nothing found for 'x' (give two or more letters, or one Chinese character)." in short.stdout


def test_bad_arguments_are_explained(shop: Path) -> None:
    bad = in_process("search", "x", "--limit", "0", data=shop)
    assert bad.returncode == 2 and "the limit must be 1–1000" in bad.stderr
    blank = in_process("search", " ", data=shop)
    assert blank.returncode == 1 and "desk: error: give some text to search for" in blank.stderr
