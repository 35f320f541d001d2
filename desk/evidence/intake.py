"""Before an add: the files given (folders walked, hidden files left out), each checked. A file that is missing,
not a regular file (a named pipe, a socket, a device: never opened), unreadable, above the size limit (setting
`evidence_max_mb`) or an image of more pixels than can be opened safely is named with why, all of them at once.

A file the user named that cannot be added refuses the whole add (`FilesRefused`): the user fixes the list once,
not file by file. A file found inside a folder given is skipped and reported, and the rest of the folder is added: a
folder holds what it holds (a pipe, a video too large), and the user did not choose each file in it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desk.common import format_size
from desk.errors import DeskError
from desk.evidence.file_facts import TooManyPixels, check_pixels
from desk.evidence.sniff import HEAD, sniff
from desk.language import words
from desk.settings import get_int
from desk.vault import NotAFile, open_regular


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
        listed = "; ".join(map(str, self.problems))
        # one: "nothing was added, because of a file that cannot be added: …"
        super().__init__(
            words.tr("nothing was added, because of %n file(s) that cannot be added: {0}", "", count).format(listed)
        )


@dataclass(frozen=True)
class Intake:
    """The files an add takes, in order, with their sizes in bytes; the files found in folders that it skips, with
    why; and which of the files it takes were found in folders (an add skips them too if they fail later)."""

    files: tuple[Path, ...]
    sizes: tuple[int, ...]
    skipped: tuple[Problem, ...] = ()
    in_folders: frozenset[Path] = frozenset()

    @property
    def total(self) -> int:
        return sum(self.sizes)


def size_limit(session: Session) -> int:
    """The largest file the vault takes, in bytes."""
    return get_int(session, "evidence_max_mb") * 1_000_000


def gather(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The files named, and the files inside the folders named (sorted, hidden ones left out), each once; and the
    paths that name nothing or a folder that cannot be read."""
    entries = [entry for entry, _in_folder in _entries(paths)]
    return [e for e in entries if isinstance(e, Path)], [e for e in entries if isinstance(e, Problem)]


def _entries(paths: Iterable[Path]) -> list[tuple[Path | Problem, bool]]:
    """Files and problems in the order they were given (a folder's files where the folder was), each with whether
    it was found inside a folder given."""
    entries: list[tuple[Path | Problem, bool]] = []
    seen: set[Path] = set()

    def found(path: Path, in_folder: bool) -> None:
        if path not in seen:
            seen.add(path)
            entries.append((path, in_folder))

    for path in paths:
        if path.is_dir():

            def unreadable(error: OSError, folder: Path = path) -> None:
                where = Path(error.filename or folder)
                entries.append((Problem(where, _reason(error)), where != folder))  # the folder given, or one in it

            for root, dirs, names in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        found(Path(root, name), True)
        elif path.exists() or path.is_symlink():
            found(path, False)
        else:
            entries.append((Problem(path, words.tr("no such file or folder")), False))
    return entries


def check(paths: Sequence[Path], limit: int) -> Intake:
    """Every file `paths` give, checked: FilesRefused naming each one that cannot be added, in the order given, when
    one of them was named; otherwise the files to add, and those of the folders that are skipped."""
    files: list[Path] = []
    sizes: list[int] = []
    in_folders: set[Path] = set()
    problems: list[Problem] = []
    named_problem = False
    for entry, in_folder in _entries(paths):
        if isinstance(entry, Path):
            size, reason = _checked(entry, limit)
            if reason is None:
                files.append(entry)
                sizes.append(size)
                if in_folder:
                    in_folders.add(entry)
                continue
            entry = Problem(entry, reason)
        problems.append(entry)
        named_problem |= not in_folder
    if named_problem:
        raise FilesRefused(problems)
    return Intake(tuple(files), tuple(sizes), tuple(problems), frozenset(in_folders))


def _checked(path: Path, limit: int) -> tuple[int, str | None]:
    """(its size, why it cannot be added or None)."""
    try:
        status = path.stat()
    except OSError as error:
        return 0, _reason(error)
    if not stat.S_ISREG(status.st_mode):  # a pipe or a device would never end: never opened
        return 0, words.tr("not a regular file")
    if status.st_size > limit:
        return status.st_size, words.tr("{0}, above the limit of {1} (setting evidence_max_mb)").format(
            format_size(status.st_size), format_size(limit)
        )
    try:
        with open_regular(path) as stream:
            head = stream.read(HEAD)
            if sniff(head, path.name).media_type.startswith("image/"):
                stream.seek(0)
                check_pixels(stream, path.name)
    except (NotAFile, TooManyPixels) as refused:  # it became a pipe since; an image made to fill the memory
        return status.st_size, refused.reason
    except OSError as error:
        return status.st_size, _reason(error)
    return status.st_size, None


def _reason(error: OSError) -> str:
    """Why the system refused, in its words ("permission denied")."""
    text = error.strerror or type(error).__name__
    return words.tr("cannot be read: {0}").format(f"{text[:1].lower()}{text[1:]}")
