"""A data folder works wherever the system lets one be: a path holding `?`, `#`, `%20`, spaces, letters outside
English, or longer than 260 characters. An earlier Desk's folder there is upgraded (its backup first), written to,
opened again and backed up; a new one is made and checked by `desk`. The database stays inside the folder: its URL is
built by SQLAlchemy, not by formatting a string, where `?` started a query and `%20` was read as a space. A path
longer than the database can open is refused in one sentence before anything is made."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_runs import desk, in_process
from old_folders import old_folder, schema_version
from sqlalchemy import select

from desk.audit_head import backup_head
from desk.db import SQLITE_LONGEST_PATH, online_backup
from desk.migrations import HEAD
from desk.models import Order, PaymentMethod, Platform
from desk.money import Money
from desk.operations.orders import create_order
from desk.orders.editing import LineDraft, OrderDraft, PaymentDraft
from desk.workspace import Workspace

WINDOWS = sys.platform == "win32"
NOT_ON_WINDOWS = pytest.mark.skipif(WINDOWS, reason="Windows does not allow '?' in a file name")
SHORT_ON_WINDOWS = pytest.mark.skipif(
    WINDOWS, reason="Windows keeps paths under 260 characters unless long paths are turned on"
)
LONG = "long " + "x" * 120 + "/" + "y" * 120  # with tmp_path and "Desk": well over 260 characters in all
NAMES = [
    pytest.param("what?ever", marks=NOT_ON_WINDOWS, id="question-mark"),
    pytest.param("order #12", id="hash"),
    pytest.param("a%20b", id="percent-20"),
    pytest.param(" with  two  spaces", id="spaces"),
    pytest.param("Données 数据", id="non-ascii"),
    pytest.param(LONG, marks=SHORT_ON_WINDOWS, id="long"),
]


def _an_order(ws: Workspace, number: str) -> None:
    create_order(
        ws,
        OrderDraft(
            platform=Platform.OTHER,
            order_no=number,
            supplier="Elektronik Vogt GmbH",
            currency="EUR",
            placed_on=date.today() - timedelta(days=10),
            lines=(LineDraft("USB-C cable", 1, Money(1250, "EUR")),),
            payments=(PaymentDraft(PaymentMethod.CARD, Money(1250, "EUR")),),
        ),
    )


def _only_inside(base: Path, folder: Path) -> None:
    """Nothing was made beside the folder, and the folder holds one database."""
    assert [p.name for p in base.iterdir()] == [folder.name]
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3") == ["desk.sqlite3"]


@pytest.mark.parametrize("name", NAMES)
def test_a_data_folder_works_whatever_its_path_holds(tmp_path: Path, name: str) -> None:
    base = tmp_path / name
    folder = old_folder(base, "0010")  # an earlier Desk's folder, there: base / "shop-0010"
    if name == LONG:
        assert len(str(folder / "desk.sqlite3")) > 260

    with Workspace.open(folder, actor="tester") as ws:  # its schema read through a URI, then upgraded by Alembic
        assert ws.db_path == (folder / "desk.sqlite3").resolve()
        upgrade_backup = ws.database.backup
        _an_order(ws, "A-1")
    assert schema_version(folder) == HEAD
    assert upgrade_backup is not None and upgrade_backup.parent == (folder / "backups").resolve()

    with Workspace.open(folder, actor="tester") as ws:  # opened again: the same database, up to date
        assert ws.database.backup is None
        with ws.read() as session:
            assert "A-1" in set(session.scalars(select(Order.order_no)))
        backup = online_backup(ws.db_path, ws.root / "backups", "by-hand")
    assert backup.parent == (folder / "backups").resolve() and backup_head(backup) is not None  # its head read back
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT count(*) FROM orders WHERE order_no = 'A-1'").fetchone() == (1,)
    _only_inside(base, folder)


@SHORT_ON_WINDOWS
def test_a_path_too_long_for_the_database_is_refused_before_anything_is_made(tmp_path: Path) -> None:
    folder = tmp_path.joinpath(*(["z" * 200] * 3), "Desk")  # allowed by Linux (4,096), not by SQLite
    assert len(str(folder).encode()) > SQLITE_LONGEST_PATH
    done = in_process("orders", data=folder)
    assert done.returncode == 1
    assert done.stderr.startswith(f"desk: error: {folder} cannot be a data folder: its path is too long")
    assert "Choose a folder with a shorter path. Nothing was changed." in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / ("z" * 200)).exists()


def test_desk_makes_and_uses_a_folder_with_the_hardest_name(tmp_path: Path) -> None:
    hardest = ("what?" if not WINDOWS else "") + "order #12 a%20b Données 数据"
    folder = tmp_path / hardest / "Desk"
    made = desk("setting", "country", "FR", data=folder)  # a new folder: made, its schema built, a setting written
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr
    done = in_process("verify", data=folder)
    assert done.returncode == 0, done.stderr
    assert "all intact" in done.stdout and "the last is entry" in done.stdout
    _only_inside(tmp_path / hardest, folder)
