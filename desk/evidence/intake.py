"""Before an add: the files given (folders walked, hidden files left out), each checked, so that an add takes
every file or none. A file that is missing, not a regular file, unreadable or above the size limit (setting
`evidence_max_mb`) is named with why, all of them at once: the user fixes the list once, not file by file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desk.common import format_size
from desk.errors import DeskError
from desk.settings import get_int


@dataclass(frozen=True)
class Problem:
    path: Path  # as given, or found inside a folder given
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class FilesRefused(DeskError):
    """Some files given cannot be added, so none was: `problems` names each one and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        which = "a file that cannot be added" if count == 1 else f"{count} files that cannot be added"
        super().__init__(f"nothing was added, because of {which}: " + "; ".join(map(str, self.problems)))


@dataclass(frozen=True)
class Intake:
    """The files an add takes, in order, with their sizes in bytes."""

    files: tuple[Path, ...]
    sizes: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.sizes)


def size_limit(session: Session) -> int:
    """The largest file the vault takes, in bytes."""
    return get_int(session, "evidence_max_mb") * 1_000_000


def gather(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The files named, and the files inside the folders named (sorted, hidden ones left out), each once; and the
    paths that name nothing or a folder that cannot be read."""
    entries = _entries(paths)
    return [e for e in entries if isinstance(e, Path)], [e for e in entries if isinstance(e, Problem)]


def _entries(paths: Iterable[Path]) -> list[Path | Problem]:
    """Files and problems in the order they were given (a folder's files where the folder was)."""
    entries: list[Path | Problem] = []
    seen: set[Path] = set()

    def found(path: Path) -> None:
        if path not in seen:
            seen.add(path)
            entries.append(path)

    for path in paths:
        if path.is_dir():

            def unreadable(error: OSError, folder: Path = path) -> None:
                entries.append(Problem(Path(error.filename or folder), _reason(error)))

            for root, dirs, names in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        found(Path(root, name))
        elif path.exists() or path.is_symlink():
            found(path)
        else:
            entries.append(Problem(path, "no such file or folder"))
    return entries


def check(paths: Sequence[Path], limit: int) -> Intake:
    """Every file `paths` give, checked: FilesRefused naming each one that cannot be added, in the order given."""
    files: list[Path] = []
    sizes: list[int] = []
    problems: list[Problem] = []
    for entry in _entries(paths):
        if isinstance(entry, Problem):
            problems.append(entry)
            continue
        size, reason = _checked(entry, limit)
        if reason is not None:
            problems.append(Problem(entry, reason))
        files.append(entry)
        sizes.append(size)
    if problems:
        raise FilesRefused(problems)
    return Intake(tuple(files), tuple(sizes))


def _checked(path: Path, limit: int) -> tuple[int, str | None]:
    """(its size, why it cannot be added or None)."""
    try:
        status = path.stat()
    except OSError as error:
        return 0, _reason(error)
    if not stat.S_ISREG(status.st_mode):  # a pipe or a device would never end
        return 0, "not a regular file"
    if status.st_size > limit:
        return status.st_size, (
            f"{format_size(status.st_size)}, above the limit of {format_size(limit)} (setting evidence_max_mb)"
        )
    try:
        with path.open("rb") as stream:
            stream.read(1)
    except OSError as error:
        return status.st_size, _reason(error)
    return status.st_size, None


def _reason(error: OSError) -> str:
    """Why the system refused, in its words ("permission denied")."""
    text = error.strerror or type(error).__name__
    return f"cannot be read: {text[:1].lower()}{text[1:]}"
