"""Keyring backends for tests, so that no test touches the developer's own keyring.

`MemoryKeyring` keeps secrets in a dict (a test selects it with `install`). A CLI test runs Desk in a subprocess,
which selects a backend through the environment (PYTHON_KEYRING_BACKEND=keyring_memory.FileKeyring, with this
folder on PYTHONPATH); since each process has its own memory, `FileKeyring` keeps its dict in the JSON file named
by DESK_TEST_KEYRING_FILE so that one process can read what another stored."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

FILE_ENV = "DESK_TEST_KEYRING_FILE"


class MemoryKeyring(KeyringBackend):
    priority = 1  # a plain number is all keyring reads

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(f"no entry {username!r} for {service!r}")


class FileKeyring(MemoryKeyring):
    @properties.classproperty
    def priority(cls) -> float:
        if FILE_ENV not in os.environ:  # not viable: keyring's own detection must never pick it
            raise RuntimeError(f"{FILE_ENV} is not set")
        return 1

    def __init__(self) -> None:
        super().__init__()
        self.path = Path(os.environ[FILE_ENV])
        if self.path.exists():
            self.entries = {(s, u): p for s, u, p in json.loads(self.path.read_text("utf-8"))}

    def _save(self) -> None:
        self.path.write_text(json.dumps([[s, u, p] for (s, u), p in self.entries.items()]), "utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()


def install(monkeypatch: pytest.MonkeyPatch, backend: KeyringBackend) -> KeyringBackend:
    """`backend` as keyring's backend until the test ends (then whatever was there, even nothing, again)."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend
