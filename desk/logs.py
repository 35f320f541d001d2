"""Desk's log: bugs with their tracebacks, for a bug report.

It is `<data folder>/logs/desk.log` once a data folder is open (`use_data_folder`), else `desk.log` in the
platform's user log folder; UTF-8, rotated at 1 MB with 5 older files kept. Nothing is written, and no file is
made, until there is something to write. No secrets reach it: passwords in URLs, values of anything named like a
password, key or token, and the values Desk reads from or writes to the keyring (`keep_out`) are replaced by ***.
`log_uncaught` makes exceptions nobody caught, in any thread, bugs for the log too."""

from __future__ import annotations

import logging
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desk import __version__

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler  # imported when the first bug is written: not at start

LOGGER = "desk"
FILE_NAME = "desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
MASK = "***"

_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][\w+.-]*://[^/\s:@]*:)[^/\s@]+@")
# A name ending in password, secret, token or key, then = or : and its value (also quoted, as repr() shows it).
_NAMED_SECRET = re.compile(
    r"(?i)(?P<head>\b\w*(?:password|passwd|pwd|secret|token|key)\b['\"]?\s*[=:]\s*)"
    r"(?P<quote>['\"]?)(?P<value>[^\s'\",;&)}\]]+)"
)

_lock = threading.RLock()
_data_folder: Path | None = None
_handler: RotatingFileHandler | None = None  # the current log
_fallback: RotatingFileHandler | None = None  # the user log folder's, when the current log cannot be written
_failure: BaseException | None = None  # why the last write failed
_kept_out: set[str] = set()
_next_hook: Callable[[type[BaseException], BaseException, TracebackType | None], object] = sys.__excepthook__
_next_thread_hook: Callable[[threading.ExceptHookArgs], object] = threading.__excepthook__


def use_data_folder(folder: Path | None) -> None:
    """Log into `folder/logs/` from now on (None: the user log folder, when no data folder is open)."""
    global _data_folder
    with _lock:
        if folder != _data_folder:
            _data_folder = folder
            _drop_handlers()


def data_folder() -> Path | None:
    """The data folder whose log is in use, None when none is open."""
    return _data_folder


def log_folder() -> Path:
    return _data_folder / "logs" if _data_folder is not None else _user_log_folder()


def _user_log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("desk", appauthor=False))


def log_file() -> Path:
    return log_folder() / FILE_NAME


def keep_out(value: str | None) -> None:
    """Never write `value` (a secret from the keyring) to the log."""
    if value and len(value) >= 4:  # shorter ones would mask ordinary words
        with _lock:
            _kept_out.add(value)


def redact(text: str) -> str:
    """`text` without the secrets it may hold."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + MASK + "@", text)
    text = _NAMED_SECRET.sub(lambda m: m["head"] + m["quote"] + MASK, text)
    for value in sorted(_kept_out, key=len, reverse=True):
        text = text.replace(value, MASK)
    return text


def log_bug(exc: BaseException, doing: str = "") -> Path | None:
    """Write the bug `exc` with its traceback (and what Desk was `doing`); the log file it went to — the data
    folder's, else the user log folder's when that cannot be written — or None when no log could be written
    (then the caller shows the traceback itself)."""
    what = f"bug{f' while {doing}' if doing else ''} in Desk {__version__} (Python {platform.python_version()}, "
    what += f"{platform.platform()})"
    record = logging.getLogger(LOGGER).makeRecord(
        LOGGER, logging.ERROR, __file__, 0, what, (), (type(exc), exc, exc.__traceback__)
    )
    global _failure
    for primary in (True, False):
        with _lock:
            handler = _get_handler(primary)
            if handler is None:
                continue
            _failure = None
            handler.handle(logging.makeLogRecord(record.__dict__))  # a copy: the filter renders it in place
            if _failure is None:
                return Path(handler.baseFilename)
    return None


def log_uncaught() -> None:
    """Log every exception nobody caught, in the main thread (`sys.excepthook`) or another (`threading.excepthook`),
    then hand it on to the hook that was there, which prints it. A windowed app has nowhere to print it: without
    this a bug there would vanish. (The window puts its own hook in front while it runs: it logs and shows it.)"""
    global _next_hook, _next_thread_hook
    with _lock:
        if sys.excepthook is not _log_uncaught:
            _next_hook, sys.excepthook = sys.excepthook, _log_uncaught
        if threading.excepthook is not _log_uncaught_in_thread:
            _next_thread_hook, threading.excepthook = threading.excepthook, _log_uncaught_in_thread


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(kind, KeyboardInterrupt):  # Ctrl+C is not a bug
        log_bug(exc)
    _next_hook(kind, exc, tb)


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):  # a thread's exit is no bug either
        log_bug(args.exc_value, f"running the thread {args.thread.name if args.thread else '?'}")
    _next_thread_hook(args)


def traceback_text(exc: BaseException) -> str:
    """The traceback of `exc`, redacted: for a bug the log could not take."""
    return redact("".join(traceback.format_exception(exc)))


def _redact_record(record: logging.LogRecord) -> bool:
    """A handler's filter: renders the message and traceback once, redacted, so no formatter sees the raw text."""
    record.msg = redact(record.getMessage())
    record.args = None
    if record.exc_info:
        record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        record.exc_info = None
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return True


def _remember_failure(record: logging.LogRecord) -> None:
    """A handler's handleError: the write failed (a read-only folder, a full disk); say so instead of printing."""
    global _failure
    _failure = sys.exc_info()[1] or OSError("the log could not be written")


def _get_handler(primary: bool) -> RotatingFileHandler | None:
    """The handler of the current log (`primary`), or of the user log folder when it is another; made on first
    use and attached to the "desk" logger when primary. None when its folder cannot be made."""
    global _handler, _fallback
    with _lock:
        if primary:
            if _handler is None:
                _handler = _make_handler(log_file())
                if _handler is not None:
                    logger = logging.getLogger(LOGGER)
                    logger.addHandler(_handler)
                    logger.setLevel(logging.INFO)
            return _handler
        if _data_folder is None:
            return None  # the current log is the user log folder's already
        if _fallback is None:
            _fallback = _make_handler(_user_log_folder() / FILE_NAME)
        return _fallback


def _make_handler(path: Path) -> RotatingFileHandler | None:
    from logging.handlers import RotatingFileHandler

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.addFilter(_redact_record)
    handler.handleError = _remember_failure  # type: ignore[method-assign]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def _drop_handlers() -> None:
    global _handler, _fallback
    if _handler is not None:
        logging.getLogger(LOGGER).removeHandler(_handler)
        _handler.close()
    if _fallback is not None:
        _fallback.close()
    _handler = _fallback = None
