"""The audit log proves it is complete, not only in order: its head (the last entry's number and hash) is kept outside
it — beside the database after every write, and in every backup Desk makes — so that entries cut off its end, or all
of them wiped by hand (SQL DELETE), fail `desk verify` in plain words, with exit code 1."""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from cli_runs import in_process
from factories import order

from desk.audit_head import AuditHead, backup_head, head_file, read_head
from desk.db import online_backup
from desk.models import AuditEntry
from desk.models.audit import entry_hash
from desk.workspace import Workspace

pytestmark = pytest.mark.sqlite_only("the head kept beside the folder's own database file")


def _shop(data_folder: Path, orders: int = 3) -> Path:
    """A data folder with a few orders written the way Desk writes them (each its own audited write)."""
    with Workspace.open(data_folder, actor="tester") as ws:
        for _ in range(orders):
            with ws.write() as session:
                order(session)
    return data_folder


def _sql(folder: Path, *statements: str) -> None:
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as db, db:
        for statement in statements:
            db.execute(statement)


def _log_head(folder: Path) -> tuple[int, str]:
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as db:
        row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return int(row[0]), str(row[1])


def _kept(folder: Path) -> AuditHead:
    head = read_head(head_file(folder / "desk.sqlite3"))
    assert head is not None
    return head


def test_an_intact_log_passes_and_verify_prints_its_head(data_folder: Path) -> None:
    folder = _shop(data_folder)
    last, digest = _log_head(folder)
    assert (_kept(folder).last, _kept(folder).hash) == (last, digest)  # recorded after each write

    done = in_process("verify", data=folder)
    assert done.returncode == 0, done.stderr
    assert f"Audit log: {last:,} entries, chain intact; the last is entry {last:,} of " in done.stdout
    assert f"hash {digest}." in done.stdout
    as_json = json.loads(in_process("verify", "--json", data=folder).stdout)
    assert as_json["ok"] is True and (as_json["audit_head"]["last"], as_json["audit_head"]["hash"]) == (last, digest)


def test_entries_cut_off_the_end_fail_naming_the_gap(data_folder: Path) -> None:
    folder = _shop(data_folder)
    last, _ = _log_head(folder)
    _sql(folder, f"DELETE FROM audit_log WHERE id > {last - 3}")  # the chain left is in order: only its end is gone

    done = in_process("verify", data=folder)
    assert done.returncode == 1
    assert (
        f"The audit log ends at entry {last - 3:,}, but entry {last:,} was recorded on {_kept(folder).when()}: "
        "3 entries are missing." in done.stderr.splitlines()
    )
    assert "Traceback" not in done.stderr
    assert json.loads(in_process("verify", "--json", data=folder).stdout)["audit_breaks"][0]["entry"] == last - 2


def test_a_write_after_the_cut_does_not_hide_it(data_folder: Path) -> None:
    # New entries take the numbers of the removed ones, chained on what is left: the head kept is never lowered,
    # nor moved past an entry the log no longer holds.
    folder = _shop(data_folder)
    cut_at, _ = _log_head(folder)
    _sql(folder, f"DELETE FROM audit_log WHERE id > {cut_at - 3}")
    with Workspace.open(folder, actor="tester") as ws:
        for _ in range(2):  # up to the old head and past it
            with ws.write() as session:
                order(session)
    assert _log_head(folder)[0] > cut_at and _kept(folder).last == cut_at

    done = in_process("verify", data=folder)
    assert done.returncode == 1
    assert f"Entry {cut_at:,} is not the one recorded on" in done.stderr
    assert "the audit log was rewritten up to it" in done.stderr


def test_a_wiped_log_fails(data_folder: Path) -> None:
    folder = _shop(data_folder)
    last, _ = _log_head(folder)
    _sql(folder, "DELETE FROM audit_log")

    done = in_process("verify", data=folder)
    assert done.returncode == 1
    assert f"The audit log is empty, but entry {last:,} was recorded on " in done.stderr
    assert "all of them are missing." in done.stderr and "Traceback" not in done.stderr


def test_a_log_rewritten_with_its_hashes_made_again_fails(data_folder: Path) -> None:
    # The chain alone cannot tell: the last entry's content changed and its hash was computed again.
    folder = _shop(data_folder)
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as db, db:
        row = db.execute(
            "SELECT id, prev_hash, at, actor, action, table_name, row_id FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    with Workspace.open(folder) as ws, ws.read() as session:
        entry = session.get(AuditEntry, row[0])
        assert entry is not None
        forged = entry_hash(
            entry.prev_hash, entry.at, "mallory", entry.action.value, entry.table_name, entry.row_id, "{}"
        )
    _sql(folder, f"UPDATE audit_log SET actor = 'mallory', changes = '{{}}', hash = '{forged}' WHERE id = {row[0]}")

    done = in_process("verify", data=folder)
    assert done.returncode == 1
    assert f"Entry {row[0]:,} is not the one recorded on" in done.stderr
    assert "Audit log broken" not in done.stderr  # the chain itself holds


def test_a_head_left_behind_by_a_crash_is_accepted_and_brought_up_to_date(data_folder: Path) -> None:
    folder = _shop(data_folder)
    kept = head_file(folder / "desk.sqlite3")
    before = kept.read_bytes()
    _shop(folder, orders=1)
    kept.write_bytes(before)  # as if Desk stopped between the commit and the file's replacement
    assert _kept(folder).last < _log_head(folder)[0]

    done = in_process("verify", data=folder)
    assert done.returncode == 0, done.stderr
    assert (_kept(folder).last, _kept(folder).hash) == _log_head(folder)


def test_an_older_folder_without_a_head_gets_one_at_its_first_check(data_folder: Path) -> None:
    folder = _shop(data_folder)
    head_file(folder / "desk.sqlite3").unlink()

    first = in_process("verify", data=folder)
    assert first.returncode == 0, first.stderr
    assert "no record of the audit log's end was kept outside the database yet" in first.stdout
    assert (_kept(folder).last, _kept(folder).hash) == _log_head(folder)
    again = in_process("verify", data=folder)
    assert again.returncode == 0 and "no record" not in again.stdout


def test_a_backup_made_by_desk_carries_the_head_and_still_tells_when_the_head_file_is_gone(data_folder: Path) -> None:
    folder = _shop(data_folder)
    with Workspace.open(folder) as ws:
        backup = online_backup(ws.db_path, ws.root / "backups", "before-test")
    carried = backup_head(backup)
    assert carried is not None and (carried.last, carried.hash) == _log_head(folder)
    assert (_kept(folder).last, _kept(folder).hash) == _log_head(folder)

    last = carried.last
    head_file(folder / "desk.sqlite3").unlink()  # the file beside the database removed too
    _sql(folder, f"DELETE FROM audit_log WHERE id > {last - 2}")
    done = in_process("verify", data=folder)
    assert done.returncode == 1
    assert f"The audit log ends at entry {last - 2:,}, but entry {last:,} was recorded on " in done.stderr
    assert f"(the backup {backup.name} holds it): 2 entries are missing." in done.stderr


def test_two_writers_never_lower_the_head(data_folder: Path) -> None:
    # Two workspaces on one folder (each its own engine and connections, as two Desks are) writing at once; the head
    # is read after every write, one reader at a time: what is read never goes down.
    folder = _shop(data_folder, orders=1)
    seen: list[int] = []
    errors: list[BaseException] = []
    turn = threading.Lock()

    def writer() -> None:
        try:
            with Workspace.open(folder, actor="tester") as ws:
                for _ in range(8):
                    with ws.write() as session:
                        order(session)
                    with turn:
                        seen.append(_kept(folder).last)
        except BaseException as error:  # told to the test below
            errors.append(error)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(seen) == 16
    assert seen == sorted(seen)
    assert (_kept(folder).last, _kept(folder).hash) == _log_head(folder)
    assert in_process("verify", data=folder).returncode == 0
