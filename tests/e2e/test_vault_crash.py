"""Crash safety of evidence adds: a process adding files is killed (SIGKILL) at random moments, again and again, and
after each kill the folder opens, `verify` is clean, nothing is left in `vault/tmp/`, every stored file holds the
bytes its name says, and every add the process reported is there, linked to its case (issue 4, point 7).

Also: a temporary file left by a killed writer is removed at the next open; one a live process is writing is not."""

from __future__ import annotations

import hashlib
import json
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runs import desk
from sqlalchemy import select

from desk.models import Evidence, EvidenceLink
from desk.operations.checks import verify_data_folder
from desk.operations.evidence import DeleteEvidence, delete_evidence
from desk.operations.voiding import VoidKind, VoidRecord, void_record
from desk.vault import CHUNK, TMP_PREFIX
from desk.workspace import Workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX; Windows has neither")

ROUNDS = 30
FILES = 40
MAX_DELAY = 0.5  # seconds at most between an adder's "ready" and its kill

# Forks one adder per round, so that each round costs a fork rather than an interpreter importing SQLAlchemy (about
# a second on 2 busy cores). An adder opens the folder, says "ready PID", then adds the files named, one add_evidence
# call each, and reports each one after it returned: that is "reported success". It does not exit by itself (after
# "done" or "failed" it waits to be killed, unless its parent ends), so the PID the test kills is always its own.
# One os.write per line: a pipe write of up to PIPE_BUF bytes is atomic, so a kill never cuts a report in two.
ZYGOTE = r"""
import json, os, sys, time, traceback
from pathlib import Path
from sqlalchemy.orm import configure_mappers
from desk.evidence.cases import CaseRef
from desk.operations.evidence import AddEvidence, add_evidence
from desk.workspace import Workspace

configure_mappers()

def say(text):
    os.write(1, (text + "\n").encode())

def add(folder, dispute_id, paths):
    ws = Workspace.open(Path(folder), actor="crash-test")
    case = CaseRef("dispute", dispute_id, f"dispute {dispute_id}")
    say(f"ready {os.getpid()}")
    for path in paths:
        [added] = add_evidence(ws, AddEvidence((Path(path),), case)).added
        say(json.dumps({"path": path, "sha256": added.sha256, "id": added.evidence_id}))
    say("done")

for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        parent = os.getppid()
        try:
            add(**json.loads(line))
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            say("failed")
        while os.getppid() == parent:  # wait for the kill, but never outlive the parent
            time.sleep(0.1)
        os._exit(1)
    _, status = os.waitpid(pid, 0)
    say(f"exit {os.waitstatus_to_exitcode(status)}")
"""

# Stores what arrives on stdin through the vault, so that a test decides when the write ends (or never does).
WRITER = r"""
import sys
from pathlib import Path
from desk.vault import Vault

print("writing", flush=True)
stored = Vault(Path(sys.argv[1]) / "vault").put_stream(sys.stdin.buffer)
print(stored.sha256, flush=True)
"""


@pytest.fixture(scope="module")
def child_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The children's environment: bytecode cached in a folder of this run, so only the first child compiles
    SQLAlchemy (this environment sets PYTHONDONTWRITEBYTECODE), and never the developer's data folder."""
    env = {k: v for k, v in os.environ.items() if k not in ("DESK_DATA", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.mktemp("pycache"))
    return env


def _dispute(folder: Path) -> int:
    from factories import dispute, order

    with Workspace.open(folder, actor="tester") as ws, ws.write() as session:
        made = dispute(session, order(session).lines[0])
        session.flush()
        return made.id


def _files(folder: Path, rng: random.Random) -> dict[Path, str]:
    """FILES files of 1 KB to 2 MB of seeded random bytes, with their sha256."""
    folder.mkdir()
    made = {}
    for n in range(FILES):
        data = rng.randbytes(rng.randint(1_000, 2_000_000))
        path = folder / f"file-{n:02d}.bin"
        path.write_bytes(data)
        made[path] = hashlib.sha256(data).hexdigest()
    return made


def _start_over(folder: Path) -> None:
    """Delete all evidence (`desk evidence delete`'s function) and so their files, so that the files can be added
    again: adds go on for as many rounds as wanted with a vault of at most FILES files. What stays in the vault is
    bytes a kill stored without their record (between the rename and the commit): harmless, and kept."""
    with Workspace.open(folder, actor="tester") as ws:
        with ws.read() as session:
            ids = list(session.scalars(select(Evidence.id)))
        for evidence_id in ids:
            void_record(ws, VoidRecord(VoidKind.EVIDENCE, evidence_id, "starting over"))
            delete_evidence(ws, DeleteEvidence(evidence_id))


def _readable(fd: int, timeout: float) -> bool:
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        return bool(selector.select(timeout))


class Zygote:
    """The forking process, and its output read line by line with a time limit."""

    def __init__(self, env: dict[str, str], errors: Path) -> None:
        self.errors = errors
        self.process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors.open("wb"),
            env=env, bufsize=0,
        )  # fmt: skip
        self.pending = b""

    def start(self, **job: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(job).encode() + b"\n")

    def line(self, timeout: float = 60) -> str:
        assert self.process.stdout is not None
        fd, deadline = self.process.stdout.fileno(), time.monotonic() + timeout
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0 or not _readable(fd, left):
                raise AssertionError(f"the adder said nothing for {timeout} s: {self.errors.read_text()}")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"the adder's parent ended: {self.errors.read_text()}")
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\n")
        return line.decode()

    def close(self) -> None:
        """End it; killed when an adder it waits for is still alive (which then ends too: its parent is gone)."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _check(folder: Path, dispute_id: int) -> dict[int, str]:
    """Open the folder as the next user would and check it; the evidence that is there, id → sha256."""
    with Workspace.open(folder, actor="checker") as ws:
        tmp = folder / "vault" / "tmp"
        left = sorted(p.name for p in tmp.iterdir()) if tmp.is_dir() else []
        assert left == [], f"the open left temporary files behind: {left}"
        report = verify_data_folder(ws).report
        assert report.ok, f"verify after a kill: {report}"
        for name in ws.vault.stored():  # no partial or altered file under a real name
            assert ws.vault.hash_of(name) == name, f"vault file {name} does not hold the bytes its name says"
        with ws.read() as session:
            rows = session.execute(select(Evidence.id, Evidence.sha256, Evidence.size)).all()
            linked = set(session.scalars(select(EvidenceLink.evidence_id).where(EvidenceLink.dispute_id == dispute_id)))
        for evidence_id, sha256, size in rows:
            assert ws.vault.has(sha256), f"evidence {evidence_id} names {sha256}, which is not in the vault"
            assert ws.vault.path_for(sha256).stat().st_size == size
            assert evidence_id in linked, f"evidence {evidence_id} was recorded without its link to the dispute"
        present = {evidence_id: sha256 for evidence_id, sha256, _ in rows}
        assert len(set(present.values())) == len(present), "the same content was recorded twice"
        return present


def test_adds_killed_at_random_moments_leave_a_sound_folder(
    data_folder: Path, tmp_path: Path, child_env: dict[str, str]
) -> None:
    rng = random.Random(20261123)
    dispute_id = _dispute(data_folder)
    files = _files(tmp_path / "files", rng)
    zygote = Zygote(child_env, tmp_path / "adder-errors.txt")
    reported: dict[int, str] = {}  # evidence id → sha256, of every add a child reported
    present: dict[int, str] = {}
    killed_while_adding = leftovers_seen = generations = adds = 0
    fastest = 0.0  # adds a second, the most seen in a round: kills stay within the time the pending files take
    try:
        for round_no in range(ROUNDS):
            pending = [p for p, sha in files.items() if sha not in present.values()]
            if len(pending) < FILES // 4:  # most are in: delete them all and add them again
                _start_over(data_folder)
                reported, present, pending, generations = {}, {}, list(files), generations + 1
            rng.shuffle(pending)
            zygote.start(folder=str(data_folder), dispute_id=dispute_id, paths=[str(p) for p in pending])
            ready = zygote.line()
            assert ready.startswith("ready "), f"{ready!r}: {zygote.errors.read_text()}"
            delay = rng.uniform(0, min(MAX_DELAY, len(pending) / fastest) if fastest else MAX_DELAY)
            time.sleep(delay)
            os.kill(int(ready.split()[1]), signal.SIGKILL)  # it does not exit by itself: the pid is still its own
            said = []
            while not (line := zygote.line()).startswith("exit "):
                said.append(line)
            assert line == f"exit {-signal.SIGKILL}" and "failed" not in said, zygote.errors.read_text()
            killed_while_adding += "done" not in said
            tmp = data_folder / "vault" / "tmp"
            leftovers_seen += any(tmp.glob(f"{TMP_PREFIX}*")) if tmp.is_dir() else 0

            this_round = [json.loads(line) for line in said if line.startswith("{")]
            adds += len(this_round)
            fastest = max(fastest, len(this_round) / max(delay, 0.01))
            for add in this_round:
                path, sha256 = Path(add["path"]), add["sha256"]
                assert sha256 == files[path], f"{path.name} was reported with another file's hash"
                reported[add["id"]] = sha256
            before = present
            present = _check(data_folder, dispute_id)
            missing = {i: s for i, s in reported.items() if present.get(i) != s}
            assert not missing, f"round {round_no}: adds reported as done are not in the folder: {missing}"
            unreported = set(present) - set(before) - {add["id"] for add in this_round}
            # An add the kill cut between its commit and its report is there unreported: at most the one in flight.
            assert len(unreported) <= (0 if "done" in said else 1), f"round {round_no}: unexpected {unreported}"
            assert set(present.values()) <= set(files.values())
    finally:
        zygote.close()

    assert killed_while_adding >= ROUNDS // 2, "the adders were rarely killed while adding: the test proves little"
    assert adds > ROUNDS, f"only {adds} adds were reported in {ROUNDS} rounds: the test proves little"
    print(f"{adds} adds, {killed_while_adding} kills while adding of {ROUNDS}, {leftovers_seen} left temporary files, "
          f"{generations} times all deleted and added again")  # fmt: skip
    result = desk("verify", data=data_folder)
    assert result.returncode == 0, result.stderr


def _start_writer(folder: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert writer.stdout is not None and writer.stdout.readline() == b"writing\n"
    return writer


def _temp_file_filled(tmp: Path, other_than: set[Path]) -> Path:
    """The writer's temporary file, once it holds a first chunk."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for path in tmp.glob(f"{TMP_PREFIX}*"):
            if path not in other_than and path.stat().st_size >= CHUNK:
                return path
        time.sleep(0.01)
    raise AssertionError(f"no file in {tmp} holds the bytes being written: the vault must write there first")


def test_the_open_removes_a_dead_writers_temporary_file_but_not_a_live_ones(
    data_folder: Path, child_env: dict[str, str]
) -> None:
    tmp = data_folder / "vault" / "tmp"
    data = random.Random(7).randbytes(CHUNK + CHUNK // 2)

    dead = _start_writer(data_folder, child_env)
    live = None
    try:
        assert dead.stdin is not None
        dead.stdin.write(data[: CHUNK + 100])
        dead.stdin.flush()
        dead_tmp = _temp_file_filled(tmp, set())
        dead.kill()
        dead.communicate(timeout=30)

        live = _start_writer(data_folder, child_env)
        assert live.stdin is not None
        live.stdin.write(data[: CHUNK + 100])
        live.stdin.flush()
        live_tmp = _temp_file_filled(tmp, {dead_tmp})

        Workspace.open(data_folder, actor="another desk").close()  # as a second Desk would, while `live` writes
        assert not dead_tmp.exists(), "the killed writer's temporary file was not removed at the next open"
        assert live_tmp.exists(), "the open removed a temporary file a live process was writing"
        stored = data_folder / "vault" / "sha256"
        assert not stored.exists() or not any(stored.iterdir())

        stdout, stderr = live.communicate(data[CHUNK + 100 :], timeout=30)  # the rest, then end of input
    finally:
        for writer in (dead, live):
            if writer is not None and writer.poll() is None:
                writer.kill()
                writer.communicate()
    assert live.returncode == 0, stderr
    sha256 = hashlib.sha256(data).hexdigest()
    assert stdout.decode().split() == [sha256]
    with Workspace.open(data_folder, actor="tester") as ws:
        assert ws.vault.stored() == [sha256] and ws.vault.hash_of(sha256) == sha256
    assert list(tmp.iterdir()) == []
