"""stdin, stdout and stderr that work wherever Desk runs: `prepare()` is the first thing `desk.cli.main` does.

- Windows gives a pipe or a file its ANSI code page (cp1252 in the West), which has no Chinese or Cyrillic: `desk
  orders --json | …` stopped with UnicodeEncodeError halfway through its document. A stream that is not a terminal
  is made UTF-8, with the error handlers of Python's UTF-8 mode (which the frozen build runs in): stdin and stdout
  `surrogateescape`, stderr `backslashreplace`. A terminal keeps its own encoding: Windows' console takes any text
  already (PEP 528), and a Unix terminal shows what its locale says.
- A windowed app (PyInstaller's windowed build, `pythonw.exe`) has no standard streams at all: they are None, and
  `sys.stderr.isatty()` or `sys.stdout.write(…)` raise AttributeError. Each missing one becomes the null device, so
  every command runs there as anywhere; what must not be lost, a bug, goes to the log (`desk.logs.log_uncaught`).
- `desk orders | head`: when the reader leaves, writing raises BrokenPipeError, which `desk.cli` ends quietly; on
  Windows it raised OSError EINVAL instead (a bug report, exit 2), so stdout into a pipe there says BrokenPipeError."""

from __future__ import annotations

import codecs
import errno
import io
import os
import stat
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

UTF8_ERRORS = {"stdin": "surrogateescape", "stdout": "surrogateescape", "stderr": "backslashreplace"}


def prepare() -> None:
    """Make the standard streams UTF-8 where they are pipes or files, and the null device where they are missing."""
    for name, errors in UTF8_ERRORS.items():
        stream = getattr(sys, name)
        if stream is None:
            device = open(os.devnull, "rb" if name == "stdin" else "wb")  # noqa: SIM115 - open for the whole run
            setattr(sys, name, _Nowhere(device, "utf-8", errors))
        elif name == "stdout" and sys.platform == "win32" and _is_pipe(stream):
            stream.flush()
            pipe = _PipeOnWindows(stream.fileno(), "wb", closefd=False)
            setattr(sys, name, io.TextIOWrapper(io.BufferedWriter(pipe), encoding="utf-8", errors=errors))
        elif _needs_utf8(stream):
            stream.reconfigure(encoding="utf-8", errors=errors)


class _Nowhere(io.TextIOWrapper):
    """The null device, which is no terminal: Windows says its NUL is one (`isatty()` is True there), and a command
    would show progress, or ask for a password, on it."""

    def isatty(self) -> bool:
        return False


def _needs_utf8(stream: object) -> bool:
    if not isinstance(stream, io.TextIOWrapper):  # a stand-in put there by a test runner or an IDE: theirs to keep
        return False
    try:
        if stream.isatty():
            return False
    except ValueError:  # closed
        return False
    return codecs.lookup(stream.encoding).name != "utf-8"


def _is_pipe(stream: object) -> bool:
    if not isinstance(stream, io.TextIOWrapper):
        return False
    try:
        return stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError):  # no file descriptor (io.UnsupportedOperation is an OSError), or closed
        return False


class _PipeOnWindows(io.FileIO):
    """The writing end of a pipe, on Windows, where a write after the reader left fails with EINVAL (the C
    runtime's name for ERROR_NO_DATA) rather than EPIPE: it says BrokenPipeError, as everywhere else."""

    def write(self, data: ReadableBuffer, /) -> int:
        try:
            return super().write(data)
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise BrokenPipeError(errno.EPIPE, "the reader of the pipe has left") from exc
            raise
