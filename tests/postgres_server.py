"""A PostgreSQL server of the test run's own, for team mode (issue 16): Debian's `postgresql` package (`initdb`,
`pg_ctl`), a cluster in a temporary folder that listens only on a Unix socket there, started once per run and
stopped at its end. No server of the machine's is touched, and none needs to be running.

`initdb` refuses to run as root (CI runs as root): there the cluster belongs to the `postgres` user the package
made, and its commands run as that user; the tests connect over the socket with trust authentication, as any
user. Where the package is missing (a developer's machine, the Windows lane) the tests that need a server are
skipped with the reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "desk_tests"  # the cluster's own superuser (initdb -U)


def binaries() -> Path | None:
    """The folder of Debian's PostgreSQL programs, the newest version installed; None when there is none."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def missing() -> str | None:
    """Why no server can be started here, or None."""
    if sys.platform == "win32":
        return "the PostgreSQL test server is Debian's package, on the Linux side; the Windows lane has none"
    if binaries() is None:
        return "needs Debian's postgresql package (initdb, pg_ctl): .ci/run installs it"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "initdb refuses root, and runuser is missing to run it as the postgres user"
    return None


@dataclass(frozen=True)
class Server:
    socket_dir: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of a database of this server (psycopg 3, over the Unix socket)."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database, empty or a copy of `template` (a database nobody is connected to); its URL."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname="postgres") as c:
            c.autocommit = True
            # FILE_COPY: a copy of a small database's files, faster than WAL_LOG's page by page for our templates.
            c.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}" STRATEGY FILE_COPY')
        return self.url(name)


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *command] if owner else command


def running_server(port: int = 54329) -> Iterator[Server]:
    """Start a cluster in a temporary folder of its own, yield it, then stop it and remove the folder."""
    bin_dir = binaries()
    assert bin_dir is not None, missing()
    owner = "postgres" if os.geteuid() == 0 else None
    # Under the system's temporary folder, which every user can pass through: pytest's own folders are root's only.
    root = Path(tempfile.mkdtemp(prefix="desk-postgres-"))
    data, sockets = root / "data", root / "socket"
    sockets.mkdir()
    if owner:
        shutil.chown(root, owner)
        shutil.chown(sockets, owner)
    run = {"check": True, "capture_output": True, "text": True}
    subprocess.run(
        _as_owner(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "--locale=C.UTF-8"],
            owner,
        ),
        **run,  # type: ignore[call-overload]
    )
    # C.UTF-8: Unicode's case rules (lower('Щ') is 'щ'), which the search's ILIKE and `desk team init` need.
    # No TCP, the socket in our folder, and no fsync: a test cluster need not survive a power cut.
    options = f"-c listen_addresses='' -k {sockets} -p {port} -c fsync=off -c full_page_writes=off"
    ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w", "-o", options]
    started = subprocess.run(_as_owner([*ctl, "start"], owner), capture_output=True, text=True)
    if started.returncode != 0:
        log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
        raise RuntimeError(f"the test PostgreSQL server did not start: {started.stderr}\n{log}")
    try:
        yield Server(sockets, port)
    finally:
        subprocess.run(_as_owner([*ctl[:3], "-m", "fast", "stop"], owner), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
