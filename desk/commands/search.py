"""`desk search TEXT`: orders, lines, tracking numbers, suppliers and disputes that contain the text."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desk.commands import Commands
from desk.commands.output import print_json, print_lines
from desk.language import words

if TYPE_CHECKING:
    from desk.workspace import Workspace

# desk.db.SEARCH_KINDS, without importing it
KINDS = ("order", "tracking", "line", "supplier", "dispute", "event", "evidence")


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(words.tr("{0!r} is not a whole number").format(text)) from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(words.tr("the limit must be 1–1000"))
    return value


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    search = commands.add_parser(
        "search",
        parents=[common],
        help=words.tr("find orders, lines, tracking numbers, suppliers and disputes by their text"),
        description=words.tr(
            "Every word must occur, in any case (Chinese and Cyrillic included). An exact order number (also as "
            "PLATFORM:ORDER_NO), tracking number or supplier name comes first."
        ),
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help=words.tr("what to look for"))
    search.add_argument(
        "--kind", action="append", choices=KINDS, help=words.tr("only this kind of record (repeatable)")
    )
    search.add_argument("--limit", type=_limit, default=50, metavar="N", help=words.tr("at most N hits (50)"))
    search.set_defaults(handler=_search, needs_workspace=True)


def _search(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.db import search_parts
    from desk.errors import DeskError
    from desk.search import search

    text = " ".join(args.text).strip()
    if not text:
        raise DeskError(words.tr("give some text to search for"))
    with ws.read() as session:
        hits = search(session, text, kinds=args.kind or KINDS, limit=args.limit)
    if args.json:
        print_json({"query": text, "hits": [hit.as_json() for hit in hits]})
        return 0
    if not hits:
        if search_parts(text):
            print(words.tr("Nothing found for {0!r}.").format(text))
        else:
            print(
                words.tr("Nothing found for {0!r} (give two or more letters, or one Chinese character).").format(text)
            )
        return 0
    print_lines([f"{hit.kind:<9} {hit.id:>8}  {hit.order or '':<28} {hit.snippet}" for hit in hits])
    return 0
