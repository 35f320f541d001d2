"""The evidence vault of a team data folder: the files are kept on the team server, so that a photo added on one desk
opens on another, and this desk's folder keeps a copy of each file it stored or read (a read cache).

On the server a file is the rows of `evidence_chunks` (revision 0013): its sha256 and 1 MiB pieces in order,
written in one transaction, so that a file is there whole or not at all; the same file added twice, from any desk,
is kept once (content addressing). A file is sent when it is stored and fetched the first time it is read here;
`hash_of` asks the server to hash what it keeps (`desk verify`), and `stored` lists what the server keeps."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine, text

from desk.vault import CHUNK, Stored, Vault


class ServerVault(Vault):
    def __init__(self, root: Path, engine: Engine) -> None:
        super().__init__(root)
        self.engine = engine

    def put_stream(
        self,
        stream: BinaryIO,
        *,
        limit: int | None = None,
        name: str = "",
        on_bytes: Callable[[int], None] | None = None,
    ) -> Stored:
        stored = super().put_stream(stream, limit=limit, name=name, on_bytes=on_bytes)
        self.send(stored.sha256, self.local_path(stored.sha256))
        return stored

    def has(self, sha256: str) -> bool:
        return super().has(sha256) or self._on_server(sha256)

    def path_for(self, sha256: str) -> Path:
        """This desk's copy of the file, fetched from the server the first time (FileNotFoundError when the server
        does not keep it either)."""
        local = self.local_path(sha256)
        if not local.is_file():
            self._fetch(sha256, local)
        return local

    def hash_of(self, sha256: str, on_bytes: Callable[[int], None] | None = None) -> str:
        """The sha256 of what the server keeps under `sha256`, computed by the server from its pieces; when that is
        whole, and this desk's copy no longer hashes to it, that copy's (altered here: `desk verify` says so)."""
        server = self._server_hash(sha256, on_bytes)
        local = self.local_path(sha256)
        if server == sha256 and local.is_file():
            return super().hash_of(sha256)
        return server

    def _server_hash(self, sha256: str, on_bytes: Callable[[int], None] | None) -> str:
        with self.engine.connect() as connection:
            found = connection.execute(
                text(
                    "SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY seq)), 'hex'), sum(length(data)) "
                    "FROM evidence_chunks WHERE sha256 = :sha"
                ),
                {"sha": sha256},
            ).one()
        if found[0] is None:
            raise FileNotFoundError(f"the team server keeps no file {sha256}")
        if on_bytes is not None:
            on_bytes(int(found[1]))
        return str(found[0])

    def remove(self, sha256: str, *, patience: float | None = None) -> bool:
        with self.engine.begin() as connection:
            connection.execute(text("DELETE FROM evidence_chunks WHERE sha256 = :sha"), {"sha": sha256})
        return super().remove(sha256, patience=patience)

    def stored(self) -> list[str]:
        """The hashes of every file the server keeps, and of this desk's copies (one a removal left behind)."""
        with self.engine.connect() as connection:
            kept = set(connection.scalars(text("SELECT DISTINCT sha256 FROM evidence_chunks")))
        return sorted({str(s) for s in kept} | set(super().stored()))

    def send(self, sha256: str, source: Path) -> bool:
        """The file at `source`, stored under `sha256`, to the server unless it keeps it already; whether it was
        sent. Also how a folder's files move in (desk team move)."""
        if self._on_server(sha256):
            return False
        self._send(sha256, source)
        return True

    def _on_server(self, sha256: str) -> bool:
        with self.engine.connect() as connection:
            query = text("SELECT 1 FROM evidence_chunks WHERE sha256 = :sha AND seq = 0")
            return connection.scalar(query, {"sha": sha256}) is not None

    def _send(self, sha256: str, source: Path) -> None:
        """The file's pieces to the server, in one transaction; a file another desk sent meanwhile is kept."""
        insert = text(
            "INSERT INTO evidence_chunks (sha256, seq, data) VALUES (:sha, :seq, :data) ON CONFLICT DO NOTHING"
        )
        with self.engine.begin() as connection, source.open("rb") as stream:
            seq = 0
            while piece := stream.read(CHUNK):
                connection.execute(insert, {"sha": sha256, "seq": seq, "data": piece})
                seq += 1
            if seq == 0:  # an empty file is one empty piece: it is kept, as any other
                connection.execute(insert, {"sha": sha256, "seq": 0, "data": b""})

    def _fetch(self, sha256: str, target: Path) -> None:
        """The server's pieces into this desk's copy, written whole or not at all."""
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".fetch-")
        try:
            pieces, digest = 0, hashlib.sha256()
            with os.fdopen(descriptor, "wb") as copy, self.engine.connect() as connection:
                rows = connection.execution_options(yield_per=8).execute(
                    text("SELECT data FROM evidence_chunks WHERE sha256 = :sha ORDER BY seq"), {"sha": sha256}
                )
                for (data,) in rows:
                    copy.write(data)
                    digest.update(data)
                    pieces += 1
            if pieces == 0:
                raise FileNotFoundError(f"the team server keeps no file {sha256}")
            if digest.hexdigest() != sha256:  # never a wrong copy in the cache: `desk verify` names the server's
                raise FileNotFoundError(f"the team server's copy of {sha256} does not hash to its name")
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
