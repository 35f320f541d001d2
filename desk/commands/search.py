"""`desk search TEXT`: orders, lines, tracking numbers, suppliers and disputes that contain the text."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desk.commands import Commands
from desk.commands.output import print_json, print_lines

if TYPE_CHECKING:
    from desk.workspace import Workspace

# desk.db.SEARCH_KINDS, without importing it
KINDS = ("order", "tracking", "line", "supplier", "dispute", "event", "evidence")


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("the limit must be 1–1000")
    return value


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    search = commands.add_parser(
        "search",
        parents=[common],
        help="find orders, lines, tracking numbers, suppliers and disputes by their text",
        description="Every word must occur, in any case (Chinese and Cyrillic included). An exact order number "
        "(also as PLATFORM:ORDER_NO), tracking number or supplier name comes first.",
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help="what to look for")
    search.add_argument("--kind", action="append", choices=KINDS, help="only this kind of record (repeatable)")
    search.add_argument("--limit", type=_limit, default=50, metavar="N", help="at most N hits (50)")
    search.set_defaults(handler=_search, needs_workspace=True)


def _search(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.db import search_parts
    from desk.errors import DeskError
    from desk.search import search

    text = " ".join(args.text).strip()
    if not text:
        raise DeskError("give some text to search for")
    with ws.read() as session:
        hits = search(session, text, kinds=args.kind or KINDS, limit=args.limit)
    if args.json:
        print_json({"query": text, "hits": [hit.as_json() for hit in hits]})
        return 0
    if not hits:
        short = "" if search_parts(text) else " (give two or more letters, or one Chinese character)"
        print(f"Nothing found for {text!r}{short}.")
        return 0
    print_lines([f"{hit.kind:<9} {hit.id:>8}  {hit.order or '':<28} {hit.snippet}" for hit in hits])
    return 0
