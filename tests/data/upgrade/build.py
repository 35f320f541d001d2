"""Build the upgrade fixtures: one real data folder per schema revision, written by the Desk of that time.

Why: opening a data folder upgrades it to the newest schema (desk/db.py). Testing that against databases made by
today's code proves little; these are folders the old releases really wrote (Electrum's test_storage_upgrade.py
does the same with wallet files). tests/unit/test_upgrade.py opens each with today's Desk.

How: for each revision NNNN in desk/migrations/versions/, take the last commit whose head was NNNN (the parent of
the commit that added the next revision; for the newest revision, the newest commit that changed the code),
check it out once into a temporary worktree (/tmp/revNNNN), `uv sync --locked` there and run its own CLI:

    desk --data DIR demo --today 2026-11-20

The demo writes orders, disputes, refunds, accounts and evidence files into the vault. The folder is closed with
its WAL checkpointed, its alembic_version checked, and saved as NNNN.zip (sorted entries, fixed timestamps) with
NNNN.json: the commit, row counts of every table and key values, each with the SQL that read it from the old
file, so that the test can run the same SQL on the upgraded one.

Run from the repository root (never part of the test suite; it takes a few minutes and needs the network once
for `uv sync`):

    uv run python tests/data/upgrade/build.py            # every revision
    uv run python tests/data/upgrade/build.py 0003 0004  # some
    uv run python tests/data/upgrade/build.py 0009=21544fe  # one, from a commit named for it

A commit is named where the history has no commit whose head was the revision with the chain as it is now:
revisions made side by side and re-chained when they were merged (0008, 0009, 0010 in issue 13) were heads only on
their branches. The commit named must write the revision with today's chain before it (the README's table lists
each fixture's commit).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
VERSIONS = "desk/migrations/versions"
CODE = ("desk", "resources", "pyproject.toml", "uv.lock")  # what decides the data a commit writes
TODAY = "2026-11-20"
STAMP = (2026, 11, 20, 0, 0, 0)  # every zip entry's time, so a rebuild from the same bytes is byte-identical

# Key values, read with the same SQL from the old file at build time and from the upgraded one in the test.
VALUES = {
    "order totals": "SELECT o.platform || ':' || o.order_no, o.currency, "
    "(SELECT coalesce(sum(l.qty * l.unit_price_minor), 0) FROM order_lines l WHERE l.order_id = o.id) "
    "+ o.shipping_minor - o.discount_minor FROM orders o ORDER BY 1",
    "order payments": "SELECT o.platform || ':' || o.order_no, sum(p.amount_minor) "
    "FROM payments p JOIN orders o ON o.id = p.order_id GROUP BY o.id ORDER BY 1",
    "dispute claims": "SELECT o.platform || ':' || o.order_no || '#' || l.line_no, d.opened_on, d.claimed_minor, "
    "d.won_minor, d.state FROM disputes d JOIN order_lines l ON l.id = d.order_line_id "
    "JOIN orders o ON o.id = l.order_id ORDER BY 1, 2, 3",
    "evidence files": "SELECT sha256, size, original_name FROM evidence ORDER BY 1, 3",
    "ledger": "SELECT account_id, currency, sum(amount_minor), count(*) FROM ledger_entries "
    "GROUP BY 1, 2 ORDER BY 1, 2",
    "audit head": "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1",
}


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True, text=True).stdout.strip()


def revision_commits() -> dict[str, str]:
    """Revision → the last commit whose head it was."""
    files = sorted(Path(REPO, VERSIONS).glob("[0-9][0-9][0-9][0-9]_*.py"))
    added = [git("log", "--diff-filter=A", "--format=%H", "--", str(f.relative_to(REPO))) for f in files]
    last = [git("rev-parse", f"{commit}^") for commit in added[1:]]
    last.append(git("log", "-1", "--format=%H", "HEAD", "--", *CODE))
    return {f.name[:4]: commit for f, commit in zip(files, last, strict=True)}


def run(cmd: list[str], cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}  # the old worktree's own .venv, not ours
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=cwd, env=env, check=True)


def build_folder(revision: str, commit: str, data: Path) -> None:
    tree = Path(f"/tmp/rev{revision}")
    git("worktree", "add", "--detach", str(tree), commit)
    try:
        run(["uv", "sync", "--locked"], tree)
        run(["uv", "run", "--locked", "desk", "--data", str(data), "demo", "--today", TODAY], tree)
    finally:
        git("worktree", "remove", "--force", str(tree))
    db = data / "desk.sqlite3"
    wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
    if wal.exists() or shm.exists():
        with closing(sqlite3.connect(db)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        wal.unlink(missing_ok=True)
        shm.unlink(missing_ok=True)


def manifest(revision: str, commit: str, data: Path) -> dict[str, object]:
    # immutable: read without creating -wal or -shm beside the file.
    uri = f"{(data / 'desk.sqlite3').as_uri()}?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if version != revision:
            raise SystemExit(f"{commit} wrote schema {version}, expected {revision}")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
        # The full-text index and its shadow tables are derived from the data, not data.
        data_tables = [t for t in tables if t != "alembic_version" and not t.startswith(tuple(virtual))]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in data_tables}
        values = {name: {"sql": sql, "rows": [list(row) for row in conn.execute(sql)]} for name, sql in VALUES.items()}
    if not counts["evidence"] or not any((data / "vault").rglob("sha256/*/*")):
        raise SystemExit(f"{commit}: the demo wrote no evidence files")
    subject = git("log", "-1", "--format=%s", commit)
    return {
        "revision": revision,
        "commit": commit,
        "subject": subject,
        "built_with": f"desk --data DIR demo --today {TODAY}",
        "counts": counts,
        "values": values,
    }


def save_zip(data: Path, target: Path) -> None:
    files = sorted(p for p in data.rglob("*") if p.is_file())
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(data).as_posix(), STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())


def main(args: list[str]) -> None:
    named = dict(a.split("=", 1) for a in args if "=" in a)
    wanted = [a.split("=", 1)[0] for a in args]
    commits = {**revision_commits(), **{rev: git("rev-parse", c) for rev, c in named.items()}}
    for revision, commit in commits.items():
        if wanted and revision not in wanted:
            continue
        with tempfile.TemporaryDirectory(prefix=f"upgrade-{revision}-") as tmp:
            data = Path(tmp) / "data"
            build_folder(revision, commit, data)
            facts = manifest(revision, commit, data)
            save_zip(data, HERE / f"{revision}.zip")
        (HERE / f"{revision}.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")
        print(f"{revision}: {commit[:7]} {facts['subject'][:60]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
