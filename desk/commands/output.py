"""How commands print: plain lines for people, or JSON with `--json` for scripts. Every JSON document Desk prints,
a command's output on stdout or an error on stderr, is written here."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from desk.errors import Kind, Problem
from desk.language import words


def _plain(value: Any) -> Any:
    from desk.money import Money  # here: Babel is not for commands that print no money

    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency, "minor": value.minor}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | Path):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def json_text(data: Any, *, indent: int | None = 2) -> str:
    return json.dumps(data, default=_plain, ensure_ascii=False, indent=indent)


def print_json(data: Any, stream: TextIO | None = None, *, indent: int | None = 2) -> None:
    out = stream or sys.stdout
    out.write(json_text(data, indent=indent) + "\n")


def print_json_array(items: Iterable[Any]) -> None:
    """One JSON array on stdout, each item written as it comes (a large folder is streamed, not held whole)."""
    sys.stdout.write("[")
    for n, item in enumerate(items):
        sys.stdout.write(("," if n else "") + "\n  " + json_text(item, indent=None))
    sys.stdout.write("\n]\n")


def print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)


def print_error(problem: Problem, *, log: Path | None = None, as_json: bool = False) -> None:
    """A failed command's one line on stderr, naming the log that holds a bug's details — or, with --json,
    `{"error": {"kind": "user" | "bug", "message": …, "log": … | null}}`."""
    if as_json:
        error = {"kind": problem.kind, "message": problem.message, "log": log}
        print_json({"error": error}, sys.stderr, indent=None)  # one line, like the error without --json
    else:
        said = problem.message if log is None else words.tr("{0}; the details are in {1}").format(problem.message, log)
        print(f"desk: error: {said}", file=sys.stderr)


def print_note(message: str, *, as_json: bool = False) -> None:
    """Something the user should know that stops nothing (a data folder on a network drive): one line on stderr,
    `desk: note: …`, or with --json `{"note": {"message": …}}`."""
    if as_json:
        print_json({"note": {"message": message}}, sys.stderr, indent=None)
    else:
        print(f"desk: note: {message}", file=sys.stderr)


def print_failure(message: str, *, as_json: bool = False) -> None:
    """A command that ran and found a problem it reports (bad rows, a broken chain): its one error line."""
    print_error(Problem(Kind.USER, message), as_json=as_json)
