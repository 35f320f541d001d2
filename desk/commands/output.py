"""How commands print: plain lines for people, or one JSON document with `--json` for scripts."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from desk.money import Money


def _plain(value: Any) -> Any:
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency, "minor": value.minor}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, default=_plain, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)
