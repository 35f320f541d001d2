"""Team mode on a real PostgreSQL server (issue 16, points 1, 2 and 6): a server set up by its owner, staff logins
the server itself keeps from the schema and the audit log's past, writers from several desks at once on one audit
chain and one ledger, and a desk that refuses a server whose schema is not its own."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from cli_runs import in_process
from factories import order
from postgres_server import Server
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from desk import migrations
from desk.common import OperationCancelled
from desk.db import Migrations, init_server, upgrade_server
from desk.errors import DeskError, SchemaTooNewError, classify
from desk.models import AuditEntry, Channel, LedgerEntry, LedgerKind, MemberAccount, Platform, Supplier
from desk.models.audit import verify_chain
from desk.operations import Record
from desk.operations.accounts import (
    AddFunds,
    OpenAccount,
    RequestWithdrawal,
    add_funds,
    open_account,
    request_withdrawal,
)
from desk.operations.checks import verify_data_folder
from desk.operations.evidence import AddEvidence, add_evidence
from desk.operations.parties import SaveSupplier, save_supplier
from desk.operations.team import add_user, listen_for_changes
from desk.operations.team_move import MoveFolder, move_folder
from desk.paths import choose_data_dir
from desk.search import search
from desk.team_link import LINK_NAME, link, linked_folder, server_of
from desk.workspace import Workspace

DAY = date(2026, 11, 2)
_numbers = itertools.count(1)

Desk = Callable[..., Workspace]


@pytest.fixture
def server_db(postgres: Server) -> URL:
    """An empty database of this test's own on the run's server, as its superuser reaches it."""
    return make_url(postgres.create_database(f"team_{next(_numbers)}"))


@pytest.fixture
def team(server_db: URL) -> URL:
    """A database set up for Desk by `desk team init`'s operation."""
    init_server(server_db)
    return server_db


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """Opens desks (workspaces) on the server as a login, each in a folder of its own linked to it."""
    opened: list[Workspace] = []

    def open_desk(url: URL, login: str | None = None, actor: str | None = None) -> Workspace:
        folder = tmp_path / f"desk{len(opened) + 1}"
        link(folder, url.set(username=login) if login else url)
        ws = Workspace.open(folder, actor=actor)
        opened.append(ws)
        return ws

    yield open_desk
    for ws in opened:
        ws.close()


def test_init_makes_the_schema_owned_by_the_owner_role_and_refuses_a_second_time(team: URL) -> None:
    engine = create_engine(team)
    with engine.connect() as c:
        owners = set(c.scalars(text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")))
        roles = set(c.scalars(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": f"{team.database}_%"}))
    engine.dispose()
    assert owners == {f"{team.database}_owner"}
    assert roles == {f"{team.database}_owner", f"{team.database}_staff"}
    with pytest.raises(DeskError, match="already holds Desk's records"):
        init_server(team)


def test_staff_write_records_but_the_server_refuses_them_the_schema_and_the_audit_logs_past(
    team: URL, desk: Desk
) -> None:
    owner = desk(team)
    add_user(owner, "anna", "not used over the test socket")
    anna = desk(team, login="anna")
    opened = open_account(anna, OpenAccount("Superbuy/anna", "cny"))
    with anna.read() as s:
        entries = s.scalars(select(AuditEntry)).all()
    assert entries and {e.actor for e in entries} == {"anna"}  # the audit log names the person: the login
    refusals = [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "ALTER TABLE orders ADD COLUMN x integer",
        "CREATE TABLE mine (id integer)",
        "DROP TABLE ledger_entries",
        "UPDATE alembic_version SET version_num = '9999'",
    ]
    for statement in refusals:
        with pytest.raises(DBAPIError) as refused, anna.database.engine.begin() as c:
            c.exec_driver_sql(statement)
        assert "may not do this" in classify(refused.value).message, statement
    with anna.read() as s:
        assert len(s.scalars(select(AuditEntry)).all()) == len(entries)
    assert opened.account_id


def test_writers_on_several_desks_at_once_keep_one_audit_chain(team: URL, desk: Desk) -> None:
    desks = [desk(team, actor=f"desk {n}") for n in range(6)]
    account = open_account(desks[0], OpenAccount("Superbuy/team", "cny")).account_id
    errors: list[BaseException] = []

    def record(ws: Workspace) -> None:
        try:
            for _ in range(15):
                add_funds(ws, AddFunds(account, "1.00", Channel.WESTERN_UNION, DAY))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=record, args=(ws,)) for ws in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with desks[0].read() as s:
        assert list(verify_chain(s)) == []
        funds = s.scalars(select(LedgerEntry).where(LedgerEntry.kind == LedgerKind.FUNDS_ADDED)).all()
        actors = set(s.scalars(select(AuditEntry.actor)))
    assert len(funds) == 6 * 15
    assert {f"desk {n}" for n in range(6)} <= actors


def test_two_desks_cannot_both_withdraw_the_whole_balance(team: URL, desk: Desk) -> None:
    first, second = desk(team), desk(team)
    account = open_account(first, OpenAccount("Superbuy/team", "cny")).account_id
    add_funds(first, AddFunds(account, "100", Channel.WESTERN_UNION, DAY))
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def withdraw(ws: Workspace) -> None:
        start.wait()
        try:
            request_withdrawal(ws, RequestWithdrawal(account, "100", Channel.WESTERN_UNION, "0", DAY))
            outcomes.append("made")
        except Exception as failed:  # whatever it was: compared below
            outcomes.append(f"{type(failed).__name__}: {failed}")

    threads = [threading.Thread(target=withdraw, args=(ws,)) for ws in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # The second desk's withdrawal is refused by the rule, as on one desk, not by a clash of the two writes.
    made, refused = sorted(outcomes, key=lambda o: o != "made")
    assert made == "made" and refused.startswith("DeskError: 100.00 CNY plus the transfer fee"), outcomes
    assert "is more than the balance 0.00 CNY" in refused


def test_a_desk_refuses_a_server_without_desk_an_older_or_a_newer_schema(server_db: URL, team: URL, desk: Desk) -> None:
    engine = create_engine(team)
    with engine.begin() as c:
        c.exec_driver_sql("UPDATE alembic_version SET version_num = '0011'")
    with pytest.raises(DeskError, match=r"older schema \(0011\).*desk team upgrade"):
        desk(team)
    with engine.begin() as c:
        c.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNewError, match=r"newer Desk \(schema 9999\).*Update Desk"):
        desk(team)
    engine.dispose()


def test_an_empty_server_is_refused_until_its_owner_sets_it_up(server_db: URL, desk: Desk) -> None:
    with pytest.raises(DeskError, match=r"holds no Desk records yet.*desk team init"):
        desk(server_db)


def test_an_address_names_a_folder_of_this_desk_linked_to_the_server(
    team: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desk.paths.default_data_dir", lambda: tmp_path / "user data")
    address = team.render_as_string(hide_password=False)
    folder = choose_data_dir(address)
    assert folder.parent == tmp_path / "user data" / "servers" and (folder / LINK_NAME).is_file()
    linked = server_of(folder)
    assert linked is not None and linked.url == team.set(drivername="postgresql+psycopg")
    assert choose_data_dir(address) == folder  # the same folder each time
    with pytest.raises(DeskError, match="without its password"):
        choose_data_dir(team.set(password="secret").render_as_string(hide_password=False))


def test_a_server_that_cannot_be_reached_is_said_plainly(tmp_path: Path) -> None:
    link(tmp_path / "desk", make_url("postgresql+psycopg://anna@127.0.0.1:1/nowhere"))  # nothing listens on port 1
    with pytest.raises(Exception) as failed:
        Workspace.open(tmp_path / "desk")
    problem = classify(failed.value)
    assert not problem.is_bug and problem.message.startswith("Desk cannot reach the team server")


def test_desk_team_init_and_add_user_from_the_command_line(
    server_db: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desk.paths.default_data_dir", lambda: tmp_path / "user data")
    address = server_db.render_as_string(hide_password=False)
    made = in_process("team", "init", address, data=tmp_path / "unused")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"desk_tests@{server_db.query['host']}:54329/{server_db.database} is set up")
    again = in_process("team", "init", address, data=tmp_path / "unused")
    assert again.returncode == 1 and "already holds Desk's records" in again.stderr
    monkeypatch.setenv("DESK_DATA", address)
    added = in_process("team", "add-user", "boris", input="a password\n", data=choose_data_dir(address))
    assert added.returncode == 0, added.stderr
    assert added.stdout == "boris may now log in to the team server, as staff.\n"
    bad = in_process("team", "add-user", "Robert'); DROP TABLE orders;--", input="x\n", data=choose_data_dir(address))
    assert bad.returncode == 1 and "a login is 1 to 63 letters" in bad.stderr


def test_text_with_a_nul_is_kept_on_the_server_with_a_replacement_character(team: URL, desk: Desk) -> None:
    ws = desk(team)
    opened = open_account(ws, OpenAccount("Superbuy/\x00hidden", "cny"))  # PostgreSQL's text cannot hold NUL
    with ws.read() as s:
        account = s.get(MemberAccount, opened.account_id)
        assert account is not None and account.name == "\ufffdhidden"
        assert list(verify_chain(s)) == []  # the audit entry hashed what the server kept


def test_an_owner_upgrades_a_server_after_a_copy_by_pg_dump_and_desks_then_connect(
    server_db: URL, tmp_path: Path, desk: Desk
) -> None:
    init_server(server_db, Migrations(head="0012"))
    with pytest.raises(DeskError, match=r"older schema \(0012\)"):
        desk(server_db)
    upgraded = upgrade_server(server_db, tmp_path / "backups")
    assert (upgraded.before, upgraded.after) == ("0012", migrations.HEAD)
    assert upgraded.backup is not None and upgraded.backup.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert upgrade_server(server_db, tmp_path / "backups").backup is None  # nothing more to do
    owner = desk(server_db)
    add_user(owner, "vera", "unused")
    vera = desk(server_db, login="vera")
    with vera.write() as s:  # the search's table, new in the upgrade, is kept by the staff's writes too
        order(s, order_no="UPG-1", lines=(("Наушники беспроводные", 1, 9900),))
    with vera.read() as s:
        assert [h.order for h in search(s, "наушники")] == ["aliexpress:UPG-1"]


def test_without_pg_dump_or_with_other_desks_connected_an_upgrade_changes_nothing(
    server_db: URL, tmp_path: Path, desk: Desk
) -> None:
    init_server(server_db, Migrations(head="0012"))
    with pytest.raises(DeskError, match="pg_dump is not installed here"):
        upgrade_server(server_db, tmp_path / "backups", pg_dump="")
    other = create_engine(server_db, connect_args={"application_name": "Desk"})
    with other.connect(), pytest.raises(DeskError, match=r"other desks are connected to .* \(desk_tests\)"):
        upgrade_server(server_db, tmp_path / "backups")
    other.dispose()
    engine = create_engine(server_db)
    with engine.connect() as c:
        assert c.scalar(text("SELECT version_num FROM alembic_version")) == "0012"
    engine.dispose()
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_the_link_to_a_server_never_holds_the_password(tmp_path: Path) -> None:
    folder, password = linked_folder("postgresql://anna:s3cret@db.example:6543/shop", tmp_path)
    assert password == "s3cret"
    assert b"s3cret" not in (folder / LINK_NAME).read_bytes()
    linked = server_of(folder)
    assert linked is not None and linked.url.password is None and linked.login == "anna@db.example:6543/shop"
    assert folder == tmp_path / "servers" / "anna_at_db.example_6543_shop"


def test_evidence_added_on_one_desk_opens_on_another_and_the_server_hashes_it(
    team: URL, desk: Desk, tmp_path: Path
) -> None:
    first, second = desk(team), desk(team)
    photo = tmp_path / "parcel.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 9000)  # over 2 MiB: three pieces on the server
    added = add_evidence(first, AddEvidence((photo,)))
    sha256 = added.added[0].sha256
    assert not second.vault.local_path(sha256).exists()
    assert second.vault.path_for(sha256).read_bytes() == photo.read_bytes()  # fetched into the second desk's copy
    assert second.vault.hash_of(sha256) == sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    again = tmp_path / "same photo.jpg"
    again.write_bytes(photo.read_bytes())
    add_evidence(second, AddEvidence((again,)))  # the same file from the other desk is kept once
    engine = create_engine(team)
    with engine.connect() as c:
        assert c.scalar(text("SELECT count(*) FROM evidence_chunks")) == 3
    report = verify_data_folder(second).report
    assert report.ok and report.files_checked == 1
    with engine.begin() as c:  # a piece changed on the server behind Desk's back
        c.execute(text("UPDATE evidence_chunks SET data = 'x'::bytea WHERE seq = 1"))
    engine.dispose()
    broken = verify_data_folder(first).report
    assert not broken.ok and [p.evidence_id for p in broken.file_problems] == [added.added[0].evidence_id]


def test_a_desk_hears_what_the_others_commit_not_its_own_nor_what_was_rolled_back(team: URL, desk: Desk) -> None:
    here, there = desk(team), desk(team)
    heard: list[frozenset[Record]] = []
    listener = listen_for_changes(here, heard.append)
    assert listener is not None and listener.listening.wait(10)
    try:
        open_account(here, OpenAccount("Superbuy/mine", "cny"))  # this desk's own: its pages already know
        with pytest.raises(RuntimeError), there.write() as s:
            s.add(MemberAccount(provider="Superbuy", name="never", currency="CNY"))
            s.flush()
            raise RuntimeError("rolled back")
        started = time.monotonic()
        add_funds(there, AddFunds("Superbuy/mine", "5", Channel.WESTERN_UNION, DAY))
        while not heard and time.monotonic() - started < 2:
            time.sleep(0.05)
        assert heard == [frozenset({Record.ACCOUNT})]
    finally:
        listener.stop()


def _own_folder(tmp_path: Path) -> Path:
    """A single desk's folder (SQLite, whatever the lane) with records, ledger entries and an evidence file."""
    folder = tmp_path / "own"
    with Workspace.open(folder, actor="anna") as ws:
        with ws.write() as s:
            order(s, order_no="MOVE-1", lines=(("Наушники беспроводные", 1, 9900),))
        account = open_account(ws, OpenAccount("Superbuy/own", "cny")).account_id
        add_funds(ws, AddFunds(account, "20", Channel.WESTERN_UNION, DAY))
        photo = tmp_path / "parcel.jpg"
        photo.write_bytes(b"\xff\xd8\xff\xe0" + b"moved" * 300_000)
        add_evidence(ws, AddEvidence((photo,)))
    return folder


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def test_a_folder_moves_into_an_empty_server_whole_resuming_after_a_cut_and_is_left_as_it_was(
    team: URL, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desk.paths.default_data_dir", lambda: tmp_path / "user data")
    folder = _own_folder(tmp_path)
    before = _snapshot(folder)
    address = team.render_as_string(hide_password=False)
    asked = iter(range(1_000))
    with pytest.raises(OperationCancelled):  # cut short after a few tables
        move_folder(MoveFolder(folder, address), cancelled=lambda: next(asked) >= 4)
    moved = move_folder(MoveFolder(folder, address))
    assert moved.resumed == 4 and moved.tables > 10 and moved.files == 1
    assert _snapshot(folder) == before  # not a byte of the folder changed
    ws = desk(team)
    with ws.read() as s:
        assert [h.order for h in search(s, "наушники")] == ["aliexpress:MOVE-1"]
        assert {e.actor for e in s.scalars(select(AuditEntry))} == {"anna"}
    report = verify_data_folder(ws).report
    assert report.ok and report.files_checked == 1
    opened = open_account(ws, OpenAccount("Superbuy/next", "cny"))  # the server's ids go on after the moved ones
    assert opened.account_id == 2
    with pytest.raises(DeskError, match="already holds records"):
        move_folder(MoveFolder(folder, address))


def test_a_folder_whose_audit_log_was_altered_is_not_moved(
    team: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desk.paths.default_data_dir", lambda: tmp_path / "user data")
    folder = _own_folder(tmp_path)
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as db, db:
        db.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 2")
    with pytest.raises(DeskError, match=r"audit log is broken at entry 2 .*nothing was moved"):
        move_folder(MoveFolder(folder, team.render_as_string(hide_password=False)))
    engine = create_engine(team)
    with engine.connect() as c:
        assert c.scalar(text("SELECT count(*) FROM audit_log")) == 0
        assert c.scalar(text("SELECT to_regclass('desk_move')")) is None
    engine.dispose()


def test_a_text_longer_than_the_server_keeps_is_refused_plainly_and_nothing_is_saved(team: URL, desk: Desk) -> None:
    ws = desk(team)
    with pytest.raises(DBAPIError) as refused:
        save_supplier(ws, SaveSupplier(Platform.ALIEXPRESS, "Topwin", contact="c" * 201))
    problem = classify(refused.value)
    assert not problem.is_bug
    assert problem.message.startswith("a text is longer than the team server keeps for it (at most 200 characters)")
    with ws.read() as s:
        assert s.scalars(select(Supplier)).all() == []
