"""Today's Desk opens data folders that earlier Desks really wrote, one saved at each schema revision
(tests/data/upgrade/, built by its build.py), upgrades them to head after a backup, and keeps every record and
evidence file intact."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select

from desk import migrations
from desk.db import make_engine
from desk.models import Audience, DisputeEvent, DisputeLetter, Evidence
from desk.operations.checks import verify_data_folder
from desk.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "data" / "upgrade"
REVISIONS = sorted(p.stem for p in FIXTURES.glob("*.zip"))


def _scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return ScriptDirectory.from_config(config)


def _unpack(revision: str, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path / f"data-{revision}"
    with zipfile.ZipFile(FIXTURES / f"{revision}.zip") as archive:
        archive.extractall(folder)
    return folder, json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8"))


def _version(db: Path) -> str:
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_every_revision_has_a_fixture() -> None:
    assert sorted(rev.revision for rev in _scripts().walk_revisions()) == REVISIONS


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_folder_saved_at_an_earlier_revision_is_upgraded_keeping_its_data(revision: str, tmp_path: Path) -> None:
    folder, manifest = _unpack(revision, tmp_path)
    db = folder / "desk.sqlite3"
    head = _scripts().get_current_head()
    assert _version(db) == revision == manifest["revision"]

    with Workspace.open(folder) as ws:
        report = verify_data_folder(ws).report
        backup = ws.database.backup

    assert _version(db) == head
    # A backup at the old revision, unless there was nothing to upgrade.
    backups = list((folder / "backups").iterdir())
    if revision == head:
        assert backup is None and backups == []
    else:
        assert backup is not None and backups == [backup]
        assert _version(backup) == revision

    with closing(sqlite3.connect(db)) as conn:
        for table, count in manifest["counts"].items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
        for name, value in manifest["values"].items():
            assert [list(row) for row in conn.execute(value["sql"])] == value["rows"], name
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    assert report.ok, (report.file_problems, report.reference_problems, report.breaks)
    evidence = manifest["values"]["evidence files"]["rows"]
    assert report.files_checked == len({sha for sha, _size, _name in evidence}) > 0
    assert report.unreferenced == ()
    assert report.audit_entries == manifest["counts"]["audit_log"]


def test_verify_names_an_evidence_file_altered_in_an_old_folder(tmp_path: Path) -> None:
    folder, manifest = _unpack(REVISIONS[0], tmp_path)
    sha, _size, name = manifest["values"]["evidence files"]["rows"][0]
    stored = folder / "vault" / "sha256" / sha[:2] / sha[2:]
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, other bytes
    stored.write_bytes(bytes(data))

    with Workspace.open(folder) as ws:
        report = verify_data_folder(ws).report

    assert not report.ok
    assert [(p.name, p.problem.startswith("altered")) for p in report.file_problems] == [(name, True)]


def test_the_cli_upgrades_and_verifies_the_oldest_folder(tmp_path: Path) -> None:
    folder, manifest = _unpack(REVISIONS[0], tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--data", str(folder), "verify"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "all intact" in done.stdout
    assert _version(folder / "desk.sqlite3") == _scripts().get_current_head()
    assert [_version(b) for b in (folder / "backups").iterdir()] == [manifest["revision"]]


def test_a_letter_made_before_revision_0007_reads_as_sent_on_its_made_day(tmp_path: Path) -> None:
    # Before 0007 a letter made was a letter sent: it keeps that meaning (sent that day, channel unknown).
    folder, _manifest = _unpack("0006", tmp_path)
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as conn, conn:
        (dispute_id,) = conn.execute("SELECT min(id) FROM disputes").fetchone()
        conn.execute(
            "INSERT INTO dispute_letters (dispute_id, kind, lang, made_on, made_by, made_at) "
            "VALUES (?, 'reminder', 'en', '2026-11-02', 'anna', '2026-11-02 09:00:00')",
            (dispute_id,),
        )

    with Workspace.open(folder) as ws, ws.read() as session:
        letters = session.scalars(select(DisputeLetter)).all()

    assert [(letter.made_on, letter.sent_on, letter.sent_via, letter.is_sent) for letter in letters] == [
        (date(2026, 11, 2), date(2026, 11, 2), None, True)
    ]


def test_revision_0007_downgrades_to_0006_and_up_again(tmp_path: Path) -> None:
    folder, manifest = _unpack("0006", tmp_path)
    db = folder / "desk.sqlite3"
    with Workspace.open(folder):
        pass
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    engine = make_engine(db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
        assert _version(db) == "0006"
        with closing(sqlite3.connect(db)) as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(disputes)")}
            assert "voided_at" not in columns
            assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == manifest["counts"]["orders"]
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    assert _version(db) == migrations.HEAD


def test_revision_0010_groups_a_days_letters_of_one_kind_into_one_letter_with_versions(tmp_path: Path) -> None:
    # Before 0010 each language was a letter of its own; the rows of one dispute, kind and day become one letter,
    # sent when one of them was; a voided row and another day's or another kind's letter stay letters of their own.
    folder, _manifest = _unpack("0007", tmp_path)
    rows = [  # id, kind, lang, made_on, sent_on, sent_via, voided
        (1, "formal_demand", "en", "2026-11-02", None, None, None),
        (2, "formal_demand", "zh", "2026-11-02", "2026-11-03", "e-mail", None),
        (3, "formal_demand", "ru", "2026-11-02", None, None, None),
        (4, "formal_demand", "en", "2026-11-02", None, None, "2026-11-02 10:00:00"),
        (5, "formal_demand", "en", "2026-11-09", None, None, None),
        (6, "seller_reminder", "en", "2026-11-02", None, None, None),
    ]
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as conn, conn:
        (dispute_id,) = conn.execute("SELECT min(id) FROM disputes").fetchone()
        conn.executemany(
            "INSERT INTO dispute_letters (id, dispute_id, kind, lang, made_on, sent_on, sent_via, voided_at, "
            "made_by, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'anna', '2026-11-02 09:00:00')",
            [(i, dispute_id, kind, lang, made, sent, via, voided) for i, kind, lang, made, sent, via, voided in rows],
        )

    with closing(sqlite3.connect(folder / "desk.sqlite3")) as conn:
        before = conn.execute("SELECT id, lang, evidence_id, made_by FROM dispute_letters ORDER BY id").fetchall()
    with Workspace.open(folder):
        pass
    with closing(sqlite3.connect(folder / "desk.sqlite3")) as conn:
        after = conn.execute("SELECT id, version_of, sent_on, sent_via FROM dispute_letters ORDER BY id").fetchall()
        kept = conn.execute("SELECT id, lang, evidence_id, made_by FROM dispute_letters ORDER BY id").fetchall()

    assert after == [
        (1, None, "2026-11-03", "e-mail"),
        (2, 1, "2026-11-03", "e-mail"),
        (3, 1, "2026-11-03", "e-mail"),
        (4, None, None, None),
        (5, None, None, None),
        (6, None, None, None),
    ]
    assert kept == before


def test_revision_0008_turns_the_internal_flag_into_an_audience_and_back(tmp_path: Path) -> None:
    # The flag meant "never for the other side, shown to counsel": such items become counsel items; a letter to our
    # lawyer is counsel; everything else may go out as before.
    folder, _manifest = _unpack("0007", tmp_path)
    db = folder / "desk.sqlite3"
    with closing(sqlite3.connect(db)) as conn, conn:
        (evidence_id,) = conn.execute("SELECT min(id) FROM evidence").fetchone()
        (event_id,) = conn.execute("SELECT min(id) FROM dispute_events").fetchone()
        (dispute_id,) = conn.execute("SELECT min(id) FROM disputes").fetchone()
        conn.execute("UPDATE evidence SET internal = 1 WHERE id = ?", (evidence_id,))
        conn.execute("UPDATE dispute_events SET internal = 1 WHERE id = ?", (event_id,))
        for kind in ("lawyer_cover", "formal_demand"):
            conn.execute(
                "INSERT INTO dispute_letters (dispute_id, kind, lang, made_on, made_by, made_at, sent_on) "
                "VALUES (?, ?, 'en', '2026-11-02', 'anna', '2026-11-02 09:00:00', '2026-11-02')",
                (dispute_id, kind),
            )
    with Workspace.open(folder) as ws, ws.read() as session:
        evidence = {e.id: e.audience for e in session.scalars(select(Evidence))}
        events = {e.id: e.audience for e in session.scalars(select(DisputeEvent))}
        letters = {x.kind: x.audience for x in session.scalars(select(DisputeLetter))}
    assert evidence.pop(evidence_id) is Audience.COUNSEL and set(evidence.values()) == {Audience.EXTERNAL}
    assert events.pop(event_id) is Audience.COUNSEL and set(events.values()) == {Audience.EXTERNAL}
    assert letters == {"lawyer_cover": Audience.COUNSEL, "formal_demand": Audience.EXTERNAL}

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    engine = make_engine(db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(db)) as conn:
        flagged = conn.execute("SELECT id FROM evidence WHERE internal").fetchall()
        assert flagged == [(evidence_id,)]
        assert conn.execute("SELECT id FROM dispute_events WHERE internal").fetchall() == [(event_id,)]
        assert "audience" not in {row[1] for row in conn.execute("PRAGMA table_info(dispute_letters)")}
